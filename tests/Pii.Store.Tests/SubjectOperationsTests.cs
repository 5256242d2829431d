using System;
using System.IO;
using System.Threading;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Pii.Erasure;
using Pii.Export;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model;

namespace Pii.Store.Tests
{
    /// <summary>The generated ExportAsync, EraseAsync, PurgeExpiredAsync and suppression list, against real databases.</summary>
    public sealed class SubjectOperationsTests
    {
        private static readonly byte[] HashKey = Encoding.UTF8.GetBytes("test hash key, 32 bytes long....");
        private static readonly byte[] PseudonymKey = Encoding.UTF8.GetBytes("test pseudonymization key.......");

        private static PersonalDataStoreOptions Options => new() { HashKey = HashKey };

        private static ErasureRequest Everything => ErasureRequest.Everything(DateTimeOffset.UtcNow).WithPseudonymizationKey(PseudonymKey);

        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Export_writes_the_subject_and_every_entity_linked_to_it_through_a_chain(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);

            (SubjectExportResult result, JsonDocument json) = await ExportAsync(database, Seed.Alice, ExportScope.Access);

            Assert.True(result.Found);
            Assert.Equal(1, result.RowsPerEntity["Contact"]);
            Assert.Equal(3, result.RowsPerEntity["EmailEvent"]);
            Assert.Equal(3, result.RowsPerEntity["Click"]); // contact → e-mail events → clicks
            Assert.Equal(2, result.RowsPerEntity["Invoice"]);
            Assert.Equal(1, result.RowsPerEntity["SupportNote"]);
            JsonElement data = json.RootElement.GetProperty("data");
            Assert.Equal("Contact", json.RootElement.GetProperty("subject").GetString());
            Assert.Equal(Seed.AliceEmail, data.GetProperty("Contact")[0].GetProperty("Email").GetProperty("value").GetString());
            Assert.All(data.GetProperty("Click").EnumerateArray(), click => Assert.Equal(Seed.AliceClickIp, click.GetProperty("Ip").GetProperty("value").GetString()));
            string text = json.RootElement.GetRawText();
            Assert.DoesNotContain("bob", text, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(result.Bytes, Encoding.UTF8.GetByteCount(text));
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Portability_export_keeps_only_consent_and_contract_data(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);

            (_, JsonDocument json) = await ExportAsync(database, Seed.Alice, ExportScope.Portability);

            JsonElement contact = json.RootElement.GetProperty("data").GetProperty("Contact")[0];
            Assert.True(contact.TryGetProperty("FirstName", out _));   // Marketing: consent
            Assert.True(contact.TryGetProperty("UserName", out _));    // Account: contract
            Assert.False(contact.TryGetProperty("Phone", out _));      // Support: legitimate interests
            Assert.Equal("portability", json.RootElement.GetProperty("scope").GetString());
            JsonElement invoice = json.RootElement.GetProperty("data").GetProperty("Invoice")[0];
            Assert.False(invoice.TryGetProperty("BillingName", out _)); // Tax: legal obligation

            // Support notes serve legitimate interests only: the type is left out, not written as empty rows.
            Assert.False(json.RootElement.GetProperty("data").TryGetProperty("SupportNote", out _));
            (_, JsonDocument access) = await ExportAsync(database, Seed.Alice, ExportScope.Access);
            Assert.True(access.RootElement.GetProperty("data").GetProperty("SupportNote").GetArrayLength() > 0);
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_unknown_subject_is_reported_not_found_by_export_and_erasure(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();
            using var stream = new MemoryStream();

            SubjectExportResult export = await db.PersonalData().ExportAsync(999, stream);
            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(999, Everything);

            Assert.False(export.Found);
            Assert.Equal(0, stream.Length);
            Assert.Equal(SubjectErasureStatus.NotFound, receipt.Status);
            Assert.Empty(receipt.Entities);
            Assert.Equal(Seed.AliceEmail, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == Seed.Alice)).Email);
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Erasure_applies_each_strategy_keeps_legal_holds_and_leaves_other_subjects_alone(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();

            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything);

            Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
            Contact alice = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == Seed.Alice);
            Assert.Equal("", alice.Email);                                   // Clear on a non-nullable string
            Assert.Null(alice.FirstName);                                    // Clear
            Assert.Equal(Anonymized.PhoneNumber, alice.Phone);               // Anonymize
            Assert.True(Pseudonym.IsPseudonym(alice.UserName));              // Pseudonymize
            Assert.Equal(Pseudonym.Create(PseudonymKey, Seed.AliceUserName), alice.UserName);
            Assert.Equal("main", alice.List);                                // not personal data
            Assert.All(await db.EmailEvents.AsNoTracking().Where(e => e.ContactId == Seed.Alice).ToListAsync(), e => Assert.Null(e.Ip));
            Assert.Equal(0, await db.Clicks.CountAsync(c => c.Ip == Seed.AliceClickIp)); // DeleteRecord
            Assert.Equal(0, await db.SupportNotes.CountAsync(n => n.ContactId == Seed.Alice));

