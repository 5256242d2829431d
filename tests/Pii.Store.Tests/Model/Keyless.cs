using System;
using Microsoft.EntityFrameworkCore;

namespace Pii.Store.Tests.Model.Keyless
{
    // A log table EF Core maps without a key: Pii reaches its rows by the subject's key, with statements only.
    [DataSubject(Kind = "reader")]
    public class Reader
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Name { get; set; }
    }

    [Keyless]
    public class ReadingLog
    {
        public int ReaderId { get; set; }

        public DateTime? ReadAt { get; set; }

        [PersonalData("Support", Category = DataCategory.BrowsingBehaviour, RetentionStartsAt = nameof(ReadAt))]
        public string? Query { get; set; }
    }

    public class ReaderContext : DbContext
    {
        public ReaderContext(DbContextOptions<ReaderContext> options)
            : base(options)
        {
        }

        public DbSet<Reader> Readers => Set<Reader>();

        public DbSet<ReadingLog> Logs => Set<ReadingLog>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<ReadingLog>().ToTable("ReadingLogs");
        }
    }
}
