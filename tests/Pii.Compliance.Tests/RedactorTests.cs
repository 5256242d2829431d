using System;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace Pii.Compliance.Tests;

public class RedactorTests
{
    private static IRedactorProvider Provider(Action<PiiRedactionOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddPiiRedaction(configure);
        return services.BuildServiceProvider().GetRequiredService<IRedactorProvider>();
    }

    private static string Redact(DataClassification classification, string value, Action<PiiRedactionOptions>? configure = null) =>
        Provider(configure).GetRedactor(classification).Redact(value);

    [Theory]
    [InlineData("canary-7f3a@example.com", "c***@example.com")]
    [InlineData("a@b", "a***@b")]
    [InlineData("no-at-sign", "****")]
    [InlineData("@example.com", "****")]
    public void Email_classification_keeps_the_first_character_and_the_domain(string value, string expected) =>
        Assert.Equal(expected, Redact(PiiClassifications.EmailMasked, value));

    [Theory]
    [InlineData("203.0.113.77", "203.0.113.0")]
    [InlineData("2001:db8:85a3:1:2:8a2e:370:7334", "2001:db8:85a3::")]
    [InlineData("::ffff:198.51.100.9", "198.51.100.0")]
    [InlineData("not an address", "****")]
    [InlineData("123456789", "****")]     // IPAddress.TryParse reads it as 7.91.205.21: truncated, it showed 7.91.205.0
    [InlineData("31.20.5", "****")]       // read as 31.20.0.5: it showed 31.20.0.0
    public void Ip_classification_zeroes_the_host_part(string value, string expected) =>
        Assert.Equal(expected, Redact(PiiClassifications.TruncatedIp, value));

    [Theory]
    [InlineData("+31 6 7f3a 5699", "****99")]
    [InlineData("12345678", "****78")]
    [InlineData("1234567", "****")]
    public void Mask_classification_keeps_two_characters_of_long_values_only(string value, string expected) =>
        Assert.Equal(expected, Redact(PiiClassifications.Masked, value));

    [Fact]
    public void Personal_and_sensitive_classifications_erase()
    {
        IRedactorProvider provider = Provider();

        Assert.Equal("[redacted]", provider.GetRedactor(PiiClassifications.Personal).Redact("Canary Vandersloot-7f3a"));
        Assert.Equal("[redacted]", provider.GetRedactor(PiiClassifications.Sensitive).Redact("canary-peanut-allergy-7f3a"));
    }

    [Fact]
    public void Keyed_hash_classification_is_the_hmac_under_the_current_key_with_its_id()
    {
        string redacted = Redact(PiiClassifications.KeyedHash, "canary-ext-7f3a-0001", o => o.AddHashKey("k1", TestKeys.K1));

        Assert.Equal(TestKeys.Expected("k1", TestKeys.K1, "canary-ext-7f3a-0001"), redacted);
        Assert.Equal(51, redacted.Length); // "hmac:k1:" + 43 characters
    }

    [Fact]
    public void Keyed_hash_classification_without_a_key_erases()
    {
        Assert.Equal("[redacted]", Redact(PiiClassifications.KeyedHash, "canary-ext-7f3a-0001"));
    }

    [Fact]
    public void Each_classification_gets_its_pii_redactor_type()
    {
        IRedactorProvider provider = Provider(o => o.AddHashKey("k1", TestKeys.K1));

        Assert.IsType<PiiErasingRedactor>(provider.GetRedactor(PiiClassifications.Personal));
        Assert.IsType<PiiErasingRedactor>(provider.GetRedactor(PiiClassifications.Sensitive));
        Assert.IsType<PiiMaskingRedactor>(provider.GetRedactor(PiiClassifications.Masked));
        Assert.IsType<PiiEmailMaskingRedactor>(provider.GetRedactor(PiiClassifications.EmailMasked));
        Assert.IsType<PiiIpTruncatingRedactor>(provider.GetRedactor(PiiClassifications.TruncatedIp));
        Assert.IsType<PiiKeyedHashRedactor>(provider.GetRedactor(PiiClassifications.KeyedHash));
    }

    [Fact]
    public void Classifications_of_other_taxonomies_keep_the_builders_fallback()
    {
        Redactor redactor = Provider().GetRedactor(new DataClassification("Other", "Secret"));

        Assert.IsNotType<PiiRedactor>(redactor, exactMatch: false);
        Assert.DoesNotContain("secret-value", redactor.Redact("secret-value"));
    }

    [Fact]
    public void The_span_api_writes_the_same_text_and_reports_its_length()
    {
        var redactors = new (PiiRedactor Redactor, string Value, string Expected)[]
        {
            (new PiiErasingRedactor(), "Canary", "[redacted]"),
            (new PiiMaskingRedactor(), "+31 6 7f3a 5699", "****99"),
            (new PiiEmailMaskingRedactor(), "canary-7f3a@example.com", "c***@example.com"),
            (new PiiIpTruncatingRedactor(), "203.0.113.77", "203.0.113.0"),
        };

        char[] buffer = new char[64];
        foreach ((PiiRedactor redactor, string value, string expected) in redactors)
        {
            Assert.Equal(expected.Length, redactor.GetRedactedLength(value.AsSpan()));
            int written = redactor.Redact(value.AsSpan(), buffer);
            Assert.Equal(expected, new string(buffer, 0, written));
            Assert.Equal(expected, redactor.Redact(value.AsSpan()));
        }
    }

    [Fact]
    public void The_keyed_hash_length_is_known_without_hashing_and_matches_the_output()
    {
        Redactor redactor = Provider(o => o.AddHashKey("key-2025", TestKeys.K1)).GetRedactor(PiiClassifications.KeyedHash);

        string redacted = redactor.Redact("x");

        Assert.Equal(redacted.Length, redactor.GetRedactedLength("x".AsSpan()));
        Assert.StartsWith("hmac:key-2025:", redacted);
    }

    [Fact]
    public void A_destination_that_is_too_small_is_refused_with_the_sizes()
    {
        var redactor = new PiiEmailMaskingRedactor();
        char[] buffer = new char[4];

        var e = Assert.Throws<ArgumentException>(() => redactor.Redact("canary-7f3a@example.com".AsSpan(), buffer));
        Assert.Contains("room for 4 characters; the redacted value needs 16", e.Message);
    }

    [Fact]
    public void Empty_and_null_values_stay_empty()
    {
        var redactor = new PiiErasingRedactor();

        Assert.Equal(string.Empty, redactor.Redact((string?)null));
        Assert.Equal(string.Empty, redactor.Redact(string.Empty));
        Assert.Equal(0, redactor.GetRedactedLength(ReadOnlySpan<char>.Empty));
    }

    [Fact]
    public void Typed_values_are_formatted_then_redacted()
    {
        Redactor redactor = new PiiIpTruncatingRedactor();

        Assert.Equal("203.0.113.0", redactor.Redact(System.Net.IPAddress.Parse("203.0.113.77")));
    }
}
