using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Pii.Encryption;
using Pii.Store.Tests.Encryption;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model.Shredded;

namespace Pii.Store.Tests.Shredding
{
    /// <summary>A test database with the shredded model's tables, its subject key table apart from the data, and the keys of both.</summary>
    internal sealed class ShreddedDatabase : IAsyncDisposable
    {
        private ShreddedDatabase(TestDatabase database, PersonalDataKeyRing ring)
        {
            Database = database;
            Ring = ring;
            Keys = new SubjectKeyTable(ring, database.SubjectKeyOptions());
            Interceptor = new ShreddedContextPersonalData.CryptoShreddingInterceptor(Keys);
        }

        /// <summary>The interceptor over <see cref="Keys"/>: one per application (it is part of EF Core's service provider).</summary>
        public ShreddedContextPersonalData.CryptoShreddingInterceptor Interceptor { get; private set; }

        public TestDatabase Database { get; }

        public PersonalDataKeyRing Ring { get; }

        /// <summary>The subject key table, as one process of the application holds it (its memory of keys included).</summary>
        public SubjectKeyTable Keys { get; private set; }

        public static async Task<ShreddedDatabase> CreateAsync(string provider)
        {
            var shredded = new ShreddedDatabase(await TestDatabase.CreateAsync(provider), ProtectedDatabase.Ring("ring-1"));
            await using ShreddedContext db = shredded.Context();
            if (provider == TestDatabase.Postgres)
            {
                await db.Database.ExecuteSqlRawAsync("CREATE SCHEMA IF NOT EXISTS pii_keys");
            }

            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            await db.Database.OpenConnectionAsync();
            await shredded.Keys.EnsureCreatedAsync(db.Database.GetDbConnection());
            await db.Database.CloseConnectionAsync();
            return shredded;
        }

        /// <summary>A context with the crypto-shredding interceptor over <see cref="Keys"/>.</summary>
        public ShreddedContext Context(params IInterceptor[] more) =>
            Database.CreateContext<ShreddedContext>(
                options => new ShreddedContext(options, Ring),
                [.. Database.SubjectKeyInterceptors(), Interceptor, .. more]);

        /// <summary>Another process of the application: a new subject key table, nothing remembered.</summary>
        public void Restart()
        {
            Keys = new SubjectKeyTable(Ring, Database.SubjectKeyOptions());
            Interceptor = new ShreddedContextPersonalData.CryptoShreddingInterceptor(Keys);
        }

        public static Patient Canary(string tag) => new()
        {
            Name = "Canary Patient " + tag,
            Email = $"canary.{tag}@shred.example",
            Photo = [0xCA, 0x4A, 0x12, 0x99, 0x01],
            Newsletter = true,
            Floor = 7,
            ShoeSize = 44,
            HouseNumber = 1313,
            CardNumber = 4_111_111_111_111_111,
            Height = 1.83f,
            Weight = 81.25,
            Balance = 1234.50m,
            ExternalId = Guid.NewGuid(),
            BornAt = new DateTime(1984, 2, 29, 6, 30, 0, DateTimeKind.Utc),
            LastSeen = new DateTimeOffset(2026, 11, 30, 22, 15, 0, TimeSpan.FromHours(1)),
            Birthday = new DateOnly(1984, 2, 29),
            WakesAt = new TimeOnly(6, 45),
            Insurer = "Canary Insurer " + tag,
            Plain = "Plain Canary " + tag,
        };

        /// <summary>The stored value of one column of one row, read past EF Core.</summary>
        public async Task<object?> RawAsync(string table, string column, int id)
        {
            await using ShreddedContext db = Context();
            DbConnection connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"Id\" = {id}";
            object? value = await command.ExecuteScalarAsync();
            return value is DBNull ? null : value;
        }

        /// <summary>Two patients with a visit each: the first to be erased, the second to stay.</summary>
        public async Task<(int Erased, int Kept)> AddTwoPatientsAsync()
        {
            await using ShreddedContext db = Context();
            Patient erased = Canary("erased");
            Patient kept = Canary("kept");
            db.Patients.AddRange(erased, kept);
            await db.SaveChangesAsync();
            db.Visits.Add(new Visit { PatientId = erased.Id, At = DateTime.UtcNow, Notes = "Notes of erased" });
            await db.SaveChangesAsync();
            db.Visits.Add(new Visit { PatientId = kept.Id, At = DateTime.UtcNow, Notes = "Notes of kept" });
            await db.SaveChangesAsync();
            return (erased.Id, kept.Id);
        }

        /// <summary>Writes the stored value of one column of one row, past EF Core (a changed byte, a restored copy).</summary>
        public async Task WriteRawAsync(string table, string column, int id, byte[] value)
        {
            await using ShreddedContext db = Context();
            await db.Database.OpenConnectionAsync();
            await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = @value WHERE \"Id\" = {id}";
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = "@value";
            parameter.Value = value;
            command.Parameters.Add(parameter);
            if (await command.ExecuteNonQueryAsync() != 1)
            {
                throw new InvalidOperationException($"No {table} row {id}.");
            }
        }

        /// <summary>The subject key table's row of a key: whether it still holds the wrapped key, and when it was destroyed.</summary>
        public async Task<(bool Wrapped, bool Destroyed)?> KeyRowAsync(string keyId)
        {
            await using ShreddedContext db = Context();
            DbConnection connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = $"SELECT wrapped_key, destroyed_at FROM {Keys.Table} WHERE key_id = '{keyId}'";
            await using DbDataReader reader = await command.ExecuteReaderAsync();
            return await reader.ReadAsync() ? (!reader.IsDBNull(0), !reader.IsDBNull(1)) : null;
        }

        public ValueTask DisposeAsync() => Database.DisposeAsync();
    }
}
