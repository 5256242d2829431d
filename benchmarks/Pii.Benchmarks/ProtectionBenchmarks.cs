using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Pii.Encryption;

namespace Pii.Benchmarks.Encryption
{
    /// <summary>A card with five personal members stored as they are.</summary>
    [DataSubject(Kind = "cardholder")]
    public class PlainCard
    {
        public int Id { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.Name)]
        public string? Name { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.EmailAddress)]
        public string? Email { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.DateOfBirth)]
        public DateTime? BornAt { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.PaymentData)]
        public decimal? Balance { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.PaymentData)]
        public long? CardNumber { get; set; }
    }

    /// <summary>The same card with the five members encrypted (<c>Protection.Encrypted</c>).</summary>
    [DataSubject(Kind = "cardholder")]
    public class SecretCard
    {
        public int Id { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.Name, Protection = Pii.Protection.Encrypted)]
        public string? Name { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.EmailAddress, Protection = Pii.Protection.Encrypted)]
        public string? Email { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.DateOfBirth, Protection = Pii.Protection.Encrypted)]
        public DateTime? BornAt { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.PaymentData, Protection = Pii.Protection.Encrypted)]
        public decimal? Balance { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.PaymentData, Protection = Pii.Protection.Encrypted)]
        public long? CardNumber { get; set; }
    }

    /// <summary>The same card with the five members crypto-shredded: each card is a subject with a key of its own.</summary>
    [DataSubject(Kind = "cardholder")]
    public class ShreddedCard
    {
        public int Id { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.Name, Protection = Pii.Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Name { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.EmailAddress, Protection = Pii.Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Email { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.DateOfBirth, Protection = Pii.Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public DateTime? BornAt { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.PaymentData, Protection = Pii.Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public decimal? Balance { get; set; }

        [PersonalData("Bench", "P1Y", LegalBasis.Contract, Category = DataCategory.PaymentData, Protection = Pii.Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public long? CardNumber { get; set; }
    }

    public class PlainCards : DbContext
    {
        public PlainCards(DbContextOptions<PlainCards> options)
            : base(options)
        {
        }

        public DbSet<PlainCard> Cards => Set<PlainCard>();
    }

    public class SecretCards : DbContext
    {
        public static readonly IPersonalDataKeyRing Ring = new PersonalDataKeyRing("bench", [new("bench", RandomNumberGenerator.GetBytes(32))]);

        public SecretCards(DbContextOptions<SecretCards> options)
            : base(options)
        {
        }

        public DbSet<SecretCard> Cards => Set<SecretCard>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => SecretCardsPersonalData.ConfigureProtection(modelBuilder, Ring);
    }

    public class ShreddedCards : DbContext
    {
        /// <summary>One interceptor per process, as in an application; the key table is in the same in-memory database.</summary>
        public static readonly ShreddedCardsPersonalData.CryptoShreddingInterceptor Shredding =
            new(new SubjectKeyTable(SecretCards.Ring, new SubjectKeyTableOptions { CacheCapacity = 100_000 }));

        public ShreddedCards(DbContextOptions<ShreddedCards> options)
            : base(options)
        {
        }

        public DbSet<ShreddedCard> Cards => Set<ShreddedCard>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => ShreddedCardsPersonalData.ConfigureProtection(modelBuilder, SecretCards.Ring, this);
    }

    /// <summary>
    /// The cost of encryption at rest per row, through EF Core on SQLite: writing 1,000 new cards in one SaveChanges
    /// (rolled back, so the table stays the same), and reading them back without tracking, five members per card, plain
    /// against encrypted in the same run. The databases are in memory, so that disk writes, which would dwarf both,
    /// do not hide the cost of encryption. Times are per row (OperationsPerInvoke).
    /// </summary>
    [MemoryDiagnoser]
    [GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
    [CategoriesColumn]
    public class ProtectionBenchmarks
    {
        private const int Rows = 1_000;
        private const string PlainDatabase = "Data Source=pii-bench-plain;Mode=Memory;Cache=Shared";
        private const string SecretDatabase = "Data Source=pii-bench-secret;Mode=Memory;Cache=Shared";
        private const string ShreddedDatabase = "Data Source=pii-bench-shredded;Mode=Memory;Cache=Shared";

        // An in-memory database lives while a connection to it is open.
        private SqliteConnection? _keepPlain;
        private SqliteConnection? _keepSecret;
        private SqliteConnection? _keepShredded;

        private static PlainCards Plain() => new(new DbContextOptionsBuilder<PlainCards>().UseSqlite(PlainDatabase).Options);

        private static SecretCards Secret() => new(new DbContextOptionsBuilder<SecretCards>().UseSqlite(SecretDatabase).Options);

        private static ShreddedCards Shredded() => new(new DbContextOptionsBuilder<ShreddedCards>().UseSqlite(ShreddedDatabase).AddInterceptors(ShreddedCards.Shredding).Options);

        private static IEnumerable<CardValues> Values() =>
            Enumerable.Range(0, Rows).Select(i => new CardValues($"Cardholder {i:D5}", $"holder{i}@bank.example", new DateTime(1950, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(i * 7), 100m + i, 4_000_000_000_000_000L + i));

        [GlobalSetup]
        public void Setup()
        {
            _keepPlain = new SqliteConnection(PlainDatabase);
            _keepPlain.Open();
            _keepSecret = new SqliteConnection(SecretDatabase);
            _keepSecret.Open();
            using (PlainCards plain = Plain())
            {
                plain.Database.EnsureCreated();
                plain.Cards.AddRange(Values().Select(NewPlain));
                plain.SaveChanges();
            }

            using (SecretCards secret = Secret())
            {
                secret.Database.EnsureCreated();
                secret.Cards.AddRange(Values().Select(NewSecret));
                secret.SaveChanges();
            }

            _keepShredded = new SqliteConnection(ShreddedDatabase);
            _keepShredded.Open();
            using ShreddedCards shredded = Shredded();
            shredded.Database.EnsureCreated();
            shredded.Database.OpenConnection();
            ShreddedCards.Shredding.Keys.EnsureCreatedAsync(shredded.Database.GetDbConnection()).GetAwaiter().GetResult();
            shredded.Cards.AddRange(Values().Select(NewShredded));
            shredded.SaveChanges();
        }

        [GlobalCleanup]
        public void Cleanup()
        {
            _keepPlain?.Dispose();
            _keepSecret?.Dispose();
            _keepShredded?.Dispose();
            SqliteConnection.ClearAllPools();
        }

        [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
        [BenchmarkCategory("read")]
        public int ReadPlain() => Read<PlainCard>(Plain());

        [Benchmark(OperationsPerInvoke = Rows)]
        [BenchmarkCategory("read")]
        public int ReadEncrypted() => Read<SecretCard>(Secret());

        /// <summary>Each row under its own subject's key; the keys are in memory after the first read.</summary>
        [Benchmark(OperationsPerInvoke = Rows)]
        [BenchmarkCategory("read")]
        public int ReadShredded() => Read<ShreddedCard>(Shredded());

        [Benchmark(Baseline = true, OperationsPerInvoke = Rows)]
        [BenchmarkCategory("write")]
        public int WritePlain() => Write(Plain(), NewPlain);

        [Benchmark(OperationsPerInvoke = Rows)]
        [BenchmarkCategory("write")]
        public int WriteEncrypted() => Write(Secret(), NewSecret);

        /// <summary>Every card a new subject: a new key (an insert into the key table) per row, then five encryptions.</summary>
        [Benchmark(OperationsPerInvoke = Rows)]
        [BenchmarkCategory("write")]
        public int WriteShredded() => Write(Shredded(), NewShredded);

        private static PlainCard NewPlain(CardValues v) => new() { Name = v.Name, Email = v.Email, BornAt = v.BornAt, Balance = v.Balance, CardNumber = v.Card };

        private static SecretCard NewSecret(CardValues v) => new() { Name = v.Name, Email = v.Email, BornAt = v.BornAt, Balance = v.Balance, CardNumber = v.Card };

        private static ShreddedCard NewShredded(CardValues v) => new() { Name = v.Name, Email = v.Email, BornAt = v.BornAt, Balance = v.Balance, CardNumber = v.Card };

        /// <summary>Reads the cards without tracking.</summary>
        private static int Read<TCard>(DbContext context)
            where TCard : class
        {
            using DbContext db = context;
            return db.Set<TCard>().AsNoTracking().Take(Rows).ToList().Count;
        }

        /// <summary>Adds 1,000 new cards in one SaveChanges, rolled back so that the table stays the same.</summary>
        private static int Write<TCard>(DbContext context, Func<CardValues, TCard> create)
            where TCard : class
        {
            using DbContext db = context;
            using var transaction = db.Database.BeginTransaction();
            db.Set<TCard>().AddRange(Values().Select(create));
            int written = db.SaveChanges();
            transaction.Rollback();
            return written;
        }
    }

    /// <summary>The values of one card, the same for the three kinds.</summary>
    public sealed record CardValues(string Name, string Email, DateTime BornAt, decimal Balance, long Card);
}
