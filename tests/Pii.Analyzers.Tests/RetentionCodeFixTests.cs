using System.Threading.Tasks;
using Pii.Analyzers.Rules;
using Pii.CodeFixes;
using Pii.Tagging;

namespace Pii.Analyzers.Tests;

public class RetentionCodeFixTests
{
    [Theory]
    [InlineData("2 years", "P2Y")]
    [InlineData("1 year and 6 months", "P1Y6M")]
    [InlineData("30 days", "P30D")]
    [InlineData("30 dagen", "P30D")]
    [InlineData("7 jaar", "P7Y")]
    [InlineData("6 mois", "P6M")]
    [InlineData("3 années", "P3Y")]
    [InlineData("10 Jahre", "P10Y")]
    [InlineData("2y", "P2Y")]
    [InlineData("p2y", "P2Y")]
    [InlineData(" P30D ", "P30D")]
    [InlineData("P1.5Y", "P18M")]
    [InlineData("P0.5M", "P15D")]
    [InlineData("P1W2D", "P9D")]
    [InlineData("2 weeks", "P2W")]
    [InlineData("12 hours", "PT12H")]
    public void The_nearest_valid_duration_is_suggested_where_it_is_obvious(string written, string expected) =>
        Assert.Equal(expected, RetentionSuggestion.For(written));

    [Theory]
    [InlineData("forever")]
    [InlineData("as long as needed")]
    [InlineData("P1.33Y")]
    [InlineData("2 years 3 years")]
    [InlineData("30j")]        // French: 30 days (jours); Dutch: 30 years (jaar)
    [InlineData("30 j")]
    [InlineData("P400000000W1D")]   // 2,800,000,001 days: no whole-number component holds it
    [InlineData("")]
    [InlineData(null)]
    public void Nothing_is_suggested_when_nothing_is_obvious(string? written) =>
        Assert.Null(RetentionSuggestion.For(written));

    [Theory]
    [InlineData("P30M", "30 months")]
    [InlineData("PT30M", "30 minutes")]
    [InlineData("P1Y6M", "1 year and 6 months")]
    [InlineData("P1Y2M3DT4H", "1 year, 2 months, 3 days and 4 hours")]
    [InlineData("P2W", "2 weeks")]
    [InlineData("P0D", "no time")]
    [InlineData("2 years", null)]
    public void A_duration_is_described_in_words(string duration, string? expected) =>
        Assert.Equal(expected, RetentionSuggestion.Describe(duration));

    /// <summary>"30m" is read as 30 months; the fix's title says so in words, since "P30M" and "PT30M" (30 minutes) are easy
    /// to mistake for each other (before, the title gave the designators only).</summary>
    [Fact]
    public Task The_fix_title_gives_the_duration_in_words() =>
        CodeFixTest<TagValidationAnalyzer, RetentionCodeFix>.VerifyAsync(
            """
            using Pii;
            public class Customer
            {
                [{|PII003:PersonalData("Account", "30m", LegalBasis.Contract)|}]
                public string? Email { get; set; }
            }
            """,
            """
            using Pii;
            public class Customer
            {
                [PersonalData("Account", "P30M", LegalBasis.Contract)]
                public string? Email { get; set; }
            }
            """,
            title: "Use retention \"P30M\" (30 months)");

    [Fact]
    public Task A_retention_in_words_on_a_tag_is_replaced() => VerifyAsync(
        """
        using Pii;
        public class Customer
        {
            [{|PII003:PersonalData("Account", "2 years", LegalBasis.Contract)|}]
            public string? Email { get; set; }
        }
        """,
        """
        using Pii;
        public class Customer
        {
            [PersonalData("Account", "P2Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """);

    [Fact]
    public Task A_retention_on_a_purpose_declaration_is_replaced_and_fix_all_fixes_every_one() => VerifyAsync(
        """
        using Pii;
        [assembly: {|PII003:ProcessingPurpose("Billing", LegalBasis.Contract, Retention = "7 jaar")|}]
        public class Customer
        {
            [PersonalData("Billing")]
            public string? Name { get; set; }

            [{|PII003:PersonalData("Account", "30 dagen", LegalBasis.Contract)|}]
            public string? Email { get; set; }
        }
        """,
        """
        using Pii;
        [assembly: ProcessingPurpose("Billing", LegalBasis.Contract, Retention = "P7Y")]
        public class Customer
        {
            [PersonalData("Billing")]
            public string? Name { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """);

    /// <summary>The retention given by name (retention: ...), after other named arguments or after a named purpose.</summary>
    [Fact]
    public Task A_retention_given_by_name_or_after_a_named_purpose_is_replaced() => VerifyAsync(
        """
        using Pii;
        public class Customer
        {
            [{|PII003:PersonalData("Account", legalBasis: LegalBasis.Contract, retention: "2 years")|}]
            public string? Email { get; set; }

            [{|PII003:PersonalData(purpose: "Account", "30 days", LegalBasis.Contract)|}]
            public string? Phone { get; set; }
        }
        """,
        """
        using Pii;
        public class Customer
        {
            [PersonalData("Account", legalBasis: LegalBasis.Contract, retention: "P2Y")]
            public string? Email { get; set; }

            [PersonalData(purpose: "Account", "P30D", LegalBasis.Contract)]
            public string? Phone { get; set; }
        }
        """);

    /// <summary>
    /// A retention from a constant, which other tags may use, or built from parts: no fix is offered (before, one was, and
    /// changed nothing).
    /// </summary>
    [Fact]
    public Task No_fix_is_offered_for_a_retention_that_is_not_a_literal_in_the_tag() => VerifyAsync(NotALiteral, NotALiteral);

    private const string NotALiteral = """
        using Pii;
        public static class Retentions
        {
            public const string Long = "2 years";
        }

        public class Customer
        {
            [{|PII003:PersonalData("Account", Retentions.Long, LegalBasis.Contract)|}]
            public string? Email { get; set; }

            [{|PII003:PersonalData("Account", "30 " + "days", LegalBasis.Contract)|}]
            public string? Phone { get; set; }
        }
        """;

    private static Task VerifyAsync(string source, string fixedSource) =>
        CodeFixTest<TagValidationAnalyzer, RetentionCodeFix>.VerifyAsync(source, fixedSource);
}
