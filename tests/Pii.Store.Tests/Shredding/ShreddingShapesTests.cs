using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pii.Encryption;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model.ShreddedShapes;
using Pii.Store.Tests.Model.Shredded;
using Pii.Store.Tests.Shredding;

namespace Pii.Store.Tests.Shredding
{
    /// <summary>
    /// Crypto-shredding beyond the patient model: rolled-back key creation, detached updates, another process after an
    /// erasure, arrays changed in place, several links to a subject, other key types, navigation-only links, hierarchies,
    /// suppression, purge and export (SQLite). Written from a review that found each of these broken.
    /// </summary>
    public class ShreddingShapesTests
    {
        private static readonly PersonalDataStoreOptions StoreOptions = new() { HashKey = Encoding.UTF8.GetBytes("shredding-tests-hash-key-0123456789") };

        // ---------- Shredded model ----------

        [Fact]
        public async Task A_key_created_in_a_transaction_that_rolled_back_is_not_used_by_a_later_save()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            Patient patient = ShreddedDatabase.Canary("rb");
            await using (ShreddedContext db = database.Context())
            {
                await using (var tx = await db.Database.BeginTransactionAsync())
                {
                    db.Patients.Add(patient);
                    db.Visits.Add(new Visit { PatientId = 424242, At = DateTime.UtcNow }); // FK violation
                    await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
                    await tx.RollbackAsync();
                }

                db.Entry(db.Visits.Local.Single()).State = EntityState.Detached;
                await db.SaveChangesAsync();
            }

            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", patient.Id))!;
            Assert.Equal((true, false), await database.KeyRowAsync(keyId));

