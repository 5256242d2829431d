#if NET
using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Pii.Encryption
{
    /// <summary>
    /// Encrypts personal data with AES-256-GCM under the current key of a key ring, and decrypts it under the key its
    /// envelope names. Every value gets its own random 12-byte nonce and a 16-byte authentication tag; a value that was
    /// changed, or that is read for another context than it was written for, is refused whole.
    /// </summary>
    /// <remarks>
    /// <para>The envelope, in this order (docs/encryption.md):</para>
    /// <list type="table">
    /// <listheader><term>bytes</term><description>content</description></listheader>
    /// <item><term>0–1</term><description>magic: <c>'P'</c>, <c>'x'</c> (<c>0x50 0x78</c>)</description></item>
    /// <item><term>2</term><description>version: <c>0x01</c></description></item>
    /// <item><term>3</term><description>key-id length <c>n</c>, 1 to 64</description></item>
    /// <item><term>4 … 3+n</term><description>key id, ASCII <c>'!'</c> to <c>'~'</c></description></item>
    /// <item><term>4+n … 15+n</term><description>nonce, 12 random bytes</description></item>
    /// <item><term>16+n … 31+n</term><description>AES-GCM authentication tag, 16 bytes</description></item>
    /// <item><term>32+n …</term><description>ciphertext, as long as the plaintext</description></item>
    /// </list>
    /// <para>
    /// The associated data is the context's UTF-8 bytes, for example <c>"Shop.Customer.Email"</c>: a value copied to
    /// another column or entity type does not decrypt there. The header is not part of the associated data; a changed
    /// key id selects another key (or none), under which authentication fails.
    /// </para>
    /// </remarks>
    public static class PersonalDataProtector
    {
        private const int StackContextChars = 128;

        /// <summary>Encrypts bytes under the ring's current key.</summary>
        /// <param name="plaintext">The value's bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">Where the value belongs, for example <c>Shop.Customer.Email</c>; bound to the value.</param>
        /// <returns>The envelope: 32 bytes plus the key id's length longer than <paramref name="plaintext"/>.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="InvalidOperationException">The ring has no usable current key.</exception>
        public static byte[] Protect(ReadOnlySpan<byte> plaintext, IPersonalDataKeyRing keyRing, string context)
        {
            var sealer = new EnvelopeSealer(keyRing, context, plaintext.Length);
            plaintext.CopyTo(sealer.Plaintext);
            return sealer.Seal();
        }

        /// <summary>Decrypts an envelope under the key it names, and checks that it was written for this context.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyRing">The application's keys.</param>
        /// <param name="context">The context the value was protected for.</param>
        /// <returns>The plaintext.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> or <paramref name="context"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="context"/> is empty.</exception>
        /// <exception cref="ProtectedDataException">
        /// Not an envelope or an unknown version (<see cref="ProtectedDataFailure.NotProtected"/>), a broken layout
        /// (<see cref="ProtectedDataFailure.Malformed"/>), a key the ring does not have
        /// (<see cref="ProtectedDataFailure.UnknownKey"/>), or a changed value or another context
        /// (<see cref="ProtectedDataFailure.Tampered"/>). Nothing of the value is returned.
        /// </exception>
        public static byte[] Unprotect(ReadOnlySpan<byte> envelope, IPersonalDataKeyRing keyRing, string context)
        {
            RequireArguments(keyRing, context);
            EnvelopeParts parts = Read(envelope, keyRing, context, out DataKey key);
            byte[] plaintext = new byte[parts.Ciphertext.Length];
            Decrypt(parts, key, context, plaintext);
            return plaintext;
        }

        /// <summary>Reads the key id of an envelope without decrypting it (for example, to find values a re-encryption must rewrite).</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyId">The key id, or an empty string when the bytes are not an envelope of a known version.</param>
        /// <returns><see langword="true"/> if the bytes have the layout of an envelope. That says nothing about whether it is authentic.</returns>
        public static bool TryGetKeyId(ReadOnlySpan<byte> envelope, out string keyId)
        {
            if (Envelope.TryParse(envelope, out EnvelopeParts parts, out _, out _))
            {
                keyId = parts.KeyIdText();
                return true;
            }

            keyId = string.Empty;
            return false;
        }

        /// <summary>Tells whether an envelope names the given key id, without decrypting it or allocating.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="keyId">The key id, for example the ring's <see cref="IPersonalDataKeyRing.CurrentKeyId"/>.</param>
        /// <returns><see langword="true"/> if the bytes have the layout of an envelope and name <paramref name="keyId"/> (ordinal).</returns>
        /// <exception cref="ArgumentNullException"><paramref name="keyId"/> is null.</exception>
        public static bool IsProtectedWith(ReadOnlySpan<byte> envelope, string keyId)
        {
            ArgumentNullException.ThrowIfNull(keyId);
            if (KeyIdRules.Problem(keyId) is not null || !Envelope.TryParse(envelope, out EnvelopeParts parts, out _, out _))
            {
                return false;
            }

            Span<byte> asciiKeyId = stackalloc byte[KeyIdRules.MaxLength];
            for (int i = 0; i < keyId.Length; i++)
            {
                asciiKeyId[i] = (byte)keyId[i];
            }

            return CryptographicOperations.FixedTimeEquals(parts.KeyId, asciiKeyId.Slice(0, keyId.Length));
        }

        /// <summary>
        /// Decrypts an envelope into <paramref name="buffer"/> when it fits, or into a pooled array; the result zeroes
        /// the plaintext when disposed.
        /// </summary>
        internal static OpenedValue Open(ReadOnlySpan<byte> envelope, IPersonalDataKeyRing keyRing, string context, Span<byte> buffer)
        {
            RequireArguments(keyRing, context);
            EnvelopeParts parts = Read(envelope, keyRing, context, out DataKey key);
            int length = parts.Ciphertext.Length;
            byte[]? rented = null;
            Span<byte> plaintext = length <= buffer.Length ? buffer.Slice(0, length) : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
            try
            {
                Decrypt(parts, key, context, plaintext);
            }
            catch
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }

                throw;
            }

            return new OpenedValue(plaintext, rented, key.Id, context);
        }

        /// <summary>Gets the ring's current key, checked: a valid id and 32 bytes.</summary>
        internal static DataKey CurrentKey(IPersonalDataKeyRing keyRing)
        {
            if (keyRing is IKeySetSource source)
            {
                return source.Keys.Current ?? throw new InvalidOperationException(KeyTableKeyRing.NoKeyMessage);
            }

            string keyId = keyRing.CurrentKeyId;
            if (KeyIdRules.Problem(keyId) is { } problem)
            {
                throw new InvalidOperationException($"The key ring's current key id cannot be written into an envelope. {problem}");
            }

            if (!keyRing.TryGetKey(keyId, out ReadOnlyMemory<byte> key))
            {
                throw new InvalidOperationException($"The key ring names '{keyId}' as its current key but does not have it.");
            }

            return DataKey.Transient(keyId, RequireAes256(keyId, key));
        }

        /// <summary>Encrypts <paramref name="data"/> in place and writes the tag; the caller has written the nonce.</summary>
        internal static void Encrypt(DataKey key, string context, ReadOnlySpan<byte> nonce, Span<byte> data, Span<byte> tag)
        {
            Span<byte> associatedData = context.Length <= StackContextChars
                ? stackalloc byte[StackContextChars * 3]
                : new byte[Encoding.UTF8.GetMaxByteCount(context.Length)];
            associatedData = associatedData.Slice(0, Encoding.UTF8.GetBytes(context, associatedData));

            AesGcm aesGcm = key.Rent();
            try
            {
                aesGcm.Encrypt(nonce, data, data, tag, associatedData);
            }
            catch
            {
                aesGcm.Dispose();
                throw;
            }

            key.Return(aesGcm);
        }

        internal static void RequireArguments(IPersonalDataKeyRing keyRing, string context)
        {
            ArgumentNullException.ThrowIfNull(keyRing);
            ArgumentException.ThrowIfNullOrEmpty(context);
        }

        private static EnvelopeParts Read(ReadOnlySpan<byte> envelope, IPersonalDataKeyRing keyRing, string context, out DataKey key)
        {
            if (!Envelope.TryParse(envelope, out EnvelopeParts parts, out ProtectedDataFailure failure, out string? problem))
            {
                throw failure == ProtectedDataFailure.NotProtected
                    ? ProtectedDataException.NotProtected(context, envelope)
                    : ProtectedDataException.MalformedEnvelope(context, problem ?? "its layout is broken");
            }

            if (keyRing is IKeySetSource source)
            {
                if (!source.Keys.TryGet(parts.KeyId, out key))
                {
                    throw ProtectedDataException.UnknownKey(context, parts.KeyIdText());
                }

                return parts;
            }

            string keyId = parts.KeyIdText();
            if (!keyRing.TryGetKey(keyId, out ReadOnlyMemory<byte> bytes))
            {
                throw ProtectedDataException.UnknownKey(context, keyId);
            }

            key = DataKey.Transient(keyId, RequireAes256(keyId, bytes));
            return parts;
        }

        /// <summary>Decrypts into <paramref name="plaintext"/>, which is zeroed when authentication fails.</summary>
        private static void Decrypt(EnvelopeParts parts, DataKey key, string context, Span<byte> plaintext)
        {
            Span<byte> associatedData = context.Length <= StackContextChars
                ? stackalloc byte[StackContextChars * 3]
                : new byte[Encoding.UTF8.GetMaxByteCount(context.Length)];
            associatedData = associatedData.Slice(0, Encoding.UTF8.GetBytes(context, associatedData));

            AesGcm aesGcm = key.Rent();
            try
            {
                aesGcm.Decrypt(parts.Nonce, parts.Ciphertext, parts.Tag, plaintext, associatedData);
            }
            catch (AuthenticationTagMismatchException mismatch)
            {
                CryptographicOperations.ZeroMemory(plaintext);
                aesGcm.Dispose();
                throw ProtectedDataException.Tampered(context, key.Id, mismatch);
            }
            catch
            {
                CryptographicOperations.ZeroMemory(plaintext);
                aesGcm.Dispose();
                throw;
            }

            key.Return(aesGcm);
        }

        private static ReadOnlyMemory<byte> RequireAes256(string keyId, ReadOnlyMemory<byte> key) =>
            key.Length == DataKey.KeyLength
                ? key
                : throw new InvalidOperationException($"The key ring gave key '{keyId}' with {key.Length} bytes; AES-256 needs {DataKey.KeyLength}.");
    }
}
#endif
