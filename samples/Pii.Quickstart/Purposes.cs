using Pii;

// The purposes of processing, declared once. Tags refer to them by name.
[assembly: ProcessingPurpose("Login", LegalBasis.LegitimateInterests, Retention = "P30D", RetentionTrigger = "after the account is closed", Description = "Signing in to the platform")]
[assembly: ProcessingPurpose("Service", LegalBasis.Contract, Retention = "P30D", RetentionTrigger = "after the account is closed", Description = "Running the customer's account")]
[assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", Description = "Newsletters the contact opted in to")]
[assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Answering the customer's support questions")]
[assembly: ProcessingPurpose("Tax", LegalBasis.LegalObligation, Retention = "P7Y", Description = "Invoices kept for the tax authority")]

// What the record of processing (Art. 30) needs and the code cannot know. Every build writes the record next to the
// output: bin/.../processing-record.json, .html (for the privacy officer), .fides.yml and .ico.csv.
[assembly: DataController("Mailing BV", Contact = "privacy@mailing.example", Address = "Keizersgracht 1, 1015 CJ Amsterdam")]
[assembly: DataProtectionOfficer("Privacy Officer", Contact = "dpo@mailing.example")]
[assembly: DataRecipient("Mailjet", RecipientRole.Processor, Purposes = new[] { "Marketing" }, Country = "FR", Description = "Sends the newsletter")]
[assembly: DataRecipient("Amazon Web Services", RecipientRole.Processor, Country = "IE", Description = "Hosting")]
[assembly: DataRecipient("Belastingdienst", RecipientRole.PublicAuthority, Purposes = new[] { "Tax" }, Country = "NL")]
[assembly: ThirdCountryTransfer("Amazon Web Services", "US", TransferSafeguard.StandardContractualClauses, Details = "SCC module 2, 2024")]
[assembly: SecurityMeasure("Personal data is encrypted at rest")]
[assembly: SecurityMeasure("Access to personal data is logged and reviewed monthly")]
