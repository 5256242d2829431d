using System;
using System.Text;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Pii.Erasure;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model.Hidden;

namespace Pii.Store.Tests
{
    /// <summary>
    /// An entity that hides a tagged base member with <c>new</c>: the store's statements would name the hiding member, so the
    /// tagged one is reported NotErasable with the reason, and the rest is erased (before 2026-12-02 the store did not compile).
    /// </summary>
    public sealed class HiddenMemberTests
    {
        private static readonly PersonalDataStoreOptions Options = new() { HashKey = Encoding.UTF8.GetBytes("hidden-tests-hash-key-01234567890123") };

        [Fact]
        public async Task A_tagged_member_hidden_by_a_new_one_is_reported_not_erasable_and_the_rest_is_erased()
        {
            await using TestDatabase database = await TestDatabase.CreateAsync(TestDatabase.Sqlite);
            int id;
            await using (ClubContext db = database.CreateContext<ClubContext>(options => new ClubContext(options)))
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
                var member = new ClubMember { Nick = 7, Email = "canary@club.example" };
                db.Members.Add(member);
                await db.SaveChangesAsync();
                id = member.Id;
            }

            await using (ClubContext db = database.CreateContext<ClubContext>(options => new ClubContext(options)))
            {
                SubjectErasureReceipt receipt = await db.PersonalData(Options).ClubMember.EraseAsync(id, ErasureRequest.Everything(DateTimeOffset.UtcNow));

                Assert.Equal(ErasureOutcome.Cleared, receipt["ClubMember"]!["Email"]!.Outcome);
                Assert.Equal(ErasureOutcome.NotErasable, receipt["ClubMember"]!["Nick"]!.Outcome);
                Assert.Contains("hides it with a member of the same name", receipt["ClubMember"]!["Nick"]!.Reason, StringComparison.Ordinal);
            }

            await using (ClubContext db = database.CreateContext<ClubContext>(options => new ClubContext(options)))
            {
                ClubMember stored = await db.Members.SingleAsync();
                Assert.Null(stored.Email);
                Assert.Equal(7, stored.Nick);
            }
        }
    }
}
