using System;
using System.Net;

namespace Pii.Erasure
{
    /// <summary>The fixed replacements of <see cref="ErasureStrategy.Anonymize"/>: non-null, and valid where a column has format constraints.</summary>
    public static class Anonymized
    {
        /// <summary>The replacement for text.</summary>
        public const string Text = "[anonymized]";

        /// <summary>The replacement for an e-mail address: a valid address in a reserved, unroutable domain.</summary>
        public const string EmailAddress = "anonymized@anonymized.invalid";

        /// <summary>The replacement for a phone number.</summary>
        public const string PhoneNumber = "+000000000";

        /// <summary>The replacement for an IP address in text.</summary>
        public const string IpAddressText = "0.0.0.0";

        /// <summary>The replacement for an <see cref="System.Net.IPAddress"/>: the unspecified address.</summary>
        public static IPAddress IpAddress => System.Net.IPAddress.Any;

        /// <summary>The replacement for a date: 1900-01-01, valid in every common database.</summary>
        public static readonly DateTime Date = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        /// <summary>The replacement for a date and offset.</summary>
        public static readonly DateTimeOffset DateAndOffset = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);

#if NET6_0_OR_GREATER
        /// <summary>The replacement for a date only.</summary>
        public static readonly DateOnly DateOnly = new(1900, 1, 1);
#endif
    }
}
