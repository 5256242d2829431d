using System;
using System.Collections.Generic;
using System.Linq;

namespace Pii.Erasure
{
    /// <summary>
    /// What a data subject asked to erase: everything (Art. 17), or only what some purposes needed
    /// (consent for marketing withdrawn, objection to direct marketing).
    /// </summary>
    public sealed class ErasureRequest
    {
        /// <summary>The shortest pseudonymization key accepted, in bytes (128 bits).</summary>
        public const int MinimumKeyLength = 16;

        private readonly HashSet<string>? _purposes;
        private readonly byte[]? _pseudonymizationKey;

        private ErasureRequest(DateTimeOffset requestedAt, HashSet<string>? purposes, byte[]? pseudonymizationKey, bool suppress = false)
        {
            RequestedAt = requestedAt;
            _purposes = purposes;
            _pseudonymizationKey = pseudonymizationKey;
            AddToSuppressionList = suppress;
        }

        /// <summary>Gets when the request was made: legal holds and retentions are measured from it.</summary>
        public DateTimeOffset RequestedAt { get; }

        /// <summary>Gets the purposes the request is scoped to, or <see langword="null"/> for every purpose.</summary>
        public IReadOnlyCollection<string>? Purposes => _purposes;

        /// <summary>
        /// Gets whether a subject-wide erasure also puts the subject's identifiers (its e-mail addresses and phone numbers)
        /// on the suppression list, so that the person is not imported or contacted again.
        /// </summary>
        public bool AddToSuppressionList { get; }

        /// <summary>Gets the key for <see cref="ErasureStrategy.Pseudonymize"/>, or <see langword="null"/> when none was given.</summary>
        public ReadOnlyMemory<byte>? PseudonymizationKey => _pseudonymizationKey;

        /// <summary>Creates a request to erase everything the subject's data is held for.</summary>
        /// <param name="requestedAt">When the request was made.</param>
        /// <returns>The request.</returns>
        public static ErasureRequest Everything(DateTimeOffset requestedAt) => new(requestedAt, null, null);

        /// <summary>Creates a request scoped to purposes: only what no other purpose still needs is erased.</summary>
        /// <param name="requestedAt">When the request was made.</param>
        /// <param name="purposes">The purposes, for example <c>"Marketing"</c>.</param>
        /// <returns>The request.</returns>
        /// <exception cref="ArgumentException">No purpose was given, or one is empty.</exception>
        public static ErasureRequest ForPurposes(DateTimeOffset requestedAt, params string[] purposes)
        {
            if (purposes is null || purposes.Length == 0)
            {
                throw new ArgumentException("A purpose-scoped erasure request needs at least one purpose; use ErasureRequest.Everything to erase all.", nameof(purposes));
            }

            if (purposes.Any(string.IsNullOrWhiteSpace))
            {
                throw new ArgumentException("A purpose name cannot be empty.", nameof(purposes));
            }

            return new ErasureRequest(requestedAt, new HashSet<string>(purposes, StringComparer.Ordinal), null);
        }

        /// <summary>Returns a copy of this request that pseudonymizes with <paramref name="key"/>.</summary>
        /// <param name="key">A secret of at least <see cref="MinimumKeyLength"/> bytes that the application keeps; copied.</param>
        /// <returns>The request with the key.</returns>
        /// <exception cref="ArgumentException">The key is shorter than <see cref="MinimumKeyLength"/> bytes.</exception>
        public ErasureRequest WithPseudonymizationKey(ReadOnlySpan<byte> key)
        {
            if (key.Length < MinimumKeyLength)
            {
                throw new ArgumentException($"A pseudonymization key must be at least {MinimumKeyLength} bytes; {key.Length} were given.", nameof(key));
            }

            return new ErasureRequest(RequestedAt, _purposes, key.ToArray(), AddToSuppressionList);
        }

        /// <summary>
        /// Returns a copy of this request that also adds the subject to the suppression list (Flexmail: "we place you on a
        /// blacklist so you are not contacted again"). Only the keyed hash of each identifier is stored.
        /// </summary>
        /// <returns>The request with suppression.</returns>
        public ErasureRequest WithSuppression() => new(RequestedAt, _purposes, _pseudonymizationKey, suppress: true);

        /// <summary>Tells whether the request covers a purpose.</summary>
        /// <param name="purpose">The purpose's name.</param>
        /// <returns><see langword="true"/> if the request erases for every purpose or names this one.</returns>
        public bool Covers(string purpose) => _purposes is null || _purposes.Contains(purpose);

        internal byte[]? KeyBytes => _pseudonymizationKey;
    }
}
