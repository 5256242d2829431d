using System;
using System.Linq;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pii.Encryption;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model.Protected;

namespace Pii.Store.Tests.Encryption
{
    /// <summary>
    /// The generated <c>ReencryptAsync</c> while the application goes on writing: a value another writer changes between a
    /// batch's read and its save is never overwritten with the value the batch read.
    /// </summary>
    public class ReencryptionConcurrencyTests
    {
        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        /// <summary>
        /// Another connection renames the member while the batch that read it is about to save. On PostgreSQL the rename
        /// commits at once and the batch's save fails to serialize, so the batch is read again; on SQLite the batch's
        /// transaction holds the write lock, so the rename waits for it. Either way the rename is what the table holds
        /// afterwards, under the new key. (Before, the batch saved the name it had read over the rename.)
        /// </summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_value_changed_while_its_batch_is_reencrypted_is_kept(string provider)
        {
            (TestDatabase database, PersonalDataKeyRing after, PersonalDataKeyRing retired) = await RotatedAsync(provider);
            await using (database)
            {
                var edit = new EditMeanwhile(async attempt =>
                {
                    await using ProtectedContext other = database.Protected(after);
                    Member member = await other.Members.SingleAsync(m => m.Id == 1);
                    member.Name = "Renamed meanwhile";
                    await other.SaveChangesAsync();
                }, attempts: 1);

                int rewritten;
                await using (ProtectedContext db = database.CreateContext<ProtectedContext>(options => new ProtectedContext(options, after), edit))
                {
                    rewritten = await db.PersonalData().ReencryptAsync();
                }

                await edit.Completed;
                Assert.Equal(1, edit.Started);
                Assert.Equal(1, rewritten);

                // The rename survived, and everything is under k2: a ring without k1 reads the row.
                await using ProtectedContext reader = database.Protected(retired);
                Member read = await reader.Members.AsNoTracking().SingleAsync();
                Assert.Equal("Renamed meanwhile", read.Name);
                Assert.Equal("m", read.Motto);
                Assert.True(PersonalDataProtector.IsProtectedWith((await reader.RawAsync("Members", "Name", 1))!, "k2"));
                Assert.True(PersonalDataProtector.IsProtectedWith((await reader.RawAsync("Members", "Motto", 1))!, "k2"));
            }
        }

        /// <summary>
        /// The same on a table whose key is not one integer, which is paged by offset: a device's token renamed while its
        /// batch is re-encrypted is kept.
        /// </summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_value_changed_while_its_batch_is_reencrypted_by_offset_is_kept(string provider)
        {
            (TestDatabase database, PersonalDataKeyRing after, PersonalDataKeyRing retired) = await RotatedAsync(provider);
            await using (database)
            {
                Guid device = Guid.NewGuid();
                await using (ProtectedContext db = database.Protected(after))
                {
                    db.Devices.Add(new Device { Id = device, MemberId = 1, PushToken = "token as written" });
                    await db.SaveChangesAsync();
                }

                // Edit when the devices' batch is about to save (the members' table goes first).
                var edit = new EditMeanwhile(async attempt =>
                {
                    await using ProtectedContext other = database.Protected(after);
                    Device row = await other.Devices.SingleAsync(d => d.Id == device);
                    row.PushToken = "token renewed meanwhile";
                    await other.SaveChangesAsync();
                }, attempts: 1, when: context => context.ChangeTracker.Entries<Device>().Any());

                await using (ProtectedContext db = database.CreateContext<ProtectedContext>(options => new ProtectedContext(options, after), edit))
                {
                    Assert.Equal(2, await db.PersonalData().ReencryptAsync(batchSize: 10));
                }

                await edit.Completed;
                Assert.Equal(1, edit.Started);
                await using ProtectedContext reader = database.Protected(retired);
                Assert.Equal("token renewed meanwhile", (await reader.Devices.AsNoTracking().SingleAsync()).PushToken);
            }
        }

