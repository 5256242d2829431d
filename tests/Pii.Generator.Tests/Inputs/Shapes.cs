using System;
using System.Collections.Generic;
using Pii;

[assembly: ProcessingPurpose("Recruitment", LegalBasis.Consent, Retention = "P6M", Description = "Assessing applications")]
[assembly: ProcessingPurpose("Audit", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Knowing who changed what")]
[assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Answering questions")]
[assembly: ProcessingPurpose("Invoicing", LegalBasis.LegalObligation, Retention = "P7Y", Description = "Invoices")]
[assembly: ProcessingPurpose("Analytics", LegalBasis.Consent, Retention = "P14M", Description = "Measuring use of the site")]
[assembly: DataController("Shapes Ltd", Contact = "privacy@shapes.example")]
[assembly: SecurityMeasure("Personal data is encrypted at rest")]

namespace Shapes
{
    [DataSubject(Key = nameof(ApplicantId))]
    public sealed record Applicant(
        Guid ApplicantId,
        [property: SensitivePersonalData("Recruitment", "P6M", LegalBasis.Consent, SpecialCategory.Health, SpecialCategoryCondition.ExplicitConsent)] string? Health)
    {
        [PersonalData("Recruitment", "P6M", LegalBasis.Consent, Category = DataCategory.Career)]
        public IReadOnlyList<string> Employers { get; init; } = Array.Empty<string>();

        [PersonalData("Recruitment", "P6M", LegalBasis.Consent, Category = DataCategory.Education)]
        private readonly string? _school;
    }

    public abstract class Entity<TKey>
        where TKey : notnull, IComparable<TKey>
    {
        [PersonalData("Audit", "P1Y", LegalBasis.LegitimateInterests)]
        public string? CreatedBy { get; set; }
    }

    public class Ticket : Entity<int>
    {
        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Erasure = ErasureStrategy.DeleteRecord)]
        public byte[]? Recording { get; set; }

        [PersonalData("Invoicing", "P7Y", LegalBasis.LegalObligation, RetentionStartsAt = nameof(OpenedAt), Erasure = ErasureStrategy.Retain)]
        public decimal Amount { get; set; }

        public DateTimeOffset OpenedAt { get; set; }
    }

    public static class Outer
    {
        internal class Inner
        {
            [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.PhoneNumber, Erasure = ErasureStrategy.Anonymize)]
            public string Phone = "";
        }
    }
}

namespace Other
{
    public class Customer
    {
        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.EmailAddress, Redaction = RedactionKind.KeyedHash)]
        public string? Email { get; set; }

        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests)]
        public string? @event { get; set; }
    }
}

public class Visitor
{
    [PersonalData("Analytics", "P14M", LegalBasis.Consent, Category = DataCategory.IpAddress)]
    public string? Ip { get; set; }
}
