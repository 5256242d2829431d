#if NET
using System;
using System.Security.Cryptography;
using System.Threading;

namespace Pii.Encryption
{
    /// <summary>
    /// One AES-256 key with its id, and the <see cref="AesGcm"/> instances that use it. An <see cref="AesGcm"/> is not
    /// thread-safe and costs about as much to create as an encryption of a short value, so a key of the built-in rings
    /// keeps a few: a caller rents one, uses it alone, and gives it back. A key of any other ring creates one per call.
    /// </summary>
    internal sealed class DataKey
    {
        public const int KeyLength = 32;

        private readonly ReadOnlyMemory<byte> _key;
        private readonly AesGcm?[]? _pool;

        private DataKey(string id, ReadOnlyMemory<byte> key, bool pooled)
        {
            Id = id;
            _key = key;
            _pool = pooled ? new AesGcm?[Math.Clamp(Environment.ProcessorCount, 2, 32)] : null;
        }

        /// <summary>Gets the key id.</summary>
        public string Id { get; }

        /// <summary>Gets the key's 32 bytes.</summary>
        public ReadOnlyMemory<byte> Key => _key;

        /// <summary>A key of a built-in ring, which keeps its <see cref="AesGcm"/> instances.</summary>
        /// <param name="id">The key id, already validated.</param>
        /// <param name="ownedKey">The key's 32 bytes, in an array no one else holds.</param>
        public static DataKey Pooled(string id, byte[] ownedKey) => new(id, ownedKey, pooled: true);

        /// <summary>A key of another ring, used for one call.</summary>
        public static DataKey Transient(string id, ReadOnlyMemory<byte> key) => new(id, key, pooled: false);

        /// <summary>Gets an <see cref="AesGcm"/> under this key for the caller's use alone; give it back with <see cref="Return"/>.</summary>
        public AesGcm Rent()
        {
            AesGcm?[]? pool = _pool;
            if (pool is not null)
            {
                int start = Environment.CurrentManagedThreadId;
                for (int i = 0; i < pool.Length; i++)
                {
                    AesGcm? pooled = Interlocked.Exchange(ref pool[(start + i) % pool.Length], null);
                    if (pooled is not null)
                    {
                        return pooled;
                    }
                }
            }

            return new AesGcm(_key.Span, Envelope.TagLength);
        }

        /// <summary>Gives back an instance after a successful operation; one that threw is disposed instead.</summary>
        public void Return(AesGcm aesGcm)
        {
            AesGcm?[]? pool = _pool;
            if (pool is not null)
            {
                int start = Environment.CurrentManagedThreadId;
                for (int i = 0; i < pool.Length; i++)
                {
                    if (Interlocked.CompareExchange(ref pool[(start + i) % pool.Length], aesGcm, null) is null)
                    {
                        return;
                    }
                }
            }

            aesGcm.Dispose();
        }
    }
}
#endif
