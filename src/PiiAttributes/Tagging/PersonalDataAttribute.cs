using System;

namespace Pii
{
    /// <summary>
    /// Marks a property or field as personal data processed for one purpose. Put one tag per purpose on a
    /// member that serves several (an e-mail address used for login, for support and for marketing).
    /// </summary>
    /// <remarks>
    /// The short form <c>[PersonalData("Marketing")]</c> takes legal basis and retention from the assembly's
    /// <see cref="ProcessingPurposeAttribute"/> of that name; the long form states them on the member.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = true)]
    public sealed class PersonalDataAttribute : Attribute
    {
        /// <summary>Tags the member for a purpose declared with <see cref="ProcessingPurposeAttribute"/>.</summary>
        /// <param name="purpose">The purpose's name, as declared on the assembly.</param>
        public PersonalDataAttribute(string purpose)
        {
            Purpose = purpose;
        }

        /// <summary>Tags the member for a purpose with its own retention and legal basis.</summary>
        /// <param name="purpose">Why the data is processed, for example <c>"Marketing"</c>.</param>
        /// <param name="retention">How long it is kept for this purpose: an ISO 8601 duration such as <c>"P2Y"</c>.</param>
        /// <param name="legalBasis">The Art. 6(1) basis for this purpose.</param>
        public PersonalDataAttribute(string purpose, string retention, LegalBasis legalBasis)
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
    }
}
