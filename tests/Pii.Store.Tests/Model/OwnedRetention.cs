using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Pii.Store.Tests.Model.OwnedRetention
{
    // What the retention purge reaches on the loaded rows: members of an owned type in the owner's table, of owned objects
    // with a key of their own in a table of their own, of a complex property, and a collection of text no statement can
    // write, each with a retention date of its own. Purposes: Account P30D, Support P1Y, Marketing P2Y, Tax P7Y
    // (declared in Mailing.cs).
    [DataSubject(Kind = "guest")]
    public class Guest
    {
        public int Id { get; set; }

        /// <summary>Soft deletion: a query filter hides such guests from the application, not from the store.</summary>
        public bool Deleted { get; set; }

        /// <summary>No retention date: the purge reports it and leaves it.</summary>
        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Name { get; set; }

        /// <summary>Personal data itself, cleared 30 days after it; the members that count from it must still see it when they are decided.</summary>
        [PersonalData("Account", Category = DataCategory.Other, RetentionStartsAt = nameof(LeftAt))]
        public DateTime? LeftAt { get; set; }

        // PII003 says that the members below lose their date once LeftAt is cleared (a request for Account alone, or the purge
        // after 30 days), and are then kept with no end; this model tests the one run in which they are decided first.
#pragma warning disable PII003

        /// <summary>Anonymized by a statement of its own, which must run before the one that clears <see cref="LeftAt"/>.</summary>
        [PersonalData("Support", Category = DataCategory.Name, Erasure = ErasureStrategy.Anonymize, RetentionStartsAt = nameof(LeftAt))]
        public string? Nickname { get; set; }

        /// <summary>A collection that cannot be null: a statement would have to write an empty one, so it is purged in memory.</summary>
        [PersonalData("Support", Category = DataCategory.Name, RetentionStartsAt = nameof(LeftAt))]
        public List<string> Aliases { get; set; } = new();

        /// <summary>A legal hold with no empty value a statement could write: the purge reports it instead of clearing it.</summary>
        [PersonalData("Tax", Category = DataCategory.Other, Erasure = ErasureStrategy.Retain, RetentionStartsAt = nameof(LeftAt))]
        public byte[] Scan { get; set; } = [];
#pragma warning restore PII003

        public Residence? Home { get; set; }

        public List<Stay> Stays { get; set; } = new();

        public ContactCard Contact { get; set; } = new();

        /// <summary>An owned object whose only dated member is in an owned object inside it.</summary>
        public Workplace Work { get; set; } = new();
    }

    [Owned]
    public class Workplace
    {
        [PersonalData("Account", Category = DataCategory.Professional)]
        public string? Company { get; set; }

        public Badge Badge { get; set; } = new();
    }

    [Owned]
    public class Badge
    {
        public DateTime? ReturnedAt { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, RetentionStartsAt = nameof(ReturnedAt))]
        public string? Code { get; set; }
    }

    [Owned]
    public class Residence
    {
        public DateTime? MovedOutAt { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, RetentionStartsAt = nameof(MovedOutAt))]
        public string? Street { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, Erasure = ErasureStrategy.Anonymize, RetentionStartsAt = nameof(MovedOutAt))]
        public string? City { get; set; }

        /// <summary>Held on an erasure request; the purge ends the hold with its retention.</summary>
        [PersonalData("Tax", Category = DataCategory.PostalAddress, Erasure = ErasureStrategy.Retain, RetentionStartsAt = nameof(MovedOutAt))]
        public string? Country { get; set; }

        /// <summary>No retention date of the residence's own: the purge reports it and leaves it.</summary>
        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Directions { get; set; }
    }

    /// <summary>An owned collection element with a key of its own, in a table of its own; each element has its own date.</summary>
    [Owned]
    public class Stay
    {
        public int Id { get; set; }

        public DateOnly? CheckedOutOn { get; set; }

        [PersonalData("Support", Category = DataCategory.Other, Erasure = ErasureStrategy.Pseudonymize, RetentionStartsAt = nameof(CheckedOutOn))]
        public string? Plate { get; set; }
    }

    [ComplexType]
    public class ContactCard
    {
        public DateTime? LastContactAt { get; set; }

        [PersonalData("Marketing", Category = DataCategory.PhoneNumber, RetentionStartsAt = nameof(LastContactAt))]
        public string? Phone { get; set; }
    }

    /// <summary>Keyed by text: the purge pages through it by offset in key order instead of after the last integer key.</summary>
    public class Visa
    {
        [System.ComponentModel.DataAnnotations.Key]
        public string Number { get; set; } = "";

        public int GuestId { get; set; }

        public Badge Stamp { get; set; } = new();
    }

    /// <summary>
    /// Has an <c>Id</c>, but the model keys it by zone and id (the same id in every zone): the purge must not page it by
    /// <c>Id</c> alone, or rows sharing an id across a page boundary would be skipped.
    /// </summary>
    public class Pass
    {
        public string Zone { get; set; } = "";

        public int Id { get; set; }

        public int GuestId { get; set; }

        public Badge Stamp { get; set; } = new();
    }

    public class GuestContext : DbContext
    {
        public GuestContext(DbContextOptions<GuestContext> options)
            : base(options)
        {
        }

        public DbSet<Guest> Guests => Set<Guest>();

        public DbSet<Visa> Visas => Set<Visa>();

        public DbSet<Pass> Passes => Set<Pass>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            // Required: an owned object in its owner's table that holds another owned object must always exist (EF Core's rule).
            modelBuilder.Entity<Guest>().Navigation(g => g.Work).IsRequired();
            modelBuilder.Entity<Guest>().HasQueryFilter(g => !g.Deleted);
            modelBuilder.Entity<Visa>().HasOne<Guest>().WithMany().HasForeignKey(v => v.GuestId);
            modelBuilder.Entity<Pass>().HasKey(p => new { p.Zone, p.Id });
            modelBuilder.Entity<Pass>().Property(p => p.Id).ValueGeneratedNever();
            modelBuilder.Entity<Pass>().HasOne<Guest>().WithMany().HasForeignKey(p => p.GuestId);
            modelBuilder.Entity<Guest>().OwnsMany(g => g.Stays, stays =>
            {
                stays.ToTable("GuestStays");
                stays.HasKey(s => s.Id);
            });
        }
    }
}
