using System;

namespace Pii
{
    /// <summary>
    /// Declares a transfer of personal data to a country outside the EEA, with the safeguard that makes it lawful, for
    /// the record of processing (Art. 30(1)(e)).
    /// </summary>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class ThirdCountryTransferAttribute : Attribute
    {
        /// <summary>Declares the transfer.</summary>
        /// <param name="recipient">The name of a recipient declared with <see cref="DataRecipientAttribute"/>.</param>
        /// <param name="country">The country, as an ISO 3166-1 alpha-2 code (<c>"US"</c>).</param>
        /// <param name="safeguard">What makes the transfer lawful.</param>
        public ThirdCountryTransferAttribute(string recipient, string country, TransferSafeguard safeguard)
        {
            Recipient = recipient;
            Country = country;
            Safeguard = safeguard;
        }

        /// <summary>Gets the recipient's name.</summary>
        public string Recipient { get; }

        /// <summary>Gets the country code.</summary>
        public string Country { get; }

        /// <summary>Gets the safeguard.</summary>
        public TransferSafeguard Safeguard { get; }

        /// <summary>Gets or sets where the safeguard is documented (for example <c>"SCC module 2, signed 2024-03-01"</c>).</summary>
        public string? Details { get; set; }
    }
}
