using System;
using System.ComponentModel.DataAnnotations.Schema;
using Microsoft.EntityFrameworkCore;

namespace Pii.Store.Tests.Model.NestedOwned
{
    // Objects with no tag of their own whose personal data is all in objects inside them, one and two levels down: an owned
    // type, a complex property, and an entity with no tag of its own either. Purposes: Account P30D, Support P1Y (Mailing.cs).
    [DataSubject(Kind = "courier")]
    public class Courier
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Name { get; set; }

        /// <summary>No tag of its own: the person to call is in <see cref="EmergencyContact.Details"/>.</summary>
        public EmergencyContact Emergency { get; set; } = new();

        /// <summary>A complex property with no tag of its own: the plate is in <see cref="Vehicle.Registration"/>.</summary>
        public Vehicle Vehicle { get; set; } = new();
    }

    [Owned]
    public class EmergencyContact
    {
        [NotPersonalData("one of a fixed list: partner, parent, friend")]
        public string? Relation { get; set; }

        public ContactDetails Details { get; set; } = new();
    }

    [Owned]
    public class ContactDetails
    {
        public DateTime? EndedAt { get; set; }

        [PersonalData("Account", Category = DataCategory.PhoneNumber, RetentionStartsAt = nameof(EndedAt))]
        public string? Phone { get; set; }

        [PersonalData("Support", Category = DataCategory.Name, Erasure = ErasureStrategy.Anonymize, RetentionStartsAt = nameof(EndedAt))]
        public string? FullName { get; set; }
    }

    [ComplexType]
    public class Vehicle
    {
        [NotPersonalData("the make and model of a company van")]
        public string? Model { get; set; }

        public Registration Registration { get; set; } = new();
    }

    [ComplexType]
    public class Registration
    {
        /// <summary>No retention date: the purge reports it.</summary>
        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Plate { get; set; }
    }

    /// <summary>An entity with no tag of its own; its personal data is two owned objects down.</summary>
    public class Route
    {
        public int Id { get; set; }

        public int CourierId { get; set; }

        public Leg Leg { get; set; } = new();
    }

    [Owned]
    public class Leg
    {
        public int Sequence { get; set; }

        public Stop Stop { get; set; } = new();
    }

    [Owned]
    public class Stop
    {
        public int Floor { get; set; }

        public Doorstep Doorstep { get; set; } = new();
    }

    [Owned]
    public class Doorstep
    {
        public DateTime? DeliveredAt { get; set; }

        [PersonalData("Support", Category = DataCategory.PostalAddress, RetentionStartsAt = nameof(DeliveredAt))]
        public string? Street { get; set; }
    }

    public class CourierContext : DbContext
    {
        public CourierContext(DbContextOptions<CourierContext> options)
            : base(options)
        {
        }

        public DbSet<Courier> Couriers => Set<Courier>();

        public DbSet<Route> Routes => Set<Route>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            // Required: an owned object in its owner's table that holds another owned object must always exist (EF Core's rule).
            modelBuilder.Entity<Courier>().Navigation(c => c.Emergency).IsRequired();
            modelBuilder.Entity<Courier>().OwnsOne(c => c.Emergency, emergency => emergency.Navigation(e => e.Details).IsRequired());
            modelBuilder.Entity<Route>().HasOne<Courier>().WithMany().HasForeignKey(r => r.CourierId);
            modelBuilder.Entity<Route>().Navigation(r => r.Leg).IsRequired();
            modelBuilder.Entity<Route>().OwnsOne(r => r.Leg, leg =>
            {
                leg.Navigation(l => l.Stop).IsRequired();
                leg.OwnsOne(l => l.Stop, stop => stop.Navigation(s => s.Doorstep).IsRequired());
            });
        }
    }
}
