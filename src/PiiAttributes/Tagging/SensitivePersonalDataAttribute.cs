using System;

namespace Pii
{
    /// <summary>
    /// Marks a property or field as special-category personal data (Art. 9(1) GDPR) processed for one purpose,
    /// with the Art. 9(2) condition that allows it. Like <see cref="PersonalDataAttribute"/>, one tag per purpose.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = true)]
    public sealed class SensitivePersonalDataAttribute : Attribute
    {
        /// <summary>Tags the member for a declared purpose.</summary>
        /// <param name="purpose">The purpose's name, as declared with <see cref="ProcessingPurposeAttribute"/>.</param>
        /// <param name="category">The special category.</param>
        /// <param name="condition">The Art. 9(2) condition.</param>
        public SensitivePersonalDataAttribute(string purpose, SpecialCategory category, SpecialCategoryCondition condition)
        {
            Purpose = purpose;
            SpecialCategory = category;
            Condition = condition;
        }

        /// <summary>Tags the member for a purpose with its own retention and legal basis.</summary>
        /// <param name="purpose">Why the data is processed.</param>
        /// <param name="retention">An ISO 8601 duration such as <c>"P1Y"</c>.</param>
        /// <param name="legalBasis">The Art. 6(1) basis.</param>
        /// <param name="category">The special category.</param>
        /// <param name="condition">The Art. 9(2) condition.</param>
        public SensitivePersonalDataAttribute(string purpose, string retention, LegalBasis legalBasis, SpecialCategory category, SpecialCategoryCondition condition)
        {
            Purpose = purpose;
            Retention = retention;
            LegalBasis = legalBasis;
            SpecialCategory = category;
            Condition = condition;
        }

        /// <summary>Gets the purpose.</summary>
        public string Purpose { get; }

        /// <summary>Gets the retention, or <see langword="null"/> when the purpose declaration gives it.</summary>
        public string? Retention { get; }

        /// <summary>Gets the legal basis, or <see cref="LegalBasis.Unspecified"/> when the purpose declaration gives it.</summary>
        public LegalBasis LegalBasis { get; }

        /// <summary>Gets the special category.</summary>
        public SpecialCategory SpecialCategory { get; }

        /// <summary>Gets the Art. 9(2) condition.</summary>
        public SpecialCategoryCondition Condition { get; }

        /// <summary>Gets or sets what kind of personal data the member holds.</summary>
        public DataCategory Category { get; set; }

        /// <summary>Gets or sets how the member is erased.</summary>
        public ErasureStrategy Erasure { get; set; }

        /// <summary>Gets or sets how the member is shown in redacted views.</summary>
        public RedactionKind Redaction { get; set; }

        /// <summary>Gets or sets a description for the record of processing.</summary>
        public string? Description { get; set; }

        /// <summary>Gets or sets the event the retention counts from, in words.</summary>
        public string? RetentionTrigger { get; set; }

        /// <summary>Gets or sets the name of a date member that the retention counts from.</summary>
        public string? RetentionStartsAt { get; set; }
    }
}
