using System.Threading.Tasks;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Rules.TagValidationAnalyzer>;

namespace Pii.Analyzers.Tests;

public class TagValidationAnalyzerTests
{
    [Fact]
    public Task Valid_long_and_short_forms_report_nothing() => Verify.VerifyAsync("""
        using Pii;
        [assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y")]
        public class Customer
        {
            [PersonalData("Marketing")]
            [PersonalData("Login", "P30D", LegalBasis.LegitimateInterests)]
            public string? Email { get; set; }

            [SensitivePersonalData("Care", "P1Y", LegalBasis.Contract, SpecialCategory.Health, SpecialCategoryCondition.HealthOrSocialCare)]
            public string? Allergies { get; set; }
        }
        """);

    [Fact]
    public Task An_undeclared_short_form_purpose_is_reported() => Verify.VerifyAsync("""
        using Pii;
        public class Customer
        {
            [{|PII003:PersonalData("Marketing")|}]
            public string? Email { get; set; }
        }
        """);

    [Fact]
    public Task A_retention_that_is_not_an_ISO_8601_duration_is_reported() => Verify.VerifyAsync("""
        using Pii;
        [assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "1 year")]
        public class Customer
        {
            [{|PII003:PersonalData("Account", "30 days", LegalBasis.Contract)|}]
            public string? Email { get; set; }

            [{|PII003:PersonalData("Support")|}]
            public string? Phone { get; set; }
        }
        """);

    [Fact]
    public Task A_missing_legal_basis_and_an_empty_purpose_are_reported() => Verify.VerifyAsync("""
        using Pii;
        public class Customer
        {
            [{|PII003:PersonalData("Account", "P30D", LegalBasis.Unspecified)|}]
            public string? Email { get; set; }

            [{|PII003:PersonalData(" ", "P30D", LegalBasis.Contract)|}]
            public string? Phone { get; set; }
        }
        """);
}
