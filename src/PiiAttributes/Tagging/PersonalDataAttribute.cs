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
    public sealed class PersonalDataAttribute : PurposeTagAttribute
    {
        /// <summary>Tags the member for a purpose declared with <see cref="ProcessingPurposeAttribute"/>.</summary>
        /// <param name="purpose">The purpose's name, as declared on the assembly.</param>
        public PersonalDataAttribute(string purpose)
            : base(purpose, null, LegalBasis.Unspecified)
        {
        }

        /// <summary>Tags the member for a purpose with its own retention and legal basis.</summary>
        /// <param name="purpose">Why the data is processed, for example <c>"Marketing"</c>.</param>
        /// <param name="retention">How long it is kept for this purpose: an ISO 8601 duration such as <c>"P2Y"</c>.</param>
        /// <param name="legalBasis">The Art. 6(1) basis for this purpose.</param>
        public PersonalDataAttribute(string purpose, string retention, LegalBasis legalBasis)
            : base(purpose, retention, legalBasis)
        {
        }
    }
}
