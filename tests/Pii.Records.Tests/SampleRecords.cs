using System;
using Pii.Records;

namespace Pii.Records.Tests;

/// <summary>Records to render and read back: one modelled on the seed companies, one with nothing declared.</summary>
internal static class SampleRecords
{
    /// <summary>An e-mail marketing platform: two subjects, four entities, three purposes, processors and a transfer.</summary>
    public static ProcessingRecord Mailing() => new(
        SchemaVersion: 1,
        Assembly: "Mailing",
        Controller: new ControllerEntry("Mailing BV", "privacy@mailing.example", "Keizersgracht 1, 1015 CJ Amsterdam", null),
        DataProtectionOfficer: new ContactEntry("Privacy Officer", "dpo@mailing.example"),
        Purposes:
        [
            new PurposeEntry(
                "Invoicing", "Invoices and the tax administration", LegalBasis.LegalObligation, "Art. 6(1)(c)", [], "P7Y",
                "after the end of the financial year", ["customer"], [DataCategory.Name, DataCategory.TaxIdentifier], [],
                ["Belastingdienst"], ["Mailing.Customer.Name", "Mailing.Customer.VatNumber"]),
            new PurposeEntry(
                "Login", "Signing in to the platform", LegalBasis.LegitimateInterests, "Art. 6(1)(f)", [], "P30D", null,
                ["customer"], [DataCategory.EmailAddress, DataCategory.IpAddress], [], ["Amazon Web Services"],
                ["Mailing.Customer.Email", "Mailing.LoginEvent.IpAddress"]),
            new PurposeEntry(
                "Newsletter", "The monthly newsletter & offers <for subscribers>", LegalBasis.Consent, "Art. 6(1)(a)", [], "P2Y",
                "after consent is withdrawn", ["customer", "subscriber"], [DataCategory.EmailAddress, DataCategory.EmailEngagement, DataCategory.Name],
                [], ["Amazon Web Services", "Mailjet"], ["Mailing.Click.Url", "Mailing.Customer.Email", "Mailing.Subscriber.Email", "Mailing.Subscriber.FirstName"]),
        ],
        Subjects:
        [
            new SubjectEntry("customer", "A company's account holder", "Mailing.Customer", "Mailing.Customer.Id", ["Mailing.Customer", "Mailing.LoginEvent"]),
            new SubjectEntry("subscriber", null, "Mailing.Subscriber", "Mailing.Subscriber.Id", ["Mailing.Click", "Mailing.Subscriber"]),
        ],
        Entities:
        [
            new EntityEntry("Mailing.Click", "Click", "subscriber", "Id", new LinkEntry("SubscriberId", "Mailing.Subscriber", "Id")),
            new EntityEntry("Mailing.Customer", "Customer", "customer", "Id", null),
            new EntityEntry("Mailing.LoginEvent", "LoginEvent", "customer", "Id", new LinkEntry("CustomerId", "Mailing.Customer", "Id")),
            new EntityEntry("Mailing.Subscriber", "Subscriber", "subscriber", "Id", null),
        ],
        Recipients:
        [
            new RecipientEntry("Amazon Web Services", RecipientRole.Processor, "IE", ["Login", "Newsletter"], "Hosting"),
            new RecipientEntry("Belastingdienst", RecipientRole.PublicAuthority, "NL", ["Invoicing"], null),
            new RecipientEntry("Mailjet", RecipientRole.SubProcessor, "FR", ["Newsletter"], "Sends the newsletter"),
        ],
        Transfers:
        [
            new TransferEntry("Amazon Web Services", "US", TransferSafeguard.StandardContractualClauses, "Art. 46(2)(c)", "SCC module 2, 2024"),
        ],
        SecurityMeasures: ["Access to personal data is logged", "Data encrypted at rest (AES-256)"],
        Retention:
        [
            new RetentionEntry("Invoicing", DataCategory.Name, "P7Y", "after the end of the financial year"),
            new RetentionEntry("Invoicing", DataCategory.TaxIdentifier, "P7Y", "after the end of the financial year"),
            new RetentionEntry("Login", DataCategory.EmailAddress, "P30D", null),
            new RetentionEntry("Login", DataCategory.IpAddress, "P30D", null),
            new RetentionEntry("Newsletter", DataCategory.EmailAddress, "P2Y", "after consent is withdrawn"),
            new RetentionEntry("Newsletter", DataCategory.EmailEngagement, "P1Y", null),
            new RetentionEntry("Newsletter", DataCategory.Name, "P2Y", "after consent is withdrawn"),
        ],
        Fields:
        [
            Field("Mailing.Click", "Url", "subscriber", DataCategory.EmailEngagement, [new("Newsletter", LegalBasis.Consent, "P1Y", null)], ErasureStrategy.DeleteRecord, RedactionKind.Erase, 9),
            Field("Mailing.Customer", "Email", "customer", DataCategory.EmailAddress,
                [new("Login", LegalBasis.LegitimateInterests, "P30D", null), new("Newsletter", LegalBasis.Consent, "P2Y", "after consent is withdrawn")],
                ErasureStrategy.Clear, RedactionKind.EmailMask, 14),
            Field("Mailing.Customer", "Name", "customer", DataCategory.Name, [new("Invoicing", LegalBasis.LegalObligation, "P7Y", "after the end of the financial year")], ErasureStrategy.Anonymize, RedactionKind.Mask, 11),
            Field("Mailing.Customer", "VatNumber", "customer", DataCategory.TaxIdentifier, [new("Invoicing", LegalBasis.LegalObligation, "P7Y", "after the end of the financial year")], ErasureStrategy.Retain, RedactionKind.Erase, 18),
            Field("Mailing.LoginEvent", "IpAddress", "customer", DataCategory.IpAddress, [new("Login", LegalBasis.LegitimateInterests, "P30D", null)], ErasureStrategy.Clear, RedactionKind.TruncateIp, 7),
            Field("Mailing.Subscriber", "Email", "subscriber", DataCategory.EmailAddress, [new("Newsletter", LegalBasis.Consent, "P2Y", "after consent is withdrawn")], ErasureStrategy.Pseudonymize, RedactionKind.KeyedHash, 10),
            Field("Mailing.Subscriber", "FirstName", "subscriber", DataCategory.Name, [new("Newsletter", LegalBasis.Consent, "P2Y", "after consent is withdrawn")], ErasureStrategy.Clear, RedactionKind.Mask, 13),
        ]);

    /// <summary>A project that declares purposes but nothing else: no controller, no recipients, no fields yet.</summary>
    public static ProcessingRecord Empty() => new(
        1, "Empty", null, null,
        [new PurposeEntry("Support", null, LegalBasis.Contract, "Art. 6(1)(b)", [], "P1Y", null, [], [], [], [], [])],
        [], [], [], [], [], [], []);

    private static FieldEntry Field(string type, string name, string subject, DataCategory category, FieldPurpose[] purposes, ErasureStrategy erasure, RedactionKind redaction, int line) =>
        new(type + "." + name, type, name, subject, category, null, purposes, erasure, redaction,
            new SourceLocation("Model/" + type.Substring(type.IndexOf('.', StringComparison.Ordinal) + 1) + ".cs", line));
}
