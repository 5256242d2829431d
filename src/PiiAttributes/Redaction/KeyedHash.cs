using System;
using System.Security.Cryptography;
using System.Text;

namespace Pii.Redaction
{
    /// <summary>Keyed HMAC-SHA256 of a text, as URL-safe Base64 without padding (43 characters). The key is always the application's.</summary>
    public static class KeyedHash
    {
        /// <summary>Computes the keyed hash of a text's UTF-8 bytes.</summary>
        /// <param name="key">The secret key; at least 16 bytes.</param>
        /// <param name="value">The text.</param>
        /// <returns>The hash, 43 URL-safe Base64 characters.</returns>
        /// <exception cref="ArgumentException">The key is shorter than 16 bytes.</exception>
        public static string Compute(byte[] key, string value)
        {
            if (key is null || key.Length < 16)
            {
                throw new ArgumentException("A keyed-hash key must be at least 16 bytes.", nameof(key));
            }

            byte[] data = Encoding.UTF8.GetBytes(value ?? throw new ArgumentNullException(nameof(value)));
#if NET6_0_OR_GREATER
            byte[] hash = HMACSHA256.HashData(key, data);
#else
            byte[] hash;
            using (var hmac = new HMACSHA256(key))
            {
                hash = hmac.ComputeHash(data);
            }
#endif
            return Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }
}
