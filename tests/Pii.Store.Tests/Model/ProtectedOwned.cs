using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Pii;
using Pii.Encryption;

[assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P10Y", Description = "Treating the patient")]

namespace Pii.Store.Tests.Model.ProtectedOwned
{
    // Encrypted members inside the objects EF Core keeps in their owner: an owned type in the owner's table (with one
    // inside it), the same type in a table of its own, an owned type as JSON, a complex property, collections of owned
    // types in tables of their own (one element type with a key of its own, one without) and a complex collection as JSON.
    // Each must reach the database as ciphertext.
    [DataSubject(Kind = "patient", DeleteCascades = true)]
    public class Patient
    {
        public int Id { get; set; }

        /// <summary>Not encrypted: the control that shows the leak check can find a value.</summary>
        [PersonalData("Care", Category = DataCategory.Name)]
        public string? Name { get; set; }

        /// <summary>Encrypted on the entity itself: its rows are re-encrypted for it and for their owned objects together.</summary>
        [PersonalData("Care", Category = DataCategory.EmailAddress, Protection = Protection.Encrypted)]
        public string? Email { get; set; }

        public HomeAddress Home { get; set; } = new();

        /// <summary>The same owned type at a second path.</summary>
        public HomeAddress? Work { get; set; }

        /// <summary>A collection of owned types whose element has a key of its own (EF Core's usual OwnsMany).</summary>
        public List<Allergy> Allergies { get; set; } = new();

        public EmergencyContact? Emergency { get; set; }

        public InsurancePolicy? Insurance { get; set; }

        public PaymentCard Card { get; set; } = new();

        public List<PhoneNumber> Phones { get; set; } = new();

        public List<Visit> Visits { get; set; } = new();

        /// <summary>
        /// A complex property of a struct type: encrypted like the others, but neither exported nor erased (generated code
        /// does not follow into a struct), which PII013 reports here.
        /// </summary>
        public Money Balance { get; set; }
    }

    public struct Money
    {
        [PersonalData("Care", Category = DataCategory.PaymentData, Protection = Protection.Encrypted)]
        public decimal? Amount { get; set; }
    }

    /// <summary>No tag of its own or in objects Pii follows: its reminders' elements have a key of their own.</summary>
    public class Appointment
    {
        public int Id { get; set; }

        public int PatientId { get; set; }

        public List<Reminder> Reminders { get; set; } = new();
    }

    public class Reminder
    {
        public int Id { get; set; }

        [PersonalData("Care", Category = DataCategory.Correspondence, Protection = Protection.Encrypted)]
        public string? Text { get; set; }
    }

    public class HomeAddress
    {
        [PersonalData("Care", Category = DataCategory.PostalAddress, Protection = Protection.Encrypted)]
        public string? Street { get; set; }

        /// <summary>Tagged, not encrypted: stored as it is, beside the encrypted street.</summary>
        [PersonalData("Care", Category = DataCategory.PostalAddress)]
        public string? City { get; set; }

        public GeoPoint Location { get; set; } = new();
    }

    public class GeoPoint
    {
        [PersonalData("Care", Category = DataCategory.Geolocation, Protection = Protection.Encrypted)]
        public double? Latitude { get; set; }
    }

    public class EmergencyContact
    {
        [PersonalData("Care", Category = DataCategory.PhoneNumber, Protection = Protection.Encrypted)]
        public string? Phone { get; set; }
    }

    public class InsurancePolicy
    {
        [PersonalData("Care", Category = DataCategory.AccountIdentifier, Protection = Protection.Encrypted)]
        public string? Number { get; set; }

        [PersonalData("Care", Category = DataCategory.Other, Protection = Protection.Encrypted)]
        public DateOnly? ValidUntil { get; set; }
    }

    public class PaymentCard
    {
        [PersonalData("Care", Category = DataCategory.PaymentData, Protection = Protection.Encrypted)]
        public string? Pan { get; set; }
    }

    public class PhoneNumber
    {
        [PersonalData("Care", Category = DataCategory.PhoneNumber, Protection = Protection.Encrypted)]
        public string? Number { get; set; }
    }

    public class Allergy
    {
        public int Id { get; set; }

        [PersonalData("Care", Category = DataCategory.Other, Protection = Protection.Encrypted)]
        public string? Substance { get; set; }
    }

    public class Visit
    {
        [PersonalData("Care", Category = DataCategory.Correspondence, Protection = Protection.Encrypted)]
        public string? Note { get; set; }
    }

    /// <summary>How <see cref="ClinicContext"/> calls <c>ConfigureProtection</c>.</summary>
    public enum ProtectionCall
    {
        /// <summary>After the owned types are configured, as docs/encryption.md says.</summary>
        AfterOwnedTypes,

        /// <summary>Before them: the owned types are not in the model yet.</summary>
        BeforeOwnedTypes,

        /// <summary>Not at all: the store must refuse to work.</summary>
        Forgotten,

        /// <summary>After the owned types, but with the home address stored as one value (a value converter to JSON text).</summary>
        HomeAsOneValue,

        /// <summary>After the owned types except the allergies, whose element EF Core has found as an entity with a key.</summary>
        BeforeAllergies,

        /// <summary>Before the balance's complex property, a struct EF Core does not find by itself.</summary>
        BeforeBalance,
    }

    public class ClinicContext : DbContext
    {
        public ClinicContext(DbContextOptions<ClinicContext> options, IPersonalDataKeyRing keyRing, ProtectionCall call = ProtectionCall.AfterOwnedTypes)
            : base(options)
        {
            KeyRing = keyRing;
            Call = call;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public ProtectionCall Call { get; }

        public DbSet<Patient> Patients => Set<Patient>();

        public DbSet<Appointment> Appointments => Set<Appointment>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            if (Call == ProtectionCall.BeforeOwnedTypes)
            {
                ClinicContextPersonalData.ConfigureProtection(modelBuilder, KeyRing);
            }

            if (Call == ProtectionCall.HomeAsOneValue)
            {
                modelBuilder.Entity<Patient>().Property(p => p.Home).HasConversion(
                    home => System.Text.Json.JsonSerializer.Serialize(home, (System.Text.Json.JsonSerializerOptions?)null),
                    text => System.Text.Json.JsonSerializer.Deserialize<HomeAddress>(text, (System.Text.Json.JsonSerializerOptions?)null)!);
            }
            else
            {
                modelBuilder.Entity<Patient>().OwnsOne(p => p.Home, home => home.OwnsOne(h => h.Location));
                modelBuilder.Entity<Patient>().Navigation(p => p.Home).IsRequired();
            }

            modelBuilder.Entity<Patient>().OwnsOne(p => p.Work, work =>
            {
                work.ToTable("PatientWorkAddresses");
                work.OwnsOne(w => w.Location);
            });
            if (Call != ProtectionCall.BeforeAllergies)
            {
                ConfigureAllergies(modelBuilder);
            }

            modelBuilder.Entity<Patient>().OwnsOne(p => p.Emergency, emergency => emergency.ToTable("PatientEmergencyContacts"));
            modelBuilder.Entity<Patient>().OwnsOne(p => p.Insurance, insurance => insurance.ToJson());
            modelBuilder.Entity<Patient>().ComplexProperty(p => p.Card);
            modelBuilder.Entity<Patient>().OwnsMany(p => p.Phones, phones =>
            {
                phones.ToTable("PatientPhones");
                phones.Property<int>("Id");
                phones.HasKey("Id");
            });
            modelBuilder.Entity<Patient>().ComplexCollection(p => p.Visits, visits => visits.ToJson());
            modelBuilder.Entity<Appointment>().OwnsMany(a => a.Reminders, reminders =>
            {
                reminders.ToTable("AppointmentReminders");
                reminders.HasKey(r => r.Id);
            });
            if (Call != ProtectionCall.BeforeBalance)
            {
                modelBuilder.Entity<Patient>().ComplexProperty(p => p.Balance);
            }

            if (Call is ProtectionCall.AfterOwnedTypes or ProtectionCall.HomeAsOneValue or ProtectionCall.BeforeAllergies or ProtectionCall.BeforeBalance)
            {
                ClinicContextPersonalData.ConfigureProtection(modelBuilder, KeyRing);
            }

            if (Call == ProtectionCall.BeforeBalance)
            {
                modelBuilder.Entity<Patient>().ComplexProperty(p => p.Balance);
            }

            if (Call == ProtectionCall.BeforeAllergies)
            {
                ConfigureAllergies(modelBuilder);
            }
        }

        private static void ConfigureAllergies(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<Patient>().OwnsMany(p => p.Allergies, allergies =>
            {
                allergies.ToTable("PatientAllergies");
                allergies.HasKey(a => a.Id);
            });

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.ReplaceService<IModelCacheKeyFactory, ClinicModelPerKeyRing>();
    }

    /// <summary>
    /// A context none of whose entities has a tagged member Pii follows for export and erasure: its only personal data is
    /// encrypted, in elements with a key of their own. It still gets ConfigureProtection and ReencryptAsync.
    /// </summary>
    public class ReminderContext : DbContext
    {
        public ReminderContext(DbContextOptions<ReminderContext> options, IPersonalDataKeyRing keyRing)
            : base(options)
        {
            KeyRing = keyRing;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public DbSet<Appointment> Appointments => Set<Appointment>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Appointment>().OwnsMany(a => a.Reminders, reminders =>
            {
                reminders.ToTable("AppointmentReminders");
                reminders.HasKey(r => r.Id);
            });
            ReminderContextPersonalData.ConfigureProtection(modelBuilder, KeyRing);
        }

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.ReplaceService<IModelCacheKeyFactory, ClinicModelPerKeyRing>();
    }

    /// <summary>The model kept per key ring (and call), as the protected model's is (docs/encryption.md).</summary>
    public sealed class ClinicModelPerKeyRing : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) => context switch
        {
            ClinicContext clinic => (context.GetType(), clinic.KeyRing, clinic.Call, designTime),
            ReminderContext reminders => (context.GetType(), reminders.KeyRing, designTime),
            _ => (context.GetType(), designTime),
        };
    }
}
