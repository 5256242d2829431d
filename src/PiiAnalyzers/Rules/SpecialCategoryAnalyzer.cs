using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>PII005: special-category data without the Art. 9(2) condition that allows processing it.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class SpecialCategoryAnalyzer : TaggedMemberAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.SpecialCategoryWithoutCondition);

        private protected override void AnalyzeMember(SymbolAnalysisContext context, CompilationRules rules)
        {
            foreach (AttributeData attribute in context.Symbol.GetAttributes())
            {
                if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SensitivePersonalDataAttribute")
                    || TagReader.TryRead(attribute, rules.Purposes) is not { LacksArticle9Condition: true } tag)
                {
                    continue;
                }

                Location location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations[0];
                string category = tag.SpecialCategory?.ToString() ?? "no special category given";
                context.ReportDiagnostic(Diagnostic.Create(Descriptors.SpecialCategoryWithoutCondition, location, context.Symbol.Name, category));
            }
        }
    }
}
