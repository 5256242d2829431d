using System;

namespace Pii
{
    /// <summary>
    /// What <see cref="PersonalDataAttribute"/> and <see cref="SensitivePersonalDataAttribute"/> have in common: one
    /// purpose of a member, with its legal basis, retention and the optional settings of the member.
    /// </summary>
    public abstract class PurposeTagAttribute : Attribute
    {
        private protected PurposeTagAttribute(string purpose, string? retention, LegalBasis legalBasis)
        {
            Purpose = purpose;
            Retention = retention;
            LegalBasis = legalBasis;
        }

        /// <summary>Gets the purpose.</summary>
        public string Purpose { get; }

        /// <summary>Gets the retention as an ISO 8601 duration, or <see langword="null"/> when the purpose declaration gives it.</summary>
        public string? Retention { get; }

        /// <summary>Gets the legal basis, or <see cref="LegalBasis.Unspecified"/> when the purpose declaration gives it.</summary>
        public LegalBasis LegalBasis { get; }

        /// <summary>Gets or sets what kind of personal data the member holds.</summary>
        public DataCategory Category { get; set; }

        /// <summary>Gets or sets how the member is erased.</summary>
        public ErasureStrategy Erasure { get; set; }

        /// <summary>Gets or sets how the member is shown in redacted views.</summary>
        public RedactionKind Redaction { get; set; }

        /// <summary>Gets or sets a description for the record of processing.</summary>
        public string? Description { get; set; }

        /// <summary>Gets or sets the event the retention counts from, in words (for example <c>"after the account is closed"</c>).</summary>
        public string? RetentionTrigger { get; set; }

        /// <summary>
        /// Gets or sets the name of a date member of the same type that the retention counts from (for example
        /// <c>nameof(Invoice.IssuedOn)</c>). Without it, retention counts from the erasure request.
        /// </summary>
        public string? RetentionStartsAt { get; set; }

        /// <summary>
        /// Gets or sets how the member is stored: <see cref="Pii.Protection.Encrypted"/> stores it encrypted through a
        /// generated EF Core value converter (docs/encryption.md). One tag saying so is enough for the member.
        /// </summary>
        public Protection Protection { get; set; }

        /// <summary>
        /// Gets or sets whether an encrypted text member gets a blind index: a keyed hash (HMAC-SHA256) of its normalized
        /// value in a column beside it, so that the database can find a row by an equal value (log-in by e-mail)
        /// without being able to read it (docs/encryption.md).
        /// </summary>
        public bool BlindIndex { get; set; }
    }
}
