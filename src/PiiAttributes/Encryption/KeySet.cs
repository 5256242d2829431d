#if NET
using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Pii.Encryption
{
    /// <summary>
    /// The keys of a built-in ring at one moment, never changed after it is made: a ring that changes publishes a new
    /// set, so a reader always sees one current key and the keys that went with it.
    /// </summary>
    internal sealed class KeySet
    {
        public static readonly KeySet Empty = new([], null);

        private readonly Dictionary<string, DataKey> _byId;
#if NET9_0_OR_GREATER
        private readonly Dictionary<string, DataKey>.AlternateLookup<ReadOnlySpan<char>> _byChars;
#endif
        private readonly string[] _ids;
        private readonly ReadOnlyCollection<string> _idsView;

        /// <summary>Makes a set.</summary>
        /// <param name="keys">The keys, with unique, validated ids, in the order <see cref="Ids"/> lists them.</param>
        /// <param name="current">The current key, one of <paramref name="keys"/>; null only for an empty set.</param>
        public KeySet(IReadOnlyList<DataKey> keys, DataKey? current)
        {
            _byId = new Dictionary<string, DataKey>(keys.Count, StringComparer.Ordinal);
            _ids = new string[keys.Count];
            for (int i = 0; i < keys.Count; i++)
            {
                _byId.Add(keys[i].Id, keys[i]);
                _ids[i] = keys[i].Id;
            }

            _idsView = Array.AsReadOnly(_ids);
#if NET9_0_OR_GREATER
            _byChars = _byId.GetAlternateLookup<ReadOnlySpan<char>>();
#endif
            Current = current;
        }

        /// <summary>Gets the key new values are encrypted under, or null when the set is empty.</summary>
        public DataKey? Current { get; }

        /// <summary>Gets the key ids, in the order the keys were given or created.</summary>
        public IReadOnlyList<string> Ids => _idsView;

        /// <summary>Gets a key by id.</summary>
        public bool TryGet(string keyId, out DataKey key) => _byId.TryGetValue(keyId, out key!);

        /// <summary>The key bytes by id, for <see cref="IPersonalDataKeyRing.TryGetKey"/>.</summary>
        public bool TryGetKey(string? keyId, out ReadOnlyMemory<byte> key)
        {
            if (keyId is not null && _byId.TryGetValue(keyId, out DataKey? found))
            {
                key = found.Key;
                return true;
            }

            key = default;
            return false;
        }

        /// <summary>Gets a key by the ASCII id of an envelope, without making a string of it (on .NET 9 and later).</summary>
        public bool TryGet(ReadOnlySpan<byte> asciiKeyId, out DataKey key)
        {
            Span<char> chars = stackalloc char[KeyIdRules.MaxLength];
            for (int i = 0; i < asciiKeyId.Length; i++)
            {
                chars[i] = (char)asciiKeyId[i];
            }

#if NET9_0_OR_GREATER
            return _byChars.TryGetValue(chars.Slice(0, asciiKeyId.Length), out key!);
#else
            return _byId.TryGetValue(new string(chars.Slice(0, asciiKeyId.Length)), out key!);
#endif
        }

        /// <summary>Gets a new set with one more key, which becomes current when <paramref name="current"/> is true.</summary>
        public KeySet With(DataKey added, bool current)
        {
            var keys = new List<DataKey>(_ids.Length + 1);
            foreach (string id in _ids)
            {
                keys.Add(_byId[id]);
            }

            keys.Add(added);
            return new KeySet(keys, current || Current is null ? added : Current);
        }
    }
}
#endif
