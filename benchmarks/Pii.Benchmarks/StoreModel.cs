using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using Pii;

namespace Pii.Benchmarks.Store
{
    /// <summary>The store benchmarks' model: a contact with e-mail events, clicks and support notes (three dependent types).</summary>
    [DataSubject]
    public class BenchContact
    {
        public int Id { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.EmailAddress)]
        public string Email { get; set; } = "";

        public List<BenchEvent> Events { get; set; } = new();

        public List<BenchNote> Notes { get; set; } = new();
    }

    public class BenchEvent
    {
        public int Id { get; set; }

        public int BenchContactId { get; set; }

        [PersonalData("Statistics", "P14M", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress)]
        public string? Ip { get; set; }

        [PersonalData("Statistics", "P14M", LegalBasis.LegitimateInterests, Category = DataCategory.DeviceIdentifier)]
        public string? UserAgent { get; set; }

        public List<BenchClick> Clicks { get; set; } = new();
    }

    public class BenchClick
    {
        public int Id { get; set; }

        [SubjectLink(typeof(BenchEvent))]
        public int BenchEventId { get; set; }

        [PersonalData("Statistics", "P14M", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress)]
        public string? Ip { get; set; }
    }

    public class BenchNote
    {
        public int Id { get; set; }

        public int BenchContactId { get; set; }

        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.Correspondence)]
        public string? Text { get; set; }
    }

    public class BenchContext : DbContext
    {
        public BenchContext(DbContextOptions<BenchContext> options)
            : base(options)
        {
        }

        public DbSet<BenchContact> Contacts => Set<BenchContact>();

        public DbSet<BenchEvent> Events => Set<BenchEvent>();

        public DbSet<BenchClick> Clicks => Set<BenchClick>();

        public DbSet<BenchNote> Notes => Set<BenchNote>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<BenchEvent>().HasIndex(e => e.BenchContactId);
            modelBuilder.Entity<BenchClick>().HasIndex(c => c.BenchEventId);
            modelBuilder.Entity<BenchNote>().HasIndex(n => n.BenchContactId);
        }
    }
}
