using System;
using System.Collections.Generic;
using System.Net;
using Pii;

namespace Quickstart;

/// <summary>
/// A customer account of an e-mail marketing platform. One e-mail address serves login, service notices,
/// marketing and support, each on its own legal basis (as in the Flexibelt policy).
/// </summary>
[DataSubject(Kind = "customer")]
public class Account
{
    public int Id { get; set; }

    [PersonalData("Login", Category = DataCategory.EmailAddress)]
    [PersonalData("Service")]
    [PersonalData("Marketing")]
    [PersonalData("Support")]
    public string Email { get; set; } = "";

    [PersonalData("Service", Category = DataCategory.Name)]
    public string? Name { get; set; }

    [PersonalData("Service", Category = DataCategory.Professional)]
    public string? Company { get; set; }

    [PersonalData("Tax", Category = DataCategory.TaxIdentifier)]
    public string? VatNumber { get; set; }

    [PersonalData("Support", Category = DataCategory.PhoneNumber, Erasure = ErasureStrategy.Anonymize, Redaction = RedactionKind.Mask)]
    public string? Phone { get; set; }

    [PersonalData("Marketing", Category = DataCategory.IpAddress)]
    public IPAddress? OptInIp { get; set; }

    [PersonalData("Marketing", Category = DataCategory.Preferences)]
    public List<string> Interests { get; set; } = new();

    public BillingAddress? Billing { get; set; }

    [NotPersonalData("the subscription plan describes the contract, not the person")]
    public string Plan { get; set; } = "starter";
}

/// <summary>An owned billing address, kept seven years for the tax authority.</summary>
public class BillingAddress
{
    [PersonalData("Tax", Category = DataCategory.PostalAddress)]
    public string? Street { get; set; }

    [PersonalData("Tax", Category = DataCategory.PostalAddress)]
    public string? City { get; set; }
}
