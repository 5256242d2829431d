using System;
using System.Collections.Generic;
using Pii;

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>Numbers of every width and kind: each is exported through the writer for its own type.</summary>
    public class Measurements
    {
        [SensitivePersonalData("Account", SpecialCategory.Health, SpecialCategoryCondition.ExplicitConsent, Category = DataCategory.Other)]
        public double? BloodSugar { get; set; }

        [SensitivePersonalData("Account", SpecialCategory.Health, SpecialCategoryCondition.ExplicitConsent, Category = DataCategory.Other)]
        public float Pulse { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public float Height { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public double? Weight { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public decimal Salary { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public short Floor { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public sbyte Offset { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public uint Visits { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public ulong? Points { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public byte Shoe { get; set; }
    }

    /// <summary>Reviewed members of other types than text: shown in the redacted view as they are, and null as null.</summary>
    public class Reminder
    {
        [NotPersonalData("how often a reminder was snoozed says nothing about the person")]
        public int? Snoozes { get; set; }

        [NotPersonalData("when the reminder is due, not about the person")]
        public DateTime? DueAt { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Note { get; set; }
    }

    /// <summary>A job applicant as a positional record: init-only members, written through [UnsafeAccessor].</summary>
    [DataSubject(Kind = "job applicant", Key = nameof(ApplicantId))]
    public sealed record Applicant(
        Guid ApplicantId,
        [property: PersonalData("Recruitment", "P6M", LegalBasis.Consent, Category = DataCategory.Name)] string FullName,
        [property: SensitivePersonalData("Recruitment", "P6M", LegalBasis.Consent, SpecialCategory.Health, SpecialCategoryCondition.ExplicitConsent, Category = DataCategory.Other)] string? HealthNotes)
    {
        [PersonalData("Recruitment", "P6M", LegalBasis.Consent, Category = DataCategory.Career)]
        public IReadOnlyList<string> Employers { get; init; } = Array.Empty<string>();

        [PersonalData("Recruitment", "P6M", LegalBasis.Consent, Category = DataCategory.Education)]
        private string? _school;

        [PersonalData("Recruitment", "P6M", LegalBasis.Consent, Category = DataCategory.Family)]
        public int Children { get; init; }

        public string? School => _school;

        public Applicant WithSchool(string school)
        {
            _school = school;
            return this;
        }
    }

    /// <summary>A generic base entity with tags: derived types inherit them.</summary>
    public abstract class AuditedEntity<TKey>
        where TKey : notnull
    {
        public TKey Id { get; set; } = default!;

        [PersonalData("Audit", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.AccountIdentifier)]
        public string? CreatedBy { get; set; }
    }

    public class SupportTicket : AuditedEntity<Guid>
    {
        public int CustomerId { get; set; }

        [PersonalData("Support", Category = DataCategory.Correspondence)]
        public string Body { get; set; } = "";

        [PersonalData("Support", Category = DataCategory.CallRecording, Erasure = ErasureStrategy.Clear)]
        public byte[]? Recording { get; set; }

        public DateTime OpenedAt { get; set; }

        [PersonalData("Support", Category = DataCategory.Other)]
        public DateTime? LastContactAt { get; set; }

        [PersonalData("Support", Category = DataCategory.Other)]
        public decimal Rating { get; set; }
    }

    /// <summary>A visit whose IP address is truncated in logs (the Sendtex case); a derived type adds a member.</summary>
    public class WebsiteVisit
    {
        [PersonalData("Analytics", "P14M", LegalBasis.Consent, Category = DataCategory.IpAddress)]
        public string? IpAddress { get; set; }

        [PersonalData("Analytics", "P14M", LegalBasis.Consent, Category = DataCategory.DeviceIdentifier)]
        public Guid CookieId { get; set; }
    }

    public class TrackedVisit : WebsiteVisit
    {
        [PersonalData("Analytics", "P14M", LegalBasis.Consent, Category = DataCategory.BrowsingBehaviour)]
        public string[]? Pages { get; set; }
    }

    public static class Outer
    {
        public class Inner
        {
            [PersonalData("Support", Category = DataCategory.Name)]
            public string? Nickname { get; set; }
        }
    }

    public class Lead
    {
        [PersonalData("Marketing", Category = DataCategory.EmailAddress, Erasure = ErasureStrategy.Anonymize)]
        public string Email { get; set; } = "";

        [PersonalData("Marketing", Category = DataCategory.Professional)]
        public string? Company;
    }
}

namespace Pii.Runtime.Tests.Crm
{
    /// <summary>Has the same name as the type in the other namespace: both get their own generated class.</summary>
    public class Lead
    {
        [PersonalData("Support", Category = DataCategory.PhoneNumber)]
        public string? Phone { get; set; }
    }
}
