using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pii.Analyzers.Logging;

namespace Pii.CodeFixes
{
    /// <summary>
    /// PII002: log a redacted value. A whole object becomes its generated <c>ToRedactedString()</c>; a read of a tagged text
    /// member is wrapped in <c>Pii.Redaction.Redactor.Redact(value, RedactionKind.&lt;the tag's redaction&gt;)</c>.
    /// </summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(PersonalDataLoggedCodeFix))]
    [Shared]
    public sealed class PersonalDataLoggedCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key: fix-all redacts each value the way its own diagnostic says.</summary>
        public const string Key = "PII002.Redact";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII002");

        /// <inheritdoc/>
        /// <remarks>
        /// Document by document, all values in one edit: the batch fixer merges the single fixes' text changes, and two
        /// fixes that each import another namespace at the same place conflict, so one of them was dropped.
        /// </remarks>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax
                    || !diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.FixProperty, out string? fix))
                {
                    continue;
                }

                string title = fix == PersonalDataLoggedAnalyzer.FixObject ? "Log the redacted view (ToRedactedString())" : "Redact the value (Redactor.Redact)";
                context.RegisterCodeFix(CodeAction.Create(title, cancellationToken => RedactAsync(context.Document, [diagnostic], cancellationToken), Key), diagnostic);
            }
        }

        private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics) =>
            await RedactAsync(document, diagnostics, context.CancellationToken).ConfigureAwait(false);

        /// <summary>Redacts the value of each diagnostic, and imports each namespace that a redacted view needs once.</summary>
        private static async Task<Document> RedactAsync(Document document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var fixes = new Dictionary<SyntaxNode, Diagnostic>();
            var namespaces = new List<string>();
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                    || !diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.FixProperty, out string? fix)
                    || fixes.ContainsKey(value))
                {
                    continue;
                }

                fixes.Add(value, diagnostic);

                // value.ToRedactedString(): the generated extension lives in the type's namespace, imported unless a
                // ToRedactedString that takes this type is in scope: extension methods are found on the type, not by name
                // alone (which finds none, so the namespace was imported again), nor by another type's.
                if (fix == PersonalDataLoggedAnalyzer.FixObject
                    && model?.GetTypeInfo(value, cancellationToken).Type is { ContainingNamespace: { IsGlobalNamespace: false } ns } type
                    && !model.LookupSymbols(value.SpanStart, container: type, name: "ToRedactedString", includeReducedExtensionMethods: true)
                        .Any(found => found is IMethodSymbol { ReducedFrom.Parameters: [{ Type: var extended }, ..] } && SymbolEqualityComparer.Default.Equals(extended, type))
                    && !namespaces.Contains(ns.ToDisplayString()))
                {
                    namespaces.Add(ns.ToDisplayString());
                }
            }

            if (fixes.Count == 0)
            {
                return document;
            }

            SyntaxNode updated = root.ReplaceNodes(
                fixes.Keys,
                (original, rewritten) => Redacted((ExpressionSyntax)rewritten, original.SpanStart, fixes[original], model).WithTriviaFrom(original));
            if (updated is CompilationUnitSyntax unit)
            {
                foreach (string name in namespaces)
                {
                    unit = AttributeEditor.AddUsing(unit, name); // below a #define that opens the file
                }

                updated = unit;
            }

            return document.WithSyntaxRoot(updated);
        }

        /// <summary>The redacted form of a value: its <c>ToRedactedString()</c>, or <c>Redactor.Redact(value, kind)</c>.</summary>
        private static ExpressionSyntax Redacted(ExpressionSyntax value, int position, Diagnostic diagnostic, SemanticModel? model)
        {
            if (diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.FixProperty, out string? fix) && fix == PersonalDataLoggedAnalyzer.FixObject)
            {
                return SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Parenthesize(value), SyntaxFactory.IdentifierName("ToRedactedString")));
            }

            string kind = diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.RedactionProperty, out string? k) && k is not null ? k : "Default";
            string pii = AttributeEditor.PiiQualifier(model, position);
            return SyntaxFactory.ParseExpression($"{pii}.Redaction.Redactor.Redact({value.WithoutTrivia()}, {pii}.RedactionKind.{kind})");
        }

        private static ExpressionSyntax Parenthesize(ExpressionSyntax value) =>
            value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ThisExpressionSyntax
                ? value.WithoutTrivia()
                : SyntaxFactory.ParenthesizedExpression(value.WithoutTrivia());
    }
}
