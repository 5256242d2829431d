using System;
using Pii;

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>An invoice: kept seven years from its date for the tax authority (the Flowmailer and Sendtex cases).</summary>
    public class Invoice
    {
        public int Id { get; set; }

        [SubjectLink(typeof(Customer))]
        public int CustomerId { get; set; }

        public DateTime IssuedOn { get; set; }

        [PersonalData("Tax", Category = DataCategory.Name, RetentionStartsAt = nameof(IssuedOn))]
        public string BillingName { get; set; } = "";

        [PersonalData("Tax", Category = DataCategory.PostalAddress, RetentionStartsAt = nameof(IssuedOn))]
        [PersonalData("Marketing")]
        public string? BillingAddress { get; set; }

        [PersonalData("Payments", "P7Y", LegalBasis.LegalObligation, Category = DataCategory.PaymentData, Erasure = ErasureStrategy.Retain, Redaction = RedactionKind.Mask)]
        public string? Iban { get; set; }

        [PersonalData("Marketing", Category = DataCategory.EmailEngagement, Erasure = ErasureStrategy.DeleteRecord)]
        public string? CampaignCode { get; set; }
    }
}
