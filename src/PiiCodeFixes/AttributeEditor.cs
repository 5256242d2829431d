using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Text;

namespace Pii.CodeFixes
{
    /// <summary>Adds an attribute to a property or field declaration, and <c>using Pii;</c> where the file lacks it.</summary>
    internal static class AttributeEditor
    {
        /// <summary>
        /// The declaration that a diagnostic on a member's identifier points into: a property, a field, or the parameter of
        /// a positional record that declares the property.
        /// </summary>
        public static SyntaxNode? FindMember(SyntaxNode root, TextSpan span) =>
            root.FindNode(span).AncestorsAndSelf().FirstOrDefault(m => m is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax);

        /// <summary>Adds <c>[name(arguments)]</c> above the member.</summary>
        public static async Task<Document> AddAttributeAsync(Document document, TextSpan span, string name, string arguments, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || FindMember(root, span) is not { } member)
            {
                return document;
            }

            AttributeSyntax attribute = SyntaxFactory.Attribute(SyntaxFactory.ParseName(name), SyntaxFactory.ParseAttributeArgumentList(arguments));
            AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            SyntaxNode tagged = member switch
            {
                // [property: PersonalData(...)] on a positional record's parameter applies to the property it declares.
                ParameterSyntax parameter => parameter.AddAttributeLists(
                    list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword))).WithTrailingTrivia(SyntaxFactory.Space)),
                // The attribute takes over the member's leading trivia (blank line, doc comment, indentation) so that it
                // sits where the member started and the member follows on the next line.
                MemberDeclarationSyntax declaration => declaration.WithoutLeadingTrivia().AddAttributeLists(
                    list.WithLeadingTrivia(declaration.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.ElasticCarriageReturnLineFeed)),
                _ => member,
            };
            tagged = tagged.WithAdditionalAnnotations(Formatter.Annotation);
            SyntaxNode updated = root.ReplaceNode(member, tagged);
            if (updated is CompilationUnitSyntax unit && !HasPiiUsing(unit, tagged))
            {
                updated = unit.AddUsings(SyntaxFactory.UsingDirective(SyntaxFactory.ParseName("Pii")).WithAdditionalAnnotations(Formatter.Annotation));
            }

            return document.WithSyntaxRoot(updated);
        }

        private static bool HasPiiUsing(CompilationUnitSyntax unit, SyntaxNode member) =>
            unit.Usings.Any(u => u.Name?.ToString() == "Pii")
            || member.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Any(ns => ns.Usings.Any(u => u.Name?.ToString() == "Pii") || ns.Name.ToString() == "Pii" || ns.Name.ToString().StartsWith("Pii.", System.StringComparison.Ordinal));
    }
}
