using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using Pii.Erasure;
using Pii.Store;

namespace Pii.Benchmarks.Store.Owned
{
    /// <summary>
    /// What an owned object costs <c>EraseAsync</c>: eleven subjects with 2,000 notes each in a SQLite file, every note
    /// signed with a name and a place. In <see cref="OwnedContext"/> the signature is an owned object, erased on the loaded
    /// rows and saved; in <see cref="FlatContext"/> the same two values are columns of the note, erased by a statement. The
    /// third method is what code without Pii does with the owned model: load, modify, <c>SaveChanges</c>.
    /// Each erasure starts from a fresh copy of its file.
    /// </summary>
    [MemoryDiagnoser]
    public class OwnedStoreBenchmarks
    {
        private const int Subject = 1;
        private const int Subjects = 11;
        private const int NotesPerSubject = 2_000;

        private static readonly PersonalDataStoreOptions Options = new() { HashKey = new byte[32] };
        private readonly SqliteCopies _files = new("pii-owned-bench", "owned", "flat");

        private string OwnedWork => _files.Work("owned");

        private string FlatWork => _files.Work("flat");

        [GlobalSetup]
        public void Setup()
        {
            // Both erasures must erase the same values: the e-mail address, and text, name and place of 2,000 notes.
            _files.Prepare(() => CreateTemplates(_files.Template("owned"), _files.Template("flat")));
            int flat = Erased(FlatContext.Open(FlatWork));
            int owned = Erased(OwnedContext.Open(OwnedWork));
            if (flat != owned || flat != 1 + (3 * NotesPerSubject))
            {
                throw new InvalidOperationException($"The erasures differ: {flat} values as columns, {owned} owned.");
            }
        }

        private static int Erased(DbContext db)
        {
            using (db)
            {
                SubjectErasureReceipt receipt = db switch
                {
                    FlatContext flat => flat.PersonalData(Options).EraseAsync(Subject, ErasureRequest.Everything(DateTimeOffset.UtcNow)).GetAwaiter().GetResult(),
                    OwnedContext owned => owned.PersonalData(Options).EraseAsync(Subject, ErasureRequest.Everything(DateTimeOffset.UtcNow)).GetAwaiter().GetResult(),
                    _ => throw new ArgumentException("Unknown context.", nameof(db)),
                };
                return receipt.Entities.SelectMany(e => e.Members).Where(m => m.Outcome == ErasureOutcome.Cleared).Sum(m => m.Rows);
            }
        }

        [IterationSetup]
        public void FreshCopies() => _files.Refresh();

        [Benchmark(Baseline = true, Description = "EraseAsync, signature as columns (statements)")]
        public async Task<int> EraseFlat()
        {
            await using FlatContext db = FlatContext.Open(FlatWork);
            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(Subject, ErasureRequest.Everything(DateTimeOffset.UtcNow));
            return receipt.Statements;
        }

        [Benchmark(Description = "EraseAsync, signature owned (loaded rows)")]
        public async Task<int> EraseOwned()
        {
            await using OwnedContext db = OwnedContext.Open(OwnedWork);
            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(Subject, ErasureRequest.Everything(DateTimeOffset.UtcNow));
            return receipt.Statements;
        }

        [Benchmark(Description = "load, modify, SaveChanges (owned)")]
        public async Task<int> LoadModifySaveOwned()
        {
            await using OwnedContext db = OwnedContext.Open(OwnedWork);
            await using var transaction = await db.Database.BeginTransactionAsync();
            OwnedPerson person = await db.People.SingleAsync(p => p.Id == Subject);
            person.Email = "";
            foreach (OwnedNote note in await db.Notes.Where(n => n.OwnedPersonId == Subject).ToListAsync())
            {
                note.Text = null;
                if (note.Signature is { } signature)
                {
                    signature.Name = null;
                    signature.Place = null;
                }
            }

            int changed = await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return changed;
        }

        /// <summary>Writes both files with the same values, and checks that both erasures erase the same number of values.</summary>
        public static void CreateTemplates(string owned, string flat)
        {
            using (OwnedContext db = OwnedContext.Open(owned))
            {
                db.Database.EnsureCreated();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (int subject = 1; subject <= Subjects; subject++)
                {
                    var person = new OwnedPerson { Id = subject, Email = $"person{subject}@example.com" };
                    for (int i = 0; i < NotesPerSubject; i++)
                    {
                        person.Notes.Add(new OwnedNote { Text = $"Note {i} about person {subject}", Signature = new Signature { Name = $"Signer {i}", Place = $"Place {i % 50}" } });
                    }

                    db.People.Add(person);
                    db.SaveChanges();
                    db.ChangeTracker.Clear();
                }
            }

            using (FlatContext db = FlatContext.Open(flat))
            {
                db.Database.EnsureCreated();
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                for (int subject = 1; subject <= Subjects; subject++)
                {
                    var person = new FlatPerson { Id = subject, Email = $"person{subject}@example.com" };
                    for (int i = 0; i < NotesPerSubject; i++)
                    {
                        person.Notes.Add(new FlatNote { Text = $"Note {i} about person {subject}", SignatureName = $"Signer {i}", SignaturePlace = $"Place {i % 50}" });
                    }

                    db.People.Add(person);
                    db.SaveChanges();
                    db.ChangeTracker.Clear();
                }
            }
        }
    }

    [DataSubject]
    public class OwnedPerson
    {
        public int Id { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.EmailAddress)]
        public string Email { get; set; } = "";

        public List<OwnedNote> Notes { get; set; } = new();
    }

    public class OwnedNote
    {
        public int Id { get; set; }

        public int OwnedPersonId { get; set; }

        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.Correspondence)]
        public string? Text { get; set; }

        public Signature? Signature { get; set; }
    }

    [Owned]
    public class Signature
    {
        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.Name)]
        public string? Name { get; set; }

        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.Geolocation)]
        public string? Place { get; set; }
    }

    [DataSubject]
    public class FlatPerson
    {
        public int Id { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.EmailAddress)]
        public string Email { get; set; } = "";

        public List<FlatNote> Notes { get; set; } = new();
    }

    public class FlatNote
    {
        public int Id { get; set; }

        public int FlatPersonId { get; set; }

        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.Correspondence)]
        public string? Text { get; set; }

        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.Name)]
        public string? SignatureName { get; set; }

        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.Geolocation)]
        public string? SignaturePlace { get; set; }
    }

    public class OwnedContext : DbContext
    {
        public OwnedContext(DbContextOptions<OwnedContext> options)
            : base(options)
        {
        }

        public DbSet<OwnedPerson> People => Set<OwnedPerson>();

        public DbSet<OwnedNote> Notes => Set<OwnedNote>();

        public static OwnedContext Open(string file) =>
            new(new DbContextOptionsBuilder<OwnedContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<OwnedNote>().HasIndex(n => n.OwnedPersonId);
    }

    public class FlatContext : DbContext
    {
        public FlatContext(DbContextOptions<FlatContext> options)
            : base(options)
        {
        }

        public DbSet<FlatPerson> People => Set<FlatPerson>();

        public DbSet<FlatNote> Notes => Set<FlatNote>();

        public static FlatContext Open(string file) =>
            new(new DbContextOptionsBuilder<FlatContext>().UseSqlite($"Data Source={file};Pooling=False").Options);

        protected override void OnModelCreating(ModelBuilder modelBuilder) =>
            modelBuilder.Entity<FlatNote>().HasIndex(n => n.FlatPersonId);
    }
}
