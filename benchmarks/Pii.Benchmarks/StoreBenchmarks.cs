using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pii.Erasure;
using Pii.Export;
using Pii.Store;

namespace Pii.Benchmarks.Store
{
    /// <summary>
    /// One subject with 10,000 dependent rows (4,000 e-mail events, 4,000 clicks, 2,000 notes) among ten other subjects of
    /// the same size (110,000 rows) in a SQLite file. Erasure: generated set-based <c>EraseAsync</c> against loading the rows
    /// and <c>SaveChanges</c>; export: generated streaming <c>ExportAsync</c> against loading the graph with <c>Include</c>.
    /// Each erasure starts from a fresh copy of the database file.
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class StoreBenchmarks
    {
        public const int Subject = 1;
        private const int Subjects = 11;
        private const int EventsPerSubject = 4_000;
        private const int NotesPerSubject = 2_000;

        private static readonly PersonalDataStoreOptions Options = new() { HashKey = new byte[32] };
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "pii-store-bench");
        private string Template => Path.Combine(_directory, "template.db");
        private string Work => Path.Combine(_directory, "work.db");

        public static BenchContext Open(string file, IInterceptor? interceptor = null)
        {
            var options = new DbContextOptionsBuilder<BenchContext>().UseSqlite($"Data Source={file};Pooling=False");
            if (interceptor is not null)
            {
                options.AddInterceptors(interceptor);
            }

            return new BenchContext(options.Options);
        }

        [GlobalSetup]
        public void Setup()
        {
            Directory.CreateDirectory(_directory);
            if (!File.Exists(Template))
            {
                CreateTemplate(Template);
            }

            File.Copy(Template, Work, overwrite: true);
        }

        [IterationSetup(Targets = new[] { nameof(EraseAsync), nameof(LoadModifySaveChanges) })]
        public void FreshCopy()
        {
            SqliteConnection.ClearAllPools();
            File.Copy(Template, Work, overwrite: true);
        }

        [Benchmark(Baseline = true, Description = "EraseAsync (generated, set-based)")]
        [BenchmarkCategory("Erase")]
        public async Task<int> EraseAsync()
        {
            await using BenchContext db = Open(Work);
            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(Subject, ErasureRequest.Everything(DateTimeOffset.UtcNow));
            return receipt.Statements;
        }

        [Benchmark(Description = "load, modify, SaveChanges")]
        [BenchmarkCategory("Erase")]
        public async Task<int> LoadModifySaveChanges()
        {
            await using BenchContext db = Open(Work);
            return await LoadModifySaveAsync(db);
        }

        [Benchmark(Baseline = true, Description = "ExportAsync (generated, streaming)")]
        [BenchmarkCategory("Export")]
        public async Task<long> ExportAsync()
        {
            await using BenchContext db = Open(Work);
            SubjectExportResult result = await db.PersonalData().ExportAsync(Subject, Stream.Null);
            return result.Bytes;
        }

        [Benchmark(Description = "Include graph, then write")]
        [BenchmarkCategory("Export")]
        public async Task<long> IncludeGraph()
        {
            await using BenchContext db = Open(Work);
            return await IncludeGraphAsync(db, Stream.Null);
        }

        /// <summary>What erasure code without Pii does: load every linked row tracked, clear the values, save.</summary>
        public static async Task<int> LoadModifySaveAsync(BenchContext db)
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            BenchContact contact = await db.Contacts.SingleAsync(c => c.Id == Subject);
            contact.Email = "";
            foreach (BenchEvent e in await db.Events.Where(e => e.BenchContactId == Subject).ToListAsync())
            {
                e.Ip = null;
                e.UserAgent = null;
            }

            foreach (BenchClick c in await db.Clicks.Where(c => db.Events.Any(e => e.Id == c.BenchEventId && e.BenchContactId == Subject)).ToListAsync())
            {
                c.Ip = null;
            }

            foreach (BenchNote n in await db.Notes.Where(n => n.BenchContactId == Subject).ToListAsync())
            {
                n.Text = null;
            }

            int changed = await db.SaveChangesAsync();
            await transaction.CommitAsync();
            return changed;
        }

        /// <summary>What export code without Pii does: load the subject's graph with Include, then write it.</summary>
        public static async Task<long> IncludeGraphAsync(BenchContext db, Stream destination)
        {
            BenchContact contact = await db.Contacts.AsNoTracking().AsSplitQuery()
                .Include(c => c.Events).ThenInclude(e => e.Clicks)
                .Include(c => c.Notes)
                .SingleAsync(c => c.Id == Subject);
            await using var json = new Utf8JsonWriter(destination);
            json.WriteStartObject();
            json.WriteStartArray("BenchContact");
            contact.WritePersonalData(json);
            json.WriteEndArray();
            json.WriteStartArray("BenchEvent");
            foreach (BenchEvent e in contact.Events)
            {
                e.WritePersonalData(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("BenchClick");
            foreach (BenchClick c in contact.Events.SelectMany(e => e.Clicks))
            {
                c.WritePersonalData(json);
            }

            json.WriteEndArray();
            json.WriteStartArray("BenchNote");
            foreach (BenchNote n in contact.Notes)
            {
                n.WritePersonalData(json);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            await json.FlushAsync();
            return json.BytesCommitted;
        }

        public static void CreateTemplate(string file, int eventsPerSubject = EventsPerSubject, int notesPerSubject = NotesPerSubject)
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }

            using BenchContext db = Open(file);
            db.Database.EnsureCreated();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            int eventId = 1;
            for (int subject = 1; subject <= Subjects; subject++)
            {
                var contact = new BenchContact { Id = subject, Email = $"person{subject}@example.com" };
                for (int i = 0; i < eventsPerSubject; i++)
                {
                    var e = new BenchEvent { Id = eventId++, Ip = "203.0.113." + (i % 250), UserAgent = "Mozilla/5.0 (X11; Linux x86_64) Bench/" + i };
                    e.Clicks.Add(new BenchClick { Ip = "198.51.100." + (i % 250) });
                    contact.Events.Add(e);
                }

                for (int i = 0; i < notesPerSubject; i++)
                {
                    contact.Notes.Add(new BenchNote { Text = $"Note {i} about person {subject}" });
                }

                db.Contacts.Add(contact);
                db.SaveChanges();
                db.ChangeTracker.Clear();
            }
        }
    }
}
