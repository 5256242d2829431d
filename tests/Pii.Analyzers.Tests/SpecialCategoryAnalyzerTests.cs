using System.Threading.Tasks;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Rules.SpecialCategoryAnalyzer>;

namespace Pii.Analyzers.Tests;

public class SpecialCategoryAnalyzerTests
{
    [Fact]
    public Task A_sensitive_tag_without_a_defined_condition_or_category_is_reported() => Verify.VerifyAsync("""
        using Pii;
        public class Patient
        {
            [{|PII005:SensitivePersonalData("Care", "P1Y", LegalBasis.Contract, SpecialCategory.Health, default)|}]
            public string? Diagnosis { get; set; }

            [{|PII005:SensitivePersonalData("Care", "P1Y", LegalBasis.Contract, (SpecialCategory)42, SpecialCategoryCondition.HealthOrSocialCare)|}]
            public string? Notes { get; set; }

            [SensitivePersonalData("Care", "P1Y", LegalBasis.Contract, SpecialCategory.Health, SpecialCategoryCondition.HealthOrSocialCare)]
            public string? Allergies { get; set; }
        }
        """);
}
