using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Pii.Store.Tests.Model;

namespace Pii.Store.Tests.Infrastructure
{
    /// <summary>
    /// A fresh database per test, on SQLite (a file, <c>secure_delete</c> on) or PostgreSQL (a new database on the server
    /// that <c>PII_TEST_POSTGRES</c> names). Dropped when the test ends.
    /// </summary>
    public abstract class TestDatabase : IAsyncDisposable
    {
        /// <summary>The environment variable with the PostgreSQL connection string (a user that may create databases).</summary>
        public const string PostgresVariable = "PII_TEST_POSTGRES";

        public const string Sqlite = "sqlite";
        public const string Postgres = "postgresql";

        /// <summary>The providers the suite runs on: SQLite always, PostgreSQL when the server is configured.</summary>
        public static IEnumerable<object[]> Providers()
        {
            yield return new object[] { Sqlite };
            if (PostgresConnectionString is not null)
            {
                yield return new object[] { Postgres };
            }
        }

        public static string? PostgresConnectionString =>
            Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

        public static async Task<TestDatabase> CreateAsync(string provider)
        {
            TestDatabase database = provider == Postgres ? new PostgresDatabase() : new SqliteDatabase();
            await database.InitializeAsync();
            await using MailingContext db = database.CreateContext();
            await db.Database.EnsureCreatedAsync();
            return database;
        }

        public abstract string Provider { get; }

        /// <summary>The database file as it lies on disk (SQLite), or null (PostgreSQL).</summary>
        public virtual byte[]? FileBytes() => null;

        public MailingContext CreateContext(params IInterceptor[] interceptors) => CreateContext<MailingContext>(options => new MailingContext(options), interceptors);

        /// <summary>A context of another type on the same database (its tables are created by its own <c>EnsureCreated</c>).</summary>
        public TContext CreateContext<TContext>(Func<DbContextOptions<TContext>, TContext> create, params IInterceptor[] interceptors)
            where TContext : DbContext
        {
            var options = new DbContextOptionsBuilder<TContext>();
            Configure(options);
            if (interceptors.Length > 0)
            {
                options.AddInterceptors(interceptors);
            }

            return create(options.Options);
        }

        protected abstract Task InitializeAsync();

        protected abstract void Configure(DbContextOptionsBuilder options);

        public abstract ValueTask DisposeAsync();

        private sealed class SqliteDatabase : TestDatabase
        {
            private readonly string _directory = Path.Combine(Path.GetTempPath(), "pii-store-tests", Guid.NewGuid().ToString("N"));

            public override string Provider => Sqlite;

            public string FilePath => Path.Combine(_directory, "mailing.db");

            public override byte[]? FileBytes()
            {
                SqliteConnection.ClearAllPools();
                return File.ReadAllBytes(FilePath);
            }

            protected override Task InitializeAsync()
            {
                Directory.CreateDirectory(_directory);
                return Task.CompletedTask;
            }

            protected override void Configure(DbContextOptionsBuilder options) =>
                options.UseSqlite(new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString())
                    .AddInterceptors(SecureDelete.Instance);

            public override ValueTask DisposeAsync()
            {
                SqliteConnection.ClearAllPools();
                try
                {
                    Directory.Delete(_directory, recursive: true);
                }
                catch (IOException)
                {
                    // a test that failed may still hold the file; the temp folder is cleaned by the OS
                }

                return ValueTask.CompletedTask;
            }
        }

        private sealed class PostgresDatabase : TestDatabase
        {
            private readonly string _name = "pii_test_" + Guid.NewGuid().ToString("N");

            public override string Provider => Postgres;

            private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = _name }.ToString();

            protected override async Task InitializeAsync()
            {
                await using var connection = new NpgsqlConnection(PostgresConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
                await command.ExecuteNonQueryAsync();
            }

            protected override void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(ConnectionString);

            public override async ValueTask DisposeAsync()
            {
                NpgsqlConnection.ClearAllPools();
                await using var connection = new NpgsqlConnection(PostgresConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
                await command.ExecuteNonQueryAsync();
            }
        }
    }

    /// <summary>Turns on SQLite's <c>secure_delete</c> for every connection, as the docs recommend: deleted content is overwritten with zeros.</summary>
    public sealed class SecureDelete : DbConnectionInterceptor
    {
        public static readonly SecureDelete Instance = new();

        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA secure_delete = ON;";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA secure_delete = ON;";
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Throws on the n-th data-changing statement: a failure in the middle of an erasure.</summary>
    public sealed class FailingStatement : DbCommandInterceptor
    {
        private readonly int _failAt;
        private int _seen;

        public FailingStatement(int failAt) => _failAt = failAt;

        public int Seen => _seen;

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _seen) == _failAt)
            {
                throw new InvalidDataException("injected failure between two entity types");
            }

            return ValueTask.FromResult(result);
        }
    }

    /// <summary>Counts the statements sent to the database.</summary>
    public sealed class StatementCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return ValueTask.FromResult(result);
        }
    }
}
