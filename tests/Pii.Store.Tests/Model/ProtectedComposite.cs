using System;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Pii.Encryption;

namespace Pii.Store.Tests.Model.ProtectedComposite
{
    [DataSubject(Kind = "permit holder")]
    public class Holder
    {
        public int Id { get; set; }

        [PersonalData("Care", Category = DataCategory.Name, Protection = Protection.Encrypted)]
        public string? Name { get; set; }
    }

    /// <summary>
    /// Has an <c>Id</c>, but the model keys it by zone and id (the same id in every zone): re-encryption must not page it by
    /// <c>Id</c> alone, or rows sharing an id across a batch boundary would stay under the old key.
    /// </summary>
    public class Permit
    {
        public string Zone { get; set; } = "";

        public int Id { get; set; }

        public int HolderId { get; set; }

        [PersonalData("Care", Category = DataCategory.Other, Protection = Protection.Encrypted)]
        public string? Note { get; set; }
    }

    public class PermitContext : DbContext
    {
        public PermitContext(DbContextOptions<PermitContext> options, IPersonalDataKeyRing keyRing)
            : base(options)
        {
            KeyRing = keyRing;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public DbSet<Holder> Holders => Set<Holder>();

        public DbSet<Permit> Permits => Set<Permit>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Permit>().HasKey(p => new { p.Zone, p.Id });
            modelBuilder.Entity<Permit>().Property(p => p.Id).ValueGeneratedNever();
            modelBuilder.Entity<Permit>().HasOne<Holder>().WithMany().HasForeignKey(p => p.HolderId);
            PermitContextPersonalData.ConfigureProtection(modelBuilder, KeyRing);
        }

        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.ReplaceService<IModelCacheKeyFactory, ModelPerKeyRing>();
    }

    /// <summary>The model kept per key ring, as docs/encryption.md says a protected model must be.</summary>
    public sealed class ModelPerKeyRing : IModelCacheKeyFactory
    {
        public object Create(DbContext context, bool designTime) =>
            context is PermitContext permits ? (context.GetType(), permits.KeyRing, designTime) : (context.GetType(), designTime);
    }
}
