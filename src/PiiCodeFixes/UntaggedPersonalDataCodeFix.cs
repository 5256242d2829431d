using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Pii.Analyzers.Untagged;
using Pii.Tagging;

namespace Pii.CodeFixes
{
    /// <summary>
    /// PII001: record the decision on an untagged member. One action per purpose the assembly declares
    /// (<c>[PersonalData("Purpose")]</c>, or <c>[SensitivePersonalData]</c> with a chosen Art. 9(2) condition for special
    /// categories), and one that marks the member as reviewed (<c>[NotPersonalData]</c>).
    /// </summary>
    /// <remarks>The fix never invents a purpose or a legal condition: with no declared purpose only the review action is
    /// offered, and the Art. 9(2) condition is picked by the developer from a nested list.</remarks>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UntaggedPersonalDataCodeFix))]
    [Shared]
    public sealed class UntaggedPersonalDataCodeFix : CodeFixProvider
    {
        /// <summary>The equivalence key of the review action.</summary>
        public const string NotPersonalDataKey = "PII001.NotPersonalData";

        /// <summary>The reason written by the review action, for the developer to replace.</summary>
        public const string ReasonPlaceholder = "TODO: why this is not personal data";

        private static readonly (SpecialCategoryCondition Condition, string Title)[] Conditions =
        [
            (SpecialCategoryCondition.ExplicitConsent, "Art. 9(2)(a) explicit consent"),
            (SpecialCategoryCondition.EmploymentAndSocialProtection, "Art. 9(2)(b) employment and social protection law"),
            (SpecialCategoryCondition.VitalInterests, "Art. 9(2)(c) vital interests"),
            (SpecialCategoryCondition.NotForProfitBody, "Art. 9(2)(d) not-for-profit body"),
            (SpecialCategoryCondition.MadePublicByDataSubject, "Art. 9(2)(e) made public by the data subject"),
            (SpecialCategoryCondition.LegalClaims, "Art. 9(2)(f) legal claims"),
            (SpecialCategoryCondition.SubstantialPublicInterest, "Art. 9(2)(g) substantial public interest"),
            (SpecialCategoryCondition.HealthOrSocialCare, "Art. 9(2)(h) health or social care"),
            (SpecialCategoryCondition.PublicHealth, "Art. 9(2)(i) public health"),
            (SpecialCategoryCondition.ArchivingResearchOrStatistics, "Art. 9(2)(j) archiving, research or statistics"),
        ];

        /// <summary>The equivalence key of the action that tags for <paramref name="purpose"/>.</summary>
        public static string PersonalDataKey(string purpose) => "PII001.PersonalData." + purpose;

        /// <summary>The equivalence key of the action that tags special-category data for a purpose under a condition.</summary>
        public static string SensitivePersonalDataKey(string purpose, string condition) => $"{SensitivePrefix}{purpose}.{condition}";

        private const string SensitivePrefix = "PII001.SensitivePersonalData.";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII001");

        /// <inheritdoc/>
        /// <remarks>
        /// Document by document, all members in one edit: the batch fixer merges the single fixes' text changes, and the
        /// <c>using Pii;</c> each of them adds at the same place made it drop members silently.
        /// </remarks>
        public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixDocumentAsync);

