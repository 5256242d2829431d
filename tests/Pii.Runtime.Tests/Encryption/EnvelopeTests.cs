using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Pii.Encryption;

namespace Pii.Runtime.Tests.Encryption;

public class EnvelopeTests
{
    private static readonly PersonalDataKeyRing Ring = Rings.Single();

    [Fact]
    public void The_envelope_is_magic_version_key_id_nonce_tag_and_ciphertext()
    {
        byte[] plaintext = Encoding.UTF8.GetBytes("anna@example.nl");

        byte[] envelope = PersonalDataProtector.Protect(plaintext, Ring, Rings.Context);

        Assert.Equal((byte)'P', envelope[0]);
        Assert.Equal((byte)'x', envelope[1]);
        Assert.Equal(0x01, envelope[2]);
        Assert.Equal(7, envelope[3]);
        Assert.Equal("2026-01", Encoding.ASCII.GetString(envelope, 4, 7));
        Assert.Equal(4 + 7 + 12 + 16 + plaintext.Length, envelope.Length);
        Assert.False(envelope.AsSpan().IndexOf(plaintext.AsSpan(0, 4)) >= 0, "the plaintext appears in the envelope");
        Assert.True(PersonalDataProtector.TryGetKeyId(envelope, out string keyId));
        Assert.Equal("2026-01", keyId);
        Assert.True(PersonalDataProtector.IsProtectedWith(envelope, "2026-01"));
        Assert.False(PersonalDataProtector.IsProtectedWith(envelope, "2026-0"));
        Assert.False(PersonalDataProtector.IsProtectedWith(envelope, "2026-02"));
    }

    [Fact]
    public void The_key_id_of_bytes_that_are_not_an_envelope_cannot_be_read()
    {
        Assert.False(PersonalDataProtector.TryGetKeyId(Encoding.UTF8.GetBytes("anna@example.nl"), out string keyId));
        Assert.Equal(string.Empty, keyId);
        Assert.False(PersonalDataProtector.TryGetKeyId([], out _));
        Assert.False(PersonalDataProtector.TryGetKeyId("Px\u0001\u0007"u8, out _));
        Assert.False(PersonalDataProtector.IsProtectedWith("nope"u8, "2026-01"));
    }

    [Fact]
    public void Two_protections_of_the_same_value_differ_in_nonce_and_ciphertext_and_both_decrypt()
    {
        byte[] first = PersonalDataCodec.Protect("anna@example.nl", Ring, Rings.Context);
        byte[] second = PersonalDataCodec.Protect("anna@example.nl", Ring, Rings.Context);

        Assert.NotEqual(first.AsSpan(11, 12).ToArray(), second.AsSpan(11, 12).ToArray());
        Assert.NotEqual(first.AsSpan(23).ToArray(), second.AsSpan(23).ToArray());
        Assert.Equal("anna@example.nl", PersonalDataCodec.UnprotectString(first, Ring, Rings.Context));
        Assert.Equal("anna@example.nl", PersonalDataCodec.UnprotectString(second, Ring, Rings.Context));
    }

    [Fact]
    public void Nonces_do_not_repeat_across_many_values()
    {
        var nonces = new HashSet<string>();
        for (int i = 0; i < 5000; i++)
        {
            byte[] envelope = PersonalDataCodec.Protect(i, Ring, Rings.Context);
            Assert.True(nonces.Add(Convert.ToHexString(envelope, 11, 12)), $"nonce repeated at value {i}");
        }
    }

