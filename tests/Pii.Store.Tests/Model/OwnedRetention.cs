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

        /// <summary>No retention date: the purge reports it and leaves it.</summary>
        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Name { get; set; }

        public DateTime? LeftAt { get; set; }

        /// <summary>A collection that cannot be null: a statement would have to write an empty one, so it is purged in memory.</summary>
        [PersonalData("Support", Category = DataCategory.Name, RetentionStartsAt = nameof(LeftAt))]
        public List<string> Aliases { get; set; } = new();

        public Residence? Home { get; set; }

        public List<Stay> Stays { get; set; } = new();

        public ContactCard Contact { get; set; } = new();
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

    public class GuestContext : DbContext
    {
        public GuestContext(DbContextOptions<GuestContext> options)
            : base(options)
        {
        }

        public DbSet<Guest> Guests => Set<Guest>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Guest>().OwnsMany(g => g.Stays, stays =>
            {
                stays.ToTable("GuestStays");
                stays.HasKey(s => s.Id);
            });
        }
    }
}