        /// <summary>Cancelling during a batch rolls the batch back and surfaces as a cancellation, not as a failed retry.</summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Cancelling_during_a_batch_rolls_it_back_and_is_reported_as_a_cancellation(string provider)
        {
            (TestDatabase database, PersonalDataKeyRing after, _) = await RotatedAsync(provider);
            await using (database)
            {
                using var cancellation = new CancellationTokenSource();
                var cancel = new EditMeanwhile(_ =>
                {
                    cancellation.Cancel();
                    return Task.CompletedTask;
                }, attempts: 1);

                await using (ProtectedContext db = database.CreateContext<ProtectedContext>(options => new ProtectedContext(options, after), cancel))
                {
                    await Assert.ThrowsAnyAsync<OperationCanceledException>(() => db.PersonalData().ReencryptAsync(cancellationToken: cancellation.Token));
                }

                await using ProtectedContext reader = database.Protected(after);
                Assert.Equal("As written", (await reader.Members.AsNoTracking().SingleAsync()).Name);
                Assert.True(PersonalDataProtector.IsProtectedWith((await reader.RawAsync("Members", "Name", 1))!, "k1"));
            }
        }

        /// <summary>
        /// A batch that loses to another writer every time gives up after five attempts with an exception that says so, and
        /// has saved nothing: the table holds the other writer's last value. PostgreSQL only: on SQLite the batch's write
        /// lock makes the other writer wait, so there is no conflict to lose.
        /// </summary>
        [PostgresFact]
        public async Task A_batch_that_keeps_losing_to_other_writers_fails_clearly_and_overwrites_nothing()
        {
            (TestDatabase database, PersonalDataKeyRing after, _) = await RotatedAsync(TestDatabase.Postgres);
            await using (database)
            {
                var edit = new EditMeanwhile(async attempt =>
                {
                    await using ProtectedContext other = database.Protected(after);
                    Member member = await other.Members.SingleAsync(m => m.Id == 1);
                    member.Motto = $"edit {attempt}";
                    await other.SaveChangesAsync();
                }, attempts: int.MaxValue);

                await using (ProtectedContext db = database.CreateContext<ProtectedContext>(options => new ProtectedContext(options, after), edit))
                {
                    InvalidOperationException failure = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData().ReencryptAsync());
                    Assert.Contains("failed 5 times in a row on a conflict with other writers", failure.Message, StringComparison.Ordinal);
                    Assert.NotNull(failure.InnerException);
                    Assert.False(db.ChangeTracker.HasChanges());
                }

                Assert.Equal(5, edit.Started);
                await using ProtectedContext reader = database.Protected(after);
                Member read = await reader.Members.AsNoTracking().SingleAsync();
                Assert.Equal("edit 5", read.Motto);

                // The batch saved nothing: the name, which no one edited, is still under k1.
                Assert.True(PersonalDataProtector.IsProtectedWith((await reader.RawAsync("Members", "Name", 1))!, "k1"));
            }
        }

        /// <summary>
        /// In a transaction of the caller's the batches run in it: nothing is committed until the caller commits, and a
        /// rollback leaves every value under the old key.
        /// </summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task In_the_callers_transaction_the_batches_commit_and_roll_back_with_it(string provider)
        {
            (TestDatabase database, PersonalDataKeyRing after, _) = await RotatedAsync(provider);
            await using (database)
            {
                await using (ProtectedContext db = database.Protected(after))
                {
                    await using (var transaction = await db.Database.BeginTransactionAsync())
                    {
                        Assert.Equal(1, await db.PersonalData().ReencryptAsync());
                        Assert.True(PersonalDataProtector.IsProtectedWith((await db.RawAsync("Members", "Name", 1))!, "k2"));
                        await transaction.RollbackAsync();
                    }

                    Assert.True(PersonalDataProtector.IsProtectedWith((await db.RawAsync("Members", "Name", 1))!, "k1"));

                    await using (var transaction = await db.Database.BeginTransactionAsync())
                    {
                        Assert.Equal(1, await db.PersonalData().ReencryptAsync());
                        await transaction.CommitAsync();
                    }

                    Assert.True(PersonalDataProtector.IsProtectedWith((await db.RawAsync("Members", "Name", 1))!, "k2"));
                }
            }
        }

