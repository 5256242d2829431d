using System.Collections.Generic;
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
    /// <summary>One attribute to add: <c>[Name(Arguments)]</c> on the member a diagnostic points into.</summary>
    /// <param name="Span">The diagnostic's span.</param>
    /// <param name="Name">The attribute name without the suffix ("PersonalData").</param>
    /// <param name="Arguments">The argument list with its parentheses.</param>
    internal readonly record struct AttributeEdit(TextSpan Span, string Name, string Arguments);

    /// <summary>
    /// Adds attributes to property, field and record-parameter declarations, and <c>using Pii;</c> where Pii is not in
    /// scope; or one attribute of another namespace to a type declaration, with its using directive.
    /// </summary>
    internal static class AttributeEditor
    {
        /// <summary>
        /// The declaration that a diagnostic on a member's identifier points into: a property, a field declaring a single
        /// variable, or the parameter of a positional record that declares the property. A field declaration with several
        /// variables is not returned: one attribute would apply to all of them.
        /// </summary>
        public static SyntaxNode? FindMember(SyntaxNode root, TextSpan span) =>
            root.FindNode(span).AncestorsAndSelf().FirstOrDefault(m => m is PropertyDeclarationSyntax or FieldDeclarationSyntax or ParameterSyntax) switch
            {
                FieldDeclarationSyntax { Declaration.Variables.Count: > 1 } => null,
                var member => member,
            };

        /// <summary>Adds the attributes in one edit of the document, and the using directive once.</summary>
        public static async Task<Document> AddAttributesAsync(Document document, IReadOnlyList<AttributeEdit> edits, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            if (root is null)
            {
                return document;
            }

            var byMember = new Dictionary<SyntaxNode, AttributeEdit>();
            foreach (AttributeEdit edit in edits)
            {
                if (FindMember(root, edit.Span) is { } member && !byMember.ContainsKey(member))
                {
                    byMember.Add(member, edit);
                }
            }

            if (byMember.Count == 0)
            {
                return document;
            }

            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            bool needsUsing = false;
            if (model is not null)
            {
                // Another PersonalDataAttribute in scope (ASP.NET Core Identity's), decided at each member (a fix-all may span
                // namespaces that import differently): "using Pii;" would make every [PersonalData] where Identity's is in
                // scope ambiguous (CS0104), and where Pii is imported already a new [PersonalData] is ambiguous itself, so
                // there Pii's attributes and enums are written qualified, and so are those of members Pii is not in scope for.
                SyntaxNode[] members = byMember.Keys.ToArray();
                bool[] besideOther = members.Select(member => model.LookupNamespacesAndTypes(member.SpanStart, name: "PersonalDataAttribute")
                    .Any(symbol => symbol.ContainingNamespace?.ToDisplayString() != "Pii")).ToArray();
                bool anyBesideOther = besideOther.Any(beside => beside);
                for (int i = 0; i < members.Length; i++)
                {
                    bool piiInScope = InScope(model, members[i].SpanStart, "NotPersonalDataAttribute", "Pii");
                    if (besideOther[i] || (anyBesideOther && !piiInScope))
                    {
                        string pii = PiiQualifier(model, members[i].SpanStart) + ".";
                        AttributeEdit edit = byMember[members[i]];
                        byMember[members[i]] = edit with { Name = pii + edit.Name, Arguments = PiiEnums.Replace(edit.Arguments, pii + "$1.") };
                    }
                    else if (!piiInScope)
                    {
                        needsUsing = true; // "using Pii;" when any member lacks it (fix-all in a file whose first namespace imports Pii inside it)
                    }
                }
            }

            SyntaxTrivia newLine = NewLine(root);
            SyntaxNode updated = root.ReplaceNodes(byMember.Keys, (original, rewritten) => Tag(rewritten, byMember[original], newLine));
            if (needsUsing && updated is CompilationUnitSyntax unit)
            {
                updated = AddUsing(unit, "Pii");
            }

            return document.WithSyntaxRoot(updated);
        }

        /// <summary>A reference to one of Pii's enums in an attribute's arguments, not yet qualified.</summary>
        private static readonly System.Text.RegularExpressions.Regex PiiEnums = new(
            @"(?<![\w.])(DataCategory|SpecialCategory|SpecialCategoryCondition|LegalBasis|ErasureStrategy|RedactionKind|Protection)\.",
            System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>The type declaration whose name a diagnostic points at.</summary>
        public static TypeDeclarationSyntax? FindType(SyntaxNode root, TextSpan span) =>
            root.FindNode(span).AncestorsAndSelf().OfType<TypeDeclarationSyntax>().FirstOrDefault() is { } type && type.Identifier.Span.Contains(span)
                ? type
                : null;

        /// <summary>Adds <c>[Name]</c> (no arguments) to the type declaration at <paramref name="span"/>, and <c>using <paramref name="ns"/>;</c> where the attribute is not in scope.</summary>
        public static async Task<Document> AddTypeAttributeAsync(Document document, TextSpan span, string name, string ns, CancellationToken cancellationToken)
        {
            SyntaxNode? root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            SemanticModel? model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null || FindType(root, span) is not { } type)
            {
                return document;
            }

            SyntaxNode updated = root.ReplaceNode(type, Tag(type, new AttributeEdit(span, name, Arguments: string.Empty), NewLine(root)));
            if (!InScope(model, type.SpanStart, name + "Attribute", ns) && updated is CompilationUnitSyntax unit)
            {
                updated = AddUsing(unit, ns);
            }

            return document.WithSyntaxRoot(updated);
        }

        private static SyntaxNode Tag(SyntaxNode member, AttributeEdit edit, SyntaxTrivia newLine)
        {
            AttributeSyntax attribute = SyntaxFactory.Attribute(
                SyntaxFactory.ParseName(edit.Name), edit.Arguments.Length == 0 ? null : SyntaxFactory.ParseAttributeArgumentList(edit.Arguments));
            AttributeListSyntax list = SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
            SyntaxNode tagged = member switch
            {
                // [property: PersonalData(...)] on a positional record's parameter applies to the property it declares.
                // A parameter's leading trivia (its indentation, on a line of its own) goes in front of its first attribute.
                ParameterSyntax { AttributeLists.Count: 0 } parameter => parameter.WithoutLeadingTrivia().AddAttributeLists(
                    list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword)))
                        .WithLeadingTrivia(parameter.GetLeadingTrivia()).WithTrailingTrivia(SyntaxFactory.Space)),
                // After the parameter's own attributes, with its whitespace written out and no formatting pass (see below):
                // the formatter joins "[A] [B]" into "[A][B]" in a parameter.
                ParameterSyntax parameter => AddAfterAttributes(
                    parameter,
                    list.WithTarget(SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.PropertyKeyword))).NormalizeWhitespace()),

                // Where the member's leading trivia holds a conditional directive (#if ... around its first attributes),
                // first would put the new attribute inside that condition: it goes last, right above the modifiers.
                MemberDeclarationSyntax declaration when declaration.AttributeLists.Count > 0 && declaration.GetLeadingTrivia().Any(IsConditionalDirective)
                    => AddLast(declaration, list, newLine),

                // The new attribute goes first and takes over the member's leading trivia (blank line, doc comment,
                // indentation), so the doc comment stays above all attributes and the rest follows on new lines.
                MemberDeclarationSyntax declaration => declaration.WithoutLeadingTrivia() is var bare
                    ? bare.WithAttributeLists(bare.AttributeLists.Insert(
                        0, list.WithLeadingTrivia(declaration.GetLeadingTrivia()).WithTrailingTrivia(newLine)))
                    : declaration,
                _ => member,
            };

            // A parameter's trivia is set above; the formatter would take out the space between its attribute lists.
            return tagged is ParameterSyntax ? tagged : tagged.WithAdditionalAnnotations(Formatter.Annotation);
        }

        /// <summary>
        /// Adds the list after a parameter's attributes: on the same line, a space after the last one; where the last one
        /// ends its line, on a line of its own, indented like the type that follows.
        /// </summary>
        private static ParameterSyntax AddAfterAttributes(ParameterSyntax parameter, AttributeListSyntax list)
        {
            AttributeListSyntax last = parameter.AttributeLists[parameter.AttributeLists.Count - 1];
            if (!last.GetTrailingTrivia().Any(SyntaxKind.EndOfLineTrivia))
            {
                return parameter.AddAttributeLists(list.WithTrailingTrivia(SyntaxFactory.Space));
            }

            // Only the line break and the type's indentation are repeated, not a comment beside or between them.
            SyntaxTrivia lineBreak = last.GetTrailingTrivia().First(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia));
            SyntaxTrivia indentation = last.GetLastToken().GetNextToken().LeadingTrivia.LastOrDefault();
            return parameter.AddAttributeLists(
                list.WithLeadingTrivia(indentation.IsKind(SyntaxKind.WhitespaceTrivia) ? SyntaxFactory.TriviaList(indentation) : default)
                    .WithTrailingTrivia(lineBreak));
        }

        /// <summary>Adds the attribute list after the member's others, with the leading trivia of the token that follows them.</summary>
        private static MemberDeclarationSyntax AddLast(MemberDeclarationSyntax declaration, AttributeListSyntax list, SyntaxTrivia newLine)
        {
            SyntaxToken next = declaration.AttributeLists[declaration.AttributeLists.Count - 1].GetLastToken().GetNextToken();
            MemberDeclarationSyntax bare = declaration.ReplaceToken(next, next.WithLeadingTrivia(SyntaxFactory.TriviaList()));
            return bare.WithAttributeLists(bare.AttributeLists.Add(list.WithLeadingTrivia(next.LeadingTrivia).WithTrailingTrivia(newLine)));
        }

        /// <summary>Whether the trivia is #if, #elif, #else or #endif.</summary>
        private static bool IsConditionalDirective(SyntaxTrivia trivia) =>
            trivia.IsKind(SyntaxKind.IfDirectiveTrivia) || trivia.IsKind(SyntaxKind.ElifDirectiveTrivia)
            || trivia.IsKind(SyntaxKind.ElseDirectiveTrivia) || trivia.IsKind(SyntaxKind.EndIfDirectiveTrivia);

        /// <summary>The file's line break (its first), or an elastic one that the formatter settles in a file without any.</summary>
        private static SyntaxTrivia NewLine(SyntaxNode root) =>
            root.DescendantTrivia().FirstOrDefault(trivia => trivia.IsKind(SyntaxKind.EndOfLineTrivia)) is { RawKind: not 0 } found
                ? found
                : SyntaxFactory.ElasticCarriageReturnLineFeed;

        /// <summary>Whether the attribute class <paramref name="ns"/>.<paramref name="attributeClass"/> already binds by its short name at <paramref name="position"/> (a using, a global using, an enclosing namespace).</summary>
        private static bool InScope(SemanticModel model, int position, string attributeClass, string ns) =>
            model.LookupNamespacesAndTypes(position, name: attributeClass)
                .Any(symbol => symbol.ContainingNamespace?.ToDisplayString() == ns);

        /// <summary>The index of the last #endif in the trivia that closes a block opened before it, or -1.</summary>
        private static int ClosingEndIf(SyntaxTriviaList trivia)
        {
            int depth = 0, closing = -1;
            for (int i = 0; i < trivia.Count; i++)
            {
                if (trivia[i].IsKind(SyntaxKind.IfDirectiveTrivia))
                {
                    depth++;
                }
                else if (trivia[i].IsKind(SyntaxKind.EndIfDirectiveTrivia))
                {
                    if (depth == 0)
                    {
                        closing = i;
                    }
                    else
                    {
                        depth--;
                    }
                }
            }

            return closing;
        }

        /// <summary>Adds <c>using <paramref name="ns"/>;</c>; a file header or preprocessor directives before the first token stay first.</summary>
        /// <summary>
        /// How code at <paramref name="position"/> names Pii's namespace: <c>Pii</c> where that name is it, <c>global::Pii</c>
        /// where the project's own namespace (<c>Acme.Pii.Web</c>) would capture the name; <c>Pii</c> without a model.
        /// </summary>
        internal static string PiiQualifier(SemanticModel? model, int position) =>
            model is null || model.LookupNamespacesAndTypes(position, name: "Pii") is [INamespaceSymbol { ContainingNamespace.IsGlobalNamespace: true }] ? "Pii" : "global::Pii";

        internal static CompilationUnitSyntax AddUsing(CompilationUnitSyntax unit, string ns)
        {
            UsingDirectiveSyntax directive = SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(ns)).WithAdditionalAnnotations(Formatter.Annotation);
            if (unit.Usings.Count > 0)
            {
                // Usings that end in a conditional block (#if NET8_0_OR_GREATER ... #endif): below its #endif, which is the
                // next token's trivia, not inside the block, where a build without the symbol would lack it.
                SyntaxToken next = unit.Usings[unit.Usings.Count - 1].GetLastToken().GetNextToken(includeZeroWidth: true);
                int endIf = ClosingEndIf(next.LeadingTrivia);
                if (endIf < 0)
                {
                    return unit.AddUsings(directive);
                }

                SyntaxTriviaList trivia = next.LeadingTrivia;
                CompilationUnitSyntax rest = unit.ReplaceToken(next, next.WithLeadingTrivia(trivia.Skip(endIf + 1)));
                return rest.AddUsings(directive.WithLeadingTrivia(trivia.Take(endIf + 1)));
            }

            SyntaxToken first = unit.GetFirstToken(includeZeroWidth: true);
            if (first.LeadingTrivia.Count == 0)
            {
                return unit.AddUsings(directive);
            }

            // Move the header (comments, #define, #nullable) onto the new directive, which becomes the first token.
            CompilationUnitSyntax bare = unit.ReplaceToken(first, first.WithLeadingTrivia(SyntaxFactory.ElasticMarker));
            return bare.AddUsings(directive.WithLeadingTrivia(first.LeadingTrivia));
        }
    }
}
