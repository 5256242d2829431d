using System;
using Pii;

namespace Mailing.Model;

/// <summary>A customer's distribution list. Its name is the customer's, not a person's.</summary>
public class ContactList
{
    public int Id { get; set; }

    public int AccountId { get; set; }

    [NotPersonalData("the customer's own name for a list")]
    public string Title { get; set; } = "";
}

/// <summary>A person on a customer's list: the platform processes their data for the customer (Flexmail, Mailjet).</summary>
/// <remarks>
/// Retention counts from the day the contact left the list (<see cref="UnsubscribedAt"/>, set when they withdraw their
/// newsletter consent or object): the address two years (list management), the opt-in and the day they left three
/// (proof of consent). A contact still on the list has no end date yet.
/// </remarks>
[DataSubject(Kind = "contact", DeleteCascades = true, Description = "A person on a customer's distribution list")]
public class Contact
{
    public int Id { get; set; }

    [NotPersonalData("the list the contact is on")]
    public int ContactListId { get; set; }

    [PersonalData("Newsletter", Category = DataCategory.EmailAddress, Erasure = ErasureStrategy.DeleteRecord, RetentionStartsAt = nameof(UnsubscribedAt))]
    [PersonalData("ListManagement")]
    public string? Email { get; set; }

    [PersonalData("Newsletter", Category = DataCategory.Name, RetentionStartsAt = nameof(UnsubscribedAt))]
    public string? FirstName { get; set; }

    [PersonalData("Newsletter", Category = DataCategory.Name, RetentionStartsAt = nameof(UnsubscribedAt))]
    public string? LastName { get; set; }

    /// <summary>
    /// The customer's own fields for this contact (interests, city, ...), as JSON text: stored encrypted, as Sendtex
    /// lets its customers mark fields (docs/encryption.md).
    /// </summary>
    [PersonalData("Newsletter", Category = DataCategory.Preferences, Protection = Protection.Encrypted, RetentionStartsAt = nameof(UnsubscribedAt))]
    public string? CustomFields { get; set; }

    [PersonalData("ConsentProof", Category = DataCategory.IpAddress, Redaction = RedactionKind.TruncateIp, RetentionStartsAt = nameof(UnsubscribedAt))]
    public string? OptInIp { get; set; }

    [PersonalData("ConsentProof", Category = DataCategory.Preferences, RetentionStartsAt = nameof(UnsubscribedAt))]
    public DateTime? OptInAt { get; set; }

    [PersonalData("ListManagement", Category = DataCategory.Preferences, RetentionStartsAt = nameof(UnsubscribedAt))]
    [PersonalData("ConsentProof")]
    [PersonalData("Newsletter")] // the clock of the newsletter's data: it must outlive them (PII003)
    public DateTime? UnsubscribedAt { get; set; }

    [PersonalData("Objections", Category = DataCategory.Preferences, RetentionStartsAt = nameof(ObjectedToMarketingAt))]
    public DateTime? ObjectedToMarketingAt { get; set; }
}

/// <summary>A contact's consent to one purpose: given, and perhaps withdrawn.</summary>
public class ContactConsent
{
    public int Id { get; set; }

    public int ContactId { get; set; }

    [NotPersonalData("the name of a declared purpose")]
    public string Purpose { get; set; } = "";

    [PersonalData("ConsentProof", Category = DataCategory.Preferences, Erasure = ErasureStrategy.DeleteRecord, RetentionStartsAt = nameof(WithdrawnAt))]
    public DateTime? GivenAt { get; set; }

    [PersonalData("ConsentProof", Category = DataCategory.Preferences, Erasure = ErasureStrategy.DeleteRecord, RetentionStartsAt = nameof(WithdrawnAt))]
    public DateTime? WithdrawnAt { get; set; }
}
