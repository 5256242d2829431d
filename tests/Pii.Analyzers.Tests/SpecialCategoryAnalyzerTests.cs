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

    [Fact]
    public Task A_special_category_name_tagged_only_as_personal_data_is_reported() => Verify.VerifyAsync("""
        using Pii;
        [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P1Y")]
        public class Patient
        {
            [PersonalData("Care")]
            public string? {|PII005:MedicalHistory|} { get; set; }

            [PersonalData("Care")]
            public string? {|PII005:Religie|} { get; set; }

            [PersonalData("Care")]
            public string? Email { get; set; }

            [SensitivePersonalData("Care", SpecialCategory.Health, SpecialCategoryCondition.HealthOrSocialCare)]
            public string? Diagnosis { get; set; }
        }
        """);

    [Fact]
    public Task An_excluded_name_is_not_reported_as_special_category() => Verify.VerifyAsync(
        """
        using Pii;
        [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P1Y")]
        public class Patient
        {
            [PersonalData("Care")]
            public string? MedicalHistory { get; set; }
        }
        """,
        editorConfig: "pii.untagged.excluded_names = MedicalHistory\n");
}
