using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using static Pii.Store.Tests.Infrastructure.Receipts;
using Pii.Store.Tests.Model.NestedOwned;

namespace Pii.Store.Tests
{
    /// <summary>
    /// Objects with no tag of their own, whose tagged members are in objects inside them (an owned type, a complex property,
    /// an entity two owned objects above its personal data), are exported, erased and purged like any owned object, on
    /// SQLite and PostgreSQL.
    /// </summary>
    public sealed class NestedOwnedTests
    {
        private static readonly PersonalDataStoreOptions Options = new()
        {
            HashKey = Encoding.UTF8.GetBytes("nested-owned-tests-hash-key-0123456789"),
            PseudonymizationKey = Encoding.UTF8.GetBytes("nested-owned-pseudonym-key-0123456789"),
        };

        private static readonly DateTime Now = new(DateTime.UtcNow.Ticks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, DateTimeKind.Utc);

        public static TheoryData<string> Providers() => new(TestDatabase.Providers().Select(p => (string)p[0]));

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task What_lies_below_an_untagged_object_is_exported_and_erased_for_its_subject_only(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            (int erased, int kept) = await AddTwoCouriersAsync(database, endedAt: null);

            await using (CourierContext db = Context(database))
            {
                using var stream = new MemoryStream();
                SubjectExportResult export = await db.PersonalData(Options).Courier.ExportAsync(erased, stream);
                Assert.True(export.Found);
                string json = Encoding.UTF8.GetString(stream.ToArray());
                Assert.Contains("Phone of erased", json, StringComparison.Ordinal);
                Assert.Contains("Contact of erased", json, StringComparison.Ordinal);
                Assert.Contains("Plate of erased", json, StringComparison.Ordinal);
                Assert.Contains("Street of erased", json, StringComparison.Ordinal);
                Assert.DoesNotContain("of kept", json, StringComparison.Ordinal);
                Assert.DoesNotContain("partner", json, StringComparison.Ordinal); // [NotPersonalData]
            }

            SubjectErasureReceipt receipt;
            await using (CourierContext db = Context(database))
            {
                receipt = await db.PersonalData(Options).Courier.EraseAsync(erased, ErasureRequest.Everything(DateTimeOffset.UtcNow));
            }

            Assert.Equal(SubjectErasureStatus.Erased, receipt.Status);
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(receipt["Courier"]!, "Emergency.Details.Phone"));
            Assert.Equal((ErasureOutcome.Anonymized, 1), Outcome(receipt["Courier"]!, "Emergency.Details.FullName"));
            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(receipt["Courier"]!, "Vehicle.Registration.Plate"));
            Assert.Equal((ErasureOutcome.Cleared, 2), Outcome(receipt["Route"]!, "Leg.Stop.Doorstep.Street"));

