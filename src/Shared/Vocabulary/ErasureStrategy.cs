namespace Pii
{
    /// <summary>How a member is erased when its data subject asks for erasure (Art. 17 GDPR).</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum ErasureStrategy
    {
        /// <summary>Not given on the tag: <see cref="Clear"/>.</summary>
        Default = 0,

        /// <summary>
        /// Set to <c>null</c> where the member can hold null; otherwise to the type's empty value
        /// (<c>""</c> for a non-nullable string, an empty collection, <c>default</c> for value types).
        /// </summary>
        Clear = 1,

        /// <summary>
        /// Replace with a fixed, type-appropriate value that keeps column constraints valid
        /// (a non-null placeholder text, <c>0.0.0.0</c> for an IP address, 1900-01-01 for a date).
        /// </summary>
        Anonymize = 2,

        /// <summary>
        /// Replace a text with its keyed HMAC-SHA256 pseudonym, so that records of one person stay linkable
        /// without revealing the value. The key is always supplied by the application
        /// (<see cref="Erasure.ErasureRequest.PseudonymizationKey"/>); there is no default key.
        /// </summary>
        Pseudonymize = 3,

        /// <summary>Delete the whole record that holds the member.</summary>
        DeleteRecord = 4,

        /// <summary>Never erase on request: a legal hold (Art. 17(3)(b) GDPR). Reported as held with its until-date.</summary>
        Retain = 5,

        /// <summary>
        /// Crypto-shredding: the member is stored encrypted under a key of its data subject's own
        /// (<c>Protection = Protection.Encrypted</c> is required); erasure clears the value and destroys the key in the
        /// same transaction, so that copies of the value in backups and replicas can no longer be decrypted.
        /// </summary>
        CryptoShred = 6,
    }
}
