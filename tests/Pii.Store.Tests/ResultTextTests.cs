using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model;

namespace Pii.Store.Tests
{
    /// <summary>
    /// The store's results' <c>ToString</c>, which goes to logs: the exact text, with singular and plural, and none of the
    /// subject's values (nor the subject's hash, which the text leaves out).
    /// </summary>
    public sealed class ResultTextTests
    {
        private const string Hold = "held in the rows whose legal retention, counted from the row's own date, has not ended";

        /// <summary>A purge holds a row while any of its retentions runs, not only a legal one (before, it said "legal" for all).</summary>
        private const string PurgeHold = "held in the rows whose retention, counted from the row's own date, has not ended";
        private const string Retain = "legal hold: the member's strategy is Retain";
        private const string NoDate = "no RetentionStartsAt: the purge cannot tell when its retention started";

        private static readonly byte[] HashKey = Encoding.UTF8.GetBytes("test hash key, 32 bytes long....");
        private static readonly byte[] PseudonymKey = Encoding.UTF8.GetBytes("test pseudonymization key.......");

        /// <summary>Every value of the seed that a text could leak: Alice's canaries, the values that stay, and Bob's.</summary>
        private static readonly string[] Values = Seed.AliceCanaries
            .Concat(new[] { Seed.AliceNewBillingName, "BE0123456789", "BE0999999999", "bob@example.com", "+31 6 1234 5678", "192.0.2.2", "BobMail/2", "192.0.2.3", "Bob B.", "NL001", "invoice copy" })
            .ToArray();

        private static PersonalDataStoreOptions Options => new() { HashKey = HashKey };

        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_export_names_the_rows_per_entity_type_and_the_bytes(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();
            using var stream = new MemoryStream();

            SubjectExportResult export = await db.PersonalData().ExportAsync(Seed.Alice, stream);
            SubjectExportResult unknown = await db.PersonalData().ExportAsync(999, Stream.Null);

            Assert.Equal($"Export of Contact: Contact 1 row, EmailEvent 3 rows, Invoice 2 rows, SupportNote 1 row, Click 3 rows; {stream.Length} bytes", export.ToString());
            Assert.Equal("Export of Contact: subject not found, nothing written", unknown.ToString());
            AssertHoldsNoValue(export.ToString());
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_receipt_names_each_member_with_its_outcome_rows_and_holds(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();
            DateTimeOffset now = DateTimeOffset.UtcNow;

            SubjectErasureReceipt marketing = await db.PersonalData(Options).EraseAsync(Seed.Alice, ErasureRequest.ForPurposes(now, "Marketing", "Statistics"));
            SubjectErasureReceipt everything = await db.PersonalData(Options).EraseAsync(Seed.Alice, ErasureRequest.Everything(now).WithSuppression().WithPseudonymizationKey(PseudonymKey));
            SubjectErasureReceipt again = await db.PersonalData(Options).EraseAsync(Seed.Alice, ErasureRequest.Everything(now).WithPseudonymizationKey(PseudonymKey));
            SubjectErasureReceipt unknown = await db.PersonalData(Options).EraseAsync(999, ErasureRequest.Everything(now));

            string retained = Date(everything["Invoice"]!["VatNumber"]!.HeldUntil);      // the request + P7Y
            string newInvoice = Date(everything["Invoice"]!["BillingName"]!.HeldUntil);  // last year's invoice + P7Y
            Assert.Equal(
                $"Erasure of Contact for Marketing, Statistics: erased, {marketing.Statements} statements. "
                + "Click (3 rows, 3 deleted): Ip deleted in 3 rows. "
                + "EmailEvent (3 rows): Ip cleared in 3 rows; UserAgent cleared in 3 rows. "
                + $"Invoice (2 rows): BillingName kept in 2 rows (still needed for purpose 'Tax' (LegalObligation)); VatNumber held in 2 rows until {retained} ({Retain}); CampaignCode cleared in 1 row. "
                + "SupportNote (1 row): Text kept in 1 row (still needed for purpose 'Support' (LegitimateInterests)). "
                + "Contact (1 row): Email kept in 1 row (still needed for purpose 'Support' (LegitimateInterests)); FirstName cleared in 1 row; "
                + "Phone kept in 1 row (still needed for purpose 'Support' (LegitimateInterests)); UserName kept in 1 row (still needed for purpose 'Account' (Contract))",
                marketing.ToString());
            Assert.Equal(
                $"Erasure of Contact for everything: erased, {everything.Statements} statements, 2 identifiers added to the suppression list. "
                + $"Invoice (2 rows): BillingName cleared in 1 row, held in 1 row until {newInvoice} ({Hold}); VatNumber held in 2 rows until {retained} ({Retain}). "
                + "SupportNote (1 row, 1 deleted): Text deleted in 1 row. "
                + "Contact (1 row): Email cleared in 1 row; Phone anonymized in 1 row; UserName pseudonymized in 1 row",
                everything.ToString());
            Assert.Equal(
                $"Erasure of Contact for everything: nothing changed, {again.Statements} statements. "
                + $"Invoice (2 rows): BillingName held in 1 row until {newInvoice} ({Hold}); VatNumber held in 2 rows until {retained} ({Retain})",
                again.ToString());
            Assert.Equal("Erasure of Contact for everything: subject not found, 1 statement", unknown.ToString());
            Assert.Equal(Seed.Now.AddYears(-1).AddYears(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), newInvoice);
            foreach (SubjectErasureReceipt receipt in new[] { marketing, everything, again })
            {
                AssertHoldsNoValue(receipt.ToString());
                Assert.DoesNotContain(receipt.SubjectHash, receipt.ToString(), StringComparison.Ordinal);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_purge_counts_values_erased_and_names_what_stays(string provider)
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(provider);
            await Seed.AddAsync(database);
            await using MailingContext db = database.CreateContext();
            var now = new DateTimeOffset(Seed.Now.Year, Seed.Now.Month, Seed.Now.Day, 3, 4, 5, TimeSpan.Zero).AddDays(1);

            PurgeResult purge = await db.PersonalData(Options).PurgeExpiredAsync(now);

            string events = Date(purge["EmailEvent"]!["Ip"]!.HeldUntil);        // last month's events + P14M
            string invoices = Date(purge["Invoice"]!["BillingName"]!.HeldUntil); // last year's invoices + P7Y
            Assert.Equal(
                $"Retention purge up to {now:yyyy-MM-dd}T03:04:05Z: 10 values erased, 0 rows deleted, {purge.Statements} statements. "
                + $"Contact (2 rows): Email not erasable ({NoDate}); FirstName not erasable ({NoDate}); Phone not erasable ({NoDate}); UserName not erasable ({NoDate}). "
                + $"EmailEvent (6 rows): Ip cleared in 4 rows, held in 2 rows until {events} ({PurgeHold}); UserAgent cleared in 4 rows, held in 2 rows until {events} ({PurgeHold}). "
                + $"Click (6 rows): Ip not erasable ({NoDate}). "
                + $"Invoice (3 rows): BillingName cleared in 1 row, held in 2 rows until {invoices} ({PurgeHold}); VatNumber cleared in 1 row, held in 2 rows until {invoices} ({PurgeHold}); CampaignCode not erasable ({NoDate}). "
                + $"SupportNote (2 rows): Text not erasable ({NoDate})",
                purge.ToString());
            Assert.Equal(10, purge.Changed);
            AssertHoldsNoValue(purge.ToString());
        }

        private static string Date(DateTimeOffset? date) => date!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        private static void AssertHoldsNoValue(string text)
        {
            foreach (string value in Values)
            {
                Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }
}
