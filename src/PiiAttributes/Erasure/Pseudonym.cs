using System;
using Pii.Redaction;

namespace Pii.Erasure
{
    /// <summary>
    /// The pseudonyms of <see cref="ErasureStrategy.Pseudonymize"/>: <c>psd_</c> followed by the keyed
    /// HMAC-SHA256 of the value. The same value under the same key always gives the same pseudonym, so
    /// records stay linkable; the prefix lets a repeated erasure leave a pseudonym alone.
    /// </summary>
    public static class Pseudonym
    {
        /// <summary>The prefix of every pseudonym.</summary>
        public const string Prefix = "psd_";

        /// <summary>The length of every pseudonym: the prefix and 43 characters of base64url.</summary>
        public const int Length = 47;

        /// <summary>Creates the pseudonym of a value.</summary>
        /// <param name="key">The application's key.</param>
        /// <param name="value">The value.</param>
        /// <returns>The pseudonym (47 characters).</returns>
        public static string Create(byte[] key, string value) => Prefix + KeyedHash.Compute(key, value);

        /// <summary>Tells whether a value is already a pseudonym.</summary>
        /// <param name="value">The value.</param>
        /// <returns><see langword="true"/> if it has the pseudonym's prefix and length, and base64url after the prefix.</returns>
        public static bool IsPseudonym(string? value)
        {
            if (value is null || value.Length != Length || !value.StartsWith(Prefix, StringComparison.Ordinal))
            {
                return false;
            }

            for (int i = Prefix.Length; i < value.Length; i++)
            {
                char c = value[i];
                if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-' or '_'))
                {
                    return false; // "psd_" and 43 characters of anything else is someone's text, not a keyed hash
                }
            }

            return true;
        }
    }
}
