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
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                    || !diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.FixProperty, out string? fix))
                {
                    continue;
                }

                string title = fix == PersonalDataLoggedAnalyzer.FixObject ? "Log the redacted view (ToRedactedString())" : "Redact the value (Redactor.Redact)";
                context.RegisterCodeFix(CodeAction.Create(title, cancellationToken => RedactAsync(context.Document, diagnostic, cancellationToken), Key), diagnostic);
            }
        }

        private static async Task<Document> RedactAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root?.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is not ExpressionSyntax value
                || !diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.FixProperty, out string? fix))
            {
                return document;
            }

            ExpressionSyntax replacement;
            if (fix == PersonalDataLoggedAnalyzer.FixObject)
            {
                // value.ToRedactedString(): the generated extension lives in the type's namespace.
                replacement = SyntaxFactory.InvocationExpression(
                    SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, Parenthesize(value), SyntaxFactory.IdentifierName("ToRedactedString")));
                SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                // Imported unless a ToRedactedString that takes this type is in scope: extension methods are found on the type, not
                // by name alone (which finds none, so the namespace was imported again), nor by another type's.
                if (model?.GetTypeInfo(value, cancellationToken).Type is { ContainingNamespace: { IsGlobalNamespace: false } ns } type && root is CompilationUnitSyntax unit
                    && model.LookupSymbols(value.SpanStart, container: type, name: "ToRedactedString", includeReducedExtensionMethods: true).IsEmpty)
                {
                    string name = ns.ToDisplayString();
                    root = unit.ReplaceNode(value, replacement.WithTriviaFrom(value));
                    return document.WithSyntaxRoot(AttributeEditor.AddUsing((CompilationUnitSyntax)root, name)); // below a #define that opens the file
                }
            }
            else
            {
                string kind = diagnostic.Properties.TryGetValue(PersonalDataLoggedAnalyzer.RedactionProperty, out string? k) && k is not null ? k : "Default";
                // "Pii." where that name is Pii's namespace; "global::Pii." where the project's own (Acme.Pii.Web) would capture it.
                SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                string pii = model is null || model.LookupNamespacesAndTypes(value.SpanStart, name: "Pii") is [INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true }]
                    ? "Pii"
                    : "global::Pii";
                replacement = SyntaxFactory.ParseExpression($"{pii}.Redaction.Redactor.Redact({value.WithoutTrivia()}, {pii}.RedactionKind.{kind})");
            }

            return document.WithSyntaxRoot(root.ReplaceNode(value, replacement.WithTriviaFrom(value)));
        }

        private static ExpressionSyntax Parenthesize(ExpressionSyntax value) =>
            value is IdentifierNameSyntax or MemberAccessExpressionSyntax or InvocationExpressionSyntax or ElementAccessExpressionSyntax or ThisExpressionSyntax
                ? value.WithoutTrivia()
                : SyntaxFactory.ParenthesizedExpression(value.WithoutTrivia());
    }
}