        /// <summary>
        /// In a <c>TransactionScope</c> (PostgreSQL: Npgsql enlists, SQLite's provider does not) the store's operations run
        /// in the scope rather than beginning a transaction of their own, which EF Core refuses under an ambient one: a
        /// scope that does not complete undoes the re-encryption and the erasure.
        /// </summary>
        [PostgresFact]
        public async Task In_a_TransactionScope_reencryption_and_erasure_run_in_the_scope()
        {
            (TestDatabase database, PersonalDataKeyRing after, _) = await RotatedAsync(TestDatabase.Postgres);
            await using (database)
            {
                using (new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
                {
                    await using ProtectedContext db = database.Protected(after);
                    Assert.Equal(1, await db.PersonalData().ReencryptAsync());
                    Assert.Equal(SubjectErasureStatus.Erased, (await db.PersonalData(ProtectedContext.StoreOptions).EraseAsync(1, ErasureRequest.Everything(DateTimeOffset.UtcNow))).Status);
                }

                // Not completed: the member is there, under k1, as before.
                await using (ProtectedContext db = database.Protected(after))
                {
                    Assert.Equal("As written", (await db.Members.AsNoTracking().SingleAsync()).Name);
                    Assert.True(PersonalDataProtector.IsProtectedWith((await db.RawAsync("Members", "Name", 1))!, "k1"));
                }

                using (var scope = new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
                {
                    await using ProtectedContext db = database.Protected(after);
                    Assert.Equal(1, await db.PersonalData().ReencryptAsync());
                    scope.Complete();
                }

                await using (ProtectedContext db = database.Protected(after))
                {
                    Assert.True(PersonalDataProtector.IsProtectedWith((await db.RawAsync("Members", "Name", 1))!, "k2"));
                }
            }
        }

        /// <summary>
        /// SQLite's provider does not enlist in a <c>TransactionScope</c>: with EF Core's AmbientTransactionWarning ignored,
        /// the batches were saved at once, and a scope left incomplete did not undo them. Refused before anything is read.
        /// </summary>
        [Fact]
        public async Task On_SQLite_reencryption_in_a_TransactionScope_is_refused()
        {
            (TestDatabase database, PersonalDataKeyRing after, _) = await RotatedAsync(TestDatabase.Sqlite);
            await using (database)
            {
                await using ProtectedContext db = database.CreateContext<ProtectedContext>(options => new ProtectedContext(
                    new DbContextOptionsBuilder<ProtectedContext>(options).ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.AmbientTransactionWarning)).Options,
                    after));
                using (new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
                {
                    InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData().ReencryptAsync());
                    Assert.StartsWith("Re-encryption was called in a TransactionScope, which SQLite's provider does not take part in", error.Message);
                }

                Assert.True(PersonalDataProtector.IsProtectedWith((await db.RawAsync("Members", "Name", 1))!, "k1"));
                Assert.Equal(1, await db.PersonalData().ReencryptAsync());
            }
        }

        /// <summary>A database with one member written under k1, and the rings after a rotation to k2 (with k1, and without).</summary>
        private static async Task<(TestDatabase Database, PersonalDataKeyRing After, PersonalDataKeyRing Retired)> RotatedAsync(string provider)
        {
            byte[] k1 = RandomNumberGenerator.GetBytes(32);
            byte[] k2 = RandomNumberGenerator.GetBytes(32);
            var before = new PersonalDataKeyRing("k1", [new("k1", k1)]);
            TestDatabase database = await ProtectedDatabase.CreateAsync(provider, before);
            await using (ProtectedContext db = database.Protected(before))
            {
                db.Members.Add(new Member { Name = "As written", Motto = "m" });
                await db.SaveChangesAsync();
            }

            return (database, new PersonalDataKeyRing("k2", [new("k2", k2), new("k1", k1)]), new PersonalDataKeyRing("k2", [new("k2", k2)]));
        }

        /// <summary>
        /// Starts another writer's edit when the context is about to save (the first <paramref name="attempts"/> times, and
        /// only saves <paramref name="when"/> accepts), and lets the save go on once the edit has committed, or after a
        /// second if it is waiting for the save's lock.
        /// </summary>
        private sealed class EditMeanwhile(Func<int, Task> edit, int attempts, Func<DbContext, bool>? when = null) : SaveChangesInterceptor
        {
            private Task _last = Task.CompletedTask;
            private int _started;

            public int Started => _started;

            public Task Completed => _last;

            public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
            {
                if (_started < attempts && (when is null || when(eventData.Context!)))
                {
                    int attempt = Interlocked.Increment(ref _started);
                    _last = Task.Run(() => edit(attempt), CancellationToken.None);
                    await Task.WhenAny(_last, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
                }

                return result;
            }
        }
    }
}
