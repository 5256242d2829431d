namespace Pii
{
    /// <summary>How a member's value is stored at rest (docs/encryption.md).</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum Protection
    {
        /// <summary>Stored as it is.</summary>
        None = 0,

        /// <summary>
        /// Stored encrypted (AES-256-GCM under the application's key ring) by a generated EF Core value converter;
        /// application code reads and writes the plain value. The database cannot compare, order or search it.
        /// </summary>
        Encrypted = 1,
    }
}
