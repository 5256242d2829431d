using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Pii.Store;

namespace Pii.Benchmarks.Store.OwnedPurge
{
    /// <summary>
    /// What an owned object costs <c>PurgeExpiredAsync</c>: 20,000 visits in a SQLite file, each stamped with an IP address
    /// and a user agent whose one-year retention counts from the visit's time; half the visits are two years old. In
    /// <see cref="StampedContext"/> the stamp is an owned object, purged on the loaded rows and saved; in
    /// <see cref="FlatContext"/> the same values and date are columns of the visit, purged by statements. The third method
    /// is what code without Pii would write for the owned model: load only the expired visits, clear, <c>SaveChanges</c>.
    /// Each purge starts from a fresh copy of its file.
    /// </summary>
    [MemoryDiagnoser]
    public class OwnedPurgeBenchmarks
    {
        private const int Visitors = 20;
        private const int VisitsPerVisitor = 1_000;

        private static readonly PersonalDataStoreOptions Options = new() { HashKey = new byte[32] };
        private static readonly DateTime Now = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);
        private readonly SqliteCopies _files = new("pii-owned-purge-bench", "stamped", "flat");

        private string StampedWork => _files.Work("stamped");

        private string FlatWork => _files.Work("flat");

        [GlobalSetup]
        public void Setup()
        {
            // All three must clear the same values: the address and the agent of the 10,000 old visits.
            _files.Prepare(() => CreateTemplates(_files.Template("stamped"), _files.Template("flat")));
            int flat = PurgeFlat().GetAwaiter().GetResult();
            int stamped = PurgeStamped().GetAwaiter().GetResult();
            FreshCopies();
            int byHand = LoadExpiredModifySave().GetAwaiter().GetResult();
            int expected = 2 * Visitors * VisitsPerVisitor / 2;
            if (flat != expected || stamped != expected || byHand != expected / 2)
            {
                throw new InvalidOperationException($"The purges differ: {flat} values as columns, {stamped} owned, {byHand} visits by hand (expected {expected} values).");
            }
        }

        [IterationSetup]
        public void FreshCopies() => _files.Refresh();

        [Benchmark(Baseline = true, Description = "PurgeExpiredAsync, stamp as columns (statements)")]
        public async Task<int> PurgeFlat()
        {
            await using FlatContext db = FlatContext.Open(FlatWork);
            PurgeResult result = await db.PersonalData(Options).PurgeExpiredAsync(Now);
            return result.Changed;
        }

        [Benchmark(Description = "PurgeExpiredAsync, stamp owned (loaded rows)")]
        public async Task<int> PurgeStamped()
        {
            await using StampedContext db = StampedContext.Open(StampedWork);
            PurgeResult result = await db.PersonalData(Options).PurgeExpiredAsync(Now);
            return result.Changed;
        }

        [Benchmark(Description = "load expired, modify, SaveChanges (owned)")]
        public async Task<int> LoadExpiredModifySave()
        {
            await using StampedContext db = StampedContext.Open(StampedWork);
            await using var transaction = await db.Database.BeginTransactionAsync();
            DateTime cutoff = Now.AddYears(-1);
            var expired = await db.Visits.Where(v => v.Stamp!.At <= cutoff && (v.Stamp.Ip != null || v.Stamp.Agent != null)).ToListAsync();
            foreach (StampedVisit visit in expired)
            {
                visit.Stamp!.Ip = null;
                visit.Stamp.Agent = null;
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return expired.Count;
        }

        /// <summary>Writes both files with the same values.</summary>
        public static void CreateTemplates(string stamped, string flat)
        {
            using (StampedContext db = StampedContext.Open(stamped))
            {
                db.Database.EnsureCreated();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (int visitor = 1; visitor <= Visitors; visitor++)
                {
                    var person = new StampedVisitor { Id = visitor, Email = $"visitor{visitor}@example.com" };
                    for (int i = 0; i < VisitsPerVisitor; i++)
                    {
                        person.Visits.Add(new StampedVisit { Stamp = new Stamp { At = At(i), Ip = $"192.0.2.{i % 250}", Agent = $"Browser {i % 7}" } });
                    }

                    db.Visitors.Add(person);
                    db.SaveChanges();
                    db.ChangeTracker.Clear();
                }
            }

            using (FlatContext db = FlatContext.Open(flat))
            {
                db.Database.EnsureCreated();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (int visitor = 1; visitor <= Visitors; visitor++)
                {
                    var person = new FlatVisitor { Id = visitor, Email = $"visitor{visitor}@example.com" };
                    for (int i = 0; i < VisitsPerVisitor; i++)
                    {
                        person.Visits.Add(new FlatVisit { At = At(i), Ip = $"192.0.2.{i % 250}", Agent = $"Browser {i % 7}" });
                    }

                    db.Visitors.Add(person);
                    db.SaveChanges();
                    db.ChangeTracker.Clear();
                }
            }
        }

        /// <summary>Every other visit two years old, the others a month old.</summary>
        private static DateTime At(int i) => i % 2 == 0 ? Now.AddYears(-2).AddMinutes(i) : Now.AddDays(-30).AddMinutes(i);
    }

    [DataSubject]
    public class StampedVisitor
    {
        public int Id { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.EmailAddress)]
        public string Email { get; set; } = "";

        public List<StampedVisit> Visits { get; set; } = new();
    }

    public class StampedVisit
    {
        public int Id { get; set; }

        public int StampedVisitorId { get; set; }

        public Stamp? Stamp { get; set; }
    }

    [Owned]
    public class Stamp
    {
        public DateTime At { get; set; }

        [PersonalData("Security", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress, RetentionStartsAt = nameof(At))]
        public string? Ip { get; set; }

        [PersonalData("Security", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.DeviceIdentifier, RetentionStartsAt = nameof(At))]
        public string? Agent { get; set; }
    }

    [DataSubject]
    public class FlatVisitor
    {
        public int Id { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.EmailAddress)]
        public string Email { get; set; } = "";

        public List<FlatVisit> Visits { get; set; } = new();
    }

    public class FlatVisit
    {
        public int Id { get; set; }

        public int FlatVisitorId { get; set; }

        public DateTime At { get; set; }

        [PersonalData("Security", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress, RetentionStartsAt = nameof(At))]
        public string? Ip { get; set; }

        [PersonalData("Security", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.DeviceIdentifier, RetentionStartsAt = nameof(At))]
        public string? Agent { get; set; }
    }

    public class StampedContext : DbContext
    {
        public StampedContext(DbContextOptions<StampedContext> options)
            : base(options)
        {
        }

        public DbSet<StampedVisitor> Visitors => Set<StampedVisitor>();

        public DbSet<StampedVisit> Visits => Set<StampedVisit>();

        public static StampedContext Open(string file) =>
            new(new DbContextOptionsBuilder<StampedContext>().UseSqlite($"Data Source={file};Pooling=False").Options);
    }

    public class FlatContext : DbContext
    {
        public FlatContext(DbContextOptions<FlatContext> options)
            : base(options)
        {
        }

        public DbSet<FlatVisitor> Visitors => Set<FlatVisitor>();

        public DbSet<FlatVisit> Visits => Set<FlatVisit>();

        public static FlatContext Open(string file) =>
            new(new DbContextOptionsBuilder<FlatContext>().UseSqlite($"Data Source={file};Pooling=False").Options);
    }
}
