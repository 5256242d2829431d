using Pii.Redaction;

namespace Pii.Store
{
    /// <summary>
    /// The blind index of an encrypted member (<c>BlindIndex = true</c>): a keyed hash of its normalized value, stored
    /// in a column beside the ciphertext, so that the database can find a row by an equal value without reading it.
    /// </summary>
    public static class BlindIndex
    {
        /// <summary>The suffix of the column that holds a member's blind index: <c>EmailBlindIndex</c> for <c>Email</c>.</summary>
        public const string ColumnSuffix = "BlindIndex";

        /// <summary>
        /// Computes the index entry: HMAC-SHA256 under <paramref name="key"/> of the member's name and its value, normalized
        /// as the suppression list normalizes identifiers (an e-mail address trimmed and lower-cased, a phone number
        /// reduced to its digits), so that the lookup of <c>Jan@Example.com </c> finds <c>jan@example.com</c>.
        /// </summary>
        /// <param name="key">The blind-index key (<see cref="PersonalDataStoreOptions.BlindIndexKey"/>).</param>
        /// <param name="member">The member, as <c>Namespace.Type.Member</c>: the same value gives different entries in different columns.</param>
        /// <param name="category">The member's category, which decides the normalization.</param>
        /// <param name="value">The plain value.</param>
        /// <returns>The entry, or <see langword="null"/> for a null or blank value.</returns>
        public static string? Compute(byte[] key, string member, DataCategory category, string? value) =>
            SuppressionList.Normalize(category, value) is { } normalized ? KeyedHash.Compute(key, member + ":" + normalized) : null;
    }
}
