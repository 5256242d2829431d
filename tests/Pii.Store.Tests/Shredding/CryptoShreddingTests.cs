using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pii.Encryption;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model.Shredded;

namespace Pii.Store.Tests.Shredding
{
    /// <summary>Crypto-shredding (ErasureStrategy.CryptoShred): values under each subject's own key, destroyed by erasure, on SQLite and PostgreSQL.</summary>
    public class CryptoShreddingTests
    {
        private static readonly PersonalDataStoreOptions StoreOptions = new() { HashKey = Encoding.UTF8.GetBytes("shredding-tests-hash-key-0123456789") };

        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Every_supported_type_round_trips_under_the_subjects_own_key(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            Patient canary = ShreddedDatabase.Canary("a");
            await using (ShreddedContext db = database.Context())
            {
                db.Patients.Add(canary);
                await db.SaveChangesAsync();
                db.Visits.Add(new Visit { PatientId = canary.Id, At = DateTime.UtcNow, Notes = "Canary visit notes a" });
                await db.SaveChangesAsync();
            }

            database.Restart();
            await using (ShreddedContext db = database.Context())
            {
                Patient read = await db.Patients.AsNoTracking().SingleAsync();
                Assert.Equal(canary.Name, read.Name);
                Assert.Equal(canary.Email, read.Email);
                Assert.Equal(canary.Photo, read.Photo);
                Assert.Equal(canary.Newsletter, read.Newsletter);
                Assert.Equal(canary.Floor, read.Floor);
                Assert.Equal(canary.ShoeSize, read.ShoeSize);
                Assert.Equal(canary.HouseNumber, read.HouseNumber);
                Assert.Equal(canary.CardNumber, read.CardNumber);
                Assert.Equal(canary.Height, read.Height);
                Assert.Equal(canary.Weight, read.Weight);
                Assert.Equal(canary.Balance, read.Balance);
                Assert.Equal(canary.ExternalId, read.ExternalId);
                Assert.Equal(canary.BornAt, read.BornAt);
                Assert.Equal(DateTimeKind.Utc, read.BornAt!.Value.Kind);
                Assert.Equal(canary.LastSeen, read.LastSeen);
                Assert.Equal(canary.LastSeen!.Value.Offset, read.LastSeen!.Value.Offset);
                Assert.Equal(canary.Birthday, read.Birthday);
                Assert.Equal(canary.WakesAt, read.WakesAt);
                Assert.Equal(canary.Insurer, read.Insurer);
                Assert.Equal("Canary visit notes a", (await db.Visits.SingleAsync()).Notes);
            }

            // The patient's row names its key; every shredded column, the visit's too, is an envelope under that key, not the ring's.
            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", canary.Id))!;
            Assert.StartsWith("s", keyId);
            foreach (string column in new[] { "Name", "Email", "Photo", "Newsletter", "Balance", "BornAt", "LastSeen", "WakesAt" })
            {
                Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Patients", column, canary.Id))!, keyId), column);
            }

            Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Visits", "Notes", 1))!, keyId));
            Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Patients", "Insurer", canary.Id))!, "ring-1"));
            Assert.Equal((true, false), await database.KeyRowAsync(keyId));

            if (database.Database.FileBytes() is { } file)
            {
                string text = Encoding.UTF8.GetString(file);
                Assert.Contains("Plain Canary a", text); // the control: the check can find a value
                Assert.DoesNotContain("Canary Patient a", text);
                Assert.DoesNotContain("canary.a@shred.example", text);
                Assert.DoesNotContain("Canary visit notes a", text);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_changed_value_is_encrypted_again_and_an_unchanged_one_is_not_rewritten(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            Patient canary = ShreddedDatabase.Canary("b");
            await using (ShreddedContext db = database.Context())
            {
                db.Patients.Add(canary);
                await db.SaveChangesAsync();
            }

            byte[] emailBefore = (byte[])(await database.RawAsync("Patients", "Email", canary.Id))!;
            byte[] nameBefore = (byte[])(await database.RawAsync("Patients", "Name", canary.Id))!;
            await using (ShreddedContext db = database.Context())
            {
                Patient patient = await db.Patients.SingleAsync();
                patient.Name = "Renamed Patient";
                patient.HouseNumber = null;
                await db.SaveChangesAsync();
            }

            await using (ShreddedContext db = database.Context())
            {
                Patient read = await db.Patients.SingleAsync();
                Assert.Equal("Renamed Patient", read.Name);
                Assert.Null(read.HouseNumber);
                Assert.Equal(canary.Email, read.Email);
            }

            Assert.Equal(emailBefore, (byte[])(await database.RawAsync("Patients", "Email", canary.Id))!);
            Assert.NotEqual(nameBefore, (byte[])(await database.RawAsync("Patients", "Name", canary.Id))!);
            Assert.Null(await database.RawAsync("Patients", "HouseNumber", canary.Id));
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Erasure_destroys_the_subjects_key_in_its_transaction_and_other_subjects_stay_readable(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            (int erased, int kept) = await database.AddTwoPatientsAsync();
            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", erased))!;

            SubjectErasureReceipt receipt;
            await using (ShreddedContext db = database.Context())
            {
                receipt = await db.PersonalData(StoreOptions).EraseAsync(erased, ErasureRequest.Everything(DateTimeOffset.UtcNow));
            }

            Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
            Assert.True(receipt.SubjectKeyDestroyed);
            MemberErasureCount name = receipt.Entities.Single(e => e.EntityType == "Patient").Members.Single(m => m.Member == "Name");
            Assert.Equal((ErasureStrategy.CryptoShred, 1), (name.Strategy, name.Rows));
            Assert.Equal((false, true), await database.KeyRowAsync(keyId));
            Assert.Null(await database.RawAsync("Patients", "Name", erased));
            Assert.Null(await database.RawAsync("Patients", "PiiSubjectKeyId", erased));
            Assert.Null(await database.RawAsync("Visits", "Notes", 1));

            await using (ShreddedContext db = database.Context())
            {
                Patient other = await db.Patients.SingleAsync(p => p.Id == kept);
                Assert.Equal("Canary Patient kept", other.Name);
                Assert.Equal("Notes of kept", (await db.Visits.SingleAsync(v => v.PatientId == kept)).Notes);
                Patient gone = await db.Patients.SingleAsync(p => p.Id == erased);
                Assert.Null(gone.Name);
                Assert.Null(gone.Insurer);
                Assert.False(ShreddedValues.IsShredded(gone, nameof(Patient.Name))); // cleared, not merely unreadable
            }

            // Repeated: nothing left, no key to destroy.
            await using (ShreddedContext db = database.Context())
            {
                SubjectErasureReceipt again = await db.PersonalData(StoreOptions).EraseAsync(erased, ErasureRequest.Everything(DateTimeOffset.UtcNow));
                Assert.Equal(SubjectErasureStatus.NothingChanged, again.Status);
                Assert.False(again.SubjectKeyDestroyed);
            }
        }

        [Fact]
        public async Task A_copy_of_the_database_taken_before_the_erasure_cannot_reveal_the_erased_subject()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int erased, int kept) = await database.AddTwoPatientsAsync();
            string folder = database.Database.Folder!;
            SqliteConnection.ClearAllPools();
            string backup = Path.Combine(folder, "backup-of-mailing.db");
            File.Copy(Path.Combine(folder, "mailing.db"), backup);
            string keysBeforeErasure = Path.Combine(folder, "keys-before-erasure.db");
            File.Copy(Path.Combine(folder, "keys.db"), keysBeforeErasure);

            await using (ShreddedContext db = database.Context())
            {
                Assert.True((await db.PersonalData(StoreOptions).EraseAsync(erased, ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
            }

            // The backup still holds the erased patient's ciphertext, and is read in a new process with today's keys.
            database.Restart();
            await using (ShreddedContext db = Restored(database, backup, Path.Combine(folder, "keys.db")))
            {
                Patient gone = await db.Patients.SingleAsync(p => p.Id == erased);
                Assert.Null(gone.Name);
                Assert.Null(gone.Email);
                Assert.Null(gone.Balance);
                Assert.True(ShreddedValues.IsShredded(gone, nameof(Patient.Name)));
                Assert.True(ShreddedValues.IsShredded(gone, nameof(Patient.Balance)));
                Visit goneVisit = await db.Visits.SingleAsync(v => v.PatientId == erased);
                Assert.Null(goneVisit.Notes);
                Assert.True(ShreddedValues.IsShredded(goneVisit, nameof(Visit.Notes)));

                Patient other = await db.Patients.SingleAsync(p => p.Id == kept);
                Assert.Equal("Canary Patient kept", other.Name);
                Assert.False(ShreddedValues.IsShredded(other, nameof(Patient.Name)));
                Assert.Equal("Notes of kept", (await db.Visits.SingleAsync(v => v.PatientId == kept)).Notes);

                // The erased patient's ring-encrypted member was cleared live but lives on in the backup: shredding reaches only its own members.
                Assert.Equal("Canary Insurer erased", gone.Insurer);
            }

            string backupText = Encoding.UTF8.GetString(File.ReadAllBytes(backup));
            Assert.DoesNotContain("Canary Patient erased", backupText);

            // The control: had the key table been copied with the data, the backup would reveal everything.
            database.Restart();
            await using (ShreddedContext db = Restored(database, backup, keysBeforeErasure))
            {
                Assert.Equal("Canary Patient erased", (await db.Patients.SingleAsync(p => p.Id == erased)).Name);
            }
        }

        /// <summary>
        /// The PostgreSQL form of the backup scenario: a copy of the database without the key schema (what
        /// <c>pg_dump --exclude-schema=pii_keys</c> holds), taken before the erasure and read afterwards with the live key
        /// table, shows the erased patient as shredded and the other patient as before.
        /// </summary>
        [PostgresFact]
        public async Task On_PostgreSQL_a_copy_taken_before_the_erasure_without_the_key_schema_cannot_reveal_the_erased_subject()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Postgres);
            (int erased, int kept) = await database.AddTwoPatientsAsync();
            string copy = database.Database.ServerDatabase + "_copy";
            string copyConnection = new Npgsql.NpgsqlConnectionStringBuilder(TestDatabase.PostgresConnectionString) { Database = copy }.ToString();
            Npgsql.NpgsqlConnection.ClearAllPools();
            await AdminAsync($"CREATE DATABASE {copy} TEMPLATE {database.Database.ServerDatabase}");
            try
            {
                await using (var connection = new Npgsql.NpgsqlConnection(copyConnection))
                {
                    await connection.OpenAsync();
                    await using var drop = new Npgsql.NpgsqlCommand("DROP SCHEMA pii_keys CASCADE", connection);
                    await drop.ExecuteNonQueryAsync();
                }

                await using (ShreddedContext db = database.Context())
                {
                    Assert.True((await db.PersonalData(StoreOptions).EraseAsync(erased, ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
                }

                // The copy, read in a new process whose keys come from the live key table.
                var keys = new SubjectKeyTable(database.Ring, database.Database.SubjectKeyOptions());
                var options = new DbContextOptionsBuilder<ShreddedContext>()
                    .UseNpgsql(copyConnection)
                    .AddInterceptors(new ShreddedContextPersonalData.CryptoShreddingInterceptor(keys))
                    .ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.ManyServiceProvidersCreatedWarning));
                await using (var restored = new ShreddedContext(options.Options, database.Ring))
                {
                    Patient gone = await restored.Patients.SingleAsync(p => p.Id == erased);
                    Assert.Null(gone.Name);
                    Assert.True(ShreddedValues.IsShredded(gone, nameof(Patient.Name)));
                    Assert.Equal("Canary Patient kept", (await restored.Patients.SingleAsync(p => p.Id == kept)).Name);
                }
            }
            finally
            {
                Npgsql.NpgsqlConnection.ClearAllPools();
                await AdminAsync($"DROP DATABASE IF EXISTS {copy} WITH (FORCE)");
            }

            static async Task AdminAsync(string sql)
            {
                await using var connection = new Npgsql.NpgsqlConnection(TestDatabase.PostgresConnectionString);
                await connection.OpenAsync();
                await using var command = new Npgsql.NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync();
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_key_stays_while_a_value_under_it_is_kept(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            (int erased, _) = await database.AddTwoPatientsAsync();
            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", erased))!;

            await using (ShreddedContext db = database.Context())
            {
                SubjectErasureReceipt receipt = await db.PersonalData(StoreOptions).EraseAsync(erased, ErasureRequest.ForPurposes(DateTimeOffset.UtcNow, "Support"));
                Assert.False(receipt.SubjectKeyDestroyed);
            }

            Assert.Equal((true, false), await database.KeyRowAsync(keyId));
            Assert.Null(await database.RawAsync("Visits", "Notes", 1));
            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal("Canary Patient erased", (await db.Patients.SingleAsync(p => p.Id == erased)).Name);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_visit_moved_to_another_patient_is_encrypted_under_the_new_patients_key(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            (int first, int second) = await database.AddTwoPatientsAsync();
            await using (ShreddedContext db = database.Context())
            {
                Visit visit = await db.Visits.SingleAsync(v => v.PatientId == first);
                visit.PatientId = second;
                await db.SaveChangesAsync();
            }

            string secondKey = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", second))!;
            Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Visits", "Notes", 1))!, secondKey));

            // Erasing the first patient no longer reaches the moved notes.
            await using (ShreddedContext db = database.Context())
            {
                await db.PersonalData(StoreOptions).EraseAsync(first, ErasureRequest.Everything(DateTimeOffset.UtcNow));
            }

            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal("Notes of erased", (await db.Visits.SingleAsync(v => v.Id == 1)).Notes);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_subject_gets_its_key_with_its_first_shredded_value(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            int id;
            await using (ShreddedContext db = database.Context())
            {
                var patient = new Patient { Plain = "no secrets yet" };
                db.Patients.Add(patient);
                await db.SaveChangesAsync();
                id = patient.Id;
            }

            Assert.Null(await database.RawAsync("Patients", "PiiSubjectKeyId", id));

            // A visit of an untracked patient: the key is created and stored with the patient by a guarded statement.
            await using (ShreddedContext db = database.Context())
            {
                db.Visits.Add(new Visit { PatientId = id, At = DateTime.UtcNow, Notes = "first notes" });
                await db.SaveChangesAsync();
            }

            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", id))!;
            Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Visits", "Notes", 1))!, keyId));

            // The patient, loaded and changed, keeps that key.
            await using (ShreddedContext db = database.Context())
            {
                Patient patient = await db.Patients.SingleAsync();
                patient.Name = "Late Name";
                await db.SaveChangesAsync();
            }

            Assert.Equal(keyId, await database.RawAsync("Patients", "PiiSubjectKeyId", id));
            Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Patients", "Name", id))!, keyId));
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_changed_ciphertext_is_reported_never_returned(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            (int first, _) = await database.AddTwoPatientsAsync();

            // One bit of the first patient's stored name flipped, past EF Core.
            byte[] stored = (byte[])(await database.RawAsync("Patients", "Name", first))!;
            stored[^1] ^= 0x01;
            await database.WriteRawAsync("Patients", "Name", first, stored);

            database.Restart();
            await using (ShreddedContext db = database.Context())
            {
                Exception thrown = await Assert.ThrowsAnyAsync<Exception>(() => db.Patients.SingleAsync(p => p.Id == first));
                ProtectedDataException cause = Find<ProtectedDataException>(thrown);
                Assert.Equal(ProtectedDataFailure.Tampered, cause.Failure);
                Assert.DoesNotContain("Canary Patient", cause.Message);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task After_a_ring_rotation_the_subject_keys_are_wrapped_again_and_the_old_ring_key_can_go(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            (int first, _) = await database.AddTwoPatientsAsync();
            byte[] oldKey = database.Ring.TryGetKey("ring-1", out ReadOnlyMemory<byte> key) ? key.ToArray() : throw new InvalidOperationException();
            byte[] newKey = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32);
            var rotated = new PersonalDataKeyRing("ring-2", [new("ring-2", newKey), new("ring-1", oldKey)]);
            var rotatedKeys = new SubjectKeyTable(rotated, database.Database.SubjectKeyOptions());
            await using (ShreddedContext db = database.Context())
            {
                await db.Database.OpenConnectionAsync();
                Assert.Equal(2, await rotatedKeys.RewrapAsync(db.Database.GetDbConnection(), null));
                Assert.Equal(0, await rotatedKeys.RewrapAsync(db.Database.GetDbConnection(), null));
            }

            // Only the new ring key left: the subject keys still open, and so do the values.
            var retired = new SubjectKeyTable(new PersonalDataKeyRing("ring-2", [new("ring-2", newKey)]), database.Database.SubjectKeyOptions());
            await using (ShreddedContext db = database.Database.CreateContext<ShreddedContext>(
                options => new ShreddedContext(options, database.Ring),
                [.. database.Database.SubjectKeyInterceptors(), new ShreddedContextPersonalData.CryptoShreddingInterceptor(retired)]))
            {
                Assert.Equal("Canary Patient erased", (await db.Patients.SingleAsync(p => p.Id == first)).Name);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Reencryption_moves_the_ring_encrypted_members_and_leaves_the_crypto_shredded_ones_as_they_are(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            (int first, _) = await database.AddTwoPatientsAsync();
            byte[] nameBefore = (byte[])(await database.RawAsync("Patients", "Name", first))!;
            database.Ring.TryGetKey("ring-1", out ReadOnlyMemory<byte> oldKey);
            var rotated = new PersonalDataKeyRing("ring-2", [new("ring-2", System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)), new("ring-1", oldKey.ToArray())]);
            ShreddedContext Rotated() => database.Database.CreateContext<ShreddedContext>(o => new ShreddedContext(o, rotated), [.. database.Database.SubjectKeyInterceptors(), database.Interceptor]);

            await using (ShreddedContext db = Rotated())
            {
                Assert.Equal(2, await db.PersonalData(StoreOptions).ReencryptAsync());
            }

            Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Patients", "Insurer", first))!, "ring-2"));
            Assert.Equal(nameBefore, (byte[])(await database.RawAsync("Patients", "Name", first))!);
            await using (ShreddedContext db = Rotated())
            {
                Patient read = await db.Patients.SingleAsync(p => p.Id == first);
                Assert.Equal(("Canary Patient erased", "Canary Insurer erased"), (read.Name, read.Insurer));
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task The_store_refuses_a_context_without_the_interceptor(string provider)
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(provider);
            await using ShreddedContext db = database.Database.CreateContext<ShreddedContext>(options => new ShreddedContext(options, database.Ring), database.Database.SubjectKeyInterceptors());
            var thrown = Assert.Throws<InvalidOperationException>(() => db.PersonalData(StoreOptions));
            Assert.Contains("Patient.Name", thrown.Message);
            Assert.Contains("CryptoShreddingInterceptor", thrown.Message);
        }

        [Fact]
        public void The_key_table_refuses_a_name_that_is_not_an_identifier()
        {
            var ring = Encryption.ProtectedDatabase.Ring("k");
            var thrown = Assert.Throws<ArgumentException>(() => new SubjectKeyTable(ring, new SubjectKeyTableOptions { Table = "keys; DROP TABLE x" }));
            Assert.Contains("not a SQL identifier", thrown.Message);
            Assert.Throws<ArgumentException>(() => new SubjectKeyTable(ring, new SubjectKeyTableOptions { CacheCapacity = 0 }));
            Assert.Contains("cannot be negative", Assert.Throws<ArgumentException>(() => new SubjectKeyTable(ring, new SubjectKeyTableOptions { CacheLifetime = TimeSpan.FromSeconds(-1) })).Message);
            Assert.Equal("a.b_1", new SubjectKeyTable(ring, new SubjectKeyTableOptions { Table = "a.b_1" }).Table);
        }


        private static ShreddedContext Restored(ShreddedDatabase database, string dataFile, string keysFile)
        {
            var options = new DbContextOptionsBuilder<ShreddedContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = dataFile, Pooling = false }.ToString())
                .AddInterceptors(new AttachKeys(keysFile), database.Interceptor)
                .ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.ManyServiceProvidersCreatedWarning));
            return new ShreddedContext(options.Options, database.Ring);
        }

        private static T Find<T>(Exception exception)
            where T : Exception
        {
            for (Exception? current = exception; current is not null; current = current.InnerException)
            {
                if (current is T found)
                {
                    return found;
                }
            }

            throw new Xunit.Sdk.XunitException($"No {typeof(T).Name} in {exception}");
        }
    }
}
