#if NET
using System;
using System.Text;

namespace Pii.Encryption
{
    /// <summary>The parts of an envelope, as slices of it.</summary>
    internal readonly ref struct EnvelopeParts
    {
        public EnvelopeParts(ReadOnlySpan<byte> keyId, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> tag, ReadOnlySpan<byte> ciphertext)
        {
            KeyId = keyId;
            Nonce = nonce;
            Tag = tag;
            Ciphertext = ciphertext;
        }

        /// <summary>Gets the key id, ASCII.</summary>
        public ReadOnlySpan<byte> KeyId { get; }

        /// <summary>Gets the 12-byte nonce.</summary>
        public ReadOnlySpan<byte> Nonce { get; }

        /// <summary>Gets the 16-byte authentication tag.</summary>
        public ReadOnlySpan<byte> Tag { get; }

        /// <summary>Gets the ciphertext, as long as the plaintext.</summary>
        public ReadOnlySpan<byte> Ciphertext { get; }

        /// <summary>Gets the key id as a string.</summary>
        public string KeyIdText() => Encoding.ASCII.GetString(KeyId);
    }
}
#endif
