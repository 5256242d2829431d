using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Pii.Store.Tests.Model.Owned
{
    // The ways EF Core keeps an object inside its owner, each holding tagged members that EraseAsync must reach: an owned
    // type in the owner's table (with an owned type inside it), an owned type in a table of its own, an owned type stored
    // as JSON, and a complex property. Profile is a plain entity reached by a navigation: Pii reads it as owned, but
    // EF Core does not load it with its owner.
    [DataSubject(Kind = "shopper")]
    public class Shopper
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Name { get; set; }

        public PostalAddress? Home { get; set; }

        public Payment Payment { get; set; } = new();

        /// <summary>A complex collection (EF Core 10), stored as JSON in the shopper's row.</summary>
        public List<Card> Cards { get; set; } = new();

        /// <summary>An owned object stored as JSON in the shopper's row, erased and saved (not deleted).</summary>
        public Settings? Settings { get; set; }

        // Primitive collections (EF Core 8+): a JSON column on SQLite, an array on PostgreSQL.
        [PersonalData("Account", Category = DataCategory.PhoneNumber)]
        public List<string> Phones { get; set; } = new();

        [PersonalData("Account", Category = DataCategory.Name, Erasure = ErasureStrategy.Anonymize)]
        public string[] Nicknames { get; set; } = [];

        [PersonalData("Account", Category = DataCategory.Preferences)]
        public List<string>? Interests { get; set; }

        /// <summary>A collection of owned objects (EF Core's OwnsMany, in a table of its own).</summary>
        public List<PastAddress> PastAddresses { get; set; } = new();

        public int? ProfileId { get; set; }

        public Profile? Profile { get; set; }
    }

    [Owned]
    public class PostalAddress
    {
        [PersonalData("Account", Category = DataCategory.PostalAddress)]
        public string? Street { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, Erasure = ErasureStrategy.Anonymize)]
        public string? City { get; set; }

        /// <summary>When the person moved out: the country's legal retention counts from it (from the request while null).</summary>
        public DateTime? MovedOutAt { get; set; }

        [PersonalData("Tax", Category = DataCategory.PostalAddress, RetentionStartsAt = nameof(MovedOutAt))]
        public string? Country { get; set; }

        public GeoPoint? Location { get; set; }
    }

    /// <summary>Owned with a key of its own: [Owned] makes it owned, where a class with a key would otherwise be an entity.</summary>
    [Owned]
    public class PastAddress
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress)]
        public string? Line { get; set; }
    }

    [Owned]
    public class GeoPoint
    {
        [PersonalData("Account", Category = DataCategory.Geolocation)]
        public double? Latitude { get; set; }
    }

    public class Card
    {
        [PersonalData("Account", Category = DataCategory.PaymentData)]
        public string? Number { get; set; }
    }

    public class Settings
    {
        [PersonalData("Account", Category = DataCategory.Preferences)]
        public string? Theme { get; set; }
    }

    [ComplexType]
    public class Payment
    {
        [PersonalData("Account", Category = DataCategory.PaymentData)]
        public string? Iban { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Erasure = ErasureStrategy.Pseudonymize)]
        public string? Holder { get; set; }
    }

    public class Profile
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Bio { get; set; }
    }

    /// <summary>
    /// Deleted on erasure with its destination (an owned type in a table of its own), once the customs note's legal
    /// retention, counted from the shipping date, has ended; a parcel shipped more recently stays, erased but for the note.
    /// </summary>
    public class Parcel
    {
        public int Id { get; set; }

        public int ShopperId { get; set; }

        public DateTime ShippedAt { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Erasure = ErasureStrategy.DeleteRecord)]
        public string? Label { get; set; }

        [PersonalData("Tax", Category = DataCategory.Other, Erasure = ErasureStrategy.DeleteRecord, RetentionStartsAt = nameof(ShippedAt))]
        public string? CustomsNote { get; set; }

        public Recipient? Destination { get; set; }
    }

    [Owned]
    public class Recipient
    {
        [PersonalData("Account", Category = DataCategory.Name)]
        public string? FullName { get; set; }
    }

    /// <summary>Deleted on erasure, but kept because its billing address holds a country under a legal obligation (Tax).</summary>
    public class Bill
    {
        public int Id { get; set; }

        public int ShopperId { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Erasure = ErasureStrategy.DeleteRecord)]
        public string? Label { get; set; }

        public PostalAddress? BillTo { get; set; }
    }

    /// <summary>A subject deleted on erasure, with its interests (an owned type stored as JSON).</summary>
    [DataSubject(Kind = "lead", DeleteCascades = true)]
    public class Lead
    {
        public int Id { get; set; }

        [PersonalData("Marketing", Category = DataCategory.EmailAddress, Erasure = ErasureStrategy.DeleteRecord)]
        public string? Email { get; set; }

        public Interests? Interests { get; set; }

        /// <summary>A collection of owned objects in a table of its own: deleted with the lead by the database's cascade.</summary>
        public List<Visit> Visits { get; set; } = new();
    }

    public class Visit
    {
        [PersonalData("Marketing", Category = DataCategory.BrowsingBehaviour)]
        public string? Page { get; set; }
    }

    public class Interests
    {
        [PersonalData("Marketing", Category = DataCategory.Other)]
        public string? Topics { get; set; }
    }

    public class ShopContext : DbContext
    {
        public ShopContext(DbContextOptions<ShopContext> options)
            : base(options)
        {
        }

        public DbSet<Shopper> Shoppers => Set<Shopper>();

        public DbSet<Parcel> Parcels => Set<Parcel>();

        public DbSet<Lead> Leads => Set<Lead>();

        public DbSet<Bill> Bills => Set<Bill>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            // Required: an owned object in its owner's table that holds another owned object must always exist (EF Core's rule).
            modelBuilder.Entity<Shopper>().Navigation(s => s.Home).IsRequired();
            modelBuilder.Entity<Bill>().Navigation(b => b.BillTo).IsRequired();
            modelBuilder.Entity<Shopper>().OwnsMany(s => s.PastAddresses, past =>
            {
                past.ToTable("ShopperPastAddresses");
                past.HasKey(a => a.Id);
            });
            modelBuilder.Entity<Bill>().HasOne<Shopper>().WithMany().HasForeignKey(b => b.ShopperId);
            modelBuilder.Entity<Parcel>().OwnsOne(p => p.Destination, destination => destination.ToTable("ParcelDestinations"));
            modelBuilder.Entity<Parcel>().HasOne<Shopper>().WithMany().HasForeignKey(p => p.ShopperId);
            modelBuilder.Entity<Lead>().OwnsOne(l => l.Interests, interests => interests.ToJson());
            modelBuilder.Entity<Lead>().OwnsMany(l => l.Visits, visits =>
            {
                visits.ToTable("LeadVisits");
                visits.Property<int>("Id");
                visits.HasKey("Id");
            });
            modelBuilder.Entity<Shopper>().OwnsOne(s => s.Settings, settings => settings.ToJson());
            modelBuilder.Entity<Shopper>().ComplexCollection(s => s.Cards, cards => cards.ToJson());
        }
    }
}
