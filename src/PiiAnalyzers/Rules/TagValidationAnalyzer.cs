using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>PII003: a tag whose purpose, legal basis, retention or Art. 9 condition cannot be read.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class TagValidationAnalyzer : TaggedMemberAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.InvalidTag);

        private protected override void AnalyzeMember(SymbolAnalysisContext context, CompilationRules rules)
        {
            foreach (AttributeData attribute in context.Symbol.GetAttributes())
            {
                if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "PersonalDataAttribute")
                    && !WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SensitivePersonalDataAttribute"))
                {
                    continue;
                }

                MemberTag? tag = TagReader.TryRead(attribute, rules.Purposes);
                string? problem = tag is null ? "the purpose is missing or is not a constant string" : tag.Problem;
                if (problem is not null)
                {
                    Location location = attribute.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? context.Symbol.Locations[0];
                    context.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidTag, location, context.Symbol.Name, problem));
                }
            }
        }
    }
}
