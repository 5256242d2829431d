using System.Threading.Tasks;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.PiiAnalyzer>;

namespace Pii.Analyzers.Tests;

/// <summary>The analyzer the compiler loads runs every rule, once.</summary>
public class PiiAnalyzerTests
{
    [Fact]
    public Task Every_rule_reports_through_the_one_analyzer_and_nothing_twice() => Verify.VerifyAsync("""
        using Pii;
        [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P1Y")]

        public class {|PII004:Visit|}
        {
            public int Id { get; set; }

            public string? {|PII001:Email|} { get; set; }

            [{|PII003:PersonalData("Care", "2 years", LegalBasis.Contract)|}]
            public string? Phone { get; set; }

            [PersonalData("Care")]
            public string? {|PII005:MedicalHistory|} { get; set; }

            [PersonalData("Care")]
            public string? {|PII006:Notes|} { get; }

            [NotPersonalData("the room a visit took place in")]
            public string? Room { get; set; }
        }
        """);

    [Fact]
    public Task A_rule_switched_off_in_editorconfig_does_not_run_while_the_others_do() => Verify.VerifyAsync(
        """
        using Pii;
        [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P1Y")]

        [DataSubject]
        public class Patient
        {
            public int Id { get; set; }

            public string? Email { get; set; }

            [{|PII003:PersonalData("Care", "2 years", LegalBasis.Contract)|}]
            public string? Phone { get; set; }
        }
        """,
        editorConfig: "dotnet_diagnostic.PII001.severity = none\n");
}
