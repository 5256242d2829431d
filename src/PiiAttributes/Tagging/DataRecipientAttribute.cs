using System;

namespace Pii
{
    /// <summary>
    /// Declares a recipient of personal data for the record of processing (Art. 30(1)(d)): a processor, a sub-processor,
    /// a third party or an authority, and the purposes for which it receives data.
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class DataRecipientAttribute : Attribute
    {
        /// <summary>Declares the recipient.</summary>
        /// <param name="name">The recipient's name, or the category of recipients, for example <c>"Mailjet"</c>.</param>
        /// <param name="role">What the recipient is to the controller.</param>
        public DataRecipientAttribute(string name, RecipientRole role)
        {
            Name = name;
            Role = role;
        }

        /// <summary>Gets the recipient's name.</summary>
        public string Name { get; }

        /// <summary>Gets what the recipient is to the controller.</summary>
        public RecipientRole Role { get; }

        /// <summary>Gets or sets the purposes (declared with <see cref="ProcessingPurposeAttribute"/> or on tags) for which it receives data; all of them when empty.</summary>
        public string[]? Purposes { get; set; }

        /// <summary>Gets or sets where it processes the data, as an ISO 3166-1 alpha-2 country code (<c>"NL"</c>).</summary>
        public string? Country { get; set; }

        /// <summary>Gets or sets what it does with the data, in words.</summary>
        public string? Description { get; set; }
    }
}
