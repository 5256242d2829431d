using Microsoft.EntityFrameworkCore;

namespace Pii.Store.Tests.Model.Hidden
{
    /// <summary>A base class with a tagged nickname that the entity hides with a number of the same name (<c>new</c>).</summary>
    public class Person
    {
        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Nick { get; set; }
    }

    [DataSubject(Kind = "club member")]
    public class ClubMember : Person
    {
        public int Id { get; set; }

        [NotPersonalData("the member's position on the honours board")]
        public new int Nick { get; set; }

        [PersonalData("Account", Category = DataCategory.EmailAddress)]
        public string? Email { get; set; }
    }

    public class ClubContext : DbContext
    {
        public ClubContext(DbContextOptions<ClubContext> options)
            : base(options)
        {
        }

        public DbSet<ClubMember> Members => Set<ClubMember>();
    }
}
