using Pii;

[assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", Description = "Newsletters and offers the subject opted in to")]
[assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", RetentionTrigger = "after the last ticket is closed")]
[assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P30D", RetentionTrigger = "after the account is closed")]
[assembly: ProcessingPurpose("Tax", LegalBasis.LegalObligation, Retention = "P7Y")]