            // Tax: the eight-year-old invoice's name is erased; the one-year-old invoice's is held until 7 years after its date.
            var invoices = await db.Invoices.AsNoTracking().Where(i => i.ContactId == Seed.Alice).OrderBy(i => i.IssuedOn).ToListAsync();
            Assert.Equal("", invoices[0].BillingName);
            Assert.Equal(Seed.AliceNewBillingName, invoices[1].BillingName);
            Assert.Equal("BE0999999999", invoices[1].VatNumber);             // Retain: a legal hold
            Assert.Null(invoices[0].CampaignCode);
            MemberErasureCount billing = receipt["Invoice"]!["BillingName"]!;
            Assert.Equal(1, billing.Rows);
            Assert.Equal(1, billing.RowsHeld);
            Assert.Equal(Seed.Now.AddYears(-1).AddYears(7).Date, billing.HeldUntil!.Value.UtcDateTime.Date);
            System.Globalization.CultureInfo culture = System.Globalization.CultureInfo.CurrentCulture;
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH"); // a Buddhist-era calendar
            string billingText = billing.ToString();
            System.Globalization.CultureInfo.CurrentCulture = culture;
            Assert.Equal($"BillingName: Cleared (1 row, 1 held until {billing.HeldUntil.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)})", billingText);
            Assert.Contains(receipt.Held, m => m.Member == "VatNumber" && m.Outcome == ErasureOutcome.Held);

            // Counts per entity type and member.
            Assert.Equal(3, receipt["EmailEvent"]!["Ip"]!.Rows);
            Assert.Equal(3, receipt["Click"]!.RowsDeleted);
            Assert.Equal(ErasureOutcome.RecordDeleted, receipt["SupportNote"]!["Text"]!.Outcome);
            Assert.Equal(ErasureOutcome.Anonymized, receipt["Contact"]!["Phone"]!.Outcome);

