using System;
using Mailing.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Pii.Encryption;
using Pii.Store;

namespace Mailing.Data;

/// <summary>The platform's database. Pii generates <c>db.PersonalData(options)</c> for it: export, erasure and purge per data subject.</summary>
public class MailingDb : DbContext
{
    private readonly IPersonalDataKeyRing _keyRing;

    public MailingDb(DbContextOptions<MailingDb> options, IPersonalDataKeyRing keyRing)
        : base(options)
    {
        _keyRing = keyRing;
    }

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<ContactList> ContactLists => Set<ContactList>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ContactConsent> ContactConsents => Set<ContactConsent>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignDelivery> Deliveries => Set<CampaignDelivery>();

    public DbSet<EmailEvent> EmailEvents => Set<EmailEvent>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<SupportTicket> SupportTickets => Set<SupportTicket>();

    public DbSet<JobApplicant> JobApplicants => Set<JobApplicant>();

    public DbSet<WebsiteVisit> WebsiteVisits => Set<WebsiteVisit>();

    /// <summary>Erased contacts' and customers' addresses, as keyed hashes: a later import of the same address is refused.</summary>
    public DbSet<SuppressedIdentifier> Suppressed => Set<SuppressedIdentifier>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite keeps a date as text without a time zone, and EF Core reads it back as DateTimeKind.Unspecified. Every
        // date the platform stores is UTC: read back as UTC, it is written with its Z in the API, the exports and the CSV.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The customer's content hangs off the account and its lists; deleting an account deletes it (cascade).
        modelBuilder.Entity<ContactList>().HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<Contact>().HasOne<ContactList>().WithMany().HasForeignKey(c => c.ContactListId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<ContactConsent>().HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<Campaign>().HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<CampaignDelivery>().HasOne<Contact>().WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<CampaignDelivery>().HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<CampaignDelivery>().HasIndex(d => new { d.CampaignId, d.ContactId }).IsUnique();
        modelBuilder.Entity<EmailEvent>().HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<EmailEvent>().HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<SupportTicket>().HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Cascade);

        // Invoices outlive the account's other data: the account row stays while one is held (Restrict).
        modelBuilder.Entity<Invoice>().HasOne<Account>().WithMany().HasForeignKey(i => i.AccountId).OnDelete(DeleteBehavior.Restrict);
        modelBuilder.Entity<Invoice>().Property(i => i.Amount).HasConversion<double>();

        // An address is on a list once, and signs in to one account, whatever its case: the endpoints check first and
        // answer 409, and these indexes hold when two requests pass the check at the same time (an erased or purged
        // address is null, which any number of rows may hold).
        modelBuilder.Entity<Contact>().Property(c => c.Email).UseCollation("NOCASE");
        modelBuilder.Entity<Contact>().HasIndex(c => new { c.ContactListId, c.Email }).IsUnique();
        modelBuilder.Entity<Account>().Property(a => a.Email).UseCollation("NOCASE");
        modelBuilder.Entity<Account>().HasIndex(a => a.Email).IsUnique();
        modelBuilder.Entity<EmailEvent>().HasIndex(e => e.ContactId);

        // The members tagged Protection.Encrypted (a contact's custom fields, a customer's phone and VAT number) are
        // stored encrypted under the application's key ring.
        MailingDbPersonalData.ConfigureProtection(modelBuilder, _keyRing, this);
    }

    /// <summary>Stores a date as UTC (a local time is converted) and reads it back as <see cref="DateTimeKind.Utc"/>.</summary>
    private sealed class UtcDateTimeConverter()
        : ValueConverter<DateTime, DateTime>(
            value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value,
            value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
