using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Security.Cryptography;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore;
using Pii.Encryption;
using Pii.Store.Tests.Infrastructure;
using Pii.Store.Tests.Model.Protected;

namespace Pii.Store.Tests.Encryption
{
    /// <summary>A test database with the protected model's tables, and rings of random keys.</summary>
    internal static class ProtectedDatabase
    {
        public static async Task<TestDatabase> CreateAsync(string provider, IPersonalDataKeyRing ring)
        {
            TestDatabase database = await TestDatabase.CreateAsync(provider);
            await using ProtectedContext db = database.Protected(ring);

            // The mailing model's tables exist already; the protected model's are created from its own script.
            await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            return database;
        }

        public static ProtectedContext Protected(this TestDatabase database, IPersonalDataKeyRing ring, bool blindIndexes = true) =>
            database.CreateContext<ProtectedContext>(options => new ProtectedContext(options, ring, blindIndexes));

        public static PersonalDataKeyRing Ring(string current, params string[] others)
        {
            var keys = new List<KeyValuePair<string, byte[]>> { new(current, RandomNumberGenerator.GetBytes(32)) };
            foreach (string id in others)
            {
                keys.Add(new(id, RandomNumberGenerator.GetBytes(32)));
            }

            return new PersonalDataKeyRing(current, keys);
        }

        /// <summary>The ring with the same keys and another current one.</summary>
        public static PersonalDataKeyRing Rotated(PersonalDataKeyRing ring, string current, byte[] currentKey, params (string Id, byte[] Key)[] kept)
        {
            var keys = new List<KeyValuePair<string, byte[]>> { new(current, currentKey) };
            foreach ((string id, byte[] key) in kept)
            {
                keys.Add(new(id, key));
            }

            return new PersonalDataKeyRing(current, keys);
        }

        /// <summary>The stored bytes of one column of one row, read past EF Core (and so past the converter).</summary>
        public static async Task<byte[]?> RawAsync(this ProtectedContext db, string table, string column, int id)
        {
            DbConnection connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"Id\" = {id}";
                object? value = await command.ExecuteScalarAsync();
                return value is DBNull or null ? null : (byte[])value;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        public static async Task<string?> RawStringAsync(this ProtectedContext db, string table, string column, int id)
        {
            DbConnection connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"Id\" = {id}";
                return await command.ExecuteScalarAsync() as string;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }

        public static Member Canary(int id = 0) => new()
        {
            Id = id,
            Name = "Griselda Kanarienvogel",
            Email = "griselda.canary@leak-check.example",
            Photo = [0xCA, 0x7A, 0x27, 0xF0, 0x0D, 0x15, 0xBA, 0xD0],
            Newsletter = true,
            Floor = 7,
            ShoeSize = -42,
            HouseNumber = 417_417,
            CardNumber = 4_111_111_111_111_111,
            Height = 1.83f,
            Weight = 71.25,
            Balance = -1234.5678m,
            ExternalId = Guid.Parse("c0ffee00-cafe-4bad-b00b-1ee7c0decafe"),
            BornAt = new DateTime(1987, 6, 5, 4, 3, 2, DateTimeKind.Utc),
            LastSeen = new DateTimeOffset(2026, 11, 30, 23, 59, 58, TimeSpan.FromHours(2)),
            Birthday = new DateOnly(1987, 6, 5),
            WakesAt = new TimeOnly(6, 45, 30),
            Motto = "canary-motto-carpe-diem-417",
            Plain = "plain-canary-visible-417",
        };
    }
}