            database.Restart();
            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal(patient.Name, (await db.Patients.SingleAsync()).Name);
            }
        }

        [Fact]
        public async Task An_update_of_a_detached_entity_keeps_the_subjects_key_id()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int first, _) = await database.AddTwoPatientsAsync();
            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", first))!;
            await using (ShreddedContext db = database.Context())
            {
                db.Update(new Patient { Id = first, Plain = "edited offline" });
                await db.SaveChangesAsync();
            }

            Assert.Equal(keyId, await database.RawAsync("Patients", "PiiSubjectKeyId", first));

            await using (ShreddedContext db = database.Context())
            {
                SubjectErasureReceipt receipt = await db.PersonalData(StoreOptions).EraseAsync(first, ErasureRequest.Everything(DateTimeOffset.UtcNow));
                Assert.True(receipt.SubjectKeyDestroyed);
            }

            Assert.Equal((false, true), await database.KeyRowAsync(keyId));
        }

        [Fact]
        public async Task An_update_of_a_detached_entity_writes_its_shredded_values_and_an_attached_stub_keeps_them()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int first, _) = await database.AddTwoPatientsAsync();
            await using (ShreddedContext db = database.Context())
            {
                db.Update(new Patient { Id = first, Name = "Renamed offline", Plain = "edited offline" });
                await db.SaveChangesAsync();
            }

            Assert.Equal("edited offline", await database.RawAsync("Patients", "Plain", first));
            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal("Renamed offline", (await db.Patients.SingleAsync(p => p.Id == first)).Name);
            }

            // A stub attached to change one column leaves the shredded values as they are.
            await using (ShreddedContext db = database.Context())
            {
                var stub = new Patient { Id = first, Plain = "one column" };
                db.Attach(stub).Property(p => p.Plain).IsModified = true;
                await db.SaveChangesAsync();
            }

            await using (ShreddedContext db = database.Context())
            {
                Patient read = await db.Patients.SingleAsync(p => p.Id == first);
                Assert.Equal(("one column", "Renamed offline"), (read.Plain, read.Name));
            }
        }

        [Fact]
        public async Task Another_process_that_read_a_subject_before_its_erasure_writes_nothing_under_the_destroyed_key()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int first, _) = await database.AddTwoPatientsAsync();

            // Process B: its own key table and interceptor; it reads the patient (and remembers the key).
            var keysB = new SubjectKeyTable(database.Ring, database.Database.SubjectKeyOptions());
            var interceptorB = new ShreddedContextPersonalData.CryptoShreddingInterceptor(keysB);
            await using ShreddedContext dbB = database.Database.CreateContext<ShreddedContext>(o => new ShreddedContext(o, database.Ring), [.. database.Database.SubjectKeyInterceptors(), interceptorB]);
            Patient tracked = await dbB.Patients.SingleAsync(p => p.Id == first);
            string destroyed = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", first))!;

            // Process A erases the patient.
            await using (ShreddedContext db = database.Context())
            {
                Assert.True((await db.PersonalData(StoreOptions).EraseAsync(first, ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
            }

            // After the erasure, B records a new value for the patient it read before: B checks the key in the table, finds
            // it destroyed, and encrypts under a new key of the patient's; everyone can read it.
            tracked.Name = "Name given after the erasure";
            await dbB.SaveChangesAsync();
            string newKey = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", first))!;
            Assert.NotEqual(destroyed, newKey);
            Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Patients", "Name", first))!, newKey));

            database.Restart();
            await using (ShreddedContext db = database.Context())
            {
                Patient read = await db.Patients.SingleAsync(p => p.Id == first);
                Assert.False(ShreddedValues.IsShredded(read, nameof(Patient.Name)));
                Assert.Equal("Name given after the erasure", read.Name);
            }
        }

        [Fact]
        public async Task An_entity_loaded_in_one_context_and_updated_in_another_keeps_its_values()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int first, _) = await database.AddTwoPatientsAsync();
            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", first))!;
            Patient patient;
            await using (ShreddedContext db = database.Context())
            {
                patient = await db.Patients.SingleAsync(x => x.Id == first);
            }

            patient.Plain = "edited elsewhere";
            await using (ShreddedContext db = database.Context())
            {
                db.Update(patient);
                await db.SaveChangesAsync();
            }

            Assert.Equal(keyId, await database.RawAsync("Patients", "PiiSubjectKeyId", first));
            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal("Canary Patient erased", (await db.Patients.SingleAsync(x => x.Id == first)).Name);
            }
        }

        [Fact]
        public async Task An_entity_read_without_tracking_then_attached_and_changed_is_saved()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int first, _) = await database.AddTwoPatientsAsync();
            await using (ShreddedContext db = database.Context())
            {
                Patient patient = await db.Patients.AsNoTracking().SingleAsync(x => x.Id == first);
                db.Attach(patient);
                patient.Name = "Changed after attach";
                await db.SaveChangesAsync();
            }

            database.Restart();
            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal("Changed after attach", (await db.Patients.SingleAsync(x => x.Id == first)).Name);
            }
        }

        [Fact]
        public async Task A_save_retried_after_a_rollback_encrypts_again_under_a_key_that_exists()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int first, _) = await database.AddTwoPatientsAsync();
            await using (ShreddedContext db = database.Context())
            {
                await db.PersonalData(StoreOptions).EraseAsync(first, ErasureRequest.Everything(DateTimeOffset.UtcNow));
            }

            Assert.Null(await database.RawAsync("Patients", "PiiSubjectKeyId", first));
            await using (ShreddedContext db = database.Context())
            {
                Patient patient = await db.Patients.SingleAsync(x => x.Id == first);
                await using (var transaction = await db.Database.BeginTransactionAsync())
                {
                    patient.Name = "New name";
                    db.Visits.Add(new Visit { PatientId = 424242, At = DateTime.UtcNow }); // no such patient: the save fails
                    await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
                    await transaction.RollbackAsync();
                }

                db.Entry(db.Visits.Local.Single()).State = EntityState.Detached;
                await db.SaveChangesAsync();
            }

            database.Restart();
            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal("New name", (await db.Patients.SingleAsync(x => x.Id == first)).Name);
            }
        }

        /// <summary>
        /// The pattern of an execution strategy around a transaction of the caller's: save without accepting the changes,
        /// the transaction rolls back (a later step failed), the same changes are saved again. The first save gave the
        /// patient a key in the transaction; the rollback took it away, so the second must not write what it encrypted.
        /// </summary>
        [Fact]
        public async Task Changes_saved_in_a_transaction_that_rolled_back_are_encrypted_again_when_they_are_saved_again()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            int id;
            await using (ShreddedContext db = database.Context())
            {
                var keyless = new Patient { Plain = "No crypto-shredded value yet, so no key" };
                db.Patients.Add(keyless);
                await db.SaveChangesAsync();
                id = keyless.Id;
            }

            Assert.Null(await database.RawAsync("Patients", "PiiSubjectKeyId", id));
            await using (ShreddedContext db = database.Context())
            {
                Patient patient = await db.Patients.SingleAsync(x => x.Id == id);
                patient.Name = "First shredded value";
                await using (var transaction = await db.Database.BeginTransactionAsync())
                {
                    await db.SaveChangesAsync(acceptAllChangesOnSuccess: false);
                    await transaction.RollbackAsync();
                }

                await db.SaveChangesAsync();
            }

            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", id))!;
            Assert.Equal((true, false), await database.KeyRowAsync(keyId));
            Assert.True(PersonalDataProtector.IsProtectedWith((byte[])(await database.RawAsync("Patients", "Name", id))!, keyId));

            database.Restart();
            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal("First shredded value", (await db.Patients.SingleAsync(x => x.Id == id)).Name);
            }
        }

        [Fact]
        public async Task An_update_of_a_detached_entity_with_an_alternate_key_writes_its_values_and_colliding_names_compile()
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            PersonalDataKeyRing ring = Pii.Store.Tests.Encryption.ProtectedDatabase.Ring("ring-1");
            var keys = new SubjectKeyTable(ring, database.SubjectKeyOptions());
            var interceptor = new HolderContextPersonalData.CryptoShreddingInterceptor(keys);
            HolderContext Context() => database.CreateContext<HolderContext>(o => new HolderContext(o, ring), [.. database.SubjectKeyInterceptors(), interceptor]);
            await using (HolderContext db = Context())
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
                await db.Database.OpenConnectionAsync();
                await keys.EnsureCreatedAsync(db.Database.GetDbConnection());
                await db.Database.CloseConnectionAsync();
                db.Holders.Add(new Holder { Code = "H1", Name = "Old" });
                var vault = new Transaction { Root = "r", Session = "s", Entry = "e", Ring = "g" };
                db.Transactions.Add(vault);
                db.Items.Add(new Item { Transaction = vault, KeyId = "k", Created = "c" });
                await db.SaveChangesAsync();
            }

            await using (HolderContext db = Context())
            {
                Assert.Equal("k", (await db.Items.SingleAsync()).KeyId);
                Assert.Equal("s", (await db.Transactions.SingleAsync()).Session);
                int id = (await db.Holders.AsNoTracking().SingleAsync()).Id;
                db.ChangeTracker.Clear();
                db.Update(new Holder { Id = id, Code = "H1", Name = "New" });
                await db.SaveChangesAsync();
            }

            await using (HolderContext db = Context())
            {
                Assert.Equal("New", (await db.Holders.SingleAsync()).Name);
            }
        }

        /// <summary>Npgsql hands out the same transaction object again: a key held back for a rolled-back transaction must not be used by the next.</summary>
        [PostgresFact]
        public async Task On_PostgreSQL_a_key_of_a_rolled_back_transaction_is_not_used_by_the_next()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Postgres);
            Patient patient = ShreddedDatabase.Canary("rb");
            await using (ShreddedContext db = database.Context())
            {
                await db.Database.OpenConnectionAsync();
                await using (var transaction = await db.Database.BeginTransactionAsync())
                {
                    db.Patients.Add(patient);
                    db.Visits.Add(new Visit { PatientId = 424242, At = DateTime.UtcNow }); // no such patient: the save fails
                    await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
                    await transaction.RollbackAsync();
                }

                db.Entry(db.Visits.Local.Single()).State = EntityState.Detached;
                await using (var transaction = await db.Database.BeginTransactionAsync())
                {
                    await db.SaveChangesAsync();
                    await transaction.CommitAsync();
                }
            }

            string keyId = (string)(await database.RawAsync("Patients", "PiiSubjectKeyId", patient.Id))!;
            Assert.Equal((true, false), await database.KeyRowAsync(keyId));
            database.Restart();
            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal(patient.Name, (await db.Patients.SingleAsync()).Name);
            }
        }

        /// <summary>A key created in a committed transaction, then destroyed: a later transaction on the same connection must not open a restored copy.</summary>
        [PostgresFact]
        public async Task On_PostgreSQL_a_destroyed_key_is_not_kept_for_a_later_transaction_on_the_same_connection()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Postgres);
            await using ShreddedContext db = database.Context();
            await db.Database.OpenConnectionAsync();
            Patient patient = ShreddedDatabase.Canary("r7");
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                db.Patients.Add(patient);
                await db.SaveChangesAsync();
                await transaction.CommitAsync();
            }

            byte[] backup = (byte[])(await database.RawAsync("Patients", "Name", patient.Id))!;
            db.ChangeTracker.Clear();
            Assert.True((await db.PersonalData(StoreOptions).EraseAsync(patient.Id, ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
            await database.WriteRawAsync("Patients", "Name", patient.Id, backup); // a restored copy
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                Patient read = await db.Patients.AsNoTracking().SingleAsync();
                Assert.Null(read.Name);
                Assert.True(ShreddedValues.IsShredded(read, nameof(Patient.Name)));
            }
        }

        /// <summary>Inside a TransactionScope, reading a key through its own connection must not make the transaction distributed.</summary>
        [PostgresFact]
        public async Task On_PostgreSQL_a_key_is_read_inside_a_TransactionScope()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Postgres);
            (int first, _) = await database.AddTwoPatientsAsync();
            database.Restart();
            using (var scope = new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
            {
                await using ShreddedContext db = database.Context();
                Assert.Equal("Canary Patient erased", (await db.Patients.SingleAsync(x => x.Id == first)).Name);
                scope.Complete();
            }
        }

        [Fact]
        public async Task A_key_kept_in_memory_is_read_again_after_its_lifetime()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int first, _) = await database.AddTwoPatientsAsync();
            SubjectKeyTableOptions options = database.Database.SubjectKeyOptions();
            options.CacheLifetime = TimeSpan.Zero;
            var interceptorB = new ShreddedContextPersonalData.CryptoShreddingInterceptor(new SubjectKeyTable(database.Ring, options));
            ShreddedContext ContextB() => database.Database.CreateContext<ShreddedContext>(o => new ShreddedContext(o, database.Ring), [.. database.Database.SubjectKeyInterceptors(), interceptorB]);
            await using (ShreddedContext dbB = ContextB())
            {
                Assert.Equal("Notes of erased", (await dbB.Visits.SingleAsync(v => v.PatientId == first)).Notes);
            }

            // The erasure clears the live values; a restored copy is what B might still read, simulated by putting the
            // stored notes back past EF Core.
            byte[] notes = (byte[])(await database.RawAsync("Visits", "Notes", 1))!;
            await using (ShreddedContext db = database.Context())
            {
                await db.PersonalData(StoreOptions).EraseAsync(first, ErasureRequest.Everything(DateTimeOffset.UtcNow));
            }

            await database.WriteRawAsync("Visits", "Notes", 1, notes);

            await using (ShreddedContext dbB = ContextB())
            {
                Visit visit = await dbB.Visits.SingleAsync(v => v.Id == 1);
                Assert.Null(visit.Notes);
                Assert.True(ShreddedValues.IsShredded(visit, nameof(Visit.Notes)));
            }
        }

        [Fact]
        public async Task A_byte_array_changed_in_place_is_saved()
        {
            await using ShreddedDatabase database = await ShreddedDatabase.CreateAsync(TestDatabase.Sqlite);
            (int first, _) = await database.AddTwoPatientsAsync();
            await using (ShreddedContext db = database.Context())
            {
                Patient p = await db.Patients.SingleAsync(x => x.Id == first);
                p.Photo![0] = 0x00;
                await db.SaveChangesAsync();
            }

            await using (ShreddedContext db = database.Context())
            {
                Assert.Equal(0x00, (await db.Patients.SingleAsync(x => x.Id == first)).Photo![0]);
            }
        }

        // ---------- Other model shapes ----------

        [Fact]
        public async Task A_row_with_two_links_to_its_subject_is_encrypted_under_the_key_of_the_link_erasure_follows()
        {
            await using Setup<MessagingContext> s = await Setup<MessagingContext>.CreateAsync((o, r) => new MessagingContext(o, r));
            int sender, recipient;
            await using (MessagingContext db = s.Context())
            {
                var a = new User { Name = "Sender" };
                var b = new User { Name = "Recipient" };
                db.Users.AddRange(a, b);
                await db.SaveChangesAsync();
                db.Messages.Add(new Message { SenderId = a.Id, RecipientId = b.Id, Body = "hello from the sender" });
                await db.SaveChangesAsync();
                (sender, recipient) = (a.Id, b.Id);
            }

            // The erasure of the recipient destroys its key (no message reaches it by the generated chain)...
            await using (MessagingContext db = s.Context())
            {
                Assert.True((await db.PersonalData(StoreOptions).User.EraseAsync(recipient, ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
            }

            // ...and the sender's message, still held for the sender, must stay readable.
            s.Restart();
            await using (MessagingContext db = s.Context())
            {
                Message m = await db.Messages.SingleAsync();
                Assert.Equal("hello from the sender", m.Body);
            }
        }

        [Fact]
        public async Task String_Guid_and_long_keys_and_navigation_only_links_round_trip_and_erase()
        {
            await using Setup<MessagingContext> s = await Setup<MessagingContext>.CreateAsync((o, r) => new MessagingContext(o, r));
            Guid deviceId = Guid.NewGuid();
            await using (MessagingContext db = s.Context())
            {
                var u = new User { Name = "Author" };
                db.Users.Add(u);
                db.Notes.Add(new Note { Author = u, Text = "note text" });
                db.Accounts.Add(new Account { Code = "acc-1", Email = "a@example.com" });
                db.Logins.Add(new Login { AccountId = "acc-1", Ip = "10.0.0.1" });
                db.Devices.Add(new Device { Id = deviceId, Label = "phone" });
                db.Members.Add(new Member { Id = 77, Label = "member" });
                await db.SaveChangesAsync();
            }

            s.Restart();
            await using (MessagingContext db = s.Context())
            {
                Assert.Equal("note text", (await db.Notes.SingleAsync()).Text);
                Assert.Equal("10.0.0.1", (await db.Logins.SingleAsync()).Ip);
                Assert.Equal("phone", (await db.Devices.SingleAsync()).Label);
                Assert.Equal("member", (await db.Members.SingleAsync()).Label);
                Assert.True((await db.PersonalData(StoreOptions).Account.EraseAsync("acc-1", ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
                Assert.True((await db.PersonalData(StoreOptions).Device.EraseAsync(deviceId, ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
                Assert.True((await db.PersonalData(StoreOptions).Member.EraseAsync(77L, ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
            }
        }

        [Fact]
        public async Task A_dependent_of_a_subject_derived_from_a_tagged_base_entity_is_saved_and_erased()
        {
            await using Setup<PartyContext> s = await Setup<PartyContext>.CreateAsync((o, r) => new PartyContext(o, r));
            await using PartyContext db = s.Context();
            var c = new Client { Email = "c@example.com" };
            db.Clients.Add(c);
            await db.SaveChangesAsync();
            db.Orders.Add(new Order { ClientId = c.Id, Address = "1 Main St" });
            await db.SaveChangesAsync();
            Assert.True((await db.PersonalData(StoreOptions).Client.EraseAsync(c.Id, ErasureRequest.Everything(DateTimeOffset.UtcNow))).SubjectKeyDestroyed);
        }

        [Fact]
        public async Task A_base_entity_that_declares_a_crypto_shredded_member_but_leads_to_no_subject_keeps_it_under_the_ring()
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            PersonalDataKeyRing ring = Pii.Store.Tests.Encryption.ProtectedDatabase.Ring("ring-1");

            // Both orders of the DbSets generate a store; the member declared on Person is under the ring in both.
            var interceptorPeople = new PeopleFirstContextPersonalData.CryptoShreddingInterceptor(new SubjectKeyTable(ring, database.SubjectKeyOptions()));
            await using (PeopleFirstContext db = database.CreateContext<PeopleFirstContext>(o => new PeopleFirstContext(o, ring), interceptorPeople))
            {
                Assert.NotNull(db.Model.FindEntityType(typeof(Person))!.FindProperty(nameof(Person.Email))!.GetValueConverter());
                Assert.NotNull(db.Model.FindEntityType(typeof(Customer))!.FindProperty("NameCiphertext"));
            }

            var interceptorCustomers = new CustomersFirstContextPersonalData.CryptoShreddingInterceptor(new SubjectKeyTable(ring, database.SubjectKeyOptions()));
            await using (CustomersFirstContext db = database.CreateContext<CustomersFirstContext>(o => new CustomersFirstContext(o, ring), interceptorCustomers))
            {
                Assert.NotNull(db.Model.FindEntityType(typeof(Person))!.FindProperty(nameof(Person.Email))!.GetValueConverter());
            }

            // Without the interceptor, the first use of a context with crypto-shredded members fails, naming what to add.
            await using (CustomersFirstContext db = database.CreateContext<CustomersFirstContext>(o => new CustomersFirstContext(o, Pii.Store.Tests.Encryption.ProtectedDatabase.Ring("other"))))
            {
                var thrown = Assert.Throws<InvalidOperationException>(() => db.Model);
                Assert.Contains("CryptoShreddingInterceptor", thrown.Message);
            }
        }

        [Fact]
        public async Task A_crypto_shredded_address_is_suppressed_on_erasure()
        {
            await using Setup<ListContext> s = await Setup<ListContext>.CreateAsync((o, r) => new ListContext(o, r));
            int id;
            await using (ListContext db = s.Context())
            {
                var x = new Subscriber { Email = "sub@example.com" };
                db.Subscribers.Add(x);
                await db.SaveChangesAsync();
                id = x.Id;
            }

            await using (ListContext db = s.Context())
            {
                var r = await db.PersonalData(StoreOptions).EraseAsync(id, ErasureRequest.Everything(DateTimeOffset.UtcNow).WithSuppression());
                Assert.True(r.SubjectKeyDestroyed);
                Assert.Equal(1, r.AddedToSuppressionList);
                Assert.True(await db.PersonalData(StoreOptions).IsSuppressedAsync("sub@example.com"));
            }
        }

        [Fact]
        public async Task Crypto_shredded_members_are_exported_and_purged()
        {
            await using Setup<ListContext> s = await Setup<ListContext>.CreateAsync((o, r) => new ListContext(o, r));
            int id;
            await using (ListContext db = s.Context())
            {
                var x = new Subscriber { Email = "sub@example.com", SeenAt = DateTime.UtcNow.AddYears(-10), LastIp = "10.1.2.3" };
                db.Subscribers.Add(x);
                await db.SaveChangesAsync();
                id = x.Id;
            }

            await using (ListContext db = s.Context())
            {
                var stream = new System.IO.MemoryStream();
                await db.PersonalData(StoreOptions).ExportAsync(id, stream);
                string json = Encoding.UTF8.GetString(stream.ToArray());
                Assert.Contains("sub@example.com", json);
                Assert.Contains("10.1.2.3", json);
                PurgeResult result = await db.PersonalData(StoreOptions).PurgeExpiredAsync(DateTimeOffset.UtcNow);
                Assert.Equal(1, result.Entities.Single(e => e.EntityType == "Subscriber").Members.Single(m => m.Member == "LastIp").Rows);
            }

            await using (ListContext db = s.Context())
            {
                Subscriber read = await db.Subscribers.SingleAsync();
                Assert.Null(read.LastIp);
                Assert.Equal("sub@example.com", read.Email);
            }
        }


        internal sealed class Setup<TContext> : IAsyncDisposable
            where TContext : DbContext
        {
            private readonly Func<DbContextOptions<TContext>, IPersonalDataKeyRing, TContext> _create;

            private Setup(TestDatabase database, Func<DbContextOptions<TContext>, IPersonalDataKeyRing, TContext> create)
            {
                Database = database;
                _create = create;
                Ring = Pii.Store.Tests.Encryption.ProtectedDatabase.Ring("ring-1");
                Restart();
            }

            public TestDatabase Database { get; }

            public PersonalDataKeyRing Ring { get; }

            public SubjectKeyTable Keys { get; private set; } = null!;

            public IInterceptor Interceptor { get; private set; } = null!;

            public static async Task<Setup<TContext>> CreateAsync(Func<DbContextOptions<TContext>, IPersonalDataKeyRing, TContext> create)
            {
                var s = new Setup<TContext>(await TestDatabase.CreateAsync(TestDatabase.Sqlite), create);
                await using TContext db = s.Context();
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
                await db.Database.OpenConnectionAsync();
                await s.Keys.EnsureCreatedAsync(db.Database.GetDbConnection());
                await db.Database.CloseConnectionAsync();
                return s;
            }

            public void Restart()
            {
                Keys = new SubjectKeyTable(Ring, Database.SubjectKeyOptions());
                Interceptor = typeof(TContext) == typeof(MessagingContext) ? new MessagingContextPersonalData.CryptoShreddingInterceptor(Keys)
                    : typeof(TContext) == typeof(PartyContext) ? new PartyContextPersonalData.CryptoShreddingInterceptor(Keys)
                    : new ListContextPersonalData.CryptoShreddingInterceptor(Keys);
            }

            public TContext Context() => Database.CreateContext<TContext>(o => _create(o, Ring), [.. Database.SubjectKeyInterceptors(), Interceptor]);

            public ValueTask DisposeAsync() => Database.DisposeAsync();
        }
    }
}
