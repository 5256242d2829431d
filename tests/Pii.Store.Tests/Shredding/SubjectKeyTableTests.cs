using System;
using System.IO;
using System.Threading.Tasks;
using System.Transactions;
using Microsoft.Data.Sqlite;
using Pii.Encryption;
using Pii.Store.Tests.Encryption;

namespace Pii.Store.Tests.Shredding
{
    /// <summary>The subject key table on its own, over a plain SQLite connection: what each operation does to the table and to memory.</summary>
    public sealed class SubjectKeyTableTests : IDisposable
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), "pii-subject-keys-" + Guid.NewGuid().ToString("N") + ".db");
        private readonly PersonalDataKeyRing _ring = ProtectedDatabase.Ring("ring-1");

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            File.Delete(_file);
        }

        [Fact]
        public async Task A_created_key_is_live_destroyed_once_and_then_reads_as_destroyed_in_another_process()
        {
            await using SqliteConnection connection = await OpenAsync();
            var keys = new SubjectKeyTable(_ring);
            await keys.EnsureCreatedAsync(connection);
            await keys.EnsureCreatedAsync(connection); // a second time changes nothing

            string keyId = await keys.CreateKeyAsync(connection, null, DateTime.UtcNow);
            Assert.Matches("^s[0-9a-f]{24}$", keyId);
            Assert.Equal(SubjectKeyState.Live, keys.Find(keyId, connection, null).State);
            Assert.NotNull(await keys.LiveRingAsync(keyId, connection, null));

            Assert.True(await keys.DestroyKeyAsync(connection, null, keyId, DateTime.UtcNow));
            Assert.False(await keys.DestroyKeyAsync(connection, null, keyId, DateTime.UtcNow));
            Assert.Null(await keys.LiveRingAsync(keyId, connection, null));

            var other = new SubjectKeyTable(_ring);
            SubjectKey destroyed = other.Find(keyId, connection, null);
            Assert.Equal(SubjectKeyState.Destroyed, destroyed.State);
            Assert.NotNull(destroyed.DestroyedAt);
            Assert.Null(destroyed.Ring);
            Assert.Equal(SubjectKeyState.Unknown, other.Find("s-never-made", connection, null).State);
        }

        [Fact]
        public async Task A_value_names_its_key_and_a_value_under_an_unknown_key_or_no_envelope_is_refused()
        {
            await using SqliteConnection connection = await OpenAsync();
            var keys = new SubjectKeyTable(_ring);
            await keys.EnsureCreatedAsync(connection);
            string keyId = await keys.CreateKeyAsync(connection, null, DateTime.UtcNow);
            byte[] envelope = PersonalDataCodec.Protect("a value", keys.Find(keyId, connection, null).Ring!, "Test.Row.Member");

            Assert.Equal("a value", PersonalDataCodec.UnprotectString(envelope, keys.RingFor(envelope, "Test.Row.Member", connection, null)!, "Test.Row.Member"));

            var unknown = Assert.Throws<ProtectedDataException>(() => keys.RingFor(
                PersonalDataCodec.Protect("x", ProtectedDatabase.Ring("s-elsewhere"), "Test.Row.Member"), "Test.Row.Member", connection, null));
            Assert.Equal((ProtectedDataFailure.UnknownKey, "s-elsewhere"), (unknown.Failure, unknown.KeyId));
            Assert.Contains("pii_subject_keys", unknown.Message);

            var plain = Assert.Throws<ProtectedDataException>(() => keys.RingFor([1, 2, 3], "Test.Row.Member", connection, null));
            Assert.Equal(ProtectedDataFailure.NotProtected, plain.Failure);
        }

        [Fact]
        public async Task A_cut_short_envelope_is_malformed_and_not_called_an_envelope_of_an_unknown_version()
        {
            await using SqliteConnection connection = await OpenAsync();
            var keys = new SubjectKeyTable(_ring);
            await keys.EnsureCreatedAsync(connection);
            string keyId = await keys.CreateKeyAsync(connection, null, DateTime.UtcNow);
            byte[] envelope = PersonalDataCodec.Protect("a value", keys.Find(keyId, connection, null).Ring!, "Test.Row.Member");

            // Magic, version 1, the key id and part of the nonce: what the codec reports as Malformed.
            byte[] truncated = envelope.AsSpan(0, 4 + keyId.Length + 5).ToArray();
            var direct = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(truncated, keys.Find(keyId, connection, null).Ring!, "Test.Row.Member"));
            var error = Assert.Throws<ProtectedDataException>(() => keys.RingFor(truncated, "Test.Row.Member", connection, null));

            Assert.Equal(ProtectedDataFailure.Malformed, direct.Failure);
            Assert.Equal(ProtectedDataFailure.Malformed, error.Failure);
            Assert.Equal(direct.Message, error.Message);
            Assert.DoesNotContain("version", error.Message);
        }

        [Fact]
        public async Task A_key_created_in_a_transaction_is_used_there_only_and_is_gone_after_a_rollback()
        {
            await using SqliteConnection connection = await OpenAsync();
            var keys = new SubjectKeyTable(_ring);
            await keys.EnsureCreatedAsync(connection);

            await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
            {
                string keyId = await keys.CreateKeyAsync(connection, transaction, DateTime.UtcNow);
                Assert.Equal(SubjectKeyState.Live, keys.Find(keyId, connection, transaction).State);
                await transaction.RollbackAsync();
                keys.TransactionEnded(transaction, committed: false);

                Assert.Equal(SubjectKeyState.Unknown, keys.Find(keyId, connection, null).State);
            }

            string committedId;
            await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
            {
                committedId = await keys.CreateKeyAsync(connection, transaction, DateTime.UtcNow);
                await transaction.CommitAsync();
                keys.TransactionEnded(transaction, committed: true);
            }

            Assert.Equal(SubjectKeyState.Live, keys.Find(committedId, connection, null).State);
        }

        [Fact]
        public async Task A_key_created_and_destroyed_in_one_transaction_is_not_remembered_as_live_when_it_commits()
        {
            await using SqliteConnection connection = await OpenAsync();
            var keys = new SubjectKeyTable(_ring);
            await keys.EnsureCreatedAsync(connection);

            string keyId;
            await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync())
            {
                // A subject gets its key and is erased in the same transaction: the erasure destroys the key and forgets it.
                keyId = await keys.CreateKeyAsync(connection, transaction, DateTime.UtcNow);
                Assert.True(await keys.DestroyKeyAsync(connection, transaction, keyId, DateTime.UtcNow));
                keys.Forget(keyId);
                Assert.Equal(SubjectKeyState.Destroyed, keys.Find(keyId, connection, transaction).State);

                await transaction.CommitAsync();
                keys.TransactionEnded(transaction, committed: true);
            }

            Assert.Equal(SubjectKeyState.Destroyed, keys.Find(keyId, connection, null).State);
        }

        /// <summary>Npgsql enlists in a TransactionScope (SQLite's provider does not, and commits each statement).</summary>
        [PostgresFact]
        public async Task On_PostgreSQL_a_key_created_in_a_TransactionScope_that_does_not_complete_is_not_remembered()
        {
            await using Infrastructure.TestDatabase database = await Infrastructure.TestDatabase.CreateAsync(Infrastructure.TestDatabase.Postgres);
            SubjectKeyTableOptions options = database.SubjectKeyOptions();
            var keys = new SubjectKeyTable(_ring, options);
            await using (var setup = options.OpenReadConnection!())
            {
                await setup.OpenAsync();
                await using var schema = setup.CreateCommand();
                schema.CommandText = "CREATE SCHEMA IF NOT EXISTS pii_keys";
                await schema.ExecuteNonQueryAsync();
                await keys.EnsureCreatedAsync(setup);
            }

            string keyId;
            using (new TransactionScope(TransactionScopeAsyncFlowOption.Enabled))
            {
                await using var connection = options.OpenReadConnection!();
                await connection.OpenAsync();
                keyId = await keys.CreateKeyAsync(connection, null, DateTime.UtcNow);
                Assert.Equal(SubjectKeyState.Live, keys.Find(keyId, connection, null).State);
            }

            await using var after = options.OpenReadConnection!();
            await after.OpenAsync();
            Assert.Equal(SubjectKeyState.Unknown, keys.Find(keyId, after, null).State);
        }

        [Fact]
        public async Task Rewrapping_moves_every_live_key_to_the_rings_current_key_and_skips_destroyed_ones()
        {
            await using SqliteConnection connection = await OpenAsync();
            var keys = new SubjectKeyTable(_ring);
            await keys.EnsureCreatedAsync(connection);
            string kept = await keys.CreateKeyAsync(connection, null, DateTime.UtcNow);
            string gone = await keys.CreateKeyAsync(connection, null, DateTime.UtcNow);
            await keys.DestroyKeyAsync(connection, null, gone, DateTime.UtcNow);

            byte[] newKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            _ring.TryGetKey("ring-1", out ReadOnlyMemory<byte> oldKey);
            var rotated = new SubjectKeyTable(new PersonalDataKeyRing("ring-2", [new("ring-2", newKey), new("ring-1", oldKey.ToArray())]));
            Assert.Equal(1, await rotated.RewrapAsync(connection, null));

            var retired = new SubjectKeyTable(new PersonalDataKeyRing("ring-2", [new("ring-2", newKey)]));
            Assert.Equal(SubjectKeyState.Live, retired.Find(kept, connection, null).State);
            Assert.Equal(SubjectKeyState.Destroyed, retired.Find(gone, connection, null).State);
        }

        /// <summary>
        /// A reader that found the key live just before an erasure committed, and remembers it just after the erasure made
        /// this process forget it: the erasing process must not go on opening values under the destroyed key from memory.
        /// </summary>
        [Fact]
        public async Task A_key_read_while_an_erasure_destroys_it_is_not_remembered_after_the_erasure_forgot_it()
        {
            await using SqliteConnection connection = await OpenAsync();
            var creator = new SubjectKeyTable(_ring);
            await creator.EnsureCreatedAsync(connection);
            string keyId = await creator.CreateKeyAsync(connection, null, DateTime.UtcNow);

            SubjectKeyTable? keys = null;
            bool erased = false;
            string connectionString = new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString();
            keys = new SubjectKeyTable(_ring, new SubjectKeyTableOptions
            {
                // The erasure commits and forgets the key between the reader's query and its remembering what it read.
                OpenReadConnection = () => new AfterDispose(connectionString, () =>
                {
                    if (!erased)
                    {
                        erased = true;
                        Assert.True(keys!.DestroyKeyAsync(connection, null, keyId, DateTime.UtcNow).GetAwaiter().GetResult());
                        keys!.Forget(keyId);
                    }
                }),
            });

            Assert.Equal(SubjectKeyState.Live, keys.Find(keyId, connection, null).State);
            Assert.True(erased);

            Assert.Equal(SubjectKeyState.Destroyed, keys.Find(keyId, connection, null).State);
        }

        [Theory]
        [InlineData(true)]
        [InlineData(false)]
        public async Task A_key_read_after_forget_but_before_the_callers_transaction_ends_is_remembered_as_the_transaction_left_it(bool commit)
        {
            await using SqliteConnection connection = await OpenAsync();
            var creator = new SubjectKeyTable(_ring);
            await creator.EnsureCreatedAsync(connection);
            string keyId = await creator.CreateKeyAsync(connection, null, DateTime.UtcNow);

            string connectionString = new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString();
            var keys = new SubjectKeyTable(_ring, new SubjectKeyTableOptions { OpenReadConnection = () => new SqliteConnection(connectionString) });

            // The erasure in the caller's transaction: the key is destroyed in it and forgotten when EraseAsync returns.
            using (var transaction = connection.BeginTransaction())
            {
                Assert.True(await keys.DestroyKeyAsync(connection, transaction, keyId, DateTime.UtcNow));
                keys.Forget(keyId);

                // Another request reads the key before the caller's transaction ends: still live in the table.
                await using var other = await OpenAsync();
                Assert.Equal(SubjectKeyState.Live, keys.Find(keyId, other, null).State);

                if (commit)
                {
                    transaction.Commit();
                }
                else
                {
                    transaction.Rollback();
                }

                keys.TransactionEnded(transaction, committed: commit); // what the generated interceptor does
            }

            await using var later = await OpenAsync();
            Assert.Equal(commit ? SubjectKeyState.Destroyed : SubjectKeyState.Live, keys.Find(keyId, later, null).State);
        }

        [Fact]
        public async Task Times_must_be_UTC()
        {
            await using SqliteConnection connection = await OpenAsync();
            var keys = new SubjectKeyTable(_ring);
            await keys.EnsureCreatedAsync(connection);
            await Assert.ThrowsAsync<ArgumentException>(() => keys.CreateKeyAsync(connection, null, DateTime.Now));
        }

        private async Task<SqliteConnection> OpenAsync()
        {
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _file, Pooling = false }.ToString());
            await connection.OpenAsync();
            return connection;
        }

        /// <summary>A connection that runs an action once it is disposed.</summary>
        private sealed class AfterDispose(string connectionString, Action disposed) : SqliteConnection(connectionString)
        {
            protected override void Dispose(bool disposing)
            {
                base.Dispose(disposing);
                if (disposing)
                {
                    disposed();
                }
            }
        }
    }
}
