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
using Pii.Tagging;
using Pii.Analyzers.Rules;

namespace Pii.CodeFixes
{
    /// <summary>PII003: replace a retention that is not an ISO 8601 duration with the nearest valid one, where one is obvious ("2 years" → "P2Y").</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetentionCodeFix))]
    [Shared]
    public sealed class RetentionCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key: fix-all applies each diagnostic's own suggestion.</summary>
        public const string Key = "PII003.Retention";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII003");

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <summary>The fix's title, with the duration in words: "P30M" is 30 months, "PT30M" 30 minutes.</summary>
        private static string Title(string suggestion) =>
            RetentionSuggestion.Describe(suggestion) is { } words ? $"Use retention \"{suggestion}\" ({words})" : $"Use retention \"{suggestion}\"";

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                // Only where the retention is written as a literal in the attribute: a constant may serve other tags, and a
                // text built from parts has no one place for the suggestion.
                if (diagnostic.Properties.TryGetValue(TagValidationAnalyzer.SuggestedRetentionProperty, out string? suggestion) && suggestion is not null
                    && root is not null && RetentionLiteral(root, diagnostic) is not null)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(Title(suggestion), cancellationToken => ReplaceAsync(context.Document, diagnostic, suggestion, cancellationToken), Key),
                        diagnostic);
                }
            }
        }

        private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, string suggestion, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || RetentionLiteral(root, diagnostic) is not { } literal)
            {
                return document;
            }

            LiteralExpressionSyntax replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(suggestion)).WithTriviaFrom(literal);
            return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
        }

        /// <summary>The string literal of the retention in the attribute the diagnostic is on, or <see langword="null"/>.</summary>
        private static LiteralExpressionSyntax? RetentionLiteral(SyntaxNode root, Diagnostic diagnostic)
        {
            if (root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<AttributeSyntax>().FirstOrDefault() is not { ArgumentList: { } arguments })
            {
                return null;
            }

            // A declaration's Retention = "..." argument, or the tag's retention: the argument named retention: (named
            // arguments at the end may come in any order), or else the second, which a positional argument there always is.
            SeparatedSyntaxList<AttributeArgumentSyntax> all = arguments.Arguments;
            AttributeArgumentSyntax? retention = all.FirstOrDefault(a => a.NameEquals?.Name.Identifier.Text == "Retention")
                ?? all.FirstOrDefault(a => a.NameColon?.Name.Identifier.Text == "retention")
                ?? (all.Count > 1 && all[1] is { NameEquals: null, NameColon: null } second ? second : null);
            return retention?.Expression is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression) ? literal : null;
        }
    }
}
