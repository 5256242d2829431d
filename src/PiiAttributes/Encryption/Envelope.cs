#if NET
using System;

namespace Pii.Encryption
{
    /// <summary>
    /// The layout of a protected value (docs/encryption.md): magic <c>'P','x'</c> | version <c>0x01</c> | key-id length
    /// (1 byte) | key id (ASCII) | nonce (12 bytes) | tag (16 bytes) | ciphertext (as long as the plaintext).
    /// </summary>
    internal static class Envelope
    {
        public const byte Magic0 = (byte)'P';
        public const byte Magic1 = (byte)'x';
        public const byte Version = 0x01;
        public const int NonceLength = 12;
        public const int TagLength = 16;

        /// <summary>Magic, version and key-id length.</summary>
        public const int FixedHeaderLength = 4;

        /// <summary>Gets the length of the envelope of a plaintext under a key id.</summary>
        public static int Length(int keyIdLength, int plaintextLength) =>
            FixedHeaderLength + keyIdLength + NonceLength + TagLength + plaintextLength;

        /// <summary>Writes magic, version and key id; returns where the nonce starts.</summary>
        public static int WriteHeader(Span<byte> envelope, string keyId)
        {
            envelope[0] = Magic0;
            envelope[1] = Magic1;
            envelope[2] = Version;
            envelope[3] = (byte)keyId.Length;
            for (int i = 0; i < keyId.Length; i++)
            {
                envelope[FixedHeaderLength + i] = (byte)keyId[i];
            }

            return FixedHeaderLength + keyId.Length;
        }

        /// <summary>Splits an envelope into its parts without decrypting anything.</summary>
        /// <param name="envelope">The stored bytes.</param>
        /// <param name="parts">The parts, when the layout is sound.</param>
        /// <param name="failure">Why the bytes are not a readable envelope: <see cref="ProtectedDataFailure.NotProtected"/> or <see cref="ProtectedDataFailure.Malformed"/>.</param>
        /// <param name="problem">For <see cref="ProtectedDataFailure.Malformed"/>, what is broken.</param>
        /// <returns><see langword="true"/> if the layout is sound.</returns>
        public static bool TryParse(ReadOnlySpan<byte> envelope, out EnvelopeParts parts, out ProtectedDataFailure failure, out string? problem)
        {
            parts = default;
            problem = null;
            failure = ProtectedDataFailure.Malformed;
            if (envelope.Length < 3 || envelope[0] != Magic0 || envelope[1] != Magic1 || envelope[2] != Version)
            {
                failure = ProtectedDataFailure.NotProtected;
                return false;
            }

            if (envelope.Length < FixedHeaderLength)
            {
                problem = "it ends before the key id";
                return false;
            }

            int keyIdLength = envelope[3];
            if (keyIdLength is 0 or > KeyIdRules.MaxLength)
            {
                problem = $"its key id length is {keyIdLength}, where 1 to {KeyIdRules.MaxLength} are possible";
                return false;
            }

            int minimum = Length(keyIdLength, 0);
            if (envelope.Length < minimum)
            {
                problem = $"it has {envelope.Length} bytes, fewer than its header, nonce and tag need ({minimum})";
                return false;
            }

            ReadOnlySpan<byte> keyId = envelope.Slice(FixedHeaderLength, keyIdLength);
            if (!KeyIdRules.IsValid(keyId))
            {
                problem = "its key id is not printable ASCII";
                return false;
            }

            int nonceAt = FixedHeaderLength + keyIdLength;
            parts = new EnvelopeParts(
                keyId,
                envelope.Slice(nonceAt, NonceLength),
                envelope.Slice(nonceAt + NonceLength, TagLength),
                envelope.Slice(nonceAt + NonceLength + TagLength));
            return true;
        }
    }
}
#endif
