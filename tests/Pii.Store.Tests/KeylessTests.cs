using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model.Keyless;

namespace Pii.Store.Tests
{
    /// <summary>An entity type without a key (a log table or a view): read, exported and erased by statements like any other.</summary>
    public sealed class KeylessTests
    {
        private static readonly PersonalDataStoreOptions Options = new() { HashKey = Encoding.UTF8.GetBytes("keyless-tests-hash-key-0123456789012") };

        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_keyless_entity_is_exported_erased_and_purged_by_statements(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            int asking, other;
            await using (ReaderContext db = Context(database))
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
                var first = new Reader { Name = "Asking" };
                var second = new Reader { Name = "Other" };
                db.Readers.AddRange(first, second);
                await db.SaveChangesAsync();
                (asking, other) = (first.Id, second.Id);

                // Keyless: EF Core cannot insert its rows, the application's log writer does.
                string old = provider == TestDatabase.Sqlite ? "'2000-01-01 00:00:00'" : "'2000-01-01 00:00:00'::timestamp";
                await db.Database.ExecuteSqlRawAsync($"INSERT INTO \"ReadingLogs\" (\"ReaderId\", \"ReadAt\", \"Query\") VALUES ({asking}, NULL, 'asked query'), ({other}, {old}, 'old query'), ({other}, NULL, 'recent query')");
            }

            await using (ReaderContext db = Context(database))
            {
                using var export = new System.IO.MemoryStream();
                Assert.True((await db.PersonalData(Options).Reader.ExportAsync(asking, export)).Found);
                string json = Encoding.UTF8.GetString(export.ToArray());
                Assert.Contains("asked query", json, StringComparison.Ordinal);
                Assert.DoesNotContain("recent query", json, StringComparison.Ordinal);

                SubjectErasureReceipt receipt = await db.PersonalData(Options).Reader.EraseAsync(asking, ErasureRequest.Everything(DateTimeOffset.UtcNow));
                Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
                Assert.Equal(ErasureOutcome.Cleared, receipt["ReadingLog"]!["Query"]!.Outcome);

                PurgeResult purge = await db.PersonalData(Options).PurgeExpiredAsync(DateTimeOffset.UtcNow);
                Assert.Equal(1, purge["ReadingLog"]!["Query"]!.Rows);
            }

            await using (ReaderContext db = Context(database))
            {
                var logs = await db.Logs.OrderBy(l => l.ReaderId).ThenBy(l => l.ReadAt).ToListAsync();
                Assert.Equal([(asking, (string?)null), (other, null), (other, "recent query")], logs.Select(l => (l.ReaderId, l.Query)).OrderBy(l => l.ReaderId).ThenBy(l => l.Item2));
            }
        }

        private static ReaderContext Context(TestDatabase database) => database.CreateContext<ReaderContext>(options => new ReaderContext(options));
    }
}
