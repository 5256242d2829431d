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

        /// <summary>The folder of the database and key files (SQLite), or null (PostgreSQL).</summary>
        public virtual string? Folder => null;

        /// <summary>The database's name on the server (PostgreSQL), or null (SQLite).</summary>
        public virtual string? ServerDatabase => null;

        /// <summary>
        /// Where crypto-shredding's subject keys live: a store apart from the data, reached through the data's connection
        /// (SQLite: the file <c>keys.db</c> attached as <c>keys</c>; PostgreSQL: the schema <c>pii_keys</c>, read through
        /// connections of its own).
        /// </summary>
        public abstract Pii.Encryption.SubjectKeyTableOptions SubjectKeyOptions();

        /// <summary>What a connection needs to reach the subject key table (SQLite's ATTACH), or nothing.</summary>
        public virtual IInterceptor[] SubjectKeyInterceptors() => [];

        public MailingContext CreateContext(params IInterceptor[] interceptors) => CreateContext<MailingContext>(options => new MailingContext(options), interceptors);

        /// <summary>A context of another type on the same database (its tables are created by its own <c>EnsureCreated</c>).</summary>
        public TContext CreateContext<TContext>(Func<DbContextOptions<TContext>, TContext> create, params IInterceptor[] interceptors)
            where TContext : DbContext
        {
            var options = new DbContextOptionsBuilder<TContext>();
            Configure(options);

            // Interceptors that see rows materialize (crypto-shredding's) are part of EF Core's internal service provider:
            // an application has one, the tests one per database, more than EF Core's warning allows in one process.
            options.ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning));
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

            public override string? Folder => _directory;

            public override Pii.Encryption.SubjectKeyTableOptions SubjectKeyOptions() => new() { Table = "keys.pii_subject_keys" };

            public override IInterceptor[] SubjectKeyInterceptors() => [new AttachKeys(Path.Combine(_directory, "keys.db"))];

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

            public override string? ServerDatabase => _name;

            private string ConnectionString => new NpgsqlConnectionStringBuilder(PostgresConnectionString) { Database = _name }.ToString();

            protected override async Task InitializeAsync()
            {
                await using var connection = new NpgsqlConnection(PostgresConnectionString);
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
                await command.ExecuteNonQueryAsync();
            }

            protected override void Configure(DbContextOptionsBuilder options) => options.UseNpgsql(ConnectionString);

            public override Pii.Encryption.SubjectKeyTableOptions SubjectKeyOptions() =>
                new() { Table = "pii_keys.pii_subject_keys", OpenReadConnection = () => new NpgsqlConnection(ConnectionString) };

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

    /// <summary>Attaches a SQLite file of subject keys as the schema <c>keys</c> to every connection: the keys live apart from the data file, in the same transactions.</summary>
    public sealed class AttachKeys(string path) : DbConnectionInterceptor
    {
        public string Path { get; } = path;

        public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            await using var command = Attach(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData)
        {
            using var command = Attach(connection);
            command.ExecuteNonQuery();
        }

        private System.Data.Common.DbCommand Attach(System.Data.Common.DbConnection connection)
        {
            var command = connection.CreateCommand();
            command.CommandText = "ATTACH DATABASE $path AS keys;";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$path";
            parameter.Value = Path;
            command.Parameters.Add(parameter);
            return command;
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
