using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using static Pii.Store.Tests.Infrastructure.Receipts;
using Pii.Store.Tests.Model.OwnedRetention;

namespace Pii.Store.Tests
{
    /// <summary>
    /// PurgeExpiredAsync reaches what no statement can write (owned types, owned collections with keys of their own, complex
    /// properties, collections of text), each member by its own retention date, on SQLite and PostgreSQL.
    /// </summary>
    public sealed class OwnedPurgeTests
    {
        private static readonly PersonalDataStoreOptions Options = new()
        {
            HashKey = Encoding.UTF8.GetBytes("owned-purge-tests-hash-key-0123456789"),
            PseudonymizationKey = Encoding.UTF8.GetBytes("owned-purge-pseudonym-key-0123456789"),
        };

        // Whole seconds: PostgreSQL keeps microseconds, so the held-until dates computed from read values compare exactly.
        private static readonly DateTime Now = new(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Utc);

        private static readonly DateOnly Today = DateOnly.FromDateTime(Now);

        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task The_purge_erases_expired_members_of_owned_objects_and_collections_row_by_row_and_element_by_element(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            (int old, int recent) = await AddGuestsAsync(database);

            PurgeResult result;
            await using (GuestContext db = Context(database))
            {
                result = await db.PersonalData(Options).PurgeExpiredAsync(Now);
                Assert.Empty(db.ChangeTracker.Entries());
            }

            await using (GuestContext db = Context(database))
            {
                Guest gone = await db.Guests.AsNoTracking().SingleAsync(g => g.Id == old);
                Assert.Equal("Name of old", gone.Name); // no retention date
                Assert.Empty(gone.Aliases); // left two years ago, Support keeps one year
                Assert.Null(gone.LeftAt); // Account keeps 30 days, but the members that count from it were decided first
                Assert.Equal(Anonymized.Text, gone.Nickname);
                Assert.Null(gone.Home!.Street); // moved out ten years ago, Account keeps 30 days
                Assert.Equal(Anonymized.Text, gone.Home.City);
                Assert.Null(gone.Home.Country); // Retain under Tax (seven years): the purge ends the hold
                Assert.Equal("Directions of old", gone.Home.Directions); // no retention date of its own
                Assert.Null(gone.Contact.Phone); // last contact three years ago, Marketing keeps two
                var stays = gone.Stays.OrderBy(s => s.CheckedOutOn).ToList();
                Assert.True(Pseudonym.IsPseudonym(stays[0].Plate!), stays[0].Plate); // checked out two years ago
                Assert.Equal(Pseudonym.Create(Options.RequirePseudonymizationKey("test"), "Plate of old, 2 years"), stays[0].Plate);
                Assert.Equal("Plate of old, 30 days", stays[1].Plate); // its year has not ended
                Assert.Null(gone.Work.Badge.Code); // returned a year ago: an owned object inside one with no date of its own
                Assert.Equal("Company of old", gone.Work.Company);

                Guest staying = await db.Guests.AsNoTracking().SingleAsync(g => g.Id == recent);
                Assert.Equal(["Alias of recent"], staying.Aliases); // has not left: the clock has not started
                Assert.Equal("Nick of recent", staying.Nickname);
                Assert.Null(staying.Home!.Street); // moved out 60 days ago: past 30 days
                Assert.Equal(Anonymized.Text, staying.Home.City);
                Assert.Equal("Country of recent", staying.Home.Country); // seven years from 60 days ago
                Assert.Equal("+32 2", staying.Contact.Phone);
                Assert.Equal("Plate of recent, not checked out", Assert.Single(staying.Stays).Plate);
                Assert.Equal("Badge of recent", staying.Work.Badge.Code);
            }

            EntityErasureCount guests = result["Guest"]!;
            Assert.Equal((ErasureOutcome.Cleared, 2), Outcome(guests, "Home.Street"));
            Assert.Equal((ErasureOutcome.Anonymized, 2), Outcome(guests, "Home.City"));

            MemberErasureCount country = guests["Home.Country"]!;
            Assert.Equal((ErasureOutcome.Cleared, 1, 1), (country.Outcome, country.Rows, country.RowsHeld));
            Assert.Equal(new DateTimeOffset(Now.AddDays(-60)).AddYears(7), country.HeldUntil);

            MemberErasureCount plate = guests["Stays.Plate"]!;
            Assert.Equal((ErasureOutcome.Pseudonymized, 1, 2), (plate.Outcome, plate.Rows, plate.RowsHeld)); // elements, not rows
            Assert.Equal(new DateTimeOffset(Today.AddDays(-30).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddYears(1), plate.HeldUntil);

            MemberErasureCount phone = guests["Contact.Phone"]!;
            Assert.Equal((ErasureOutcome.Cleared, 1, 1), (phone.Outcome, phone.Rows, phone.RowsHeld));
            Assert.Null(phone.HeldUntil); // the held one has no date yet
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(guests, "Aliases"));
            Assert.Equal(1, guests["Aliases"]!.RowsHeld);

            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(guests, "Work.Badge.Code"));
            Assert.Equal((ErasureOutcome.Anonymized, 1), Outcome(guests, "Nickname"));
            Assert.Equal(2 + 2 + 1 + 1 + 1 + 1 + 1 + 1 + 1, result.Changed); // values changed; held and reported members do not count

