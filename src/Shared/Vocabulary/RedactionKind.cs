namespace Pii
{
    /// <summary>How a member's value is shown in a redacted view (logs, traces, diagnostics).</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum RedactionKind
    {
        /// <summary>
        /// Not given on the tag: <see cref="EmailMask"/> for e-mail addresses, <see cref="TruncateIp"/> for IP
        /// addresses, <see cref="Erase"/> for everything else.
        /// </summary>
        Default = 0,

        /// <summary>Replace the value entirely with <c>[redacted]</c>.</summary>
        Erase = 1,

        /// <summary>Keep the last two characters of values of eight characters or more; mask the rest with a fixed-length run of <c>*</c>.</summary>
        Mask = 2,

        /// <summary>Keep the first character of the local part and the domain: <c>j***@example.com</c>.</summary>
        EmailMask = 3,

        /// <summary>Zero the host part of an IP address: the last octet of IPv4, the last 80 bits of IPv6.</summary>
        TruncateIp = 4,

        /// <summary>Replace with a keyed HMAC-SHA256 hash, so that log lines about one person can be correlated; erased when no key is configured.</summary>
        KeyedHash = 5,
    }
}