        /// <inheritdoc/>
        public override async Task RegisterCodeFixesAsync(CodeFixContext context)
        {
            Compilation? compilation = await context.Document.Project.GetCompilationAsync(context.CancellationToken).ConfigureAwait(false);
            ImmutableArray<PurposeDeclaration> purposes = compilation is null ? ImmutableArray<PurposeDeclaration>.Empty : PurposeDeclaration.ReadAll(compilation.Assembly);
            Document document = context.Document;
            SyntaxNode? root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
            foreach (Diagnostic diagnostic in context.Diagnostics)
            {
                if (root is null || AttributeEditor.FindMember(root, diagnostic.Location.SourceSpan) is null)
                {
                    continue; // e.g. a field declaration with several variables: one attribute would tag them all
                }

                diagnostic.Properties.TryGetValue(UntaggedPersonalDataAnalyzer.CategoryProperty, out string? category);
                diagnostic.Properties.TryGetValue(UntaggedPersonalDataAnalyzer.SpecialCategoryProperty, out string? special);
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (PurposeDeclaration purpose in purposes)
                {
                    if (!seen.Add(purpose.Name))
                    {
                        continue;
                    }

                    string name = Quote(purpose.Name);
                    if (special is null)
                    {
                        string arguments = category is null ? $"({name})" : $"({name}, Category = DataCategory.{category})";
                        context.RegisterCodeFix(
                            CodeAction.Create(
                                $"Tag as personal data for {name}",
                                ct => AttributeEditor.AddAttributeAsync(document, diagnostic.Location.SourceSpan, "PersonalData", arguments, ct),
                                PersonalDataKey(purpose.Name)),
                            diagnostic);
                        continue;
                    }

                    ImmutableArray<CodeAction>.Builder nested = ImmutableArray.CreateBuilder<CodeAction>(Conditions.Length);
                    foreach ((SpecialCategoryCondition condition, string title) in Conditions)
                    {
                        string arguments = $"({name}, SpecialCategory.{special}, SpecialCategoryCondition.{condition})";
                        nested.Add(CodeAction.Create(
                            title,
                            ct => AttributeEditor.AddAttributeAsync(document, diagnostic.Location.SourceSpan, "SensitivePersonalData", arguments, ct),
                            SensitivePersonalDataKey(purpose.Name, condition.ToString())));
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create($"Tag as special-category data ({special}) for {name}", nested.MoveToImmutable(), isInlinable: false),
                        diagnostic);
                }

                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Mark as reviewed: not personal data",
                        ct => AttributeEditor.AddAttributeAsync(document, diagnostic.Location.SourceSpan, "NotPersonalData", $"({Quote(ReasonPlaceholder)})", ct),
                        NotPersonalDataKey),
                    diagnostic);
            }
        }

        private static string Quote(string text) => SyntaxFactory.Literal(text).ToString();

        /// <summary>Applies the fix-all's chosen action to every diagnostic of one document that the action applies to.</summary>
        private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            string? key = context.CodeActionEquivalenceKey;
            var edits = new List<AttributeEdit>(diagnostics.Length);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                diagnostic.Properties.TryGetValue(UntaggedPersonalDataAnalyzer.CategoryProperty, out string? category);
                diagnostic.Properties.TryGetValue(UntaggedPersonalDataAnalyzer.SpecialCategoryProperty, out string? special);
                if (key == NotPersonalDataKey)
                {
                    edits.Add(new AttributeEdit(diagnostic.Location.SourceSpan, "NotPersonalData", $"({Quote(ReasonPlaceholder)})"));
                }
                else if (key is not null && key.StartsWith(PersonalDataKey(string.Empty), StringComparison.Ordinal) && special is null)
                {
                    string name = Quote(key.Substring(PersonalDataKey(string.Empty).Length));
                    edits.Add(new AttributeEdit(diagnostic.Location.SourceSpan, "PersonalData", category is null ? $"({name})" : $"({name}, Category = DataCategory.{category})"));
                }
                else if (key is not null && key.StartsWith(SensitivePrefix, StringComparison.Ordinal) && special is not null
                    && key.LastIndexOf('.') is int dot && dot > SensitivePrefix.Length)
                {
                    string name = Quote(key.Substring(SensitivePrefix.Length, dot - SensitivePrefix.Length));
                    string condition = key.Substring(dot + 1);
                    edits.Add(new AttributeEdit(diagnostic.Location.SourceSpan, "SensitivePersonalData", $"({name}, SpecialCategory.{special}, SpecialCategoryCondition.{condition})"));
                }
            }

            return edits.Count == 0 ? document : await AttributeEditor.AddAttributesAsync(document, edits, context.CancellationToken).ConfigureAwait(false);
        }
    }
}
