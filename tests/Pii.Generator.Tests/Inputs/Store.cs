using System;
using Pii;

// A stand-in for EF Core's two types the generator looks at: it reads DbContext and DbSet<T> by name.
namespace Microsoft.EntityFrameworkCore
{
    public class DbContext
    {
    }

    public class DbSet<TEntity>
        where TEntity : class
    {
    }
}

namespace Mail
{
    using Microsoft.EntityFrameworkCore;

    [DataSubject]
    public class Contact
    {
        public int Id { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.EmailAddress)]
        public string Email { get; set; } = "";
    }

    public class EmailEvent
    {
        public int Id { get; set; }

        public int? ContactId { get; set; }

        public DateTime OccurredAt { get; set; }

        [PersonalData("Statistics", "P14M", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress, RetentionStartsAt = nameof(OccurredAt))]
        public string? Ip { get; set; }
    }

    public class Click
    {
        public int Id { get; set; }

        [SubjectLink(typeof(EmailEvent))]
        public int EmailEventId { get; set; }

        [PersonalData("Statistics", "P14M", LegalBasis.LegitimateInterests, Erasure = ErasureStrategy.DeleteRecord)]
        public string? Ip { get; set; }
    }

    public class Review
    {
        public int Id { get; set; }

        public Contact? Author { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Erasure = ErasureStrategy.Anonymize)]
        public string Text { get; set; } = "";
    }

    public class Orphan
    {
        public int Id { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent)]
        public string? Nickname { get; set; }
    }

    public class MailContext : DbContext
    {
        public DbSet<Contact> Contacts { get; set; } = null!;

        public DbSet<EmailEvent> Events { get; set; } = null!;

        public DbSet<Click> Clicks { get; set; } = null!;

        public DbSet<Review> Reviews { get; set; } = null!;

        public DbSet<Orphan> Orphans { get; set; } = null!;
    }
}