    [Fact]
    public void Every_single_bit_flip_is_refused_and_never_returns_data()
    {
        byte[] envelope = PersonalDataCodec.Protect("Ann", Ring, Rings.Context);
        const int KeyIdEnd = 4 + 7;

        for (int i = 0; i < envelope.Length; i++)
        {
            for (int bit = 0; bit < 8; bit++)
            {
                byte[] flipped = (byte[])envelope.Clone();
                flipped[i] ^= (byte)(1 << bit);

                var error = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(flipped, Ring, Rings.Context));

                ProtectedDataFailure[] expected = i switch
                {
                    < 3 => [ProtectedDataFailure.NotProtected],
                    < KeyIdEnd => [ProtectedDataFailure.Malformed, ProtectedDataFailure.UnknownKey],
                    _ => [ProtectedDataFailure.Tampered],
                };
                Assert.True(expected.Contains(error.Failure), $"byte {i} bit {bit}: {error.Failure}");
                Assert.Equal(Rings.Context, error.Context);
                Assert.DoesNotContain("Ann", error.Message);
            }
        }
    }

    [Fact]
    public void Every_single_bit_flip_of_a_number_is_refused_by_the_codec()
    {
        byte[] envelope = PersonalDataCodec.Protect(1987, Ring, Rings.Context);

        for (int i = 0; i < envelope.Length * 8; i++)
        {
            byte[] flipped = (byte[])envelope.Clone();
            flipped[i / 8] ^= (byte)(1 << (i % 8));

            Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectInt32(flipped, Ring, Rings.Context));
        }
    }

    [Fact]
    public void A_value_read_for_another_context_fails_authentication()
    {
        byte[] envelope = PersonalDataCodec.Protect("anna@example.nl", Ring, "Shop.Customer.Email");

        var error = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(envelope, Ring, "Shop.Supplier.Email"));

        Assert.Equal(ProtectedDataFailure.Tampered, error.Failure);
        Assert.Equal("2026-01", error.KeyId);
        Assert.Equal("Shop.Supplier.Email", error.Context);
        Assert.Equal("The protected value of Shop.Supplier.Email was changed or belongs elsewhere: authentication failed under key '2026-01'. It is not returned.", error.Message);
    }

    [Fact]
    public void A_long_context_is_bound_too()
    {
        string context = "Company.Product." + new string('A', 300) + ".Email";
        byte[] envelope = PersonalDataCodec.Protect("x", Ring, context);

        Assert.Equal("x", PersonalDataCodec.UnprotectString(envelope, Ring, context));
        Assert.Equal(ProtectedDataFailure.Tampered, Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(envelope, Ring, context + "2")).Failure);
    }

    [Fact]
    public void Every_truncation_is_refused_with_the_failure_of_what_is_missing()
    {
        byte[] envelope = PersonalDataCodec.Protect("Ann", Ring, Rings.Context);
        int headerNonceTag = 4 + 7 + 12 + 16;

        for (int length = 0; length < envelope.Length; length++)
        {
            byte[] truncated = envelope.AsSpan(0, length).ToArray();

            var error = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(truncated, Ring, Rings.Context));

            ProtectedDataFailure expected = length < 3 ? ProtectedDataFailure.NotProtected
                : length < headerNonceTag ? ProtectedDataFailure.Malformed
                : ProtectedDataFailure.Tampered;
            Assert.True(expected == error.Failure, $"length {length}: {error.Failure}, expected {expected}");
        }
    }

    [Fact]
    public void An_appended_byte_fails_authentication()
    {
        byte[] envelope = [.. PersonalDataCodec.Protect("Ann", Ring, Rings.Context), 0];

        Assert.Equal(ProtectedDataFailure.Tampered, Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(envelope, Ring, Rings.Context)).Failure);
    }

    [Fact]
    public void A_plain_value_is_not_protected_and_the_message_does_not_repeat_it()
    {
        byte[] stored = Encoding.UTF8.GetBytes("anna@example.nl");

        var error = Assert.Throws<ProtectedDataException>(() => PersonalDataProtector.Unprotect(stored, Ring, Rings.Context));

        Assert.Equal(ProtectedDataFailure.NotProtected, error.Failure);
        Assert.Null(error.KeyId);
        Assert.Equal("The stored value of Shop.Customer.Email is not a protected value: it does not start with a Pii envelope. It is not returned.", error.Message);
    }

    [Fact]
    public void An_envelope_of_an_unknown_version_is_not_protected_and_says_which_version()
    {
        byte[] envelope = PersonalDataCodec.Protect("Ann", Ring, Rings.Context);
        envelope[2] = 2;

        var error = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(envelope, Ring, Rings.Context));

        Assert.Equal(ProtectedDataFailure.NotProtected, error.Failure);
        Assert.Contains("version 2", error.Message);
    }

    [Fact]
    public void The_arguments_are_required()
    {
        Assert.Throws<ArgumentNullException>(() => PersonalDataCodec.Protect("x", null!, Rings.Context));
        Assert.Throws<ArgumentNullException>(() => PersonalDataCodec.Protect("x", Ring, null!));
        Assert.Throws<ArgumentException>(() => PersonalDataCodec.Protect("x", Ring, ""));
        Assert.Throws<ArgumentNullException>(() => PersonalDataCodec.Protect((string)null!, Ring, Rings.Context));
        Assert.Throws<ArgumentNullException>(() => PersonalDataCodec.UnprotectInt32(null!, Ring, Rings.Context));
        Assert.Throws<ArgumentNullException>(() => PersonalDataProtector.Unprotect(new byte[40], null!, Rings.Context));
    }
}
