using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using Pii;
using Pii.Store;

[assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", Description = "Newsletters the contact opted in to")]
[assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Answering the contact's questions")]
[assembly: ProcessingPurpose("Statistics", LegalBasis.LegitimateInterests, Retention = "P14M", Description = "Measuring opens and clicks of campaigns")]
[assembly: ProcessingPurpose("Tax", LegalBasis.LegalObligation, Retention = "P7Y")]
[assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P30D")]

namespace Pii.Store.Tests.Model
{
    /// <summary>A contact in a customer's list: the data subject (the Flexmail case).</summary>
    [DataSubject(Kind = "contact")]
    public class Contact
    {
        public int Id { get; set; }

        [PersonalData("Marketing", Category = DataCategory.EmailAddress)]
        [PersonalData("Support")]
        public string Email { get; set; } = "";

        [PersonalData("Marketing", Category = DataCategory.Name)]
        public string? FirstName { get; set; }

        [PersonalData("Support", Category = DataCategory.PhoneNumber, Erasure = ErasureStrategy.Anonymize)]
        public string? Phone { get; set; }

        [PersonalData("Account", Category = DataCategory.AccountIdentifier, Erasure = ErasureStrategy.Pseudonymize)]
        public string? UserName { get; set; }

        [NotPersonalData("the list a contact is on says nothing about the person")]
        public string List { get; set; } = "main";

        public DateTime CreatedAt { get; set; }
    }

    /// <summary>An open of a campaign e-mail.</summary>
    public class EmailEvent
    {
        public int Id { get; set; }

        public int ContactId { get; set; }

        public DateTime OccurredAt { get; set; }

        [PersonalData("Statistics", Category = DataCategory.IpAddress, RetentionStartsAt = nameof(OccurredAt))]
        public string? Ip { get; set; }

        [PersonalData("Statistics", Category = DataCategory.DeviceIdentifier, RetentionStartsAt = nameof(OccurredAt))]
        public string? UserAgent { get; set; }
    }

    /// <summary>A click in an opened e-mail: linked to the contact through its e-mail event (contact → events → clicks).</summary>
    public class Click
    {
        public int Id { get; set; }

        [SubjectLink(typeof(EmailEvent))]
        public int EmailEventId { get; set; }

        [NotPersonalData("the campaign's link, the same for every recipient")]
        public string Url { get; set; } = "";

        [PersonalData("Statistics", Category = DataCategory.IpAddress, Erasure = ErasureStrategy.DeleteRecord)]
        public string? Ip { get; set; }
    }

    /// <summary>An invoice: kept seven years from its date for the tax authority (Flowmailer, Sendtex).</summary>
    public class Invoice
    {
        public int Id { get; set; }

        public int ContactId { get; set; }

        public DateTime IssuedOn { get; set; }

        [PersonalData("Tax", Category = DataCategory.Name, RetentionStartsAt = nameof(IssuedOn))]
        public string BillingName { get; set; } = "";

        [PersonalData("Tax", Category = DataCategory.TaxIdentifier, Erasure = ErasureStrategy.Retain, RetentionStartsAt = nameof(IssuedOn))]
        public string? VatNumber { get; set; }

        [PersonalData("Marketing", Category = DataCategory.EmailEngagement)]
        public string? CampaignCode { get; set; }

        public decimal Amount { get; set; }
    }

    /// <summary>A support note: deleted with the contact.</summary>
    public class SupportNote
    {
        public int Id { get; set; }

        public int ContactId { get; set; }

        [PersonalData("Support", Category = DataCategory.Correspondence, Erasure = ErasureStrategy.DeleteRecord)]
        public string Text { get; set; } = "";
    }

    public class MailingContext : DbContext
    {
        public MailingContext(DbContextOptions<MailingContext> options)
            : base(options)
        {
        }

        public DbSet<Contact> Contacts => Set<Contact>();

        public DbSet<EmailEvent> EmailEvents => Set<EmailEvent>();

        public DbSet<Click> Clicks => Set<Click>();

        public DbSet<Invoice> Invoices => Set<Invoice>();

        public DbSet<SupportNote> SupportNotes => Set<SupportNote>();

        public DbSet<SuppressedIdentifier> Suppressed => Set<SuppressedIdentifier>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<EmailEvent>().HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId);
            modelBuilder.Entity<Click>().HasOne<EmailEvent>().WithMany().HasForeignKey(c => c.EmailEventId);
            modelBuilder.Entity<Invoice>().HasOne<Contact>().WithMany().HasForeignKey(i => i.ContactId);
            modelBuilder.Entity<SupportNote>().HasOne<Contact>().WithMany().HasForeignKey(n => n.ContactId);
            modelBuilder.Entity<Invoice>().Property(i => i.Amount).HasPrecision(18, 2);
            modelBuilder.Entity<EmailEvent>().HasIndex(e => e.ContactId);
            modelBuilder.Entity<Click>().HasIndex(c => c.EmailEventId);
        }
    }
}
