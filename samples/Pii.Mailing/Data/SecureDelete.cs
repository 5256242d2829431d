using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mailing.Data;

/// <summary>
/// Turns on SQLite's <c>secure_delete</c> for every connection: deleted and overwritten content is zeroed in the file,
/// so an erased value cannot be read back from free pages (docs/store.md#databases).
/// </summary>
internal sealed class SecureDelete : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Enable(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Enable(connection);
        return Task.CompletedTask;
    }

    private static void Enable(DbConnection connection)
    {
        using DbCommand command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON;";
        command.ExecuteNonQuery();
    }
}
