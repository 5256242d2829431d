using Pii;

// The purposes of processing of an e-mail marketing platform, as the five seed policies describe them
// (../shared/seeds). Tags on the entities in Model/ refer to them by name.

// The platform's own customers (the account holders): the platform is their controller.
[assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P30D", RetentionTrigger = "after the contract ends",
    Description = "Running the customer's account and contract")]
[assembly: ProcessingPurpose("Login", LegalBasis.Contract, Retention = "P30D", RetentionTrigger = "after the contract ends",
    Description = "Signing in to the platform")]
[assembly: ProcessingPurpose("ServiceNotices", LegalBasis.LegitimateInterests, Retention = "P30D", RetentionTrigger = "after the contract ends",
    Description = "Telling customers about maintenance, incidents and changes to the service")]
[assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", RetentionTrigger = "after consent was given",
    Description = "The platform's newsletter, for customers who opted in")]
[assembly: ProcessingPurpose("CustomerOffers", LegalBasis.LegitimateInterests, Retention = "P1Y", RetentionTrigger = "after the contract ends",
    Description = "Offers for similar services to existing customers (soft opt-in); an objection ends it at once")]
[assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P2Y", RetentionTrigger = "after the ticket was opened",
    Description = "Answering customers' support questions")]
[assembly: ProcessingPurpose("Invoicing", LegalBasis.LegalObligation, Retention = "P7Y", RetentionTrigger = "after the invoice date",
    Description = "Invoices, kept seven years for the tax authority")]
[assembly: ProcessingPurpose("Objections", LegalBasis.LegitimateInterests, Retention = "P5Y", RetentionTrigger = "after the objection",
    Description = "Remembering who objected to direct marketing, so that the objection keeps being honoured (Art. 21(3)); after an erasure the suppression list does")]

// The people on the customers' lists: the platform processes their data for the customer.
[assembly: ProcessingPurpose("Newsletter", LegalBasis.Consent, Retention = "P2Y", RetentionTrigger = "after the last consent",
    Description = "Sending the customer's campaigns to contacts who opted in")]
[assembly: ProcessingPurpose("ListManagement", LegalBasis.LegitimateInterests, Retention = "P2Y", RetentionTrigger = "after the contact left the list",
    Description = "Keeping the customer's lists: who is on them, who unsubscribed")]
[assembly: ProcessingPurpose("ConsentProof", LegalBasis.LegitimateInterests, Retention = "P3Y", RetentionTrigger = "after consent was withdrawn",
    Description = "Proof that and when a contact opted in (Art. 7(1)) and when they left, kept to answer complaints")]
[assembly: ProcessingPurpose("Statistics", LegalBasis.LegitimateInterests, Retention = "P14M", RetentionTrigger = "after the open or click",
    Description = "Opens and clicks of campaigns, for the customer's reports")]

// Job applicants.
[assembly: ProcessingPurpose("Recruitment", LegalBasis.Contract, Retention = "P4W", RetentionTrigger = "after the procedure ends",
    Description = "Running a job application procedure at the applicant's request")]

// What the record of processing (Art. 30) needs and the code cannot know. GET /privacy/record shows it.
[assembly: DataController("Pii Mailing BV", Contact = "privacy@mailing.example", Address = "Keizersgracht 1, 1015 CJ Amsterdam, NL")]
[assembly: DataProtectionOfficer("Data Protection Officer", Contact = "dpo@mailing.example")]
[assembly: DataRecipient("Hetzner Online", RecipientRole.Processor, Country = "DE", Description = "Hosting of the platform and its database")]
[assembly: DataRecipient("Stripe Payments Europe", RecipientRole.Processor, Purposes = new[] { "Invoicing" }, Country = "IE", Description = "Card payments")]
[assembly: DataRecipient("Zendesk", RecipientRole.Processor, Purposes = new[] { "Support" }, Country = "US", Description = "The support desk")]
[assembly: DataRecipient("Belastingdienst", RecipientRole.PublicAuthority, Purposes = new[] { "Invoicing" }, Country = "NL")]
[assembly: ThirdCountryTransfer("Zendesk", "US", TransferSafeguard.AdequacyDecision, Details = "EU-US Data Privacy Framework")]
[assembly: SecurityMeasure("Erased rows are overwritten in the database file (SQLite secure_delete)")]
[assembly: SecurityMeasure("Logs pass through Pii's redactors: no tagged value is written to a log")]
[assembly: SecurityMeasure("Suppressed addresses are kept only as keyed hashes (HMAC-SHA256)")]
