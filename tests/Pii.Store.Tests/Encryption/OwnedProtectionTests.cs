using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Pii.Encryption;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model.ProtectedOwned;
using Pii.Store.Tests.Model.ProtectedComposite;

namespace Pii.Store.Tests.Encryption
{
    /// <summary>
    /// Members tagged Protection.Encrypted inside owned types, complex properties and collections of them: stored as
    /// ciphertext, read as plain values, erased, re-encrypted, and refused when the model lacks their converters; on SQLite
    /// and PostgreSQL.
    /// </summary>
    public sealed class OwnedProtectionTests
    {
        private static readonly PersonalDataStoreOptions Options = new() { HashKey = Encoding.UTF8.GetBytes("owned-protection-tests-hash-key-0123") };

        /// <summary>Every encrypted column outside JSON: table and column.</summary>
        private static readonly (string Table, string Column)[] EncryptedColumns =
        [
            ("Patients", "Email"),
            ("Patients", "Home_Street"),
            ("Patients", "Home_Location_Latitude"),
            ("Patients", "Card_Pan"),
            ("Patients", "Balance_Amount"),
            ("AppointmentReminders", "Text"),
            ("PatientWorkAddresses", "Street"),
            ("PatientWorkAddresses", "Location_Latitude"),
            ("PatientEmergencyContacts", "Phone"),
            ("PatientPhones", "Number"),
            ("PatientAllergies", "Substance"),
        ];

        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Encrypted_members_of_owned_objects_round_trip_and_reach_the_database_only_as_ciphertext(string provider)
        {
            PersonalDataKeyRing ring = ProtectedDatabase.Ring("k1");
            await using TestDatabase database = await CreateAsync(provider, ring);
            Patient canary = Canary();
            await using (ClinicContext db = Context(database, ring))
            {
                db.Patients.Add(canary);
                await db.SaveChangesAsync();
                db.Appointments.Add(Appointment(canary.Id));
                await db.SaveChangesAsync();
            }

            await using (ClinicContext db = Context(database, ring))
            {
                Assert.Equal(Appointment(canary.Id).Reminders.Select(r => r.Text).Order(), (await db.Appointments.AsNoTracking().SingleAsync()).Reminders.Select(r => r.Text).Order());
                Patient read = await db.Patients.AsNoTracking().SingleAsync();
                Assert.Equal(canary.Balance.Amount, read.Balance.Amount);
                Assert.Equal(canary.Email, read.Email);
                Assert.Equal(canary.Home.Street, read.Home.Street);
                Assert.Equal(canary.Work!.Street, read.Work!.Street);
                Assert.Equal(canary.Work.Location.Latitude, read.Work.Location.Latitude);
                Assert.Equal(canary.Allergies.Select(a => a.Substance).Order(), read.Allergies.Select(a => a.Substance).Order());
                Assert.Equal(canary.Home.City, read.Home.City);
                Assert.Equal(canary.Home.Location.Latitude, read.Home.Location.Latitude);
                Assert.Equal(canary.Emergency!.Phone, read.Emergency!.Phone);
                Assert.Equal(canary.Insurance!.Number, read.Insurance!.Number);
                Assert.Equal(canary.Insurance.ValidUntil, read.Insurance.ValidUntil);
                Assert.Equal(canary.Card.Pan, read.Card.Pan);
                Assert.Equal(canary.Phones.Select(p => p.Number).Order(), read.Phones.Select(p => p.Number).Order());
                Assert.Equal(canary.Visits.Select(v => v.Note), read.Visits.Select(v => v.Note));

                foreach ((string table, string column) in EncryptedColumns)
                {
                    List<object?> values = await RawAsync(db, table, column);
                    Assert.NotEmpty(values);
                    Assert.All(values, value => Assert.Equal("k1", KeyIdOf(value, $"{table}.{column}")));
                }

                // In JSON each encrypted value is its envelope as text.
                Assert.All(await JsonValuesAsync(db), pair => Assert.Equal("k1", KeyIdOf(pair.Value, pair.Name)));
            }

            // The SQLite file holds none of the plain values, while the tagged but unencrypted ones are there to be found.
            if (database.FileBytes() is { } file)
            {
                string text = Encoding.UTF8.GetString(file);
                Assert.Contains(canary.Name!, text, StringComparison.Ordinal);
                Assert.Contains(canary.Home.City!, text, StringComparison.Ordinal);
                Assert.All(PlainTexts(canary), plain => Assert.DoesNotContain(plain, text, StringComparison.Ordinal));
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task The_store_exports_them_plain_and_erasure_clears_them(string provider)
        {
            PersonalDataKeyRing ring = ProtectedDatabase.Ring("k1");
            await using TestDatabase database = await CreateAsync(provider, ring);
            Patient canary = Canary();
            Patient other = Canary();
            await using ClinicContext db = Context(database, ring);
            db.Patients.AddRange(canary, other);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();

            using var stream = new System.IO.MemoryStream();
            await db.PersonalData(Options).ExportAsync(canary.Id, stream);
            using (JsonDocument export = JsonDocument.Parse(stream.ToArray()))
            {
                // Not the allergies: export and erasure follow a collection only when its element has no key of its own
                // (docs/store.md); encryption covers it all the same (the test above).
                string json = export.RootElement.GetRawText();
                Assert.All(PlainTexts(canary).Except(canary.Allergies.Select(a => a.Substance!)).Where(plain => !plain.StartsWith("reminder", StringComparison.Ordinal)), plain => Assert.Contains(plain, json, StringComparison.Ordinal));
            }

            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(canary.Id, ErasureRequest.Everything(DateTimeOffset.UtcNow));

            Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
            Patient erased = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == canary.Id);
            Assert.Null(erased.Email);
            Assert.Null(erased.Home.Street);
            Assert.Null(erased.Home.Location.Latitude);
            Assert.Null(erased.Work!.Street);
            Assert.NotNull(erased.Emergency);
            Assert.Null(erased.Emergency!.Phone);
            Assert.NotNull(erased.Insurance);
            Assert.Null(erased.Insurance!.Number);
            Assert.Null(erased.Card.Pan);
            Assert.Equal(2, erased.Phones.Count);
            Assert.All(erased.Phones, p => Assert.Null(p.Number));
            Assert.Equal(2, erased.Visits.Count);
            Assert.All(erased.Visits, v => Assert.Null(v.Note));

            // The other patient's values are untouched and still read through the converters.
            Patient kept = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == other.Id);
            Assert.Equal(other.Email, kept.Email);
            Assert.Equal(other.Home.Street, kept.Home.Street);
            Assert.Equal(other.Work!.Street, kept.Work!.Street);
            Assert.Equal(other.Insurance!.Number, kept.Insurance!.Number);
            Assert.Equal(other.Visits.Select(v => v.Note), kept.Visits.Select(v => v.Note));
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Reencryption_moves_the_values_in_owned_objects_to_the_current_key(string provider)
        {
            byte[] k1 = RandomNumberGenerator.GetBytes(32);
            byte[] k2 = RandomNumberGenerator.GetBytes(32);
            var before = new PersonalDataKeyRing("k1", [new("k1", k1)]);
            await using TestDatabase database = await CreateAsync(provider, before);
            Patient first = Canary();
            Patient second = Canary();
            await using (ClinicContext db = Context(database, before))
            {
                db.Patients.AddRange(first, second, new Patient { Name = "Nothing encrypted" });
                await db.SaveChangesAsync();
                db.Appointments.Add(Appointment(second.Id));
                await db.SaveChangesAsync();
            }

            var after = new PersonalDataKeyRing("k2", [new("k2", k2), new("k1", k1)]);
            await using (ClinicContext db = Context(database, after))
            {
                int rewritten = await db.PersonalData(Options).ReencryptAsync(batchSize: 2);

                Assert.Equal(3, rewritten); // two patients and the appointment; the third patient holds no encrypted value
                foreach ((string table, string column) in EncryptedColumns)
                {
                    Assert.All(await RawAsync(db, table, column), value => Assert.Equal("k2", KeyIdOf(value, $"{table}.{column}")));
                }

                Assert.All(await JsonValuesAsync(db), pair => Assert.Equal("k2", KeyIdOf(pair.Value, pair.Name)));
            }

            // k1 can be retired: a ring without it reads every value.
            var retired = new PersonalDataKeyRing("k2", [new("k2", k2)]);
            await using (ClinicContext db = Context(database, retired))
            {
                Patient read = await db.Patients.AsNoTracking().SingleAsync(p => p.Id == second.Id);
                Assert.Equal(second.Email, read.Email);
                Assert.Equal(second.Balance.Amount, read.Balance.Amount);
                Assert.Equal(Appointment(second.Id).Reminders.Select(r => r.Text).Order(), (await db.Appointments.AsNoTracking().SingleAsync()).Reminders.Select(r => r.Text).Order());
                Assert.Equal(second.Home.Street, read.Home.Street);
                Assert.Equal(second.Work!.Location.Latitude, read.Work!.Location.Latitude);
                Assert.Equal(second.Allergies.Select(a => a.Substance).Order(), read.Allergies.Select(a => a.Substance).Order());
                Assert.Equal(second.Home.Location.Latitude, read.Home.Location.Latitude);
                Assert.Equal(second.Emergency!.Phone, read.Emergency!.Phone);
                Assert.Equal(second.Insurance!.ValidUntil, read.Insurance!.ValidUntil);
                Assert.Equal(second.Card.Pan, read.Card.Pan);
                Assert.Equal(second.Phones.Select(p => p.Number).Order(), read.Phones.Select(p => p.Number).Order());
                Assert.Equal(second.Visits.Select(v => v.Note), read.Visits.Select(v => v.Note));
            }
        }

        [Theory]
        // Not called: the entity's own member is found first.
        [InlineData(ProtectionCall.Forgotten, false, "Pii.Store.Tests.Model.ProtectedOwned.Patient.Email is tagged Protection.Encrypted, but the model stores it as it is: call ClinicContextPersonalData.ConfigureProtection(modelBuilder, keyRing)")]
        // Called before the owned types: EF Core has found them by convention, as entities without a key.
        [InlineData(ProtectionCall.BeforeOwnedTypes, true, "holds members tagged Protection.Encrypted, but it is not configured yet (EF Core has found it only as an entity without a key): call ClinicContextPersonalData.ConfigureProtection(modelBuilder, keyRing) last in OnModelCreating")]
        // Called before a struct's complex property: EF Core does not find a struct by itself, the store's check does.
        [InlineData(ProtectionCall.BeforeBalance, false, "Pii.Store.Tests.Model.ProtectedOwned.Money.Amount is tagged Protection.Encrypted, but the model stores it as it is: call ClinicContextPersonalData.ConfigureProtection(modelBuilder, keyRing) last in OnModelCreating")]
        // The home address stored as one value: its members cannot be encrypted one by one.
        [InlineData(ProtectionCall.HomeAsOneValue, true, "Pii.Store.Tests.Model.ProtectedOwned.Patient.Home holds members tagged Protection.Encrypted, but the model stores it as one value")]
        public async Task A_missing_early_or_impossible_configuration_is_refused_not_stored_in_plain_text(ProtectionCall call, bool whenTheModelIsBuilt, string expected)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            await using ClinicContext db = Context(database, ProtectedDatabase.Ring("k1"), call);

            InvalidOperationException error = whenTheModelIsBuilt
                ? Assert.Throws<InvalidOperationException>(() => db.Model)
                : Assert.Throws<InvalidOperationException>(() => db.PersonalData(Options));

            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_context_whose_only_personal_data_is_encrypted_in_keyed_elements_still_gets_its_converters_and_reencryption(string provider)
        {
            byte[] k1 = RandomNumberGenerator.GetBytes(32);
            byte[] k2 = RandomNumberGenerator.GetBytes(32);
            var before = new PersonalDataKeyRing("k1", [new("k1", k1)]);
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await using (ReminderContext db = database.CreateContext<ReminderContext>(options => new ReminderContext(options, before)))
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
                db.Appointments.Add(Appointment(patientId: 1));
                await db.SaveChangesAsync();
                Assert.All(await RawAsync(db, "AppointmentReminders", "Text"), value => Assert.Equal("k1", KeyIdOf(value, "AppointmentReminders.Text")));
            }

            var after = new PersonalDataKeyRing("k2", [new("k2", k2), new("k1", k1)]);
            await using (ReminderContext db = database.CreateContext<ReminderContext>(options => new ReminderContext(options, after)))
            {
                Assert.Equal(1, await db.PersonalData(Options).ReencryptAsync());
                List<object?> stored = await RawAsync(db, "AppointmentReminders", "Text");
                Assert.Equal(2, stored.Count);
                Assert.All(stored, value => Assert.Equal("k2", KeyIdOf(value, "AppointmentReminders.Text")));
                Assert.Equal(Appointment(1).Reminders.Select(r => r.Text).Order(), (await db.Appointments.AsNoTracking().SingleAsync()).Reminders.Select(r => r.Text).Order());
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Reencryption_pages_by_offset_when_the_model_keys_the_table_by_more_than_its_Id(string provider)
        {
            byte[] k1 = RandomNumberGenerator.GetBytes(32);
            byte[] k2 = RandomNumberGenerator.GetBytes(32);
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await using (PermitContext db = database.CreateContext<PermitContext>(options => new PermitContext(options, new PersonalDataKeyRing("k1", [new("k1", k1)]))))
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
                db.Holders.Add(new Holder { Id = 1, Name = "Holder" });

                // In id order the third row is one of the two with id 2: batches of three paged by id alone would skip the other.
                foreach ((string zone, int id) in new[] { ("A", 1), ("B", 1), ("A", 2), ("B", 2), ("A", 3) })
                {
                    db.Permits.Add(new Permit { Zone = zone, Id = id, HolderId = 1, Note = $"Note {zone}{id}" });
                }

                await db.SaveChangesAsync();
            }

            await using (PermitContext db = database.CreateContext<PermitContext>(options => new PermitContext(options, new PersonalDataKeyRing("k2", [new("k2", k2), new("k1", k1)]))))
            {
                Assert.Equal(1 + 5, await db.PersonalData(Options).ReencryptAsync(batchSize: 3));
            }

            // The old key retired: every value reads, so none was left under it.
            await using (PermitContext db = database.CreateContext<PermitContext>(options => new PermitContext(options, new PersonalDataKeyRing("k2", [new("k2", k2)]))))
            {
                var notes = await db.Permits.AsNoTracking().OrderBy(p => p.Zone).ThenBy(p => p.Id).Select(p => p.Note).ToListAsync();
                Assert.Equal(["Note A1", "Note A2", "Note A3", "Note B1", "Note B2"], notes);
            }
        }

        [Fact]
        public async Task An_element_type_with_a_key_found_as_an_entity_before_OwnsMany_keeps_its_converter()
        {
            PersonalDataKeyRing ring = ProtectedDatabase.Ring("k1");
            await using TestDatabase database = await CreateAsync(TestDatabase.Sqlite, ring);
            await using ClinicContext db = Context(database, ring, ProtectionCall.BeforeAllergies);
            db.Patients.Add(Canary());
            await db.SaveChangesAsync();

            // EF Core keeps what ConfigureProtection set on the entity it had found when OwnsMany makes it owned.
            Assert.NotNull(db.PersonalData(Options));
            List<object?> stored = await RawAsync(db, "PatientAllergies", "Substance");
            Assert.Equal(2, stored.Count);
            Assert.All(stored, value => Assert.Equal("k1", KeyIdOf(value, "PatientAllergies.Substance")));
        }

        private static async Task<TestDatabase> CreateAsync(string provider, IPersonalDataKeyRing ring)
        {
            TestDatabase database = await TestDatabase.CreateAsync(provider);
            await using ClinicContext db = Context(database, ring);
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return database;
        }

        private static ClinicContext Context(TestDatabase database, IPersonalDataKeyRing ring, ProtectionCall call = ProtectionCall.AfterOwnedTypes) =>
            database.CreateContext<ClinicContext>(options => new ClinicContext(options, ring, call));

        private static Appointment Appointment(int patientId) => new()
        {
            PatientId = patientId,
            Reminders = [new Reminder { Text = "reminder-canary-bring-card" }, new Reminder { Text = "reminder-canary-fasting" }],
        };

        private static Patient Canary() => new()
        {
            Balance = new Money { Amount = -417.17m },
            Name = "Plain Patient Kanarie",
            Email = "patient.canary@leak-check.example",
            Home = new HomeAddress { Street = "Canary-Street 417", City = "Plain-City-Utrecht", Location = new GeoPoint { Latitude = 52.0907417 } },
            Work = new HomeAddress { Street = "Canary-Workplace 12", City = "Plain-City-Delft", Location = new GeoPoint { Latitude = 52.0116 } },
            Allergies = [new Allergy { Substance = "allergy-canary-penicillin" }, new Allergy { Substance = "allergy-canary-latex" }],
            Emergency = new EmergencyContact { Phone = "0031-6-canary-417" },
            Insurance = new InsurancePolicy { Number = "POLICY-CANARY-417", ValidUntil = new DateOnly(2031, 4, 17) },
            Card = new PaymentCard { Pan = "4000-canary-0417" },
            Phones = [new PhoneNumber { Number = "0031-20-canary-1" }, new PhoneNumber { Number = "0031-20-canary-2" }],
            Visits = [new Visit { Note = "visit-note-canary-one" }, new Visit { Note = "visit-note-canary-two" }],
        };

        /// <summary>The canary's encrypted texts, which no stored byte may contain.</summary>
        private static string[] PlainTexts(Patient canary) =>
        [
            canary.Email!, canary.Home.Street!, canary.Work!.Street!, canary.Emergency!.Phone!, canary.Insurance!.Number!, canary.Card.Pan!,
            canary.Allergies[0].Substance!, canary.Allergies[1].Substance!, "reminder-canary-bring-card", "reminder-canary-fasting",
            canary.Phones[0].Number!, canary.Phones[1].Number!, canary.Visits[0].Note!, canary.Visits[1].Note!,
        ];

        /// <summary>
        /// The key id of a stored envelope: bytes, or in JSON text, hexadecimal on SQLite and base64 on PostgreSQL (an
        /// envelope starts with "Px": "5078…" in hexadecimal, "UHg…" in base64). Fails for anything else.
        /// </summary>
        private static string KeyIdOf(object? stored, string where)
        {
            byte[] envelope = stored switch
            {
                byte[] bytes => bytes,
                string text => text.StartsWith("5078", StringComparison.Ordinal) ? Convert.FromHexString(text) : Convert.FromBase64String(text),
                _ => throw new Xunit.Sdk.XunitException($"{where} holds {stored ?? "null"}, not an envelope"),
            };
            Assert.True(PersonalDataProtector.TryGetKeyId(envelope, out string keyId), where);
            return keyId;
        }

        /// <summary>The encrypted values inside the JSON columns (Insurance, Visits) of every patient that has them.</summary>
        private static async Task<List<(string Name, string? Value)>> JsonValuesAsync(ClinicContext db)
        {
            var values = new List<(string Name, string? Value)>();
            foreach (object? insurance in await RawAsync(db, "Patients", "Insurance"))
            {
                if (insurance is string json)
                {
                    using JsonDocument document = JsonDocument.Parse(json);
                    values.Add(("Insurance.Number", document.RootElement.GetProperty("Number").GetString()));
                    values.Add(("Insurance.ValidUntil", document.RootElement.GetProperty("ValidUntil").GetString()));
                }
            }

            foreach (object? visits in await RawAsync(db, "Patients", "Visits"))
            {
                using JsonDocument document = JsonDocument.Parse((string)visits!);
                foreach (JsonElement visit in document.RootElement.EnumerateArray())
                {
                    values.Add(("Visits.Note", visit.GetProperty("Note").GetString()));
                }
            }

            Assert.NotEmpty(values);
            return values;
        }

        /// <summary>Every non-null value of a column, read past EF Core (and so past the converters).</summary>
        private static async Task<List<object?>> RawAsync(DbContext db, string table, string column)
        {
            DbConnection connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
                var values = new List<object?>();
                await using DbDataReader reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    values.Add(reader.GetValue(0));
                }

                return values;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
