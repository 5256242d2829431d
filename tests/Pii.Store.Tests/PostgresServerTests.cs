using System.Threading.Tasks;
using Npgsql;
using Pii.Store.Tests.Infrastructure;

namespace Pii.Store.Tests
{
    /// <summary>Runs only when a PostgreSQL server is configured; otherwise it is skipped with a message that says the PostgreSQL half of the suite did not run.</summary>
    public sealed class PostgresServerTests
    {
        [PostgresFact]
        public async Task PostgreSQL_suite_ran__it_is_skipped_when_PII_TEST_POSTGRES_is_not_set()
        {
            await using var connection = new NpgsqlConnection(TestDatabase.PostgresConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_setting('server_version_num')::int", connection);
            int version = (int)(await command.ExecuteScalarAsync())!;

            Assert.True(version >= 120000, $"PostgreSQL 12 or later is needed; the server is {version}");
        }
    }

    /// <summary>A fact that is skipped, with a reason naming the variable to set, when <c>PII_TEST_POSTGRES</c> is not set.</summary>
    public sealed class PostgresFactAttribute : FactAttribute
    {
        public const string NotRun = "PostgreSQL tests did not run: set PII_TEST_POSTGRES to a connection string (.ci/postgres.sh starts a server and prints one)";

        public PostgresFactAttribute()
        {
            if (TestDatabase.PostgresConnectionString is null)
            {
                Skip = NotRun;
            }
        }
    }
}
