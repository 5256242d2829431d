using System;
using Pii;

namespace Mailing.Model;

/// <summary>
/// A customer of the platform: the person who holds the account. One e-mail address serves login, service notices,
/// marketing, offers and support, each on its own legal basis (the Flexibelt case).
/// </summary>
[DataSubject(Kind = "customer", DeleteCascades = true, Description = "A customer of the platform: the person who holds an account")]
public class Account
{
    public int Id { get; set; }

    [PersonalData("Login", Category = DataCategory.EmailAddress, RetentionStartsAt = nameof(ContractEndedAt), Erasure = ErasureStrategy.DeleteRecord)]
    [PersonalData("ServiceNotices")]
    [PersonalData("Marketing")]
    [PersonalData("CustomerOffers")]
    [PersonalData("Support")]
    public string? Email { get; set; }

    [PersonalData("Account", Category = DataCategory.Name, RetentionStartsAt = nameof(ContractEndedAt))]
    [PersonalData("Support")]
    public string? Name { get; set; }

    [PersonalData("Account", Category = DataCategory.Professional, RetentionStartsAt = nameof(ContractEndedAt))]
    public string? Company { get; set; }

    [PersonalData("Account", Category = DataCategory.Professional, RetentionStartsAt = nameof(ContractEndedAt))]
    public string? JobTitle { get; set; }

    [PersonalData("Account", Category = DataCategory.TaxIdentifier, RetentionStartsAt = nameof(ContractEndedAt), Protection = Protection.Encrypted)]
    public string? VatNumber { get; set; }

    [PersonalData("Account", Category = DataCategory.PhoneNumber, RetentionStartsAt = nameof(ContractEndedAt), Protection = Protection.Encrypted)]
    [PersonalData("Support")]
    public string? Phone { get; set; }

    [PersonalData("Account", Category = DataCategory.PostalAddress, RetentionStartsAt = nameof(ContractEndedAt))]
    public string? BillingStreet { get; set; }

    [PersonalData("Account", Category = DataCategory.PostalAddress, RetentionStartsAt = nameof(ContractEndedAt))]
    public string? BillingPostalCode { get; set; }

    [PersonalData("Account", Category = DataCategory.PostalAddress, RetentionStartsAt = nameof(ContractEndedAt))]
    public string? BillingCity { get; set; }

    [NotPersonalData("a country code alone does not identify anyone")]
    public string? BillingCountry { get; set; }

    /// <summary>When the customer opted in to the platform's newsletter; null when they did not (or withdrew).</summary>
    [PersonalData("Marketing", Category = DataCategory.Preferences)]
    public DateTime? MarketingConsentAt { get; set; }

    /// <summary>When the customer objected to direct marketing; kept so that the objection keeps being honoured.</summary>
    [PersonalData("Objections", Category = DataCategory.Preferences)]
    public DateTime? ObjectedToMarketingAt { get; set; }

    public DateTime ContractStartedAt { get; set; }

    /// <summary>Null while the contract runs: the retention of the account's data starts when it ends.</summary>
    public DateTime? ContractEndedAt { get; set; }
}
