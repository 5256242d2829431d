using System.Net;
using Microsoft.Extensions.Logging;

namespace Pii.Compliance.Tests;

/// <summary>A tagged entity whose tagged members also carry the Pii classification that matches their tags.</summary>
[DataSubject(Kind = "customer")]
public class Customer
{
    public int Id { get; set; }

    [NotPersonalData("The subscription plan, the same for many customers")]
    public string Plan { get; set; } = "";

    [PersonalData("Login", "P30D", LegalBasis.LegitimateInterests, Category = DataCategory.EmailAddress)]
    [EmailMaskedDataClassification]
    public string Email { get; set; } = "";

    [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.Name)]
    [PersonalDataClassification]
    public string Name { get; set; } = "";

    [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.PhoneNumber, Redaction = RedactionKind.Mask)]
    [MaskedDataClassification]
    public string Phone { get; set; } = "";

    [PersonalData("Security", "P30D", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress)]
    [TruncatedIpDataClassification]
    public string LastIp { get; set; } = "";

    [PersonalData("Analytics", "P1Y", LegalBasis.LegitimateInterests, Redaction = RedactionKind.KeyedHash)]
    [KeyedHashDataClassification]
    public string ExternalId { get; set; } = "";

    [SensitivePersonalData("Care", "P1Y", LegalBasis.Contract, SpecialCategory.Health, SpecialCategoryCondition.ExplicitConsent)]
    [SensitiveDataClassification]
    public string? Allergy { get; set; }
}

/// <summary>Tagged members without (or with too weak) a classification: what <see cref="PiiClassificationCheck"/> reports.</summary>
[DataSubject(Kind = "lead")]
public class Lead
{
    public int Id { get; set; }

    [PersonalData("Login", "P30D", LegalBasis.LegitimateInterests, Category = DataCategory.EmailAddress)]
    public string Email { get; set; } = "";

    [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests)]
    [MaskedDataClassification]
    public string Name { get; set; } = "";

    [SensitivePersonalData("Care", "P1Y", LegalBasis.Contract, SpecialCategory.Health, SpecialCategoryCondition.ExplicitConsent)]
    [PersonalDataClassification]
    public string? Diagnosis { get; set; }

    [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Redaction = RedactionKind.Mask)]
    [PersonalDataClassification]
    public string Phone { get; set; } = "";
}

/// <summary>An IP address member tagged without a category, classified as its generated redacted view shows it (truncated).</summary>
[DataSubject(Kind = "visitor")]
public class Visit
{
    public int Id { get; set; }

    [PersonalData("Security", "P30D", LegalBasis.LegitimateInterests)]
    [TruncatedIpDataClassification]
    public IPAddress? LastIp { get; set; }
}

internal static class Canaries
{
    public const string Email = "canary-7f3a@example.com";
    public const string Ip = "203.0.113.77";
    public const string Name = "Canary Vandersloot-7f3a";
    public const string Phone = "+31 6 7f3a 5699";
    public const string ExternalId = "canary-ext-7f3a-0001";
    public const string Allergy = "canary-peanut-allergy-7f3a";

    public static readonly string[] All = [Email, Ip, Name, Phone, ExternalId, Allergy];

    public static Customer Customer() => new()
    {
        Id = 42,
        Plan = "pro",
        Email = Email,
        Name = Name,
        Phone = Phone,
        LastIp = Ip,
        ExternalId = ExternalId,
        Allergy = Allergy,
    };
}

internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Signed in {Email} from {Ip}")]
    public static partial void SignedIn(ILogger logger, [EmailMaskedDataClassification] string email, [TruncatedIpDataClassification] string ip);

    [LoggerMessage(2, LogLevel.Warning, "Ticket from {Name} ({Phone}, ref {ExternalId}) mentions {Allergy}")]
    public static partial void Ticket(
        ILogger logger,
        [PersonalDataClassification] string name,
        [MaskedDataClassification] string phone,
        [KeyedHashDataClassification] string externalId,
        [SensitiveDataClassification] string? allergy);

    [LoggerMessage(3, LogLevel.Information, "Connection from {Address}")]
    public static partial void Connected(ILogger logger, [TruncatedIpDataClassification] IPAddress address);

    [LoggerMessage(4, LogLevel.Information, "Customer updated")]
    public static partial void Updated(ILogger logger, [LogProperties] Customer customer);

    [LoggerMessage(5, LogLevel.Information, "Lead updated")]
    public static partial void LeadUpdated(ILogger logger, [LogProperties] Lead lead);
}
