using Pii;

// The purposes of processing, declared once. Tags refer to them by name.
[assembly: ProcessingPurpose("Login", LegalBasis.LegitimateInterests, Retention = "P30D", RetentionTrigger = "after the account is closed", Description = "Signing in to the platform")]
[assembly: ProcessingPurpose("Service", LegalBasis.Contract, Retention = "P30D", RetentionTrigger = "after the account is closed")]
[assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", Description = "Newsletters the contact opted in to")]
[assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Answering the customer's support questions")]
[assembly: ProcessingPurpose("Tax", LegalBasis.LegalObligation, Retention = "P7Y", Description = "Invoices kept for the tax authority")]
