using System;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace Pii.Compliance.Tests;

public class KeyRotationTests
{
    private const string Value = "canary-ext-7f3a-0001";

    private static IServiceProvider Build(Action<PiiRedactionOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddPiiRedaction(configure);
        return services.BuildServiceProvider();
    }

    private static string RedactWith(Action<PiiRedactionOptions> configure) =>
        Build(configure).GetRequiredService<IRedactorProvider>().GetRedactor(PiiClassifications.KeyedHash).Redact(Value);

    [Fact]
    public void After_rotation_new_lines_use_the_current_key_and_its_id()
    {
        string before = RedactWith(o => o.AddHashKey("k1", TestKeys.K1));
        string after = RedactWith(o => o.AddHashKey("k1", TestKeys.K1).AddHashKey("k2", TestKeys.K2).CurrentHashKeyId = "k2");

        Assert.Equal(TestKeys.Expected("k1", TestKeys.K1, Value), before);
        Assert.Equal(TestKeys.Expected("k2", TestKeys.K2, Value), after);
        Assert.NotEqual(before[8..], after[8..]);
    }

    [Fact]
    public void A_key_hashes_a_value_the_same_way_before_and_after_rotation()
    {
        string before = RedactWith(o => o.AddHashKey("k1", TestKeys.K1));
        PiiHashKeyRing ring = Build(o => o.AddHashKey("k1", TestKeys.K1).AddHashKey("k2", TestKeys.K2).CurrentHashKeyId = "k2")
            .GetRequiredService<PiiHashKeyRing>();

        Assert.Equal(before, ring.Hash(Value, "k1"));
        Assert.Equal("k2", ring.CurrentKeyId);
        Assert.Equal(["k1", "k2"], ring.KeyIds);
    }

    [Fact]
    public void Old_and_new_log_lines_both_match_the_value_and_nothing_else()
    {
        string oldLine = RedactWith(o => o.AddHashKey("k1", TestKeys.K1));
        PiiHashKeyRing ring = Build(o => o.AddHashKey("k1", TestKeys.K1).AddHashKey("k2", TestKeys.K2).CurrentHashKeyId = "k2")
            .GetRequiredService<PiiHashKeyRing>();
        string newLine = ring.Hash(Value);

        Assert.True(ring.Matches(Value, oldLine));
        Assert.True(ring.Matches(Value, newLine));
        Assert.False(ring.Matches("someone-else", oldLine));
        Assert.False(ring.Matches(Value, "hmac:k9:" + oldLine[8..]));   // an unknown key id
        Assert.False(ring.Matches(Value, "hmac:k2:" + oldLine[8..]));   // k1's hash under k2's id
        Assert.False(ring.Matches(Value, "[redacted]"));
    }

    [Fact]
    public void A_retired_key_removed_from_the_ring_no_longer_matches()
    {
        string oldLine = RedactWith(o => o.AddHashKey("k1", TestKeys.K1));
        PiiHashKeyRing ring = Build(o => o.AddHashKey("k2", TestKeys.K2)).GetRequiredService<PiiHashKeyRing>();

        Assert.False(ring.Matches(Value, oldLine));
        var e = Assert.Throws<ArgumentException>(() => ring.Hash(Value, "k1"));
        Assert.StartsWith("No hash key has the id 'k1'; the keys are k2.", e.Message);
    }

    [Fact]
    public void Changing_the_key_bytes_after_registration_changes_nothing()
    {
        byte[] key = (byte[])TestKeys.K1.Clone();
        IServiceProvider provider = Build(o => o.AddHashKey("k1", key));
        key[0] ^= 0xFF;

        string redacted = provider.GetRequiredService<IRedactorProvider>().GetRedactor(PiiClassifications.KeyedHash).Redact(Value);

        Assert.Equal(TestKeys.Expected("k1", TestKeys.K1, Value), redacted);
    }

    [Fact]
    public void A_base64_key_from_configuration_is_the_same_key()
    {
        string fromBytes = RedactWith(o => o.AddHashKey("k1", TestKeys.K1));
        string fromText = RedactWith(o => o.AddHashKey("k1", Convert.ToBase64String(TestKeys.K1)));

        Assert.Equal(fromBytes, fromText);
    }

    [Fact]
    public void The_last_registration_wins_even_when_it_removes_the_keys()
    {
        var services = new ServiceCollection();
        services.AddPiiRedaction(o => o.AddHashKey("k1", TestKeys.K1));
        services.AddPiiRedaction();

        IRedactorProvider provider = services.BuildServiceProvider().GetRequiredService<IRedactorProvider>();

        Assert.Equal("[redacted]", provider.GetRedactor(PiiClassifications.KeyedHash).Redact(Value));
    }
}