            await using (CourierContext db = Context(database))
            {
                Courier gone = await db.Couriers.AsNoTracking().SingleAsync(c => c.Id == erased);
                Assert.Null(gone.Emergency.Details.Phone);
                Assert.Equal(Anonymized.Text, gone.Emergency.Details.FullName);
                Assert.Equal("partner", gone.Emergency.Relation);
                Assert.Null(gone.Vehicle.Registration.Plate);
                Assert.Equal("Van", gone.Vehicle.Model);
                Assert.All(await db.Routes.AsNoTracking().Where(r => r.CourierId == erased).ToListAsync(), r => Assert.Null(r.Leg.Stop.Doorstep.Street));

                Courier other = await db.Couriers.AsNoTracking().SingleAsync(c => c.Id == kept);
                Assert.Equal("Phone of kept", other.Emergency.Details.Phone);
                Assert.Equal("Contact of kept", other.Emergency.Details.FullName);
                Assert.Equal("Plate of kept", other.Vehicle.Registration.Plate);
                Assert.Equal("Street of kept", (await db.Routes.AsNoTracking().SingleAsync(r => r.CourierId == kept)).Leg.Stop.Doorstep.Street);
            }
        }

        [Theory]
        [MemberData(nameof(Providers))]
        public async Task The_purge_reaches_dated_members_below_untagged_objects_and_reports_undated_ones(string provider)
        {
            await using TestDatabase database = await CreateAsync(provider);
            (int expired, int recent) = await AddTwoCouriersAsync(database, endedAt: Now.AddYears(-2));
            await using (CourierContext db = Context(database))
            {
                Courier current = await db.Couriers.SingleAsync(c => c.Id == recent);
                current.Emergency.Details.EndedAt = Now.AddDays(-1);
                foreach (Route route in await db.Routes.Where(r => r.CourierId == recent).ToListAsync())
                {
                    route.Leg.Stop.Doorstep.DeliveredAt = Now.AddDays(-1);
                }

                await db.SaveChangesAsync();
            }

            PurgeResult result;
            await using (CourierContext db = Context(database))
            {
                result = await db.PersonalData(Options).PurgeExpiredAsync(Now);
            }

            Assert.Equal((ErasureOutcome.Cleared, 1), Outcome(result["Courier"]!, "Emergency.Details.Phone"));
            Assert.Equal((ErasureOutcome.Anonymized, 1), Outcome(result["Courier"]!, "Emergency.Details.FullName"));
            Assert.Equal((ErasureOutcome.Cleared, 2), Outcome(result["Route"]!, "Leg.Stop.Doorstep.Street"));
            MemberErasureCount plate = result["Courier"]!["Vehicle.Registration.Plate"]!;
            Assert.Equal(ErasureOutcome.NotErasable, plate.Outcome);
            Assert.Contains("no RetentionStartsAt", plate.Reason, StringComparison.Ordinal);

            await using (CourierContext db = Context(database))
            {
                Courier old = await db.Couriers.AsNoTracking().SingleAsync(c => c.Id == expired);
                Assert.Null(old.Emergency.Details.Phone);
                Assert.Equal(Anonymized.Text, old.Emergency.Details.FullName);
                Assert.Equal("Plate of erased", old.Vehicle.Registration.Plate);
                Assert.All(await db.Routes.AsNoTracking().Where(r => r.CourierId == expired).ToListAsync(), r => Assert.Null(r.Leg.Stop.Doorstep.Street));

                Courier current = await db.Couriers.AsNoTracking().SingleAsync(c => c.Id == recent);
                Assert.Equal("Phone of kept", current.Emergency.Details.Phone);
                Assert.Equal("Contact of kept", current.Emergency.Details.FullName);
                Assert.Equal("Street of kept", (await db.Routes.AsNoTracking().SingleAsync(r => r.CourierId == recent)).Leg.Stop.Doorstep.Street);
            }

            // Nothing is left to change.
            await using (CourierContext db = Context(database))
            {
                Assert.Equal(0, (await db.PersonalData(Options).PurgeExpiredAsync(Now)).Changed);
            }
        }

        private static async Task<TestDatabase> CreateAsync(string provider)
        {
            TestDatabase database = await TestDatabase.CreateAsync(provider);
            await using CourierContext db = Context(database);
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return database;
        }

        private static CourierContext Context(TestDatabase database) => database.CreateContext<CourierContext>(options => new CourierContext(options));

        private static async Task<(int First, int Second)> AddTwoCouriersAsync(TestDatabase database, DateTime? endedAt)
        {
            await using CourierContext db = Context(database);
            Courier first = Courier("erased", endedAt);
            Courier second = Courier("kept", endedAt);
            db.Couriers.AddRange(first, second);
            await db.SaveChangesAsync();
            db.Routes.AddRange(Route(first.Id, "erased", endedAt), Route(first.Id, "erased", endedAt), Route(second.Id, "kept", endedAt));
            await db.SaveChangesAsync();
            return (first.Id, second.Id);
        }

        private static Courier Courier(string tag, DateTime? endedAt) => new()
        {
            Name = "Name of " + tag,
            Emergency = new EmergencyContact
            {
                Relation = "partner",
                Details = new ContactDetails { Phone = "Phone of " + tag, FullName = "Contact of " + tag, EndedAt = endedAt },
            },
            Vehicle = new Vehicle { Model = "Van", Registration = new Registration { Plate = "Plate of " + tag } },
        };

        private static Route Route(int courierId, string tag, DateTime? deliveredAt) => new()
        {
            CourierId = courierId,
            Leg = new Leg { Sequence = 1, Stop = new Stop { Floor = 2, Doorstep = new Doorstep { Street = "Street of " + tag, DeliveredAt = deliveredAt } } },
        };
    }
}
