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

namespace Pii.CodeFixes
{
    /// <summary>
    /// PII004 on a type that is never stored (a DTO or view model tagged for redaction): mark it <c>[NotMapped]</c>,
    /// which PII004 and PII008 read as "never stored", adding <c>using System.ComponentModel.DataAnnotations.Schema;</c>
    /// where it is not in scope.
    /// </summary>
    /// <remarks>
    /// Not offered for PII008: it is a compilation-end diagnostic, and Roslyn's code-fix testing refuses fixes for such
    /// non-local diagnostics (the IDE cannot be relied on to offer them). A keyed DTO in a
    /// project with an EF Core model has both, so fixing PII004 clears PII008 too.
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NotStoredCodeFix))]
    [Shared]
    public sealed class NotStoredCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key, the same for every type so that fix-all marks them all.</summary>
        public const string Key = "PII004.NotMapped";

        private const string Namespace = "System.ComponentModel.DataAnnotations.Schema";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII004");

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is not null && FindType(root, diagnostic) is { } type)
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Mark '{type.Identifier.ValueText}' [NotMapped]: it is never stored",
                            cancellationToken => MarkAsync(context.Document, diagnostic, cancellationToken),
                            Key),
                        diagnostic);
                }
            }
        }

        private static TypeDeclarationSyntax? FindType(SyntaxNode root, Diagnostic diagnostic) =>
            root.FindNode(diagnostic.Location.SourceSpan).AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is { } type
                && type.Identifier.Span.Contains(diagnostic.Location.SourceSpan)
                    ? type
                    : null;

        private static async Task<Document> MarkAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || FindType(root, diagnostic) is not { } type)
            {
                return document;
            }

            // In scope when the short name binds to the attribute at the type (a using directive, global or not, or an alias).
            bool inScope = model.GetSpeculativeTypeInfo(type.SpanStart, SyntaxFactory.ParseTypeName("NotMappedAttribute"), SpeculativeBindingOption.BindAsTypeOrNamespace).Type is INamedTypeSymbol bound
                && bound.ContainingNamespace?.ToDisplayString() == Namespace;

            SyntaxTrivia newLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } found ? found : SyntaxFactory.EndOfLine("\n");
            AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Attribute(SyntaxFactory.IdentifierName("NotMapped"))));
            TypeDeclarationSyntax marked = type.WithoutLeadingTrivia()
                .WithAttributeLists(type.AttributeLists.Insert(0, list.WithLeadingTrivia(type.GetLeadingTrivia()).WithTrailingTrivia(newLine)));
            if (type.AttributeLists.Count > 0)
            {
                // The existing first list keeps its own line: give it the type's indentation.
                AttributeListSyntax first = type.AttributeLists[0];
                marked = marked.ReplaceNode(marked.AttributeLists[1], first.WithLeadingTrivia(Indentation(type)));
            }
            else
            {
                marked = marked.WithModifiersOrKeyword(Indentation(type));
            }

            SyntaxNode updated = root.ReplaceNode(type, marked);
            if (!inScope && updated is CompilationUnitSyntax unit)
            {
                UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(Namespace).WithLeadingTrivia(SyntaxFactory.Space));
                updated = unit.Usings.Count > 0
                    ? unit.WithUsings(unit.Usings.Add(directive.WithTrailingTrivia(newLine)))
                    : unit.WithUsings(unit.Usings.Add(directive.WithTrailingTrivia(newLine, newLine)));
            }

            return document.WithSyntaxRoot(updated);
        }

        /// <summary>The whitespace that indents the type's declaration line.</summary>
        private static SyntaxTriviaList Indentation(TypeDeclarationSyntax type) =>
            SyntaxFactory.TriviaList(type.GetLeadingTrivia().Reverse().TakeWhile(t => t.IsKind(SyntaxKind.WhitespaceTrivia)).Reverse());
    }

    /// <summary>Sets the leading trivia of a type's first token after its attributes: its first modifier, or its keyword.</summary>
    internal static class TypeDeclarationTrivia
    {
        public static TypeDeclarationSyntax WithModifiersOrKeyword(this TypeDeclarationSyntax type, SyntaxTriviaList leading) =>
            type.Modifiers.Count > 0
                ? type.WithModifiers(type.Modifiers.Replace(type.Modifiers[0], type.Modifiers[0].WithLeadingTrivia(leading)))
                : type.WithKeyword(type.Keyword.WithLeadingTrivia(leading));
    }
}
