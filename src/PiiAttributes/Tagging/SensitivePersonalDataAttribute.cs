using System;

namespace Pii
{
    /// <summary>
    /// Marks a property or field as special-category personal data (Art. 9(1) GDPR) processed for one purpose,
    /// with the Art. 9(2) condition that allows it. Like <see cref="PersonalDataAttribute"/>, one tag per purpose.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field, AllowMultiple = true, Inherited = true)]
    public sealed class SensitivePersonalDataAttribute : PurposeTagAttribute
    {
        /// <summary>Tags the member for a declared purpose.</summary>
        /// <param name="purpose">The purpose's name, as declared with <see cref="ProcessingPurposeAttribute"/>.</param>
        /// <param name="category">The special category.</param>
        /// <param name="condition">The Art. 9(2) condition.</param>
        public SensitivePersonalDataAttribute(string purpose, SpecialCategory category, SpecialCategoryCondition condition)
            : base(purpose, null, LegalBasis.Unspecified)
        {
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
            : base(purpose, retention, legalBasis)
        {
            SpecialCategory = category;
            Condition = condition;
        }

        /// <summary>Gets the special category.</summary>
        public SpecialCategory SpecialCategory { get; }

        /// <summary>Gets the Art. 9(2) condition.</summary>
        public SpecialCategoryCondition Condition { get; }
    }
}
