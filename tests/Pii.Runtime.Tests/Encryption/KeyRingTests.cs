using System;
using System.Collections.Generic;
using Pii.Encryption;

namespace Pii.Runtime.Tests.Encryption;

public class KeyRingTests
{
    private static KeyValuePair<string, byte[]> Entry(string id, byte[] key) => new(id, key);

    [Fact]
    public void After_rotation_new_values_use_the_current_key_and_old_values_still_decrypt()
    {
        var before = new PersonalDataKeyRing("2026-01", [Entry("2026-01", Rings.Key(1))]);
        byte[] old = PersonalDataCodec.Protect("anna@example.nl", before, Rings.Context);
        var after = new PersonalDataKeyRing("2026-02", [Entry("2026-01", Rings.Key(1)), Entry("2026-02", Rings.Key(2))]);

        byte[] fresh = PersonalDataCodec.Protect("anna@example.nl", after, Rings.Context);

        Assert.True(PersonalDataProtector.IsProtectedWith(old, "2026-01"));
        Assert.True(PersonalDataProtector.IsProtectedWith(fresh, "2026-02"));
        Assert.Equal("anna@example.nl", PersonalDataCodec.UnprotectString(old, after, Rings.Context));
        Assert.Equal("anna@example.nl", PersonalDataCodec.UnprotectString(fresh, after, Rings.Context));
        Assert.Equal(["2026-01", "2026-02"], after.KeyIds);
    }

    [Fact]
    public void A_value_under_a_key_the_ring_no_longer_has_is_unknown_key()
    {
        byte[] old = PersonalDataCodec.Protect("anna@example.nl", Rings.Single("old-1", 1), Rings.Context);
        PersonalDataKeyRing withoutOld = Rings.Single("2026-02", 2);

        var error = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(old, withoutOld, Rings.Context));

