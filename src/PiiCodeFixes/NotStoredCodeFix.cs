using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pii.Tagging;

namespace Pii.CodeFixes
{
    /// <summary>
    /// PII004 on a type that is never stored (a DTO or view model tagged for redaction): mark it <c>[NotMapped]</c>,
    /// which PII004 and PII008 read as "never stored", adding <c>using System.ComponentModel.DataAnnotations.Schema;</c>
    /// where it is not in scope. Where EF Core is referenced, also: mark it EF Core's <c>[Owned]</c>, for a type its owner
    /// keeps (<c>OwnsOne</c>/<c>OwnsMany</c> with a key of its own), which Pii then exports and erases with the owner.
    /// </summary>
    /// <remarks>
    /// Not offered for PII008: it is a compilation-end diagnostic, and Roslyn's code-fix testing refuses fixes for such
    /// non-local diagnostics (the IDE cannot be relied on to offer them). A keyed DTO in a project with an EF Core model
    /// has both, so fixing PII004 clears PII008 too.
    /// </remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NotStoredCodeFix))]
    [Shared]
    public sealed class NotStoredCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key, the same for every type so that fix-all marks them all.</summary>
        public const string Key = "PII004.NotMapped";

        /// <summary>The equivalence key of the <c>[Owned]</c> fix.</summary>
        public const string OwnedKey = "PII004.Owned";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII004");

        /// <inheritdoc/>
        public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            SemanticModel? model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                // [NotMapped] and [Owned] apply to classes only (PII004 also reports a struct with a key).
                if (root is not null && AttributeEditor.FindType(root, diagnostic.Location.SourceSpan) is TypeDeclarationSyntax type
                    && type is ClassDeclarationSyntax or RecordDeclarationSyntax { ClassOrStructKeyword.RawKind: not (int)Microsoft.CodeAnalysis.CSharp.SyntaxKind.StructKeyword })
                {
                    context.RegisterCodeFix(
                        CodeAction.Create(
                            $"Mark '{type.Identifier.ValueText}' [NotMapped]: it is never stored",
                            cancellationToken => AttributeEditor.AddTypeAttributeAsync(
                                context.Document, diagnostic.Location.SourceSpan, "NotMapped", "System.ComponentModel.DataAnnotations.Schema", cancellationToken),
                            Key),
                        diagnostic);
                    if (model is not null && model.GetDeclaredSymbol(type, context.CancellationToken) is INamedTypeSymbol symbol && MayBeOwned(symbol, model.Compilation))
                    {
                        context.RegisterCodeFix(
                            CodeAction.Create(
                                $"Mark '{type.Identifier.ValueText}' [Owned]: its owner keeps it (OwnsOne/OwnsMany)",
                                cancellationToken => AttributeEditor.AddTypeAttributeAsync(
                                    context.Document, diagnostic.Location.SourceSpan, "Owned", "Microsoft.EntityFrameworkCore", cancellationToken),
                                OwnedKey),
                            diagnostic);
                    }
                }
            }
        }

        /// <summary>
        /// Whether <c>[Owned]</c> can be what the type lacks: EF Core is referenced, the type is a class, another class holds it
        /// (a member of its type, or a collection of it), and no context has a <c>DbSet</c> of it (EF Core refuses an owned
        /// type that is also an entity).
        /// </summary>
        private static bool MayBeOwned(INamedTypeSymbol type, Compilation compilation)
        {
            if (type.TypeKind != TypeKind.Class || compilation.GetTypeByMetadataName("Microsoft.EntityFrameworkCore.OwnedAttribute") is null)
            {
                return false;
            }

            List<INamedTypeSymbol> declared = EntityLinks.DeclaredTypes(compilation.Assembly).ToList();
            if (declared.Any(t => EntityLinks.IsDbContext(t) && EntityLinks.EntityTypes(t).Contains(type, SymbolEqualityComparer.Default)))
            {
                return false;
            }

            return declared.Any(t => !SymbolEqualityComparer.Default.Equals(t, type)
                && t.GetMembers().OfType<IPropertySymbol>().Any(p => EntityLinks.HeldClass(p.Type) is { } held && SymbolEqualityComparer.Default.Equals(held.OriginalDefinition, type)));
        }
    }
}
