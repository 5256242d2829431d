using System;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Pii.Redaction
{
    /// <summary>The redaction kinds of <see cref="RedactionKind"/>, applied to text.</summary>
    public static class Redactor
    {
        /// <summary>What an erased value is shown as.</summary>
        public const string Erased = "[redacted]";

        private const string MaskRun = "****";

        /// <summary>Redacts a value.</summary>
        /// <param name="value">The value; <see langword="null"/> is shown as <c>null</c>.</param>
        /// <param name="kind">The redaction kind; <see cref="RedactionKind.Default"/> erases.</param>
        /// <param name="options">The keyed-hash settings, if any.</param>
        /// <returns>The redacted text.</returns>
        public static string Redact(string? value, RedactionKind kind, RedactionOptions? options = null)
        {
            if (value is null)
            {
                return "null";
            }

            return kind switch
            {
                RedactionKind.Mask => Mask(value),
                RedactionKind.EmailMask => MaskEmail(value),
                RedactionKind.TruncateIp => TruncateIp(value),
                RedactionKind.KeyedHash => Hash(value, options),
                _ => Erased,
            };
        }

        /// <summary>Redacts each text of a collection.</summary>
        /// <param name="values">The texts.</param>
        /// <param name="kind">The redaction kind.</param>
        /// <param name="options">The keyed-hash settings, if any.</param>
        /// <returns>For example <c>[j***@example.com, a***@example.org]</c>.</returns>
        public static string RedactEach(System.Collections.Generic.IEnumerable<string?>? values, RedactionKind kind, RedactionOptions? options = null)
        {
            if (values is null)
            {
                return "null";
            }

            var text = new StringBuilder("[");
            foreach (string? value in values)
            {
                if (text.Length > 1)
                {
                    text.Append(", ");
                }

                text.Append(Redact(value, kind, options));
            }

            return text.Append(']').ToString();
        }

        /// <summary>Keeps the last two characters of a value of eight or more characters behind a fixed-length mask; masks shorter values whole.</summary>
        /// <param name="value">The value.</param>
        /// <returns>For example <c>****34</c>.</returns>
        /// <remarks>A character outside the Basic Multilingual Plane (an emoji) is kept whole, never half of its surrogate pair.</remarks>
        public static string Mask(string value)
        {
            if (value.Length < 8)
            {
                return MaskRun;
            }

            int from = value.Length - 2;
            return MaskRun + value.Substring(char.IsLowSurrogate(value[from]) && char.IsHighSurrogate(value[from - 1]) ? from - 1 : from);
        }

        /// <summary>Keeps the first character of the local part and the domain.</summary>
        /// <param name="value">The address.</param>
        /// <returns>For example <c>j***@example.com</c>; a value without <c>@</c> is masked whole.</returns>
        public static string MaskEmail(string value)
        {
            int at = value.LastIndexOf('@');
            if (at <= 0 || at == value.Length - 1)
            {
                return MaskRun;
            }

            int first = char.IsHighSurrogate(value[0]) && at > 1 && char.IsLowSurrogate(value[1]) ? 2 : 1; // a whole emoji, not half of it
            return value.Substring(0, first) + "***" + value.Substring(at);
        }

        /// <summary>Zeroes the host part of an IP address: the last octet of IPv4, the last 80 bits of IPv6.</summary>
        /// <param name="value">The address as text.</param>
        /// <returns>For example <c>192.0.2.0</c>; text that is not an address is masked whole.</returns>
        /// <remarks>
        /// An IPv4 address must have its four parts: <see cref="IPAddress.TryParse(string, out IPAddress)"/> also reads a
        /// number (<c>123456789</c> as 7.91.205.21) and three or two parts (<c>31.20.5</c> as 31.20.0.5), whose truncation
        /// would show most of a value that is no address.
        /// </remarks>
        public static string TruncateIp(string value) =>
            IPAddress.TryParse(value, out IPAddress? address) && (address.AddressFamily != AddressFamily.InterNetwork || HasFourParts(value))
                ? TruncateIp(address).ToString()
                : MaskRun;

        private static bool HasFourParts(string value)
        {
            int dots = 0;
            foreach (char c in value)
            {
                if (c == '.')
                {
                    dots++;
                }
            }

            return dots == 3;
        }

        /// <summary>Zeroes the host part of an IP address.</summary>
        /// <param name="address">The address.</param>
        /// <returns>The truncated address.</returns>
        public static IPAddress TruncateIp(IPAddress address)
        {
            if (address is null)
            {
                throw new ArgumentNullException(nameof(address));
            }

            if (address.IsIPv4MappedToIPv6)
            {
                address = address.MapToIPv4();
            }

            byte[] bytes = address.GetAddressBytes();
            int keep = bytes.Length == 4 ? 3 : 6;
            for (int i = keep; i < bytes.Length; i++)
            {
                bytes[i] = 0;
            }

            return new IPAddress(bytes);
        }

        /// <summary>Shows a value as its keyed hash, prefixed with the key id; erases it when no key is configured.</summary>
        /// <param name="value">The value.</param>
        /// <param name="options">The settings.</param>
        /// <returns>For example <c>hmac:k1:Qm9...</c>.</returns>
        public static string Hash(string value, RedactionOptions? options)
        {
            if (options?.HashKey is not { } key)
            {
                return Erased;
            }

            var text = new StringBuilder("hmac:");
            if (options.HashKeyId is { Length: > 0 } id)
            {
                text.Append(id).Append(':');
            }

            return text.Append(KeyedHash.Compute(key, value)).ToString();
        }

        /// <summary>Formats a non-text value the same way on every machine, for redaction.</summary>
        /// <param name="value">The value.</param>
        /// <returns>Its invariant text, or <see langword="null"/>.</returns>
        public static string? Format(object? value) => value switch
        {
            null => null,
            string s => s,
            DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
            DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
    }
}