        Assert.Equal(ProtectedDataFailure.UnknownKey, error.Failure);
        Assert.Equal("old-1", error.KeyId);
        Assert.Equal("The protected value of Shop.Customer.Email is encrypted under key 'old-1', which the key ring does not have (destroyed or not loaded).", error.Message);
    }

    [Fact]
    public void The_same_id_with_other_key_bytes_fails_authentication()
    {
        byte[] envelope = PersonalDataCodec.Protect(42, Rings.Single("2026-01", 1), Rings.Context);

        var error = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectInt32(envelope, Rings.Single("2026-01", 9), Rings.Context));

        Assert.Equal(ProtectedDataFailure.Tampered, error.Failure);
    }

    [Fact]
    public void The_ring_copies_the_key_bytes_it_is_given()
    {
        byte[] key = Rings.Key(1);
        var ring = new PersonalDataKeyRing("2026-01", [Entry("2026-01", key)]);
        byte[] envelope = PersonalDataCodec.Protect("anna", ring, Rings.Context);

        Array.Clear(key);

        Assert.Equal("anna", PersonalDataCodec.UnprotectString(envelope, ring, Rings.Context));
        Assert.True(ring.TryGetKey("2026-01", out ReadOnlyMemory<byte> held));
        Assert.Equal(Rings.Key(1), held.ToArray());
    }

    [Fact]
    public void The_key_ids_cannot_be_changed_through_the_collection()
    {
        PersonalDataKeyRing ring = Rings.Single("2026-01");

        Assert.Throws<NotSupportedException>(() => ((IList<string>)ring.KeyIds)[0] = "other");
        Assert.Equal(["2026-01"], ring.KeyIds);
    }

    [Fact]
    public void TryGetKey_finds_only_the_exact_id()
    {
        PersonalDataKeyRing ring = Rings.Single("Key-A");

        Assert.True(ring.TryGetKey("Key-A", out ReadOnlyMemory<byte> key));
        Assert.Equal(32, key.Length);
        Assert.False(ring.TryGetKey("key-a", out key));
        Assert.True(key.IsEmpty);
        Assert.False(ring.TryGetKey(null!, out _));
    }

    [Fact]
    public void A_ring_without_keys_is_refused() =>
        Assert.Equal(
            "A personal-data key ring needs at least one key; Pii has no default key. (Parameter 'keys')",
            Assert.Throws<ArgumentException>(() => new PersonalDataKeyRing("2026-01", [])).Message);

    [Theory]
    [InlineData(16)]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(33)]
    [InlineData(64)]
    public void A_key_that_is_not_32_bytes_is_refused_with_its_id_and_length(int length)
    {
        var error = Assert.Throws<ArgumentException>(() => new PersonalDataKeyRing("2026-01", [Entry("2026-01", new byte[length])]));

        Assert.StartsWith($"The key '2026-01' has {length} bytes; AES-256 needs 32.", error.Message);
    }

    [Theory]
    [InlineData("", "A key id must not be empty.")]
    [InlineData("two words", "The key id 'two words' has U+0020 at position 3")]
    [InlineData("café", "The key id 'caf\\u00E9' has U+00E9 at position 3")]
    [InlineData("tab\tkey", "The key id 'tab\\u0009key' has U+0009 at position 3")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "has 65 characters; at most 64 are allowed.")]
    public void An_invalid_key_id_is_refused_with_the_problem(string id, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new PersonalDataKeyRing(id, [Entry(id, Rings.Key(1))]));

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_key_id_of_64_printable_characters_is_accepted()
    {
        string id = "!" + new string('~', 62) + "0";
        var ring = new PersonalDataKeyRing(id, [Entry(id, Rings.Key(1))]);

        byte[] envelope = PersonalDataCodec.Protect("x", ring, Rings.Context);

        Assert.True(PersonalDataProtector.TryGetKeyId(envelope, out string read));
        Assert.Equal(id, read);
        Assert.Equal("x", PersonalDataCodec.UnprotectString(envelope, ring, Rings.Context));
    }

    [Fact]
    public void A_duplicate_key_id_is_refused() =>
        Assert.Contains(
            "The key id '2026-01' appears more than once.",
            Assert.Throws<ArgumentException>(() => new PersonalDataKeyRing("2026-01", [Entry("2026-01", Rings.Key(1)), Entry("2026-01", Rings.Key(2))])).Message);

    [Fact]
    public void A_current_key_id_that_is_not_among_the_keys_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new PersonalDataKeyRing("2026-03", [Entry("2026-01", Rings.Key(1)), Entry("2026-02", Rings.Key(2))]));

        Assert.StartsWith("The current key id '2026-03' is not among the keys ('2026-01', '2026-02').", error.Message);
        Assert.Equal("currentKeyId", error.ParamName);
    }

    [Fact]
    public void Keys_in_base64_make_a_ring()
    {
        PersonalDataKeyRing ring = PersonalDataKeyRing.FromBase64("2026-02", [new("2026-01", Convert.ToBase64String(Rings.Key(1))), new("2026-02", Convert.ToBase64String(Rings.Key(2)))]);
        byte[] old = PersonalDataCodec.Protect("anna", Rings.Single("2026-01", 1), Rings.Context);

        Assert.Equal("2026-02", ring.CurrentKeyId);
        Assert.Equal("anna", PersonalDataCodec.UnprotectString(old, ring, Rings.Context));
    }

    [Fact]
    public void Invalid_base64_is_refused_naming_the_key_id_but_not_the_value()
    {
        var error = Assert.Throws<ArgumentException>(() => PersonalDataKeyRing.FromBase64("2026-01", [new("2026-01", "not*base64*secret")]));

        Assert.StartsWith("The key '2026-01' is not valid base64.", error.Message);
        Assert.DoesNotContain("secret", error.Message);
    }

    [Fact]
    public void Base64_of_the_wrong_length_is_refused_with_the_byte_count() =>
        Assert.StartsWith(
            "The key '2026-01' has 16 bytes; AES-256 needs 32.",
            Assert.Throws<ArgumentException>(() => PersonalDataKeyRing.FromBase64("2026-01", [new("2026-01", Convert.ToBase64String(new byte[16]))])).Message);

    [Fact]
    public void An_empty_base64_key_is_refused() =>
        Assert.StartsWith(
            "The key '2026-01' has no value",
            Assert.Throws<ArgumentException>(() => PersonalDataKeyRing.FromBase64("2026-01", [new("2026-01", " ")])).Message);

    [Fact]
    public void A_ring_of_the_application_works_through_the_interface()
    {
        var external = new Rings.External("ext-2", new() { ["ext-1"] = Rings.Key(1), ["ext-2"] = Rings.Key(2) });
        byte[] old = PersonalDataCodec.Protect(1987, Rings.Single("ext-1", 1), Rings.Context);

        byte[] fresh = PersonalDataCodec.Protect(2026, external, Rings.Context);

        Assert.True(PersonalDataProtector.IsProtectedWith(fresh, "ext-2"));
        Assert.Equal(2026, PersonalDataCodec.UnprotectInt32(fresh, external, Rings.Context));
        Assert.Equal(1987, PersonalDataCodec.UnprotectInt32(old, external, Rings.Context));
        Assert.Equal(2026, PersonalDataCodec.UnprotectInt32(fresh, Rings.Single("ext-2", 2), Rings.Context));
        Assert.Equal(ProtectedDataFailure.UnknownKey, Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectInt32(fresh, new Rings.External("x", new()), Rings.Context)).Failure);
    }

    [Fact]
    public void A_ring_of_the_application_with_a_bad_current_key_is_reported()
    {
        Assert.Equal(
            "The key ring names 'missing' as its current key but does not have it.",
            Assert.Throws<InvalidOperationException>(() => PersonalDataCodec.Protect(1, new Rings.External("missing", new()), Rings.Context)).Message);
        Assert.Equal(
            "The key ring gave key 'short' with 16 bytes; AES-256 needs 32.",
            Assert.Throws<InvalidOperationException>(() => PersonalDataCodec.Protect(1, new Rings.External("short", new() { ["short"] = new byte[16] }), Rings.Context)).Message);
        Assert.StartsWith(
            "The key ring's current key id cannot be written into an envelope.",
            Assert.Throws<InvalidOperationException>(() => PersonalDataCodec.Protect(1, new Rings.External("with space", new() { ["with space"] = Rings.Key(1) }), Rings.Context)).Message);
    }
}
