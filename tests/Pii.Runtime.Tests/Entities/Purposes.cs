using Pii;

[assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", Description = "Newsletters and offers the subject opted in to")]
[assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", RetentionTrigger = "after the last ticket is closed", Description = "Answering the subject's questions")]
[assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P30D", RetentionTrigger = "after the account is closed", Description = "The customer's account")]
[assembly: ProcessingPurpose("Tax", LegalBasis.LegalObligation, Retention = "P7Y", Description = "Invoices and the tax administration")]
[assembly: ProcessingPurpose("Payments", LegalBasis.LegalObligation, Retention = "P7Y", Description = "Collecting payments")]

// The rest of the record of processing (Art. 30): what the code cannot know.
[assembly: DataController("Test Shop BV", Contact = "privacy@shop.example", Address = "Keizersgracht 1, Amsterdam")]
[assembly: DataRecipient("Mailjet", RecipientRole.Processor, Purposes = new[] { "Marketing" }, Country = "FR")]
[assembly: DataRecipient("Amazon Web Services", RecipientRole.Processor, Country = "IE", Description = "Hosting")]
[assembly: ThirdCountryTransfer("Amazon Web Services", "US", TransferSafeguard.AdequacyDecision, Details = "EU-US Data Privacy Framework")]
[assembly: SecurityMeasure("Personal data is encrypted at rest")]

// Declared so that the long-form tags of these purposes (which give their own retention) inherit a description.
[assembly: ProcessingPurpose("Login", LegalBasis.LegitimateInterests, Retention = "P30D", Description = "Signing in to the account")]
[assembly: ProcessingPurpose("Security", LegalBasis.LegitimateInterests, Retention = "P90D", Description = "Detecting fraudulent sign-ups")]
[assembly: ProcessingPurpose("Analytics", LegalBasis.Consent, Retention = "P14M", Description = "Measuring how the website and e-mails are used")]
[assembly: ProcessingPurpose("Recruitment", LegalBasis.Consent, Retention = "P6M", Description = "Assessing the application")]
[assembly: ProcessingPurpose("Audit", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Knowing who changed what")]
