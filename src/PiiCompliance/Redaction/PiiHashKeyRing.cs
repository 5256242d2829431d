using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Pii.Redaction;

namespace Pii.Compliance
{
    /// <summary>
    /// The keys of keyed-hash redaction, each with an id, one of them current. New values are hashed under the
    /// current key; the older keys stay so that a value can still be matched against log lines written before a
    /// rotation. Built and validated by <see cref="PiiRedactionOptions"/>.
    /// </summary>
    public sealed class PiiHashKeyRing
    {
        private const string Prefix = "hmac:";

        // Length of an unpadded URL-safe Base64 HMAC-SHA256.
        private const int HashTextLength = 43;

        private readonly Dictionary<string, RedactionOptions> _keys;
        private readonly RedactionOptions _current;

        internal PiiHashKeyRing(IEnumerable<KeyValuePair<string, byte[]>> keys, string currentKeyId)
        {
            _keys = new Dictionary<string, RedactionOptions>(StringComparer.Ordinal);
            foreach (KeyValuePair<string, byte[]> key in keys)
            {
                _keys.Add(key.Key, new RedactionOptions { HashKey = (byte[])key.Value.Clone(), HashKeyId = key.Key });
            }

            _current = _keys[currentKeyId];
            CurrentKeyId = currentKeyId;
            KeyIds = _keys.Keys.OrderBy(id => id, StringComparer.Ordinal).ToArray();
            HashLength = Prefix.Length + currentKeyId.Length + 1 + HashTextLength;
        }

        /// <summary>Gets the id of the key new values are hashed under.</summary>
        public string CurrentKeyId { get; }

        /// <summary>Gets the ids of all keys, in ordinal order.</summary>
        public IReadOnlyList<string> KeyIds { get; }

        internal int HashLength { get; }

        /// <summary>Hashes a value under the current key.</summary>
        /// <param name="value">The value.</param>
        /// <returns><c>hmac:{current key id}:{43 URL-safe Base64 characters}</c>.</returns>
        public string Hash(string value) => Pii.Redaction.Redactor.Hash(value ?? throw new ArgumentNullException(nameof(value)), _current);

        /// <summary>Hashes a value under a given key, current or older: what a log line written under that key shows for it.</summary>
        /// <param name="value">The value.</param>
        /// <param name="keyId">The key's id.</param>
        /// <returns><c>hmac:{keyId}:{43 URL-safe Base64 characters}</c>.</returns>
        /// <exception cref="ArgumentException">No key has that id.</exception>
        public string Hash(string value, string keyId)
        {
            if (value is null)
            {
                throw new ArgumentNullException(nameof(value));
            }

            if (keyId is null || !_keys.TryGetValue(keyId, out RedactionOptions? key))
            {
                throw new ArgumentException(
                    $"No hash key has the id '{keyId}'; the keys are {string.Join(", ", KeyIds)}.", nameof(keyId));
            }

            return Pii.Redaction.Redactor.Hash(value, key);
        }

        /// <summary>
        /// Tells whether a redacted text (<c>hmac:{key id}:{hash}</c>, as found in a log line) is the hash of a value,
        /// under the key its id names, current or older.
        /// </summary>
        /// <param name="value">The value, for example an e-mail address a data subject gave in an access request.</param>
        /// <param name="redacted">The redacted text.</param>
        /// <returns><see langword="true"/> when it is; <see langword="false"/> when not, or when the text names no known key.</returns>
        public bool Matches(string value, string redacted)
        {
            if (value is null || redacted is null || !redacted.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return false;
            }

            int separator = redacted.IndexOf(':', Prefix.Length);
            if (separator < 0 || !_keys.TryGetValue(redacted.Substring(Prefix.Length, separator - Prefix.Length), out RedactionOptions? key))
            {
                return false;
            }

            byte[] expected = Encoding.ASCII.GetBytes(Pii.Redaction.Redactor.Hash(value, key));
            byte[] actual = Encoding.ASCII.GetBytes(redacted);
            return CryptographicOperations.FixedTimeEquals(expected, actual);
        }
    }
}
