using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mailing.Data;

/// <summary>
/// Attaches the SQLite file of the applicants' own keys (crypto-shredding) to every connection as the schema
/// <c>keys</c>: the keys live apart from <c>mailing.db</c>, so that a copy of the data holds none of them, yet in the same
/// transactions, so that an erasure destroys the key together with the data (docs/encryption.md).
/// </summary>
public sealed class SubjectKeysFile(string path) : DbConnectionInterceptor
{
    /// <summary>The schema name the key table is reached by: <c>keys.pii_subject_keys</c>.</summary>
    public const string Schema = "keys";

    public string Path { get; } = path;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => EnsureAttached(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        EnsureAttached(connection);
        return Task.CompletedTask;
    }

    /// <summary>Attaches the file unless the connection has it already: a pooled connection keeps its attachments.</summary>
    private void EnsureAttached(DbConnection connection)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM pragma_database_list WHERE name = '{Schema}';";
        if (System.Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) > 0)
        {
            return;
        }

        command.CommandText = $"ATTACH DATABASE $path AS {Schema};";
        DbParameter parameter = command.CreateParameter();
        parameter.ParameterName = "$path";
        parameter.Value = Path;
        command.Parameters.Add(parameter);
        command.ExecuteNonQuery();
    }
}
