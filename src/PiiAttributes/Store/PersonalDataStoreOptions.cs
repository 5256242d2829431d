using System;

namespace Pii.Store
{
    /// <summary>
    /// The secrets the generated database operations need. There is no default key: an operation that needs a key
    /// that was not given fails before it touches the database, with a message that says which key is missing.
    /// </summary>
    public sealed class PersonalDataStoreOptions
    {
        /// <summary>The shortest key accepted, in bytes (128 bits).</summary>
        public const int MinimumKeyLength = 16;

        private byte[]? _hashKey;
        private byte[]? _pseudonymizationKey;
        private byte[]? _blindIndexKey;

        /// <summary>
        /// Gets or sets the key of the keyed hashes (HMAC-SHA256) that stand for people where their data may not:
        /// the subject in an erasure receipt and the identifiers on the suppression list. Keep it stable: a new key
        /// makes the existing suppression list unreadable.
        /// </summary>
        /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
        public ReadOnlyMemory<byte> HashKey
        {
            get => _hashKey;
            set => _hashKey = Checked(value, nameof(HashKey));
        }

        /// <summary>
        /// Gets or sets the key that <see cref="ErasureStrategy.Pseudonymize"/> uses in retention purges (an erasure
        /// request brings its own key). Optional until a purged member is pseudonymized.
        /// </summary>
        /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
        public ReadOnlyMemory<byte> PseudonymizationKey
        {
            get => _pseudonymizationKey;
            set => _pseudonymizationKey = Checked(value, nameof(PseudonymizationKey));
        }

        /// <summary>
        /// Gets or sets the key of the blind indexes of encrypted members (<c>BlindIndex = true</c>). Keep it stable: with
        /// a new key every index must be computed again (re-save the rows), or lookups find nothing.
        /// </summary>
        /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
        public ReadOnlyMemory<byte> BlindIndexKey
        {
            get => _blindIndexKey;
            set => _blindIndexKey = Checked(value, nameof(BlindIndexKey));
        }

        /// <summary>Gets the hash key, or throws when none was configured.</summary>
        /// <param name="operation">What needs it, for the message.</param>
        /// <returns>The key.</returns>
        /// <exception cref="InvalidOperationException">No hash key was configured.</exception>
        public byte[] RequireHashKey(string operation) =>
            _hashKey ?? throw new InvalidOperationException(
                $"{operation} needs PersonalDataStoreOptions.HashKey (at least {MinimumKeyLength} secret bytes that the application keeps): pass the options to PersonalData(options).");

        /// <summary>Gets the pseudonymization key, or throws when none was configured.</summary>
        /// <param name="operation">What needs it, for the message.</param>
        /// <returns>The key.</returns>
        /// <exception cref="InvalidOperationException">No pseudonymization key was configured.</exception>
        public byte[] RequirePseudonymizationKey(string operation) =>
            _pseudonymizationKey ?? throw new InvalidOperationException(
                $"{operation} pseudonymizes, which needs PersonalDataStoreOptions.PseudonymizationKey (at least {MinimumKeyLength} secret bytes).");

        /// <summary>Gets the blind-index key, or throws when none was configured.</summary>
        /// <param name="operation">What needs it, for the message.</param>
        /// <returns>The key.</returns>
        /// <exception cref="InvalidOperationException">No blind-index key was configured.</exception>
        public byte[] RequireBlindIndexKey(string operation) =>
            _blindIndexKey ?? throw new InvalidOperationException(
                $"{operation} needs PersonalDataStoreOptions.BlindIndexKey (at least {MinimumKeyLength} secret bytes, kept stable): pass the options to it.");

        private static byte[]? Checked(ReadOnlyMemory<byte> key, string name)
        {
            if (key.IsEmpty)
            {
                return null;
            }

            if (key.Length < MinimumKeyLength)
            {
                throw new ArgumentException($"{name} must be at least {MinimumKeyLength} bytes; {key.Length} were given.", name);
            }

            return key.ToArray();
        }
    }
}
