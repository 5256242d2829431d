#if NET
using System;
using System.Security.Cryptography;

namespace Pii.Encryption
{
    /// <summary>
    /// Writes one envelope: the header under the ring's current key, then the caller encodes the value straight into
    /// <see cref="Plaintext"/>, which <see cref="Seal"/> encrypts in place. The plaintext is never copied elsewhere.
    /// </summary>
    internal readonly struct EnvelopeSealer
    {
        private readonly DataKey _key;
        private readonly string _context;
        private readonly byte[] _envelope;
        private readonly int _nonceAt;

        /// <summary>Starts an envelope for a plaintext of the given length.</summary>
        public EnvelopeSealer(IPersonalDataKeyRing keyRing, string context, int plaintextLength)
        {
            PersonalDataProtector.RequireArguments(keyRing, context);
            _key = PersonalDataProtector.CurrentKey(keyRing);
            _context = context;
            _envelope = new byte[Envelope.Length(_key.Id.Length, plaintextLength)];
            _nonceAt = Envelope.WriteHeader(_envelope, _key.Id);
        }

        /// <summary>Gets where the caller writes the plaintext; it is encrypted there.</summary>
        public Span<byte> Plaintext => _envelope.AsSpan(_nonceAt + Envelope.NonceLength + Envelope.TagLength);

        /// <summary>Draws the nonce, encrypts the plaintext in place and writes the tag.</summary>
        /// <returns>The envelope. If encryption fails, the array is zeroed and the exception passed on.</returns>
        public byte[] Seal()
        {
            Span<byte> nonce = _envelope.AsSpan(_nonceAt, Envelope.NonceLength);
            Span<byte> tag = _envelope.AsSpan(_nonceAt + Envelope.NonceLength, Envelope.TagLength);
            NonceSource.Fill(nonce);
            try
            {
                PersonalDataProtector.Encrypt(_key, _context, nonce, Plaintext, tag);
            }
            catch
            {
                CryptographicOperations.ZeroMemory(_envelope);
                throw;
            }

            return _envelope;
        }
    }
}
#endif
