#if NET
using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;

namespace Pii.Encryption
{
    /// <summary>
    /// A key ring held in memory, from configuration: keys in base64 from appsettings, user secrets or the environment,
    /// or keys a key management service unwrapped at startup. It never changes; to rotate, build a new ring with the new
    /// key as current and the old ones still in it.
    /// </summary>
    /// <remarks>The ring copies every key it is given, so the caller may clear its arrays afterwards.</remarks>
    public sealed class PersonalDataKeyRing : IPersonalDataKeyRing, IKeySetSource
    {
        private readonly KeySet _keys;

        /// <summary>Creates a ring.</summary>
        /// <param name="currentKeyId">The id of the key new values are encrypted under; one of <paramref name="keys"/>.</param>
        /// <param name="keys">The keys by id: each 32 bytes (AES-256); ids of 1 to 64 printable ASCII characters without spaces, unique (ordinal).</param>
        /// <exception cref="ArgumentNullException"><paramref name="currentKeyId"/> or <paramref name="keys"/> is null.</exception>
        /// <exception cref="ArgumentException">There are no keys, a key is not 32 bytes, an id is not valid or appears twice, or the current id is not among the keys.</exception>
        public PersonalDataKeyRing(string currentKeyId, IEnumerable<KeyValuePair<string, byte[]>> keys)
        {
            ArgumentNullException.ThrowIfNull(currentKeyId);
            ArgumentNullException.ThrowIfNull(keys);

            var dataKeys = new List<DataKey>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, byte[]> pair in keys)
            {
                if (KeyIdRules.Problem(pair.Key) is { } problem)
                {
                    throw new ArgumentException(problem, nameof(keys));
                }

                if (!ids.Add(pair.Key))
                {
                    throw new ArgumentException($"The key id '{pair.Key}' appears more than once.", nameof(keys));
                }

                if (pair.Value is null)
                {
                    throw new ArgumentException($"The key '{pair.Key}' has no bytes (null); AES-256 needs 32.", nameof(keys));
                }

                if (pair.Value.Length != DataKey.KeyLength)
                {
                    throw new ArgumentException($"The key '{pair.Key}' has {pair.Value.Length} bytes; AES-256 needs {DataKey.KeyLength}.", nameof(keys));
                }

                dataKeys.Add(DataKey.Pooled(pair.Key, (byte[])pair.Value.Clone()));
            }

            if (dataKeys.Count == 0)
            {
                throw new ArgumentException("A personal-data key ring needs at least one key; Pii has no default key.", nameof(keys));
            }

            DataKey? current = dataKeys.Find(key => string.Equals(key.Id, currentKeyId, StringComparison.Ordinal));
            if (current is null)
            {
                throw new ArgumentException($"The current key id '{currentKeyId}' is not among the keys ({string.Join(", ", ids.Select(id => "'" + id + "'"))}).", nameof(currentKeyId));
            }

            _keys = new KeySet(dataKeys, current);
        }

        /// <summary>Gets the id of the key new values are encrypted under.</summary>
        public string CurrentKeyId => _keys.Current!.Id;

        /// <summary>Gets the ids of every key in the ring, in the order they were given.</summary>
        public IReadOnlyCollection<string> KeyIds => _keys.Ids;

        KeySet IKeySetSource.Keys => _keys;

        /// <summary>Creates a ring from keys in base64, as configuration holds them.</summary>
        /// <param name="currentKeyId">The id of the key new values are encrypted under; one of <paramref name="base64Keys"/>.</param>
        /// <param name="base64Keys">The keys by id, each 32 bytes in base64 (44 characters).</param>
        /// <returns>The ring.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="currentKeyId"/> or <paramref name="base64Keys"/> is null.</exception>
        /// <exception cref="ArgumentException">A key is not valid base64 (the message names its id, never its value), or any problem of the constructor.</exception>
        public static PersonalDataKeyRing FromBase64(string currentKeyId, IEnumerable<KeyValuePair<string, string>> base64Keys)
        {
            ArgumentNullException.ThrowIfNull(currentKeyId);
            ArgumentNullException.ThrowIfNull(base64Keys);

            var keys = new List<KeyValuePair<string, byte[]>>();
            try
            {
                foreach (KeyValuePair<string, string> pair in base64Keys)
                {
                    if (KeyIdRules.Problem(pair.Key) is { } problem)
                    {
                        throw new ArgumentException(problem, nameof(base64Keys));
                    }

                    if (string.IsNullOrWhiteSpace(pair.Value))
                    {
                        throw new ArgumentException($"The key '{pair.Key}' has no value; AES-256 needs 32 bytes in base64.", nameof(base64Keys));
                    }

                    byte[] key;
                    try
                    {
                        key = Convert.FromBase64String(pair.Value);
                    }
                    catch (FormatException)
                    {
                        throw new ArgumentException($"The key '{pair.Key}' is not valid base64.", nameof(base64Keys));
                    }

                    keys.Add(new KeyValuePair<string, byte[]>(pair.Key, key));
                }

                return new PersonalDataKeyRing(currentKeyId, keys);
            }
            finally
            {
                foreach (KeyValuePair<string, byte[]> pair in keys)
                {
                    CryptographicOperations.ZeroMemory(pair.Value);
                }
            }
        }

        /// <summary>Gets a key by id.</summary>
        /// <param name="keyId">The key id (ordinal).</param>
        /// <param name="key">The key's 32 bytes, when found; read-only.</param>
        /// <returns><see langword="true"/> if the ring has the key.</returns>
        public bool TryGetKey(string keyId, out ReadOnlyMemory<byte> key) => _keys.TryGetKey(keyId, out key);
    }
}
#endif
