using System;
using Pii.Redaction;

namespace Pii.Store
{
    /// <summary>How identifiers become suppression-list entries: normalized per kind, then hashed with the application's key.</summary>
    public static class SuppressionList
    {
        /// <summary>
        /// Normalizes an identifier so that the same person's identifier always gives the same entry: an e-mail address
        /// is trimmed and lower-cased (the local part too: nearly every provider ignores its case); a phone number keeps
        /// its digits (any script's, as 0-9) and a leading <c>+</c>; anything else is trimmed.
        /// </summary>
        /// <param name="category">The kind of identifier.</param>
        /// <param name="identifier">The identifier.</param>
        /// <returns>The normalized identifier, or <see langword="null"/> when nothing is left of it.</returns>
        public static string? Normalize(DataCategory category, string? identifier)
        {
            if (identifier is null)
            {
                return null;
            }

            string trimmed = identifier.Trim();
            string normalized;
            switch (category)
            {
                case DataCategory.EmailAddress:
                    normalized = trimmed.ToLowerInvariant();
                    break;
                case DataCategory.PhoneNumber:
                    var digits = new System.Text.StringBuilder(trimmed.Length);
                    foreach (char c in trimmed)
                    {
                        if (char.IsDigit(c))
                        {
                            // Arabic-Indic, full-width and other decimal digits as 0-9: the same number typed on another keyboard is the same entry.
                            digits.Append((char)('0' + (int)char.GetNumericValue(c)));
                        }
                        else if (c == '+' && digits.Length == 0)
                        {
                            digits.Append(c);
                        }
                    }

                    normalized = digits.ToString();
                    break;
                default:
                    normalized = trimmed;
                    break;
            }

            return normalized.Length == 0 ? null : normalized;
        }

        /// <summary>The entry's key for an identifier: the keyed hash of its kind and normalized form.</summary>
        /// <param name="key">The application's hash key (<see cref="PersonalDataStoreOptions.HashKey"/>).</param>
        /// <param name="category">The kind of identifier.</param>
        /// <param name="identifier">The identifier.</param>
        /// <returns>The hash, or <see langword="null"/> for an empty identifier or one that erasure already replaced (an anonymized placeholder or a pseudonym), which identifies no one.</returns>
        public static string? Hash(byte[] key, DataCategory category, string? identifier)
        {
            if (identifier is null
                || identifier == Erasure.Anonymized.EmailAddress
                || identifier == Erasure.Anonymized.PhoneNumber
                || identifier == Erasure.Anonymized.Text
                || Erasure.Pseudonym.IsPseudonym(identifier))
            {
                return null;
            }

            return Normalize(category, identifier) is { } normalized ? KeyedHash.Compute(key, category + ":" + normalized) : null;
        }
    }
}
