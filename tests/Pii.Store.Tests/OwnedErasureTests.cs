using System;
using System.Data.Common;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using static Pii.Store.Tests.Infrastructure.Receipts;
using Pii.Store.Tests.Model.Owned;

namespace Pii.Store.Tests
{
    /// <summary>
    /// EraseAsync reaches the tagged members of objects EF Core keeps inside their owner (owned types in the owner's table,
    /// in a table of their own and as JSON, nested owned types, complex properties), on SQLite and PostgreSQL.
    /// </summary>
    public sealed class OwnedErasureTests
    {
        private static readonly PersonalDataStoreOptions Options = new() { HashKey = Encoding.UTF8.GetBytes("owned-erasure-tests-hash-key-012345") };

        private static ErasureRequest Everything =>
            ErasureRequest.Everything(DateTimeOffset.UtcNow).WithPseudonymizationKey(Encoding.UTF8.GetBytes("owned-erasure-pseudonym-key-0123456"));

        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Erasure_reaches_owned_types_nested_owned_types_and_complex_properties_of_the_subject_only(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            (int erased, int kept) = await AddTwoShoppersAsync(database);

            SubjectErasureReceipt receipt;
            ErasureRequest request = Everything;
            await using (ShopContext db = Context(database))
            {
                receipt = await db.PersonalData(Options).Shopper.EraseAsync(erased, request);
                Assert.Empty(db.ChangeTracker.Entries());
            }

            await using (ShopContext db = Context(database))
            {
                Shopper gone = await db.Shoppers.AsNoTracking().SingleAsync(s => s.Id == erased);
                Assert.Null(gone.Name);
                Assert.NotNull(gone.Home); // the country is held (Tax), so the owned object is still there
                Assert.Null(gone.Home!.Street);
                Assert.Equal(Anonymized.Text, gone.Home.City);
                Assert.Equal("Country of erased", gone.Home.Country);
                Assert.Null(gone.Home.Location?.Latitude);
                Assert.Null(gone.Payment.Iban);
                Assert.Null(gone.Settings!.Theme); // an owned JSON object, saved
                Assert.Null(Assert.Single(gone.Cards).Number); // a complex collection
                Assert.True(Pseudonym.IsPseudonym(gone.Payment.Holder!), gone.Payment.Holder);

                // Profile is an entity of its own in EF Core: not loaded with the shopper, so not erased, and said so.
                Assert.Equal("Bio of erased", (await db.Set<Profile>().AsNoTracking().SingleAsync(p => p.Id == gone.ProfileId)).Bio);

                Assert.Equal(2, gone.PastAddresses.Count);
                Assert.All(gone.PastAddresses, a => Assert.Null(a.Line));
                Assert.Empty(gone.Phones);
                Assert.Empty(gone.Nicknames);
                Assert.Null(gone.Interests);

                Shopper other = await db.Shoppers.AsNoTracking().SingleAsync(s => s.Id == kept);
                Assert.Equal(Shopper("kept").PastAddresses.Select(a => a.Line).Order(), other.PastAddresses.Select(a => a.Line).Order());
                Assert.Equal(Shopper("kept").Phones, other.Phones);
                Assert.Equal(Shopper("kept").Nicknames, other.Nicknames);
                Assert.Equal(Shopper("kept").Interests, other.Interests);
                Assert.Equal(Shopper("kept").Home!.Street, other.Home!.Street);
                Assert.Equal(Shopper("kept").Home!.City, other.Home.City);
                Assert.Equal(Shopper("kept").Home!.Location!.Latitude, other.Home.Location!.Latitude);
                Assert.Equal(Shopper("kept").Payment.Iban, other.Payment.Iban);
                Assert.Equal(Shopper("kept").Settings!.Theme, other.Settings!.Theme);
                Assert.Equal(Shopper("kept").Cards[0].Number, Assert.Single(other.Cards).Number);
                Assert.Equal(Shopper("kept").Payment.Holder, other.Payment.Holder);

                // The old parcel is deleted, and its destination (an owned type in a table of its own) with it. The recent
                // one stays for its customs note: its destination was erased and saved, not left for a delete that did not come.
                Parcel recent = await db.Parcels.AsNoTracking().SingleAsync(p => p.ShopperId == erased);
                Assert.Null(recent.Label);
                Assert.Equal("Customs note of erased", recent.CustomsNote);
                Assert.Null(recent.Destination?.FullName);
                Assert.Equal("Recipient of kept", (await db.Parcels.AsNoTracking().SingleAsync(p => p.ShopperId == kept)).Destination!.FullName);
                Assert.Equal(2L, await CountAsync(db, "ParcelDestinations"));

                // The bills would be deleted too, but their address holds a country under a legal obligation: the rows stay,
                // everything else in them is erased. The country's retention counts from the address's own date, row by row:
                // ten years after the move it is erased, one year after it is held.
                var bills = await db.Bills.AsNoTracking().Where(b => b.ShopperId == erased).OrderBy(b => b.BillTo!.MovedOutAt).ToListAsync();
                Assert.Equal(2, bills.Count);
                Assert.All(bills, b => Assert.Null(b.Label));
                Assert.All(bills, b => Assert.Null(b.BillTo!.Street));
                Assert.Null(bills[0].BillTo!.Country);
                Assert.Equal("Country of erased", bills[1].BillTo!.Country);
            }

            Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
            EntityErasureCount shopper = receipt["Shopper"]!;
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(shopper, "Home.Street"));
            Assert.Equal((ErasureOutcome.Anonymized, 1), Outcome(shopper, "Home.City"));
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(shopper, "Home.Location.Latitude"));
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(shopper, "Payment.Iban"));
            Assert.Equal((ErasureOutcome.Pseudonymized, 1), Outcome(shopper, "Payment.Holder"));
            Assert.Equal((ErasureOutcome.Cleared, 2), Outcome(shopper, "PastAddresses.Line")); // two elements
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(shopper, "Cards.Number"));
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(shopper, "Phones"));
            Assert.Equal((ErasureOutcome.Anonymized, 1), Outcome(shopper, "Nicknames"));
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(shopper, "Interests"));
            MemberErasureCount country = shopper["Home.Country"]!;
            Assert.Equal(ErasureOutcome.Held, country.Outcome);
            Assert.Equal(1, country.RowsHeld);
            Assert.Null(country.HeldUntil); // the shopper has not moved out: the hold has no end date yet (RetentionStart.NotYet)
            MemberErasureCount bio = shopper["Profile.Bio"]!;
            Assert.Equal(ErasureOutcome.NotErasable, bio.Outcome);
            Assert.Contains("neither an owned type nor a complex property", bio.Reason, StringComparison.Ordinal);
            Assert.Equal(1, receipt["Parcel"]!.RowsDeleted);
            Assert.Equal((ErasureOutcome.Cleared, 2), Outcome(receipt["Parcel"]!, "Destination.FullName"));
            Assert.Equal(1, receipt["Parcel"]!["CustomsNote"]!.RowsHeld);
            Assert.Equal(0, receipt["Bill"]!.RowsDeleted);
            Assert.Equal((ErasureOutcome.Cleared, 2), Outcome(receipt["Bill"]!, "BillTo.Street"));
            MemberErasureCount billCountry = receipt["Bill"]!["BillTo.Country"]!;
            Assert.Equal((ErasureOutcome.Cleared, 1, 1), (billCountry.Outcome, billCountry.Rows, billCountry.RowsHeld));

            // A second erasure finds nothing left to change in the owned objects.
            await using (ShopContext db = Context(database))
            {
                SubjectErasureReceipt again = await db.PersonalData(Options).Shopper.EraseAsync(erased, Everything);
                Assert.Equal(ErasureOutcome.AlreadyErased, again["Shopper"]!["Home.Street"]!.Outcome);
                Assert.Equal(ErasureOutcome.AlreadyErased, again["Shopper"]!["Payment.Holder"]!.Outcome);
                Assert.Equal(ErasureOutcome.AlreadyErased, again["Shopper"]!["Phones"]!.Outcome);
                Assert.Equal(ErasureOutcome.AlreadyErased, again["Shopper"]!["Nicknames"]!.Outcome);
                Assert.Equal(ErasureOutcome.Held, again["Shopper"]!["Home.Country"]!.Outcome);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_subject_deleted_on_erasure_goes_with_its_owned_JSON_object(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            int lead;
            await using (ShopContext db = Context(database))
            {
                var first = new Lead { Email = "lead.erased@shop.example", Interests = new Interests { Topics = "Topics of erased" }, Visits = [new Visit { Page = "/a" }, new Visit { Page = "/b" }] };
                db.Leads.AddRange(first, new Lead { Email = "lead.kept@shop.example", Interests = new Interests { Topics = "Topics of kept" }, Visits = [new Visit { Page = "/c" }] });
                await db.SaveChangesAsync();
                lead = first.Id;
            }

            await using (ShopContext db = Context(database))
            {
                SubjectErasureReceipt receipt = await db.PersonalData(Options).Lead.EraseAsync(lead, Everything);

                Assert.Equal(1, receipt["Lead"]!.RowsDeleted);
                Assert.Equal((ErasureOutcome.RecordDeleted, 1), Outcome(receipt["Lead"]!, "Interests.Topics"));
                Assert.Equal((ErasureOutcome.RecordDeleted, 2), Outcome(receipt["Lead"]!, "Visits.Page"));
            }

            await using (ShopContext db = Context(database))
            {
                Lead remaining = await db.Leads.AsNoTracking().SingleAsync();
                Assert.Equal("Topics of kept", remaining.Interests!.Topics);
                Assert.Equal("/c", Assert.Single(remaining.Visits).Page);
                Assert.Equal(1L, await CountAsync(db, "LeadVisits")); // the erased lead's visits went with it
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_failure_while_saving_the_owned_objects_rolls_back_the_statements_too(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            (int erased, _) = await AddTwoShoppersAsync(database);

            // The shopper is erased last: by then the bills' and parcels' statements and saves have run.
            await using (ShopContext db = Context(database, new FailingSave()))
            {
                ErasureFailedException failure = await Assert.ThrowsAsync<ErasureFailedException>(() => db.PersonalData(Options).Shopper.EraseAsync(erased, Everything));
                Assert.Contains("rolled back", failure.Message, StringComparison.Ordinal);
                Assert.Empty(db.ChangeTracker.Entries()); // no half-erased entity left for a later save
            }

            await using (ShopContext db = Context(database))
            {
                Shopper shopper = await db.Shoppers.AsNoTracking().SingleAsync(s => s.Id == erased);
                Assert.Equal(Shopper("erased").Name, shopper.Name);
                Assert.Equal(Shopper("erased").Home!.Street, shopper.Home!.Street);
                Assert.Equal(Shopper("erased").Payment.Holder, shopper.Payment.Holder);
                Assert.Equal(Shopper("erased").Phones, shopper.Phones);
                Assert.Equal(2, await db.Parcels.AsNoTracking().CountAsync(p => p.ShopperId == erased));
                var bills = await db.Bills.AsNoTracking().Where(b => b.ShopperId == erased).OrderBy(b => b.Label).ToListAsync();
                Assert.Equal(["Bill of erased", "Recent bill of erased"], bills.Select(b => b.Label));
                Assert.All(bills, b => Assert.Equal(Shopper("erased").Home!.Street, b.BillTo!.Street));
                Assert.All(bills, b => Assert.Equal(Shopper("erased").Home!.Country, b.BillTo!.Country));
            }
        }

        [Fact]
        public async Task Owned_objects_are_saved_when_the_context_does_not_detect_changes_by_itself()
        {
            await using TestDatabase database = await CreateAsync(TestDatabase.Sqlite);
            (int erased, _) = await AddTwoShoppersAsync(database);

            await using (ShopContext db = Context(database))
            {
                db.ChangeTracker.AutoDetectChangesEnabled = false;
                SubjectErasureReceipt receipt = await db.PersonalData(Options).Shopper.EraseAsync(erased, Everything);
                Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(receipt["Shopper"]!, "Home.Street"));
            }

            await using (ShopContext db = Context(database))
            {
                Shopper shopper = await db.Shoppers.AsNoTracking().SingleAsync(s => s.Id == erased);
                Assert.Null(shopper.Home!.Street);
                Assert.Empty(shopper.Phones);
            }
        }

        [Fact]
        public async Task A_request_for_other_purposes_keeps_owned_members_as_it_keeps_the_owners_own()
        {
            await using TestDatabase database = await CreateAsync(TestDatabase.Sqlite);
            (int erased, _) = await AddTwoShoppersAsync(database);

            await using ShopContext db = Context(database);
            SubjectErasureReceipt receipt = await db.PersonalData(Options).Shopper.EraseAsync(erased, ErasureRequest.ForPurposes(DateTimeOffset.UtcNow, "Marketing"));

            EntityErasureCount shopper = receipt["Shopper"]!;
            Assert.NotEqual(ErasureOutcome.Cleared, shopper["Name"]!.Outcome);
            Assert.Equal(shopper["Name"]!.Outcome, shopper["Home.Street"]!.Outcome);
            Assert.Equal(shopper["Name"]!.Outcome, shopper["Payment.Iban"]!.Outcome);
            Shopper stored = await db.Shoppers.AsNoTracking().SingleAsync(s => s.Id == erased);
            Assert.Equal(Shopper("erased").Home!.Street, stored.Home!.Street);
            Assert.Equal(Shopper("erased").Payment.Iban, stored.Payment.Iban);
        }

        [Fact]
        public async Task The_retention_purge_reports_owned_members_without_a_date_of_their_own_and_purges_dated_ones()
        {
            await using TestDatabase database = await CreateAsync(TestDatabase.Sqlite);
            (int erased, int kept) = await AddTwoShoppersAsync(database);

            await using ShopContext db = Context(database);
            PurgeResult result = await db.PersonalData(Options).PurgeExpiredAsync(DateTimeOffset.UtcNow.AddYears(50));

            Assert.Equal(ErasureOutcome.NotErasable, result["Shopper"]!["Home.Street"]!.Outcome);
            Assert.Contains("no RetentionStartsAt", result["Shopper"]!["Home.Street"]!.Reason, StringComparison.Ordinal);
            Assert.Equal(Shopper("erased").Home!.Street, (await db.Shoppers.AsNoTracking().SingleAsync(s => s.Id == erased)).Home!.Street);

            // The billing addresses' countries count from their own move-out dates: both moves of the erased shopper are more
            // than seven years before the purge's point in time; the kept shopper's has no date yet. The bills stay (their
            // delete-record label has no retention date, so the purge could not delete them in any case).
            MemberErasureCount country = result["Bill"]!["BillTo.Country"]!;
            Assert.Equal((ErasureOutcome.Cleared, 2, 1), (country.Outcome, country.Rows, country.RowsHeld));
            Assert.Equal(0, result["Bill"]!.RowsDeleted);
            var bills = await db.Bills.AsNoTracking().OrderBy(b => b.Id).ToListAsync();
            Assert.Equal([null, null, Shopper("kept").Home!.Country], bills.Select(b => b.BillTo!.Country));
            Assert.Equal(kept, bills[2].ShopperId);
            Assert.All(bills, b => Assert.NotNull(b.BillTo!.Street));
        }

        private static async Task<TestDatabase> CreateAsync(string provider)
        {
            TestDatabase database = await TestDatabase.CreateAsync(provider);
            await using ShopContext db = Context(database);
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return database;
        }

        private static ShopContext Context(TestDatabase database, params IInterceptor[] interceptors) =>
            database.CreateContext<ShopContext>(options => new ShopContext(options), interceptors);

        private static Shopper Shopper(string tag) => new()
        {
            Name = "Name of " + tag,
            Home = new PostalAddress
            {
                Street = "Street of " + tag,
                City = "City of " + tag,
                Country = "Country of " + tag,
                Location = new GeoPoint { Latitude = tag.Length + 50.25 },
            },
            Payment = new Payment { Iban = "NL00BANK" + tag, Holder = "Holder " + tag },
            Settings = new Settings { Theme = "Theme of " + tag },
            Cards = [new Card { Number = "4111 " + tag }],
            PastAddresses = [new PastAddress { Line = "Old street of " + tag }, new PastAddress { Line = "Older street of " + tag }],
            Phones = ["+3120000" + tag.Length, "+3230000" + tag.Length],
            Nicknames = ["Nick of " + tag],
            Interests = ["Interest of " + tag],
            Profile = new Profile { Bio = "Bio of " + tag },
        };

        private static async Task<(int Erased, int Kept)> AddTwoShoppersAsync(TestDatabase database)
        {
            await using ShopContext db = Context(database);
            Shopper erased = Shopper("erased");
            Shopper kept = Shopper("kept");
            db.Shoppers.AddRange(erased, kept);
            await db.SaveChangesAsync();
            db.Parcels.AddRange(
                new Parcel { ShopperId = erased.Id, ShippedAt = Seed.Now.AddYears(-10), Label = "Old parcel of erased", CustomsNote = "Old customs note of erased", Destination = new Recipient { FullName = "Old recipient of erased" } },
                new Parcel { ShopperId = erased.Id, ShippedAt = Seed.Now.AddYears(-1), Label = "Parcel of erased", CustomsNote = "Customs note of erased", Destination = new Recipient { FullName = "Recipient of erased" } },
                new Parcel { ShopperId = kept.Id, ShippedAt = Seed.Now.AddYears(-10), Label = "Parcel of kept", CustomsNote = "Customs note of kept", Destination = new Recipient { FullName = "Recipient of kept" } });
            db.Bills.AddRange(
                new Bill { ShopperId = erased.Id, Label = "Bill of erased", BillTo = Moved(Shopper("erased").Home!, Seed.Now.AddYears(-10)) },
                new Bill { ShopperId = erased.Id, Label = "Recent bill of erased", BillTo = Moved(Shopper("erased").Home!, Seed.Now.AddYears(-1)) },
                new Bill { ShopperId = kept.Id, Label = "Bill of kept", BillTo = Shopper("kept").Home });
            await db.SaveChangesAsync();
            return (erased.Id, kept.Id);
        }

        private static PostalAddress Moved(PostalAddress address, DateTime at)
        {
            address.MovedOutAt = at;
            return address;
        }

        private static async Task<long> CountAsync(DbContext db, string table)
        {
            DbConnection connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT COUNT(*) FROM \"{table}\"";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }

        /// <summary>Fails the save of a shopper's owned objects; other saves go through.</summary>
        private sealed class FailingSave : SaveChangesInterceptor
        {
            public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
                eventData.Context!.ChangeTracker.Entries<Shopper>().Any(e => e.State == EntityState.Modified)
                    ? throw new DbUpdateException("The save failed (test).")
                    : base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }
}