            foreach (string undated in new[] { "Name", "Home.Directions", "Work.Company" })
            {
                Assert.Equal(ErasureOutcome.NotErasable, guests[undated]!.Outcome);
                Assert.Contains("no RetentionStartsAt", guests[undated]!.Reason, StringComparison.Ordinal);
            }

            Assert.Equal(ErasureOutcome.NotErasable, guests["Scan"]!.Outcome);
            Assert.Contains("no empty value", guests["Scan"]!.Reason, StringComparison.Ordinal);

            // Again at the same time: nothing is left to purge, and what was pseudonymized is not pseudonymized twice.
            await using (GuestContext db = Context(database))
            {
                PurgeResult again = await db.PersonalData(Options).PurgeExpiredAsync(Now);
                Assert.Equal((ErasureOutcome.AlreadyErased, 0), Outcome(again["Guest"]!, "Home.Street"));
                Assert.Equal((ErasureOutcome.Held, 2), Outcome(again["Guest"]!, "Stays.Plate"));
                Assert.Equal(0, again.Changed);
                Assert.Equal(
                    Pseudonym.Create(Options.RequirePseudonymizationKey("test"), "Plate of old, 2 years"),
                    (await db.Guests.AsNoTracking().SingleAsync(g => g.Id == old)).Stays.OrderBy(s => s.CheckedOutOn).First().Plate);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_purge_that_must_pseudonymize_an_owned_member_without_a_key_fails_and_changes_nothing(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            (int old, _) = await AddGuestsAsync(database);
            var withoutKey = new PersonalDataStoreOptions { HashKey = Options.HashKey };

            await using (GuestContext db = Context(database))
            {
                ErasureFailedException failure = await Assert.ThrowsAsync<ErasureFailedException>(() => db.PersonalData(withoutKey).PurgeExpiredAsync(Now));
                Assert.Contains("PseudonymizationKey", failure.InnerException!.Message, StringComparison.Ordinal);
                Assert.Empty(db.ChangeTracker.Entries());
            }

            await using (GuestContext db = Context(database))
            {
                Guest kept = await db.Guests.AsNoTracking().SingleAsync(g => g.Id == old);
                Assert.Equal("Street of old", kept.Home!.Street);
                Assert.Equal(["Alias of old"], kept.Aliases);
                Assert.Equal("+32 1", kept.Contact.Phone);
                Assert.Equal("Plate of old, 2 years", kept.Stays.OrderBy(s => s.CheckedOutOn).First().Plate);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task The_purge_pages_through_a_table_larger_than_one_page_and_reaches_every_row(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            const int Guests = 2_345; // three pages of 1,000
            await using (GuestContext db = Context(database))
            {
                for (int i = 0; i < Guests; i++)
                {
                    DateTime movedOut = i % 3 == 0 ? Now.AddYears(-1) : Now.AddDays(-1);
                    db.Guests.Add(new Guest { Name = "Guest " + i, Home = new Residence { MovedOutAt = movedOut, Street = "Street " + i } });
                }

                await db.SaveChangesAsync();
            }

            PurgeResult result;
            await using (GuestContext db = Context(database))
            {
                result = await db.PersonalData(Options).PurgeExpiredAsync(Now);
                Assert.Empty(db.ChangeTracker.Entries());
            }

            int expired = Enumerable.Range(0, Guests).Count(i => i % 3 == 0);
            MemberErasureCount street = result["Guest"]!["Home.Street"]!;
            Assert.Equal((ErasureOutcome.Cleared, expired, Guests - expired), (street.Outcome, street.Rows, street.RowsHeld));
            Assert.True(result.Statements >= 1 + 3 + 3, $"{result.Statements} statements: one count, then three pages read and saved");
            await using (GuestContext db = Context(database))
            {
                var guests = await db.Guests.AsNoTracking().Select(g => new { g.Name, g.Home!.Street }).ToListAsync();
                Assert.Equal(Guests, guests.Count);
                Assert.All(guests, g =>
                {
                    int i = int.Parse(g.Name!["Guest ".Length..], System.Globalization.CultureInfo.InvariantCulture);
                    Assert.Equal(i % 3 == 0 ? null : "Street " + i, g.Street);
                });
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_entity_keyed_by_text_is_paged_by_offset_in_key_order_and_every_row_is_reached(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            const int Visas = 1_050; // two pages
            int guest;
            await using (GuestContext db = Context(database))
            {
                var owner = new Guest { Name = "Traveller" };
                db.Guests.Add(owner);
                await db.SaveChangesAsync();
                guest = owner.Id;
                for (int i = 0; i < Visas; i++)
                {
                    DateTime? returned = i % 2 == 0 ? Now.AddYears(-1) : null;
                    db.Visas.Add(new Visa { Number = $"V-{i:D5}", GuestId = guest, Stamp = new Badge { ReturnedAt = returned, Code = "Stamp " + i } });
                }

                await db.SaveChangesAsync();
            }

            PurgeResult result;
            await using (GuestContext db = Context(database))
            {
                result = await db.PersonalData(Options).PurgeExpiredAsync(Now);
            }

            MemberErasureCount code = result["Visa"]!["Stamp.Code"]!;
            Assert.Equal((ErasureOutcome.Cleared, Visas / 2, Visas / 2), (code.Outcome, code.Rows, code.RowsHeld));
            await using (GuestContext db = Context(database))
            {
                var visas = await db.Visas.AsNoTracking().OrderBy(v => v.Number).ToListAsync();
                Assert.Equal(Visas, visas.Count);
                Assert.All(visas.Select((v, i) => (v, i)), pair => Assert.Equal(pair.i % 2 == 0 ? null : "Stamp " + pair.i, pair.v.Stamp.Code));
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task A_failure_on_a_later_page_rolls_back_the_pages_already_saved(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            const int Guests = 1_001; // the last one is alone on the second page
            await using (GuestContext db = Context(database))
            {
                for (int i = 0; i < Guests; i++)
                {
                    var guest = new Guest { Name = "Guest " + i, Home = new Residence { MovedOutAt = Now.AddYears(-1), Street = "Street " + i } };
                    if (i == Guests - 1)
                    {
                        guest.Stays.Add(new Stay { CheckedOutOn = Today.AddYears(-2), Plate = "Plate on page two" });
                    }

                    db.Guests.Add(guest);
                }

                await db.SaveChangesAsync();
            }

            // The first page's streets are cleared and saved; the second page needs a pseudonymization key the options lack.
            var withoutKey = new PersonalDataStoreOptions { HashKey = Options.HashKey };
            await using (GuestContext db = Context(database))
            {
                await Assert.ThrowsAsync<ErasureFailedException>(() => db.PersonalData(withoutKey).PurgeExpiredAsync(Now));
            }

            await using (GuestContext db = Context(database))
            {
                Assert.Equal(Guests, await db.Guests.CountAsync(g => g.Home!.Street != null));
                Assert.Equal("Plate on page two", await db.Guests.SelectMany(g => g.Stays).Select(s => s.Plate).SingleAsync());
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task Soft_deleted_rows_a_query_filter_hides_are_still_purged_exported_and_erased(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            int purged, erased;
            await using (GuestContext db = Context(database))
            {
                var old = new Guest { Deleted = true, Name = "Deleted and old", Home = new Residence { MovedOutAt = Now.AddYears(-10), Street = "Old street" } };
                var gone = new Guest { Deleted = true, Name = "Deleted and asking", Home = new Residence { Street = "Asking street" } };
                db.Guests.AddRange(old, gone);
                await db.SaveChangesAsync();
                (purged, erased) = (old.Id, gone.Id);
                Assert.Equal(0, await db.Guests.CountAsync()); // the application no longer sees them
            }

            await using (GuestContext db = Context(database))
            {
                PurgeResult result = await db.PersonalData(Options).PurgeExpiredAsync(Now);
                Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(result["Guest"]!, "Home.Street"));

                using var export = new System.IO.MemoryStream();
                SubjectExportResult exported = await db.PersonalData(Options).Guest.ExportAsync(erased, export);
                Assert.True(exported.Found);
                Assert.Contains("Asking street", Encoding.UTF8.GetString(export.ToArray()), StringComparison.Ordinal);

                SubjectErasureReceipt receipt = await db.PersonalData(Options).Guest.EraseAsync(erased, ErasureRequest.Everything(DateTimeOffset.UtcNow).WithPseudonymizationKey(Options.RequirePseudonymizationKey("test")));
                Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
            }

            await using (GuestContext db = Context(database))
            {
                var guests = await db.Guests.IgnoreQueryFilters().AsNoTracking().OrderBy(g => g.Id).ToListAsync();
                Assert.Null(guests.Single(g => g.Id == purged).Home!.Street);
                Guest asked = guests.Single(g => g.Id == erased);
                Assert.Null(asked.Name);
                Assert.Null(asked.Home?.Street); // an optional owned object whose columns are all null reads as null
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task An_entity_whose_model_key_is_not_its_Id_alone_is_paged_by_offset_and_no_row_is_skipped(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            // Zone A has ids 0 to 599, zone B 1 to 600: in id order the 1,000th row is one of the two with id 500, so paging
            // by id alone (the next page after id 500) would skip the other one.
            const int Passes = 1_200;
            await using (GuestContext db = Context(database))
            {
                var owner = new Guest { Name = "Holder" };
                db.Guests.Add(owner);
                await db.SaveChangesAsync();
                for (int i = 0; i < Passes; i++)
                {
                    db.Passes.Add(new Pass { Zone = i < 600 ? "A" : "B", Id = i < 600 ? i : i - 599, GuestId = owner.Id, Stamp = new Badge { ReturnedAt = Now.AddYears(-1), Code = "Code " + i } });
                }

                await db.SaveChangesAsync();
            }

            PurgeResult result;
            await using (GuestContext db = Context(database))
            {
                result = await db.PersonalData(Options).PurgeExpiredAsync(Now);
            }

            Assert.Equal((ErasureOutcome.Cleared, Passes), Outcome(result["Pass"]!, "Stamp.Code"));
            await using (GuestContext db = Context(database))
            {
                Assert.Equal(0, await db.Passes.CountAsync(p => p.Stamp.Code != null));
            }
        }

        private static async Task<(int Old, int Recent)> AddGuestsAsync(TestDatabase database)
        {
            await using GuestContext db = Context(database);
            var old = new Guest
            {
                Name = "Name of old",
                LeftAt = Now.AddYears(-2),
                Nickname = "Nick of old",
                Aliases = ["Alias of old"],
                Home = new Residence { MovedOutAt = Now.AddYears(-10), Street = "Street of old", City = "City of old", Country = "Country of old", Directions = "Directions of old" },
                Stays =
                [
                    new Stay { CheckedOutOn = Today.AddYears(-2), Plate = "Plate of old, 2 years" },
                    new Stay { CheckedOutOn = Today.AddDays(-30), Plate = "Plate of old, 30 days" },
                ],
                Contact = new ContactCard { LastContactAt = Now.AddYears(-3), Phone = "+32 1" },
                Work = new Workplace { Company = "Company of old", Badge = new Badge { ReturnedAt = Now.AddYears(-1), Code = "Badge of old" } },
            };
            var recent = new Guest
            {
                Name = "Name of recent",
                Nickname = "Nick of recent",
                Aliases = ["Alias of recent"],
                Home = new Residence { MovedOutAt = Now.AddDays(-60), Street = "Street of recent", City = "City of recent", Country = "Country of recent", Directions = "Directions of recent" },
                Stays = [new Stay { Plate = "Plate of recent, not checked out" }],
                Contact = new ContactCard { Phone = "+32 2" },
                Work = new Workplace { Company = "Company of recent", Badge = new Badge { Code = "Badge of recent" } },
            };
            db.Guests.AddRange(old, recent);
            await db.SaveChangesAsync();
            return (old.Id, recent.Id);
        }

        private static async Task<TestDatabase> CreateAsync(string provider)
        {
            TestDatabase database = await TestDatabase.CreateAsync(provider);
            await using GuestContext db = Context(database);
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return database;
        }

        private static GuestContext Context(TestDatabase database) =>
            database.CreateContext<GuestContext>(options => new GuestContext(options));
    }
}
