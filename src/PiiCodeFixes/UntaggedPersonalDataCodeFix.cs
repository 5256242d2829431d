using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
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
        public static string PersonalDataKey(string purpose) => PersonalDataPrefix + purpose;

        private const string PersonalDataPrefix = "PII001.PersonalData.";

        /// <summary>The equivalence key of the action that tags special-category data for a purpose under a condition.</summary>
        public static string SensitivePersonalDataKey(string purpose, string condition) => $"{SensitivePrefix}{purpose}.{condition}";

        private const string SensitivePrefix = "PII001.SensitivePersonalData.";

        /// <inheritdoc/>
        public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create("PII001", "PII012");

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

                // Every action is defined by its equivalence key; EditFor turns a key into the attribute, here and in fix-all.
                CodeAction Action(string title, string key) =>
                    CodeAction.Create(title, ct => AttributeEditor.AddAttributesAsync(document, [EditFor(diagnostic, key)!.Value], ct), key);

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
                        context.RegisterCodeFix(Action($"Tag as personal data for {name}", PersonalDataKey(purpose.Name)), diagnostic);
                        continue;
                    }

                    ImmutableArray<CodeAction>.Builder nested = ImmutableArray.CreateBuilder<CodeAction>(Conditions.Length);
                    foreach ((SpecialCategoryCondition condition, string title) in Conditions)
                    {
                        nested.Add(Action(title, SensitivePersonalDataKey(purpose.Name, condition.ToString())));
                    }

                    context.RegisterCodeFix(
                        CodeAction.Create($"Tag as special-category data ({special}) for {name}", nested.MoveToImmutable(), isInlinable: false),
                        diagnostic);
                }

                context.RegisterCodeFix(Action("Mark as reviewed: not personal data", NotPersonalDataKey), diagnostic);
            }
        }

        /// <summary>
        /// The attribute that the action with equivalence key <paramref name="key"/> adds for <paramref name="diagnostic"/>;
        /// <see langword="null"/> when that action does not apply to it (a plain tag for special-category data, say).
        /// </summary>
        private static AttributeEdit? EditFor(Diagnostic diagnostic, string? key)
        {
            diagnostic.Properties.TryGetValue(UntaggedPersonalDataAnalyzer.CategoryProperty, out string? category);
            diagnostic.Properties.TryGetValue(UntaggedPersonalDataAnalyzer.SpecialCategoryProperty, out string? special);
            TextSpan span = diagnostic.Location.SourceSpan;
            if (key == NotPersonalDataKey)
            {
                return new AttributeEdit(span, "NotPersonalData", $"({Quote(ReasonPlaceholder)})");
            }

            if (key is not null && key.StartsWith(PersonalDataPrefix, StringComparison.Ordinal) && special is null)
            {
                string name = Quote(key.Substring(PersonalDataPrefix.Length));
                return new AttributeEdit(span, "PersonalData", category is null ? $"({name})" : $"({name}, Category = DataCategory.{category})");
            }

            if (key is not null && key.StartsWith(SensitivePrefix, StringComparison.Ordinal) && special is not null
                && key.LastIndexOf('.') is int dot && dot > SensitivePrefix.Length)
            {
                string name = Quote(key.Substring(SensitivePrefix.Length, dot - SensitivePrefix.Length));
                return new AttributeEdit(span, "SensitivePersonalData", $"({name}, SpecialCategory.{special}, SpecialCategoryCondition.{key.Substring(dot + 1)})");
            }

            return null;
        }

        private static string Quote(string text) => SyntaxFactory.Literal(text).ToString();

        /// <summary>Applies the fix-all's chosen action to every diagnostic of one document that the action applies to.</summary>
        private static async Task<Document?> FixDocumentAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
        {
            var edits = new List<AttributeEdit>(diagnostics.Length);
            foreach (Diagnostic diagnostic in diagnostics)
            {
                if (EditFor(diagnostic, context.CodeActionEquivalenceKey) is { } edit)
                {
                    edits.Add(edit);
                }
            }

            return edits.Count == 0 ? document : await AttributeEditor.AddAttributesAsync(document, edits, context.CancellationToken).ConfigureAwait(false);
        }
    }
}
