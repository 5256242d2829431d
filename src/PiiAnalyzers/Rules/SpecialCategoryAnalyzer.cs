using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Analyzers.Untagged;
using Pii.Analyzers.Vocabulary;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>PII005: special-category data without the Art. 9(2) condition that allows processing it.</summary>
    public sealed class SpecialCategoryAnalyzer : TaggedMemberAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SpecialCategoryWithoutCondition);

        internal override void AnalyzeMember(SymbolAnalysisContext context, CompilationRules rules)
        {
            bool sensitive = false, personal = false;
            foreach (AttributeData attribute in context.Symbol.GetAttributes())
            {
                if (WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "PersonalDataAttribute"))
                {
                    personal = true;
                }

                if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SensitivePersonalDataAttribute"))
                {
                    continue;
                }

                sensitive = true;
                if (TagReader.TryRead(attribute, rules.Purposes) is not { LacksArticle9Condition: true } tag)
                {
                    continue;
                }

                Location location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations[0];
                string category = tag.SpecialCategory?.ToString() ?? "no special category given";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SpecialCategoryWithoutCondition, location, context.Symbol.Name, category));
            }

            if (personal && !sensitive)
            {
                AnalyzeName(context, rules.Members);
            }
        }

        /// <summary>
        /// A member tagged only [PersonalData] whose name says special category ("MedicalHistory", "Religie"): the tag
        /// states no Art. 9(2) condition. The vocabulary and the configured names are those of PII001; the tag already says
        /// the member is about a person.
        /// </summary>
        private static void AnalyzeName(SymbolAnalysisContext context, MemberContext members)
        {
            ISymbol member = context.Symbol;
            ITypeSymbol? type = MemberShape.TypeOf(member);
            if (type is null || member.Locations.Length == 0 || member.Locations[0].SourceTree is not { } tree)
            {
                return;
            }

            UntaggedOptions options = members.OptionsFor(tree);
            NameVerdict verdict = PersonalDataNames.Classify(
                members.For(member, type, containingTypeIsPersonType: true),
                options.ExtraNames.IsEmpty ? null : options.ExtraNames,
                options.ExcludedNames.IsEmpty ? null : options.ExcludedNames);
            if (verdict.SpecialCategory is { } special)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.SpecialCategoryWithoutCondition, member.Locations[0], member.Name, $"{special}, by its name '{verdict.MatchedTerm}'"));
            }
        }
    }
}
