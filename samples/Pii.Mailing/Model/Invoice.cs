using System;
using Pii;

namespace Mailing.Model;

/// <summary>An invoice: what it says about the customer is kept seven years from its date for the tax authority (Flowmailer, Sendtex).</summary>
public class Invoice
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    [NotPersonalData("the invoice's own number")]
    public string Number { get; set; } = "";

    public DateTime IssuedOn { get; set; }

    public decimal Amount { get; set; }

    [PersonalData("Invoicing", Category = DataCategory.Name, RetentionStartsAt = nameof(IssuedOn))]
    public string? BillingName { get; set; }

    [PersonalData("Invoicing", Category = DataCategory.PostalAddress, RetentionStartsAt = nameof(IssuedOn))]
    public string? BillingAddress { get; set; }

    [PersonalData("Invoicing", Category = DataCategory.TaxIdentifier, RetentionStartsAt = nameof(IssuedOn))]
    public string? VatNumber { get; set; }
}

/// <summary>A support ticket: deleted with the account, or two years after it was opened.</summary>
public class SupportTicket
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    public DateTime OpenedAt { get; set; }

    [PersonalData("Support", Category = DataCategory.Correspondence, RetentionStartsAt = nameof(OpenedAt), Erasure = ErasureStrategy.DeleteRecord)]
    public string? Subject { get; set; }

    [PersonalData("Support", Category = DataCategory.Correspondence, RetentionStartsAt = nameof(OpenedAt), Erasure = ErasureStrategy.DeleteRecord)]
    public string? Message { get; set; }
}
