#if NET
using System;
using System.Buffers;
using System.Security.Cryptography;

namespace Pii.Encryption
{
    /// <summary>
    /// A decrypted, authenticated plaintext for the codec to decode; disposing it zeroes the bytes (and returns a
    /// pooled array).
    /// </summary>
    internal readonly ref struct OpenedValue
    {
        private readonly Span<byte> _bytes;
        private readonly byte[]? _rented;

        public OpenedValue(Span<byte> bytes, byte[]? rented, string keyId, string context)
        {
            _bytes = bytes;
            _rented = rented;
            KeyId = keyId;
            Context = context;
        }

        /// <summary>Gets the plaintext.</summary>
        public ReadOnlySpan<byte> Bytes => _bytes;

        /// <summary>Gets the key id the value was encrypted under.</summary>
        public string KeyId { get; }

        /// <summary>Gets the context it was read for.</summary>
        public string Context { get; }

        /// <summary>Gets the plaintext if it has exactly the length of the type, else throws <see cref="ProtectedDataFailure.Malformed"/>.</summary>
        public ReadOnlySpan<byte> Exactly(int length, string typeName) =>
            _bytes.Length == length ? _bytes : throw ProtectedDataException.WrongType(Context, KeyId, typeName, _bytes.Length, length);

        /// <summary>The exception for an authentic plaintext that is not a valid value of the type.</summary>
        public ProtectedDataException Invalid(string typeName) => ProtectedDataException.InvalidValue(Context, KeyId, typeName);

        /// <summary>Zeroes the plaintext.</summary>
        public void Dispose()
        {
            CryptographicOperations.ZeroMemory(_bytes);
            if (_rented is not null)
            {
                ArrayPool<byte>.Shared.Return(_rented);
            }
        }
    }
}
#endif
