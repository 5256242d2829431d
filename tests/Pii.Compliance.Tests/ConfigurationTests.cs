using System;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace Pii.Compliance.Tests;

public class ConfigurationTests
{
    private static T Fails<T>(Action<PiiRedactionOptions> configure)
        where T : Exception =>
        Assert.Throws<T>(() => new ServiceCollection().AddPiiRedaction(configure));

    [Fact]
    public void A_key_shorter_than_16_bytes_is_refused()
    {
        var e = Fails<ArgumentException>(o => o.AddHashKey("k1", new byte[15]));

        Assert.Equal("key", e.ParamName);
        Assert.StartsWith("The hash key 'k1' is 15 bytes; keyed-hash redaction needs at least 16 (32 random bytes are recommended).", e.Message);
    }

    [Fact]
    public void A_16_byte_key_is_accepted_and_hashes_under_its_id()
    {
        byte[] key = new byte[PiiRedactionOptions.MinimumKeyLength];
        key[0] = 7;
        var services = new ServiceCollection();
        services.AddPiiRedaction(o => o.AddHashKey("k1", key));

        string redacted = services.BuildServiceProvider().GetRequiredService<IRedactorProvider>()
            .GetRedactor(PiiClassifications.KeyedHash).Redact("ada@example.com");

        Assert.Equal(TestKeys.Expected("k1", key, "ada@example.com"), redacted);
    }

    [Fact]
    public void A_missing_key_is_refused()
    {
        var e = Fails<ArgumentException>(o => o.AddHashKey("k1", (byte[])null!));

        Assert.StartsWith("The hash key 'k1' is 0 bytes;", e.Message);
    }

    [Fact]
    public void A_duplicate_key_id_is_refused()
    {
        var e = Fails<ArgumentException>(o => o.AddHashKey("k1", TestKeys.K1).AddHashKey("k1", TestKeys.K2));

        Assert.Equal("keyId", e.ParamName);
        Assert.StartsWith("A hash key with the id 'k1' was already added; each key needs its own id", e.Message);
    }

    [Fact]
    public void An_unknown_current_key_id_is_refused_and_the_known_ids_named()
    {
        var e = Fails<InvalidOperationException>(o =>
        {
            o.AddHashKey("k1", TestKeys.K1).AddHashKey("k2", TestKeys.K2);
            o.CurrentHashKeyId = "k3";
        });

        Assert.Equal("CurrentHashKeyId 'k3' names no hash key; the keys are 'k1', 'k2'.", e.Message);
    }

    [Fact]
    public void Several_keys_without_a_current_one_are_refused()
    {
        var e = Fails<InvalidOperationException>(o => o.AddHashKey("k1", TestKeys.K1).AddHashKey("k2", TestKeys.K2));

        Assert.Equal("There are 2 hash keys ('k1', 'k2') and no CurrentHashKeyId; set the one new log lines are hashed under.", e.Message);
    }

    [Fact]
    public void A_current_key_id_without_keys_is_refused()
    {
        var e = Fails<InvalidOperationException>(o => o.CurrentHashKeyId = "k1");

        Assert.Equal("CurrentHashKeyId is 'k1' but no hash key was added; add it with AddHashKey(\"k1\", key).", e.Message);
    }

    [Theory]
    [InlineData("k:1", ':')]
    [InlineData("key 1", ' ')]
    public void A_key_id_that_would_break_the_output_format_is_refused(string id, char bad)
    {
        var e = Fails<ArgumentException>(o => o.AddHashKey(id, TestKeys.K1));

        Assert.StartsWith($"The hash key id '{id}' has the character '{bad}'; use letters, digits, '-', '_' or '.'", e.Message);
    }

    [Fact]
    public void An_empty_key_id_is_refused()
    {
        var e = Fails<ArgumentException>(o => o.AddHashKey("", TestKeys.K1));

        Assert.StartsWith("A hash key needs a non-empty id", e.Message);
    }

    [Fact]
    public void A_key_that_is_not_base64_is_refused()
    {
        var e = Fails<ArgumentException>(o => o.AddHashKey("k1", "not base64!"));

        Assert.StartsWith("The hash key 'k1' is not valid Base64.", e.Message);
    }

    [Fact]
    public void The_error_comes_from_the_registration_call_not_from_building_the_container()
    {
        var services = new ServiceCollection();

        Assert.Throws<ArgumentException>(() => services.AddRedaction(r => r.AddPiiRedactors(o => o.AddHashKey("k1", new byte[8]))));
    }
}
