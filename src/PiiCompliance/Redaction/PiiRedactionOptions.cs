using System;
using System.Collections.Generic;
using System.Linq;

namespace Pii.Compliance
{
    /// <summary>
    /// Settings of <see cref="PiiRedactionBuilderExtensions.AddPiiRedactors"/>: the keys of keyed-hash redaction.
    /// Without a key, values classified <see cref="PiiClassifications.KeyedHash"/> are erased (fail closed).
    /// </summary>
    public sealed class PiiRedactionOptions
    {
        /// <summary>The minimum length of a hash key, in bytes.</summary>
        public const int MinimumKeyLength = 16;

        private readonly List<KeyValuePair<string, byte[]>> _keys = new();

        /// <summary>
        /// Gets or sets the id of the key new values are hashed under. May be left unset when there is exactly one key.
        /// </summary>
        public string? CurrentHashKeyId { get; set; }

        /// <summary>Gets the ids of the keys added so far, in the order they were added.</summary>
        public IReadOnlyList<string> HashKeyIds => _keys.Select(k => k.Key).ToArray();

        /// <summary>Adds a key for keyed-hash redaction. Keep retired keys so that old log lines can still be matched.</summary>
        /// <param name="keyId">The key's id, written into every hash made with it: letters, digits, <c>-</c>, <c>_</c> or <c>.</c>.</param>
        /// <param name="key">The secret key; at least <see cref="MinimumKeyLength"/> bytes (32 random bytes are recommended). It is copied.</param>
        /// <returns>These options.</returns>
        /// <exception cref="ArgumentException">The id is empty, has other characters or is taken, or the key is too short.</exception>
        public PiiRedactionOptions AddHashKey(string keyId, byte[] key)
        {
            if (string.IsNullOrEmpty(keyId))
            {
                throw new ArgumentException("A hash key needs a non-empty id: it is written into every hash made with it.", nameof(keyId));
            }

            foreach (char c in keyId)
            {
                if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
                {
                    throw new ArgumentException(
                        $"The hash key id '{keyId}' has the character '{c}'; use letters, digits, '-', '_' or '.' (the id is written as 'hmac:{{id}}:{{hash}}').",
                        nameof(keyId));
                }
            }

            if (key is null || key.Length < MinimumKeyLength)
            {
                throw new ArgumentException(
                    $"The hash key '{keyId}' is {key?.Length ?? 0} bytes; keyed-hash redaction needs at least {MinimumKeyLength} (32 random bytes are recommended).",
                    nameof(key));
            }

            if (_keys.Any(k => string.Equals(k.Key, keyId, StringComparison.Ordinal)))
            {
                throw new ArgumentException(
                    $"A hash key with the id '{keyId}' was already added; each key needs its own id, or old hashes could not be told apart.",
                    nameof(keyId));
            }

            _keys.Add(new KeyValuePair<string, byte[]>(keyId, (byte[])key.Clone()));
            return this;
        }

        /// <summary>Adds a key given as Base64 text, as it is kept in configuration or a secret store.</summary>
        /// <param name="keyId">The key's id.</param>
        /// <param name="base64Key">The key, Base64-encoded.</param>
        /// <returns>These options.</returns>
        /// <exception cref="ArgumentException">The text is not Base64, or the key is invalid (see <see cref="AddHashKey(string, byte[])"/>).</exception>
        public PiiRedactionOptions AddHashKey(string keyId, string base64Key)
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(base64Key ?? throw new ArgumentNullException(nameof(base64Key)));
            }
            catch (FormatException e)
            {
                throw new ArgumentException($"The hash key '{keyId}' is not valid Base64.", nameof(base64Key), e);
            }

            return AddHashKey(keyId, key);
        }

        /// <summary>Validates the keys and builds the key ring.</summary>
        /// <returns>The ring, or <see langword="null"/> when no key was added and no current key named.</returns>
        /// <exception cref="InvalidOperationException">The current key id names no key, or there are several keys and none is current.</exception>
        internal PiiHashKeyRing? BuildKeyRing()
        {
            string known = string.Join(", ", _keys.Select(k => $"'{k.Key}'"));
            if (_keys.Count == 0)
            {
                if (CurrentHashKeyId is not null)
                {
                    throw new InvalidOperationException(
                        $"CurrentHashKeyId is '{CurrentHashKeyId}' but no hash key was added; add it with AddHashKey(\"{CurrentHashKeyId}\", key).");
                }

                return null;
            }

            string? current = CurrentHashKeyId;
            if (current is null)
            {
                if (_keys.Count > 1)
                {
                    throw new InvalidOperationException(
                        $"There are {_keys.Count} hash keys ({known}) and no CurrentHashKeyId; set the one new log lines are hashed under.");
                }

                current = _keys[0].Key;
            }
            else if (!_keys.Any(k => string.Equals(k.Key, current, StringComparison.Ordinal)))
            {
                throw new InvalidOperationException(
                    $"CurrentHashKeyId '{current}' names no hash key; the keys are {known}.");
            }

            return new PiiHashKeyRing(_keys, current);
        }
    }
}
