using System;
using System.Linq;
using Microsoft.Extensions.Compliance.Classification;

namespace Pii.Compliance.Tests;

public class ClassificationTests
{
    [Fact]
    public void The_taxonomy_has_six_distinct_values_named_pii()
    {
        Assert.Equal(6, PiiClassifications.All.Distinct().Count());
        Assert.All(PiiClassifications.All, c => Assert.Equal("Pii", c.TaxonomyName));
        Assert.Equal("Pii:Personal", PiiClassifications.Personal.ToString());
        Assert.Equal("Pii:Sensitive", PiiClassifications.Sensitive.ToString());
        Assert.Equal("Pii:Personal.EmailMask", PiiClassifications.EmailMasked.ToString());
    }

    [Theory]
    [InlineData(RedactionKind.Default, "Personal")]
    [InlineData(RedactionKind.Erase, "Personal")]
    [InlineData(RedactionKind.Mask, "Personal.Mask")]
    [InlineData(RedactionKind.EmailMask, "Personal.EmailMask")]
    [InlineData(RedactionKind.TruncateIp, "Personal.TruncateIp")]
    [InlineData(RedactionKind.KeyedHash, "Personal.KeyedHash")]
    public void Each_redaction_kind_has_its_classification(RedactionKind kind, string value) =>
        Assert.Equal(new DataClassification("Pii", value), PiiClassifications.For(kind));

    [Fact]
    public void An_undefined_kind_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PiiClassifications.For((RedactionKind)99));

    [Fact]
    public void Each_attribute_carries_its_classification()
    {
        Assert.Equal(PiiClassifications.Personal, new PersonalDataClassificationAttribute().Classification);
        Assert.Equal(PiiClassifications.Sensitive, new SensitiveDataClassificationAttribute().Classification);
        Assert.Equal(PiiClassifications.Masked, new MaskedDataClassificationAttribute().Classification);
        Assert.Equal(PiiClassifications.EmailMasked, new EmailMaskedDataClassificationAttribute().Classification);
        Assert.Equal(PiiClassifications.TruncatedIp, new TruncatedIpDataClassificationAttribute().Classification);
        Assert.Equal(PiiClassifications.KeyedHash, new KeyedHashDataClassificationAttribute().Classification);
    }

    [Fact]
    public void Tags_map_as_the_generated_redacted_view_does()
    {
        Assert.Equal(PiiClassifications.EmailMasked, PiiClassifications.For([new PersonalDataAttribute("Login") { Category = DataCategory.EmailAddress }]));
        Assert.Equal(PiiClassifications.TruncatedIp, PiiClassifications.For([new PersonalDataAttribute("Security") { Category = DataCategory.IpAddress }]));
        Assert.Equal(PiiClassifications.Personal, PiiClassifications.For([new PersonalDataAttribute("Support") { Category = DataCategory.Name }]));
        Assert.Equal(PiiClassifications.Masked, PiiClassifications.For(
            [new PersonalDataAttribute("Support"), new PersonalDataAttribute("Billing") { Redaction = RedactionKind.Mask, Category = DataCategory.EmailAddress }]));
        Assert.Equal(PiiClassifications.Sensitive, PiiClassifications.For(
            [new PersonalDataAttribute("Support") { Redaction = RedactionKind.Mask },
             new SensitivePersonalDataAttribute("Care", SpecialCategory.Health, SpecialCategoryCondition.ExplicitConsent)]));
        Assert.Null(PiiClassifications.For([]));
    }

    [Fact]
    public void A_type_whose_tagged_members_are_classified_to_match_has_no_problem() =>
        Assert.Empty(PiiClassificationCheck.FindProblems(typeof(Customer)));

    /// <summary>
    /// An IPAddress member without a category: its generated redacted view truncates it, so TruncatedIp is what its tags
    /// allow (before, FindProblems asked for erasure and called TruncatedIp "more than its tags allow").
    /// </summary>
    [Fact]
    public void An_ip_address_member_may_be_truncated_as_in_its_generated_redacted_view()
    {
        Assert.Contains("LastIp = 203.0.113.0", new Visit { LastIp = System.Net.IPAddress.Parse("203.0.113.77") }.ToRedactedString());
        Assert.Empty(PiiClassificationCheck.FindProblems(typeof(Visit)));
    }

    [Fact]
    public void Missing_and_weaker_classifications_are_reported_with_the_fix()
    {
        Assert.Equal(
            [
                "Lead.Email is tagged as personal data but has no data classification, so [LogProperties] would log it as it is; add [EmailMaskedDataClassification].",
                "Lead.Name is classified Pii:Personal.Mask, which shows more than its tags allow (Pii:Personal); use [PersonalDataClassification].",
                "Lead.Diagnosis is classified Pii:Personal, which shows more than its tags allow (Pii:Sensitive); use [SensitiveDataClassification].",
            ],
            PiiClassificationCheck.FindProblems(typeof(Lead)));
    }
}