            // Bob is untouched.
            Contact bob = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == Seed.Bob);
            Assert.Equal("bob@example.com", bob.Email);
            Assert.Equal(3, await db.Clicks.CountAsync(c => c.Ip == "192.0.2.3"));

            // The receipt holds no personal data.
            string receiptText = JsonSerializer.Serialize(receipt);
            Assert.All(Seed.AliceCanaries.Append(Seed.AliceNewBillingName), canary => Assert.DoesNotContain(canary, receiptText, StringComparison.OrdinalIgnoreCase));
            Assert.Equal(Redaction.KeyedHash.Compute(HashKey, "Contact:1"), receipt.SubjectHash);
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_second_erasure_changes_nothing_and_says_so(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();
            await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything);
            string before = await ExportTextAsync(database, Seed.Alice);

            SubjectErasureReceipt again = await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything);

            Assert.Equal(SubjectErasureStatus.NothingChanged, again.Status);
            Assert.False(again.Changed);
            Assert.All(again.Entities.SelectMany(e => e.Members), m => Assert.NotEqual(ErasureOutcome.Cleared, m.Outcome));
            Assert.Equal(StripTime(before), StripTime(await ExportTextAsync(database, Seed.Alice)));
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Withdrawing_marketing_consent_erases_only_what_marketing_alone_needed(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();

            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(Seed.Alice, ErasureRequest.ForPurposes(DateTimeOffset.UtcNow, "Marketing"));

            Contact alice = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == Seed.Alice);
            Assert.Null(alice.FirstName);                         // Marketing only
            Assert.Equal(Seed.AliceEmail, alice.Email);           // still needed for Support
            Assert.Equal(Seed.AlicePhone, alice.Phone);           // Support only
            Assert.Equal(ErasureOutcome.KeptForOtherPurpose, receipt["Contact"]!["Email"]!.Outcome);
            Assert.Equal(3, await db.Clicks.CountAsync(c => c.Ip == Seed.AliceClickIp)); // Statistics: not in the request
            Assert.Equal(1, await db.SupportNotes.CountAsync(n => n.ContactId == Seed.Alice));
        }

        [Fact]
        public async Task A_request_for_a_purpose_no_member_is_tagged_with_is_refused_and_changes_nothing()
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();

            // "marketing" is not "Marketing": a request that erased nothing would look like a success.
            var thrown = await Assert.ThrowsAsync<ArgumentException>(() => db.PersonalData(Options).EraseAsync(Seed.Alice, ErasureRequest.ForPurposes(DateTimeOffset.UtcNow, "Marketing", "marketing")));

            Assert.Equal("request", thrown.ParamName);
            Assert.Contains("'marketing'", thrown.Message);
            Assert.Contains("Marketing, ", thrown.Message);
            Assert.NotNull((await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == Seed.Alice)).FirstName);
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Erasure_with_suppression_stores_only_a_keyed_hash_and_import_code_can_check_it(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();

            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything.WithSuppression());

            Assert.Equal(2, receipt.AddedToSuppressionList); // e-mail address and phone number
            Assert.True(await db.PersonalData(Options).IsSuppressedAsync("  alice.canary@EXAMPLE.com "));
            Assert.True(await db.PersonalData(Options).IsSuppressedAsync("+32470112233", DataCategory.PhoneNumber));
            Assert.True(await db.PersonalData(Options).IsSuppressedAsync("+\u0663\u0662 \u0664\u0667\u0660 \u0661\u0661 \u0662\u0662 \u0663\u0663", DataCategory.PhoneNumber)); // Arabic-Indic digits
            Assert.True(await db.PersonalData(Options).IsSuppressedAsync("\uFF0B\uFF13\uFF12\uFF14\uFF17\uFF10\uFF11\uFF11\uFF12\uFF12\uFF13\uFF13".Replace('\uFF0B', '+'), DataCategory.PhoneNumber)); // full-width
            Assert.False(await db.PersonalData(Options).IsSuppressedAsync("bob@example.com"));
            var entries = await db.Suppressed.AsNoTracking().ToListAsync();
            Assert.All(entries, e => Assert.DoesNotContain("canary", e.Id + e.Kind, StringComparison.OrdinalIgnoreCase));

            SubjectErasureReceipt again = await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything.WithSuppression());
            Assert.Equal(0, again.AddedToSuppressionList);
            Assert.Equal(2, await db.Suppressed.CountAsync());
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_erasure_with_suppression_that_the_execution_strategy_retries_adds_each_identifier_once_and_erases_everything(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            var failure = new FailOnceAfterSuppressing();
            await using MailingContext db = database.CreateContext<MailingContext>(
                options => new MailingContext(new DbContextOptionsBuilder<MailingContext>(options).ReplaceService<IExecutionStrategyFactory, RetryingStrategyFactory>().Options),
                failure);

            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything.WithSuppression());

            Assert.True(failure.Failed, "the first attempt did not fail after adding to the suppression list");
            Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
            Assert.Equal(2, receipt.AddedToSuppressionList);
            await using MailingContext check = database.CreateContext();
            Assert.Equal(2, await check.Suppressed.CountAsync());
            Assert.True(await check.PersonalData(Options).IsSuppressedAsync(Seed.AliceEmail));
            string text = await ExportTextAsync(database, Seed.Alice);
            Assert.All(Seed.AliceCanaries, canary => Assert.DoesNotContain(JsonEncodedText.Encode(canary).ToString(), text, StringComparison.Ordinal));
        }

        /// <summary>
        /// With a retrying execution strategy (EnableRetryOnFailure), EF Core refuses a query in a transaction the caller
        /// began outside the strategy; before, the export began its read transaction so and every export threw ("does not
        /// support user-initiated transactions"). It now reads inside the strategy, and a transient failure before anything
        /// was written is retried.
        /// </summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_export_with_a_retrying_execution_strategy_reads_the_subject_and_is_retried_before_it_writes(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            string expected = StripTime(await ExportTextAsync(database, Seed.Alice));
            var failure = new FailQueryOnce(() => true);
            await using MailingContext db = database.CreateContext<MailingContext>(
                options => new MailingContext(new DbContextOptionsBuilder<MailingContext>(options).ReplaceService<IExecutionStrategyFactory, RetryingStrategyFactory>().Options),
                failure);

            using var stream = new MemoryStream();
            SubjectExportResult export = await db.PersonalData().ExportAsync(Seed.Alice, stream);

            Assert.True(failure.Failed, "the first attempt did not fail");
            Assert.True(export.Found);
            Assert.Equal(expected, StripTime(Encoding.UTF8.GetString(stream.ToArray())));
            Assert.Equal(stream.Length, export.Bytes);

            // In a transaction of the caller's, EF Core's rule holds: the caller runs it through the strategy.
            using var inTransaction = new MemoryStream();
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                inTransaction.SetLength(0);
                await db.PersonalData().ExportAsync(Seed.Alice, inTransaction);
            });
            Assert.Equal(expected, StripTime(Encoding.UTF8.GetString(inTransaction.ToArray())));
        }

        /// <summary>
        /// A transient failure after part of the document reached the destination is not retried: a second attempt would
        /// append a second document to the first one's start. The export throws, naming how much was written.
        /// </summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_export_that_fails_after_writing_part_of_the_document_is_not_retried(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database, eventsPerContact: 400);   // enough rows for the writer to flush before the last query
            using var stream = new MemoryStream();
            var failure = new FailQueryOnce(() => stream.Length > 0);
            await using MailingContext db = database.CreateContext<MailingContext>(
                options => new MailingContext(new DbContextOptionsBuilder<MailingContext>(options).ReplaceService<IExecutionStrategyFactory, RetryingStrategyFactory>().Options),
                failure);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData().ExportAsync(Seed.Alice, stream));

            Assert.True(failure.Failed, "no query ran after the first flush");
            Assert.IsType<TimeoutException>(error.InnerException);
            Assert.StartsWith($"The export of Contact failed after {stream.Length} bytes of it were written to the destination", error.Message);
            string written = Encoding.UTF8.GetString(stream.ToArray());
            Assert.Equal(written.IndexOf("\"subject\"", StringComparison.Ordinal), written.LastIndexOf("\"subject\"", StringComparison.Ordinal));
        }

        /// <summary>
        /// The failure after the first flush is thrown as that InvalidOperationException at once, also when the strategy has
        /// retries left for nothing else: before, it was rethrown for the strategy, which waited out its delay and either
        /// retried (to be refused) or, with its retries used up, threw RetryLimitExceededException instead.
        /// </summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_export_that_fails_after_writing_is_refused_at_once_whatever_retries_are_left(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database, eventsPerContact: 400);
            using var stream = new MemoryStream();
            var first = new FailQueryOnce(() => true);
            var afterFlush = new FailQueryOnce(() => first.Failed && stream.Length > 0);
            await using MailingContext db = database.CreateContext<MailingContext>(
                options => new MailingContext(new DbContextOptionsBuilder<MailingContext>(options).ReplaceService<IExecutionStrategyFactory, OneRetryStrategyFactory>().Options),
                first,
                afterFlush);

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData().ExportAsync(Seed.Alice, stream));

            Assert.True(first.Failed && afterFlush.Failed);
            Assert.IsType<TimeoutException>(error.InnerException);
            Assert.StartsWith($"The export of Contact failed after {stream.Length} bytes of it were written to the destination", error.Message);
        }

        [Theory]
        [InlineData(false, false)]
        [InlineData(true, false)]
        [InlineData(true, true)]
        public async Task On_SQLite_an_erasure_in_a_TransactionScope_is_refused_before_it_changes_anything(bool ambientWarningIgnored, bool connectionOpen)
        {
            // SQLite's provider does not enlist in a TransactionScope. With EF Core's AmbientTransactionWarning ignored, the
            // erasure's statements each committed at once: a scope left incomplete did not undo them.
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            await Seed.AddAsync(database);
            string before = await ExportTextAsync(database, Seed.Alice);
            await using MailingContext db = database.CreateContext<MailingContext>(options => new MailingContext(ambientWarningIgnored
                ? new DbContextOptionsBuilder<MailingContext>(options).ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.AmbientTransactionWarning)).Options
                : options));
            if (connectionOpen)
            {
                await db.Database.OpenConnectionAsync();
            }

            InvalidOperationException error;
            using (new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
            {
                error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData(Options).EraseAsync(Seed.Alice, Everything.WithSuppression()));
                await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData(Options).PurgeExpiredAsync(DateTimeOffset.UtcNow));
            }

            Assert.StartsWith("Erasure of Contact was called in a TransactionScope, which SQLite's provider does not take part in", error.Message);
            Assert.Contains("Nothing was changed.", error.Message);
            Assert.Equal(StripTime(before), StripTime(await ExportTextAsync(database, Seed.Alice)));
            await using MailingContext check = database.CreateContext();
            Assert.Equal(6, await check.Clicks.CountAsync());
            Assert.Equal(0, await check.Suppressed.CountAsync());

            // Outside the scope, the erasure runs in a transaction of its own.
            Assert.Equal(SubjectErasureStatus.Erased, (await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything)).Status);
        }

        /// <summary>
        /// The refusal names only the way out that works on SQLite: outside the scope, in a transaction of the erasure's own
        /// or of the context's. Before, it also offered "a transaction of the context" as if it worked inside the scope;
        /// there EF Core refuses to begin one, and one begun before the scope still fails (the connection is used under an
        /// ambient transaction).
        /// </summary>
        [Fact]
        public async Task On_SQLite_the_refusal_in_a_scope_names_the_way_out_that_works()
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            await Seed.AddAsync(database);
            string before = StripTime(await ExportTextAsync(database, Seed.Alice));
            await using MailingContext db = database.CreateContext();

            InvalidOperationException refused;
            using (new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
            {
                refused = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData(Options).EraseAsync(Seed.Alice, Everything));
                await Assert.ThrowsAsync<InvalidOperationException>(() => db.Database.BeginTransactionAsync());
            }

            Assert.EndsWith("Nothing was changed. Call it outside the scope: it then runs in a transaction of its own, or in the context's if one was begun there (Database.BeginTransaction).", refused.Message);

            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                using (new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
                {
                    await Assert.ThrowsAsync<ErasureFailedException>(() => db.PersonalData(Options).EraseAsync(Seed.Alice, Everything));
                }

                await transaction.RollbackAsync();
            }

            Assert.Equal(before, StripTime(await ExportTextAsync(database, Seed.Alice)));

            // Outside the scope, in the context's transaction: erased, and undone by its rollback.
            await using (var transaction = await db.Database.BeginTransactionAsync())
            {
                Assert.Equal(SubjectErasureStatus.Erased, (await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything)).Status);
                await transaction.RollbackAsync();
            }

            Assert.Equal(before, StripTime(await ExportTextAsync(database, Seed.Alice)));
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_export_in_a_TransactionScope_reads_the_subject(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            string outside = await ExportTextAsync(database, Seed.Alice);

            string inScope;
            using (new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
            {
                inScope = await ExportTextAsync(database, Seed.Alice);
                Assert.NotNull(System.Transactions.Transaction.Current);
            }

            Assert.Equal(StripTime(outside), StripTime(inScope));
            Assert.Contains(JsonEncodedText.Encode(Seed.AliceEmail).ToString(), inScope, StringComparison.Ordinal);

            if (provider == TestDatabase.Postgres)
            {
                // Npgsql enlists: the export reads in the scope's transaction, and sees what the scope changed.
                using (new System.Transactions.TransactionScope(System.Transactions.TransactionScopeAsyncFlowOption.Enabled))
                {
                    await using (MailingContext db = database.CreateContext())
                    {
                        (await db.Contacts.SingleAsync(c => c.Id == Seed.Alice)).FirstName = "Changed in the scope";
                        await db.SaveChangesAsync();
                    }

                    Assert.Contains("Changed in the scope", await ExportTextAsync(database, Seed.Alice), StringComparison.Ordinal);
                }

                Assert.Equal(StripTime(outside), StripTime(await ExportTextAsync(database, Seed.Alice)));
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_failure_between_two_entity_types_leaves_the_database_unchanged(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            string before = await ExportTextAsync(database, Seed.Alice);
            var failure = new FailingStatement(failAt: 2); // the first entity type's update ran; the second one's fails
            await using MailingContext db = database.CreateContext(failure);

            ErasureFailedException error = await Assert.ThrowsAsync<ErasureFailedException>(() => db.PersonalData(Options).EraseAsync(Seed.Alice, Everything));

            Assert.Contains("rolled back", error.Message);
            Assert.IsType<InvalidDataException>(error.InnerException);
            Assert.True(failure.Seen >= 2);
            Assert.Equal(StripTime(before), StripTime(await ExportTextAsync(database, Seed.Alice)));
            await using MailingContext check = database.CreateContext();
            Assert.Equal(6, await check.Clicks.CountAsync());
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Concurrent_erasure_and_export_of_one_subject_see_all_or_nothing(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database, eventsPerContact: 40);

            for (int round = 0; round < 3; round++)
            {
                await using MailingContext eraser = database.CreateContext();
                Task<SubjectErasureReceipt> erase = eraser.PersonalData(Options).EraseAsync(Seed.Alice, Everything);
                Task<string> export = ExportTextAsync(database, Seed.Alice);
                await Task.WhenAll(erase, export);

                string text = export.Result;
                int present = Seed.AliceCanaries.Count(c => text.Contains(JsonEncodedText.Encode(c).ToString(), StringComparison.Ordinal));
                Assert.True(present == 0 || present == Seed.AliceCanaries.Length, $"round {round}: the export saw {present} of {Seed.AliceCanaries.Length} canaries: half an erasure");
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task The_statement_count_depends_on_the_model_not_on_the_number_of_rows(string provider)
        {
            int few = await ErasureStatementsAsync(provider, eventsPerContact: 2);
            int many = await ErasureStatementsAsync(provider, eventsPerContact: 60);

            Assert.Equal(few, many);
            // 1 existence check; Click: count + delete; EmailEvent: count + clear; Invoice: count + clear; SupportNote: count + delete;
            // Contact: count + clear + anonymize + pseudonymize (1 select of distinct values + 1 update for the one value).
            Assert.Equal(14, few);
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task The_retention_purge_erases_what_expired_for_all_subjects_and_nothing_else(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database, eventsPerContact: 4);
            await using MailingContext db = database.CreateContext();

            PurgeResult result = await db.PersonalData(Options).PurgeExpiredAsync(DateTimeOffset.UtcNow);

            // Statistics (14 months from the event): the three-year-old events of both contacts lose IP and user agent.
            var events = await db.EmailEvents.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
            Assert.All(events.Where(e => e.OccurredAt < Seed.Now.AddYears(-2)), e => Assert.Null(e.Ip));
            Assert.All(events.Where(e => e.OccurredAt > Seed.Now.AddYears(-2)), e => Assert.NotNull(e.Ip));
            Assert.Equal(4, result["EmailEvent"]!["Ip"]!.Rows);

            // Tax (7 years from the invoice date): the old invoice's name and VAT number go; legal holds end at their retention.
            var invoices = await db.Invoices.AsNoTracking().OrderBy(i => i.IssuedOn).ToListAsync();
            Assert.Equal("", invoices[0].BillingName);
            Assert.Null(invoices[0].VatNumber);
            Assert.All(invoices.Skip(1), i => Assert.NotEqual("", i.BillingName));
            Assert.Equal(Seed.AliceCampaign, invoices[0].CampaignCode); // no retention date: reported, not purged
            Assert.Equal(ErasureOutcome.NotErasable, result["Invoice"]!["CampaignCode"]!.Outcome);

            PurgeResult again = await db.PersonalData(Options).PurgeExpiredAsync(DateTimeOffset.UtcNow);
            Assert.Equal(0, again.Changed);
        }

        /// <summary>
        /// A value is a pseudonym only with the prefix and the length, as in memory (<see cref="Pseudonym.IsPseudonym"/>).
        /// Before, the store skipped any value that started with "psd_", and on SQLite (whose LIKE ignores case) "PSD_" too:
        /// the user name stayed in the database and the receipt said it was already erased.
        /// </summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_value_that_only_starts_like_a_pseudonym_is_pseudonymized(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            string already = Pseudonym.Create(PseudonymKey, "carol");
            await using (MailingContext seed = database.CreateContext())
            {
                seed.Contacts.Add(new Contact { Id = 1, Email = "a@example.com", UserName = "psd_alice" });
                seed.Contacts.Add(new Contact { Id = 2, Email = "b@example.com", UserName = "PSD_" + new string('b', 43) });
                seed.Contacts.Add(new Contact { Id = 3, Email = "c@example.com", UserName = already });
                await seed.SaveChangesAsync();
            }

            await using MailingContext db = database.CreateContext();
            SubjectErasureReceipt first = await db.PersonalData(Options).EraseAsync(1, Everything);
            SubjectErasureReceipt second = await db.PersonalData(Options).EraseAsync(2, Everything);
            SubjectErasureReceipt third = await db.PersonalData(Options).EraseAsync(3, Everything);

            var names = await db.Contacts.AsNoTracking().OrderBy(c => c.Id).Select(c => c.UserName).ToListAsync();
            Assert.Equal(Pseudonym.Create(PseudonymKey, "psd_alice"), names[0]);
            Assert.Equal(Pseudonym.Create(PseudonymKey, "PSD_" + new string('b', 43)), names[1]);
            Assert.Equal(already, names[2]); // a pseudonym is left as it is
            Assert.Equal(ErasureOutcome.Pseudonymized, first["Contact"]!["UserName"]!.Outcome);
            Assert.Equal(ErasureOutcome.Pseudonymized, second["Contact"]!["UserName"]!.Outcome);
            Assert.Equal(0, third["Contact"]!["UserName"]!.Rows);
        }

        /// <summary>
        /// A row's retention ends when <see cref="IsoDuration.AddTo"/> of its date says so, as in memory, at month ends too:
        /// an invoice of 2020-02-29 kept seven years for tax ends on 2027-03-01 (2027 has no 29 February), so it is held on
        /// the 28th, until a time still to come, and erased on 1 March; the purge likewise keeps a 2023-12-31 event (P14M)
        /// until 2025-03-01. Before, the store subtracted the retention from the request's time, days off the in-memory
        /// erasure at month ends, and reported rows held until a time already past.
        /// </summary>
        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Retentions_that_end_at_a_month_end_end_for_the_store_and_the_purge_as_in_memory(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            var issued = new DateTime(2020, 2, 29, 0, 0, 0, DateTimeKind.Utc);
            var occurred = new DateTime(2023, 12, 31, 0, 0, 0, DateTimeKind.Utc);
            await using (MailingContext seed = database.CreateContext())
            {
                seed.Contacts.Add(new Contact { Id = 1, Email = "a@example.com" });
                seed.Invoices.Add(new Invoice { ContactId = 1, IssuedOn = issued, BillingName = "Leap Day", Amount = 1 });
                seed.Contacts.Add(new Contact { Id = 2, Email = "b@example.com" });
                seed.EmailEvents.Add(new EmailEvent { ContactId = 2, OccurredAt = occurred, Ip = "203.0.113.9" });
                await seed.SaveChangesAsync();
            }

            var eve = new DateTimeOffset(2027, 2, 28, 12, 0, 0, TimeSpan.Zero);
            var march = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);
            ErasureRequest At(DateTimeOffset when) => ErasureRequest.Everything(when).WithPseudonymizationKey(PseudonymKey);
            var inMemory = new Invoice { IssuedOn = issued, BillingName = "Leap Day" };
            Assert.Equal(ErasureOutcome.Held, inMemory.ErasePersonalData(At(eve))["Invoice.BillingName"]!.Outcome);

            await using MailingContext db = database.CreateContext();
            SubjectErasureReceipt held = await db.PersonalData(Options).EraseAsync(1, At(eve));
            Assert.Equal(1, held["Invoice"]!["BillingName"]!.RowsHeld);
            Assert.Equal(march, held["Invoice"]!["BillingName"]!.HeldUntil);
            Assert.Equal("Leap Day", (await db.Invoices.AsNoTracking().SingleAsync()).BillingName);

            Assert.Equal(ErasureOutcome.Cleared, inMemory.ErasePersonalData(At(march))["Invoice.BillingName"]!.Outcome);
            SubjectErasureReceipt erased = await db.PersonalData(Options).EraseAsync(1, At(march));
            Assert.Equal(0, erased["Invoice"]!["BillingName"]!.RowsHeld);
            Assert.Equal("", (await db.Invoices.AsNoTracking().SingleAsync()).BillingName);

            PurgeResult early = await db.PersonalData(Options).PurgeExpiredAsync(new DateTimeOffset(2025, 2, 28, 12, 0, 0, TimeSpan.Zero));
            Assert.Equal("203.0.113.9", (await db.EmailEvents.AsNoTracking().SingleAsync()).Ip);
            Assert.Equal(0, early["EmailEvent"]!["Ip"]!.Rows);
            PurgeResult due = await db.PersonalData(Options).PurgeExpiredAsync(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero));
            Assert.Null((await db.EmailEvents.AsNoTracking().SingleAsync()).Ip);
            Assert.Equal(1, due["EmailEvent"]!["Ip"]!.Rows);
        }

        [Fact]
        public async Task Erased_values_are_gone_from_the_SQLite_file_with_secure_delete_on()
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            await Seed.AddAsync(database, eventsPerContact: 20);
            string file;
            await using (MailingContext db = database.CreateContext())
            {
                file = db.Database.GetDbConnection().DataSource;
                Assert.Contains(Seed.AliceNote, Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file)));
                await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything);
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            string bytes = Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file));
            Assert.All(Seed.AliceCanaries, canary => Assert.DoesNotContain(canary, bytes, StringComparison.Ordinal));
            Assert.Contains("bob@example.com", bytes); // the file is readable and other data is still there
        }

        [Fact]
        public async Task Erasure_without_a_hash_key_or_with_pending_changes_fails_before_touching_the_database()
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();

            InvalidOperationException noKey = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData().EraseAsync(Seed.Alice, Everything));
            Assert.Contains("HashKey", noKey.Message);

            (await db.Contacts.SingleAsync(c => c.Id == Seed.Bob)).FirstName = "Robert";
            InvalidOperationException pending = await Assert.ThrowsAsync<InvalidOperationException>(() => db.PersonalData(Options).EraseAsync(Seed.Alice, Everything));
            Assert.Contains("pending changes", pending.Message);
            Assert.Equal(Seed.AliceEmail, (await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == Seed.Alice)).Email);
        }

        [Fact]
        public async Task Pseudonymizing_without_a_key_fails_and_rolls_back()
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();

            ErasureFailedException error = await Assert.ThrowsAsync<ErasureFailedException>(() => db.PersonalData(Options).EraseAsync(Seed.Alice, ErasureRequest.Everything(DateTimeOffset.UtcNow)));

            Assert.Contains("WithPseudonymizationKey", error.Message);
            Assert.Equal(3, await db.Clicks.CountAsync(c => c.Ip == Seed.AliceClickIp));
        }

        /// <summary>An execution strategy that retries an operation that failed with a <see cref="TimeoutException"/>, as a provider's retrying strategy retries a transient error.</summary>
        private sealed class RetryingStrategyFactory(ExecutionStrategyDependencies dependencies) : IExecutionStrategyFactory
        {
            public IExecutionStrategy Create() => new RetryingStrategy(dependencies);
        }

        private sealed class OneRetryStrategyFactory(ExecutionStrategyDependencies dependencies) : IExecutionStrategyFactory
        {
            public IExecutionStrategy Create() => new OneRetryStrategy(dependencies);
        }

        private sealed class OneRetryStrategy(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, maxRetryCount: 1, maxRetryDelay: TimeSpan.FromMilliseconds(5))
        {
            protected override bool ShouldRetryOn(Exception exception) => exception is TimeoutException;
        }

        private sealed class RetryingStrategy(ExecutionStrategyDependencies dependencies) : ExecutionStrategy(dependencies, maxRetryCount: 3, maxRetryDelay: TimeSpan.FromMilliseconds(5))
        {
            protected override bool ShouldRetryOn(Exception exception) => exception is TimeoutException;
        }

        /// <summary>Fails the first query for which <c>when</c> holds, once, with an error the strategy retries.</summary>
        private sealed class FailQueryOnce(Func<bool> when) : DbCommandInterceptor
        {
            public bool Failed { get; private set; }

            public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
            {
                if (!Failed && when())
                {
                    Failed = true;
                    throw new TimeoutException("injected transient failure during the export");
                }

                return ValueTask.FromResult(result);
            }
        }

        /// <summary>Fails the first statement after an identifier was added to the suppression list, once, with an error the strategy retries.</summary>
        private sealed class FailOnceAfterSuppressing : DbCommandInterceptor
        {
            private bool _suppressed;

            public bool Failed { get; private set; }

            public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
            {
                Check(command);
                return ValueTask.FromResult(result);
            }

            public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
            {
                Check(command);
                return ValueTask.FromResult(result);
            }

            private void Check(System.Data.Common.DbCommand command)
            {
                if (command.CommandText.Contains("INSERT INTO", StringComparison.Ordinal) && command.CommandText.Contains("Suppressed", StringComparison.Ordinal))
                {
                    _suppressed = true;
                }
                else if (_suppressed && !Failed && (command.CommandText.Contains("UPDATE", StringComparison.Ordinal) || command.CommandText.Contains("DELETE", StringComparison.Ordinal)))
                {
                    Failed = true;
                    throw new TimeoutException("injected transient failure after the suppression list was written");
                }
            }
        }

        private static async Task<int> ErasureStatementsAsync(string provider, int eventsPerContact)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database, eventsPerContact);
            var counter = new StatementCounter();
            await using MailingContext db = database.CreateContext(counter);
            SubjectErasureReceipt receipt = await db.PersonalData(Options).EraseAsync(Seed.Alice, Everything);
            Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
            Assert.Equal(counter.Count, receipt.Statements); // the receipt counts every statement sent
            return counter.Count;
        }

        private static async Task<(SubjectExportResult Result, JsonDocument Json)> ExportAsync(TestDatabase database, int subject, ExportScope scope)
        {
            await using MailingContext db = database.CreateContext();
            using var stream = new MemoryStream();
            SubjectExportResult result = await db.PersonalData().ExportAsync(subject, stream, scope);
            return (result, JsonDocument.Parse(stream.ToArray()));
        }

        private static async Task<string> ExportTextAsync(TestDatabase database, int subject)
        {
            await using MailingContext db = database.CreateContext();
            using var stream = new MemoryStream();
            await db.PersonalData().ExportAsync(subject, stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static string StripTime(string export)
        {
            using JsonDocument json = JsonDocument.Parse(export);
            return json.RootElement.GetProperty("data").GetRawText();
        }
    }
}
