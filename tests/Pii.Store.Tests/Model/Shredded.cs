using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Pii.Encryption;

namespace Pii.Store.Tests.Model.Shredded
{
    /// <summary>
    /// A data subject whose values are crypto-shredded: one member of every type the codec knows, encrypted under the
    /// patient's own key. <see cref="Insurer"/> is encrypted under the application's ring instead, and <see cref="Plain"/>
    /// is stored as it is (the controls).
    /// </summary>
    [DataSubject(Kind = "patient")]
    public class Patient
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Name { get; set; }

        [PersonalData("Account", Category = DataCategory.EmailAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Email { get; set; }

        [PersonalData("Account", Category = DataCategory.Photo, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public byte[]? Photo { get; set; }

        [PersonalData("Account", Category = DataCategory.Preferences, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public bool? Newsletter { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public byte? Floor { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public short? ShoeSize { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public int? HouseNumber { get; set; }

        [PersonalData("Account", Category = DataCategory.PaymentData, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public long? CardNumber { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public float? Height { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public double? Weight { get; set; }

        [PersonalData("Account", Category = DataCategory.PaymentData, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public decimal? Balance { get; set; }

        [PersonalData("Account", Category = DataCategory.AccountIdentifier, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public Guid? ExternalId { get; set; }

        [PersonalData("Account", Category = DataCategory.DateOfBirth, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public DateTime? BornAt { get; set; }

        [PersonalData("Account", Category = DataCategory.BrowsingBehaviour, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public DateTimeOffset? LastSeen { get; set; }

        [PersonalData("Account", Category = DataCategory.DateOfBirth, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public DateOnly? Birthday { get; set; }

        [PersonalData("Account", Category = DataCategory.Preferences, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public TimeOnly? WakesAt { get; set; }

        /// <summary>Encrypted under the application's ring, not the patient's key: cleared by erasure, never shredded.</summary>
        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted)]
        public string? Insurer { get; set; }

        /// <summary>Not encrypted: the control that shows the canary check can find a value.</summary>
        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Plain { get; set; }
    }

    /// <summary>A patient's visit: its notes are encrypted under the patient's key (one foreign key away).</summary>
    public class Visit
    {
        public int Id { get; set; }

        public int PatientId { get; set; }

        public DateTime At { get; set; }

        [PersonalData("Support", Category = DataCategory.Correspondence, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Notes { get; set; }
    }

    /// <summary>A context whose crypto-shredded members take their keys from the subject key table it is given.</summary>
    public class ShreddedContext : DbContext
    {
        public ShreddedContext(DbContextOptions<ShreddedContext> options, IPersonalDataKeyRing keyRing)
            : base(options)
        {
            KeyRing = keyRing;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public DbSet<Patient> Patients => Set<Patient>();

        public DbSet<Visit> Visits => Set<Visit>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Visit>().HasOne<Patient>().WithMany().HasForeignKey(v => v.PatientId).OnDelete(DeleteBehavior.Cascade);
            ShreddedContextPersonalData.ConfigureProtection(modelBuilder, KeyRing, this);
        }

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.ReplaceService<IModelCacheKeyFactory, ShreddedModelPerKeyRing>();
    }

    /// <summary>The model per key ring, as <see cref="Protected.ModelPerKeyRing"/>.</summary>
    public sealed class ShreddedModelPerKeyRing : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            context is ShreddedContext shredded ? (context.GetType(), shredded.KeyRing, designTime) : (context.GetType(), designTime);
    }
}
