using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Pii.Encryption;

namespace Pii.Store.Tests.Model.Protected
{
    /// <summary>A data subject with one encrypted member of every type the codec knows, and one plain member as the control.</summary>
    [DataSubject(Kind = "member", DeleteCascades = true)]
    public class Member
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted)]
        public string? Name { get; set; }

        /// <summary>Encrypted, and found by an equal value through its blind index (log-in by e-mail).</summary>
        [PersonalData("Account", Category = DataCategory.EmailAddress, Protection = Protection.Encrypted, BlindIndex = true)]
        public string? Email { get; set; }

        [PersonalData("Account", Category = DataCategory.Photo, Protection = Protection.Encrypted)]
        public byte[]? Photo { get; set; }

        [PersonalData("Account", Category = DataCategory.Preferences, Protection = Protection.Encrypted)]
        public bool? Newsletter { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, Protection = Protection.Encrypted)]
        public byte? Floor { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted)]
        public short? ShoeSize { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, Protection = Protection.Encrypted)]
        public int? HouseNumber { get; set; }

        [PersonalData("Account", Category = DataCategory.PaymentData, Protection = Protection.Encrypted)]
        public long? CardNumber { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted)]
        public float? Height { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted)]
        public double? Weight { get; set; }

        [PersonalData("Account", Category = DataCategory.PaymentData, Protection = Protection.Encrypted)]
        public decimal? Balance { get; set; }

        [PersonalData("Account", Category = DataCategory.AccountIdentifier, Protection = Protection.Encrypted)]
        public Guid? ExternalId { get; set; }

        [PersonalData("Account", Category = DataCategory.DateOfBirth, Protection = Protection.Encrypted)]
        public DateTime? BornAt { get; set; }

        [PersonalData("Account", Category = DataCategory.BrowsingBehaviour, Protection = Protection.Encrypted)]
        public DateTimeOffset? LastSeen { get; set; }

        [PersonalData("Account", Category = DataCategory.DateOfBirth, Protection = Protection.Encrypted)]
        public DateOnly? Birthday { get; set; }

        [PersonalData("Account", Category = DataCategory.Preferences, Protection = Protection.Encrypted)]
        public TimeOnly? WakesAt { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted, Erasure = ErasureStrategy.DeleteRecord)]
        public string? Motto { get; set; }

        /// <summary>Not encrypted: the control that shows the canary check can find a value.</summary>
        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Plain { get; set; }
    }

    /// <summary>A member with more to hide, in the same table (table-per-hierarchy): Email is still Member's column.</summary>
    public class VipMember : Member
    {
        [PersonalData("Account", Category = DataCategory.Preferences, Protection = Protection.Encrypted)]
        public string? Perk { get; set; }
    }

    /// <summary>A member's device, keyed by a Guid: its table is re-encrypted page by page by offset, not by key.</summary>
    public class Device
    {
        public Guid Id { get; set; }

        public int MemberId { get; set; }

        [PersonalData("Account", Category = DataCategory.DeviceIdentifier, Protection = Protection.Encrypted, Erasure = ErasureStrategy.DeleteRecord)]
        public string? PushToken { get; set; }
    }

    /// <summary>A note about a member: encrypted, deleted with the member, purged a year after its (plain) date.</summary>
    public class Note
    {
        public int Id { get; set; }

        public int MemberId { get; set; }

        public DateTime WrittenAt { get; set; }

        [PersonalData("Support", Category = DataCategory.Correspondence, Protection = Protection.Encrypted, Erasure = ErasureStrategy.DeleteRecord, RetentionStartsAt = nameof(WrittenAt))]
        public string? Text { get; set; }
    }

    /// <summary>A context whose encrypted members are configured with the key ring it is given.</summary>
    public class ProtectedContext : DbContext
    {
        /// <summary>The keys of the store operations and of the blind index, the same in every test.</summary>
        public static readonly PersonalDataStoreOptions StoreOptions = new()
        {
            HashKey = System.Text.Encoding.UTF8.GetBytes("protected-model-hash-key-0123456789"),
            BlindIndexKey = System.Text.Encoding.UTF8.GetBytes("protected-model-blind-index-key-0123"),
        };

        private readonly bool _blindIndexes;

        public ProtectedContext(DbContextOptions<ProtectedContext> options, IPersonalDataKeyRing keyRing, bool blindIndexes = true)
            : base(options)
        {
            KeyRing = keyRing;
            _blindIndexes = blindIndexes;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public DbSet<Member> Members => Set<Member>();

        public DbSet<VipMember> VipMembers => Set<VipMember>();

        public DbSet<Note> Notes => Set<Note>();

        public DbSet<Device> Devices => Set<Device>();

        public DbSet<PersonalDataKey> Keys => Set<PersonalDataKey>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Note>().HasOne<Member>().WithMany().HasForeignKey(n => n.MemberId).OnDelete(DeleteBehavior.Cascade);
            modelBuilder.Entity<Device>().HasOne<Member>().WithMany().HasForeignKey(d => d.MemberId).OnDelete(DeleteBehavior.Cascade);
            ProtectedContextPersonalData.ConfigureProtection(modelBuilder, KeyRing);
        }

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
        {
            optionsBuilder.ReplaceService<IModelCacheKeyFactory, ModelPerKeyRing>();
            if (_blindIndexes)
            {
                optionsBuilder.AddInterceptors(new ProtectedContextPersonalData.BlindIndexInterceptor(StoreOptions));
            }
        }
    }

    /// <summary>
    /// EF Core builds a context type's model once; the tests give each context its own key ring, so the model is kept
    /// per ring (docs/encryption.md: one ring per application is the normal case and needs none of this).
    /// </summary>
    public sealed class ModelPerKeyRing : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            context is ProtectedContext protectedContext ? (context.GetType(), protectedContext.KeyRing, designTime) : (context.GetType(), designTime);
    }

    /// <summary>The same entities, but OnModelCreating forgets ConfigureProtection: the store must refuse to work.</summary>
    public class ForgetfulContext : DbContext
    {
        public ForgetfulContext(DbContextOptions<ForgetfulContext> options)
            : base(options)
        {
        }

        public DbSet<Member> Members => Set<Member>();

        public DbSet<Note> Notes => Set<Note>();
    }
}
