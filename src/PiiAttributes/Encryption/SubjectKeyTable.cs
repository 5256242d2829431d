#if NET
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Pii.Encryption
{
    /// <summary>
    /// The data keys of crypto-shredding: one key per data subject, in a table reached through the application's own
    /// connection, each key wrapped by the application's key ring. Members tagged
    /// <c>Erasure = ErasureStrategy.CryptoShred</c> are encrypted under their subject's key; erasure destroys it in the
    /// erasure's transaction, and every copy of those values (backups, replicas, exports of the table) can no longer be
    /// decrypted.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The table has four columns: <c>key_id</c> (the primary key, the id written into every envelope), <c>wrapped_key</c>
    /// (the subject key as an envelope under the ring's current key; <c>NULL</c> once destroyed), <c>created_at</c> and
    /// <c>destroyed_at</c> (UTC ticks). It names no subject: the subject's row holds its key id. A destroyed key keeps its row,
    /// so that a value encrypted under it reads as shredded rather than as a key that was never there.
    /// </para>
    /// <para>
    /// <b>Where the table lives decides what shredding reaches.</b> A copy of the database that contains the key table
    /// also contains every key that existed when it was taken. Keep the table in a database that is not backed up with
    /// the data (an attached SQLite file, a PostgreSQL schema left out of the dumps, a key service), reached through the
    /// same connection so that erasure destroys the key in its own transaction (docs/encryption.md, Crypto-shredding).
    /// </para>
    /// <para>
    /// Unwrapped keys are kept in memory (at most <see cref="SubjectKeyTableOptions.CacheCapacity"/>); a key is looked up
    /// in the table the first time a value under it is read or written.
    /// </para>
    /// </remarks>
    public sealed class SubjectKeyTable
    {
        private const string WrapContextPrefix = "Pii.SubjectKey:";

        private readonly IPersonalDataKeyRing _ring;
        private readonly SubjectKeyTableOptions _options;
        private readonly ConcurrentDictionary<string, SubjectKey> _cache = new(StringComparer.Ordinal);

        /// <summary>Keys created in a transaction that has not committed yet, by transaction: used in it, remembered by no one else.</summary>
        private readonly ConditionalWeakTable<object, ConcurrentDictionary<string, SubjectKey>> _pending = new();

        [ThreadStatic]
        private static (SubjectKeyTable Table, SubjectKey Key)? t_last;

        /// <summary>How many times a key was forgotten: a key read from the table before a <see cref="Forget"/> is not remembered after it.</summary>
        private long _forgotten;

        /// <summary>Creates the table's accessor.</summary>
        /// <param name="keyRing">The ring that wraps the subject keys (new keys under its current key).</param>
        /// <param name="options">The table's name and how keys are read; defaults when null.</param>
        /// <exception cref="ArgumentNullException"><paramref name="keyRing"/> is null.</exception>
        /// <exception cref="ArgumentException">The table name is not a plain or schema-qualified SQL identifier.</exception>
        public SubjectKeyTable(IPersonalDataKeyRing keyRing, SubjectKeyTableOptions? options = null)
        {
            ArgumentNullException.ThrowIfNull(keyRing);
            _ring = keyRing;
            _options = options ?? new SubjectKeyTableOptions();
            if (!IsIdentifier(_options.Table))
            {
                throw new ArgumentException($"The subject key table's name '{_options.Table}' is not a SQL identifier: letters, digits and underscores, optionally qualified by one schema ('keys.pii_subject_keys').", nameof(options));
            }

            if (_options.CacheLifetime < TimeSpan.Zero)
            {
                throw new ArgumentException($"The cache lifetime cannot be negative; it is {_options.CacheLifetime}.", nameof(options));
            }

            if (_options.CacheCapacity < 1)
            {
                throw new ArgumentException($"The cache capacity must be at least 1; it is {_options.CacheCapacity}.", nameof(options));
            }
        }

        /// <summary>Gets the table's name as the application's connection sees it.</summary>
        public string Table => _options.Table;

        /// <summary>Creates the table if it does not exist (SQLite, PostgreSQL, SQL Server; the binary column's type follows the connection).</summary>
        /// <param name="connection">The application's connection; opened if closed.</param>
        /// <param name="cancellationToken">Cancels the statement.</param>
        /// <returns>A task that completes when the table exists.</returns>
        public async Task EnsureCreatedAsync(DbConnection connection, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(connection);
            string name = connection.GetType().FullName ?? string.Empty;
            string sql = name.Contains("SqlClient", StringComparison.Ordinal)
                ? $"IF OBJECT_ID(N'{Table}') IS NULL CREATE TABLE {Table} (key_id varchar(64) NOT NULL PRIMARY KEY, wrapped_key varbinary(max) NULL, created_at bigint NOT NULL, destroyed_at bigint NULL)"
                : $"CREATE TABLE IF NOT EXISTS {Table} (key_id varchar(64) NOT NULL PRIMARY KEY, wrapped_key {(name.Contains("Npgsql", StringComparison.Ordinal) ? "bytea" : "blob")} NULL, created_at bigint NOT NULL, destroyed_at bigint NULL)";
            bool opened = await OpenAsync(connection, cancellationToken).ConfigureAwait(false);
            try
            {
                await using DbCommand command = Command(connection, null, sql);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                if (opened)
                {
                    await connection.CloseAsync().ConfigureAwait(false);
                }
            }
        }

        /// <summary>Creates a subject key, inserts its row and returns its id.</summary>
        /// <param name="connection">The application's connection, open.</param>
        /// <param name="transaction">The connection's current transaction, if any: the row is inserted in it.</param>
        /// <param name="createdAtUtc">When the key is created, UTC.</param>
        /// <param name="cancellationToken">Cancels the insert.</param>
        /// <returns>The new key's id: <c>s</c> and 24 hexadecimal digits, random.</returns>
        public async Task<string> CreateKeyAsync(DbConnection connection, DbTransaction? transaction, DateTime createdAtUtc, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(connection);
#if NET9_0_OR_GREATER
            string keyId = "s" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
#else
            string keyId = "s" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)).ToLowerInvariant();
#endif
            byte[] key = RandomNumberGenerator.GetBytes(DataKey.KeyLength);
            try
            {
                byte[] wrapped = PersonalDataProtector.Protect(key, _ring, WrapContextPrefix + keyId);
                await using DbCommand command = Command(connection, transaction, $"INSERT INTO {Table} (key_id, wrapped_key, created_at, destroyed_at) VALUES (@id, @wrapped, @created, NULL)");
                Add(command, "@id", keyId);
                Add(command, "@wrapped", wrapped);
                Add(command, "@created", Utc(createdAtUtc, nameof(createdAtUtc)).Ticks);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

                // A key created in a transaction exists for everyone only once it commits: until then only that
                // transaction uses it, so that a rollback leaves no key in memory that the table does not have.
                SubjectKey created = SubjectKey.Live(keyId, key);
                if (Uncommitted(transaction) is { } pending)
                {
                    _pending.GetValue(pending, Held)[keyId] = created;
                }
                else
                {
                    Remember(keyId, created);
                }

                return keyId;
            }
            finally
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }

        /// <summary>
        /// Destroys a subject key: its wrapped key is overwritten with <c>NULL</c> and the time recorded, in the given
        /// transaction. Call <see cref="Forget"/> once the transaction has committed.
        /// </summary>
        /// <param name="connection">The application's connection, open.</param>
        /// <param name="transaction">The erasure's transaction.</param>
        /// <param name="keyId">The subject's key id.</param>
        /// <param name="destroyedAtUtc">When, UTC.</param>
        /// <param name="cancellationToken">Cancels the update.</param>
        /// <returns><see langword="true"/> if a key was destroyed; <see langword="false"/> if there was no live key with that id.</returns>
        public async Task<bool> DestroyKeyAsync(DbConnection connection, DbTransaction? transaction, string keyId, DateTime destroyedAtUtc, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(connection);
            ArgumentNullException.ThrowIfNull(keyId);
            await using DbCommand command = Command(connection, transaction, $"UPDATE {Table} SET wrapped_key = NULL, destroyed_at = @destroyed WHERE key_id = @id AND wrapped_key IS NOT NULL");
            Add(command, "@id", keyId);
            Add(command, "@destroyed", Utc(destroyedAtUtc, nameof(destroyedAtUtc)).Ticks);
            bool destroyed = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0;

            // Remembered as destroyed when the transaction commits (TransactionEnded): a read by another connection before
            // the commit, after Forget, still finds the key live and remembers it; this replaces what it remembered.
            if (destroyed && Uncommitted(transaction) is { } pending)
            {
                _pending.GetValue(pending, Held)[keyId] = SubjectKey.Destroyed(keyId, destroyedAtUtc);
            }

            return destroyed;
        }

        /// <summary>Drops a key from this process's memory, so that the next read asks the table (after a destroying transaction committed or rolled back); also a key created in a transaction that has not ended yet.</summary>
        /// <param name="keyId">The key id.</param>
        public void Forget(string keyId)
        {
            ArgumentNullException.ThrowIfNull(keyId);
            Interlocked.Increment(ref _forgotten);
            _cache.TryRemove(keyId, out _);

            // A key created in a transaction that has not ended (and destroyed in it) must not come back live when it commits;
            // a destruction held back for its transaction stays, to be remembered when that commits.
            foreach (KeyValuePair<object, ConcurrentDictionary<string, SubjectKey>> held in (IEnumerable<KeyValuePair<object, ConcurrentDictionary<string, SubjectKey>>>)_pending)
            {
                if (held.Value.TryGetValue(keyId, out SubjectKey? key) && key.State == SubjectKeyState.Live)
                {
                    held.Value.TryRemove(new KeyValuePair<string, SubjectKey>(keyId, key));
                }
            }
        }

        /// <summary>
        /// Finds a subject key: from memory, or from the table through <see cref="SubjectKeyTableOptions.OpenReadConnection"/>
        /// when given, otherwise through <paramref name="connection"/> (which must then allow a command while a reader is
        /// open on it, as SQLite does).
        /// </summary>
        /// <param name="keyId">The id an envelope names.</param>
        /// <param name="connection">The application's connection, open.</param>
        /// <param name="transaction">Its current transaction, if any.</param>
        /// <returns>The key, or its state: destroyed, or unknown to the table.</returns>
        /// <exception cref="ProtectedDataException">The stored wrapped key does not unwrap under the ring (another ring, or a changed row).</exception>
        public SubjectKey Find(string keyId, DbConnection connection, DbTransaction? transaction)
        {
            ArgumentNullException.ThrowIfNull(keyId);
            if (Known(keyId) is { } known)
            {
                return known;
            }

            if (HeldBack(keyId, transaction) is { } mine)
            {
                return mine;
            }

            // Counted before the read: a destruction that commits, and is forgotten, while the row is being read must
            // not be undone by remembering what the read found.
            long forgotten = Interlocked.Read(ref _forgotten);
            SubjectKey found;
            bool committed = true;
            if (_options.OpenReadConnection is { } open)
            {
                // Not in the caller's ambient transaction: a second connection in it would make it distributed.
                using var suppress = new System.Transactions.TransactionScope(System.Transactions.TransactionScopeOption.Suppress, System.Transactions.TransactionScopeAsyncFlowOption.Enabled);
                using DbConnection own = open();
                own.Open();
                found = Read(keyId, own, null);
            }
            else
            {
                ArgumentNullException.ThrowIfNull(connection);
                found = Read(keyId, connection, transaction);
                committed = Uncommitted(transaction) is null;
            }

            // A live key is remembered (one this transaction created is held back above, not read here); a destruction
            // seen inside a transaction may still be rolled back, and is not.
            if (found.State == SubjectKeyState.Live || (found.State == SubjectKeyState.Destroyed && committed))
            {
                Remember(keyId, found);

                // Checked after remembering, so that a Forget running at the same time either sees the entry or is seen here.
                if (Interlocked.Read(ref _forgotten) != forgotten)
                {
                    _cache.TryRemove(new KeyValuePair<string, SubjectKey>(keyId, found));
                }
            }

            return found;
        }

        /// <summary>
        /// Ends what this table holds back for a transaction: the keys it created are remembered if it committed, and
        /// dropped if it rolled back or failed. The generated interceptor calls it as EF Core's transactions end; a
        /// provider may hand out the same transaction object again (Npgsql does), so nothing may outlive its transaction.
        /// </summary>
        /// <param name="transaction">The transaction that ended.</param>
        /// <param name="committed">Whether it committed.</param>
        public void TransactionEnded(DbTransaction transaction, bool committed)
        {
            ArgumentNullException.ThrowIfNull(transaction);
            End(transaction, committed);
        }

        private void End(object transaction, bool committed)
        {
            if (!_pending.TryGetValue(transaction, out ConcurrentDictionary<string, SubjectKey>? held))
            {
                return;
            }

            _pending.Remove(transaction);
            if (committed)
            {
                foreach (KeyValuePair<string, SubjectKey> key in held)
                {
                    Remember(key.Key, key.Value);
                }
            }
        }

        /// <summary>The keys held back for a transaction; an ambient one ends them itself when it completes.</summary>
        private ConcurrentDictionary<string, SubjectKey> Held(object transaction)
        {
            if (transaction is System.Transactions.Transaction ambient)
            {
                ambient.TransactionCompleted += (_, e) => End(ambient, e.Transaction?.TransactionInformation.Status == System.Transactions.TransactionStatus.Committed);
            }

            return new ConcurrentDictionary<string, SubjectKey>(StringComparer.Ordinal);
        }

        private SubjectKey? HeldBack(string keyId, DbTransaction? transaction) =>
            Uncommitted(transaction) is { } pending && _pending.TryGetValue(pending, out var held) && held.TryGetValue(keyId, out SubjectKey? mine) ? mine : null;

        /// <summary>
        /// Reads a key's row now, past this process's memory, and returns its ring if the key is live: the check made
        /// before a value is encrypted, so that no value is written under a key another process has destroyed.
        /// </summary>
        /// <param name="keyId">The key id.</param>
        /// <param name="connection">The application's connection, open, with no reader busy on it.</param>
        /// <param name="transaction">Its current transaction, if any.</param>
        /// <param name="cancellationToken">Cancels the query.</param>
        /// <returns>The ring, or null when the key is destroyed or unknown.</returns>
        public async Task<IPersonalDataKeyRing?> LiveRingAsync(string keyId, DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(keyId);
            ArgumentNullException.ThrowIfNull(connection);
            await using DbCommand command = Command(connection, transaction, $"SELECT CASE WHEN wrapped_key IS NULL THEN 0 ELSE 1 END FROM {Table} WHERE key_id = @id");
            Add(command, "@id", keyId);
            object? live = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            if (live is null or DBNull || Convert.ToInt64(live, CultureInfo.InvariantCulture) == 0)
            {
                Forget(keyId);
                return null;
            }

            return Find(keyId, connection, transaction).Ring;
        }

        /// <summary>
        /// Finds the key a stored value was encrypted under, for the generated interceptor: the ring to decrypt it with,
        /// or null when the key was destroyed (the value is shredded).
        /// </summary>
        /// <param name="envelope">The stored value.</param>
        /// <param name="context">Where the value belongs (<c>Shop.Customer.Email</c>), for the exception's message.</param>
        /// <param name="connection">The application's connection, open.</param>
        /// <param name="transaction">Its current transaction, if any.</param>
        /// <returns>The ring, or null for a destroyed key.</returns>
        /// <exception cref="ProtectedDataException">The value is not an envelope (<see cref="ProtectedDataFailure.NotProtected"/>), an envelope cut short or broken (<see cref="ProtectedDataFailure.Malformed"/>), or names a key the table never had (<see cref="ProtectedDataFailure.UnknownKey"/>).</exception>
        public IPersonalDataKeyRing? RingFor(byte[] envelope, string context, DbConnection connection, DbTransaction? transaction)
        {
            ArgumentNullException.ThrowIfNull(envelope);
            ArgumentNullException.ThrowIfNull(context);

            // The values of one row share their subject's key: the last key this thread used is checked first, without
            // reading the id out of the envelope, and only while this table still remembers it.
            if (t_last is { } last && last.Table == this && PersonalDataProtector.IsProtectedWith(envelope, last.Key.Id)
                && ReferenceEquals(Known(last.Key.Id), last.Key))
            {
                return last.Key.State == SubjectKeyState.Live ? last.Key.Ring : null;
            }

            // Refused as the codec refuses it: bytes that are no envelope are NotProtected, a cut-short or broken one Malformed.
            if (!Envelope.TryParse(envelope, out EnvelopeParts parts, out ProtectedDataFailure failure, out string? problem))
            {
                throw failure == ProtectedDataFailure.NotProtected
                    ? ProtectedDataException.NotProtected(context, envelope)
                    : ProtectedDataException.MalformedEnvelope(context, problem ?? "its layout is broken");
            }

            string keyId = parts.KeyIdText();
            SubjectKey key = Find(keyId, connection, transaction);
            t_last = (this, key);
            return key.State switch
            {
                SubjectKeyState.Live => key.Ring,
                SubjectKeyState.Destroyed => null,
                _ => throw new ProtectedDataException(ProtectedDataFailure.UnknownKey, context, keyId, $"The protected value of {context} is encrypted under the subject key '{keyId}', which the subject key table ({Table}) does not have: a table of another database, or rows removed rather than destroyed."),
            };
        }

        /// <summary>
        /// Wraps every live subject key again under the ring's current key (after a rotation of the ring), in the given
        /// transaction, so that the ring's old key can be retired. The subject keys themselves, and the data under them, do not change.
        /// </summary>
        /// <param name="connection">The application's connection, open.</param>
        /// <param name="transaction">The transaction to work in; with none, each row is its own statement.</param>
        /// <param name="cancellationToken">Cancels the work.</param>
        /// <returns>The number of keys wrapped again.</returns>
        public async Task<int> RewrapAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(connection);
            var rows = new List<(string Id, byte[] Wrapped)>();
            await using (DbCommand select = Command(connection, transaction, $"SELECT key_id, wrapped_key FROM {Table} WHERE wrapped_key IS NOT NULL"))
            await using (DbDataReader reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add((reader.GetString(0), (byte[])reader.GetValue(1)));
                }
            }

            string current = _ring.CurrentKeyId;
            int count = 0;
            foreach ((string id, byte[] wrapped) in rows)
            {
                if (PersonalDataProtector.IsProtectedWith(wrapped, current))
                {
                    continue;
                }

                byte[] key = PersonalDataProtector.Unprotect(wrapped, _ring, WrapContextPrefix + id);
                try
                {
                    await using DbCommand update = Command(connection, transaction, $"UPDATE {Table} SET wrapped_key = @wrapped WHERE key_id = @id AND wrapped_key IS NOT NULL");
                    Add(update, "@id", id);
                    Add(update, "@wrapped", PersonalDataProtector.Protect(key, _ring, WrapContextPrefix + id));
                    count += await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(key);
                }
            }

            return count;
        }

        private SubjectKey Read(string keyId, DbConnection connection, DbTransaction? transaction)
        {
            using DbCommand command = Command(connection, transaction, $"SELECT wrapped_key, destroyed_at FROM {Table} WHERE key_id = @id");
            Add(command, "@id", keyId);
            using DbDataReader reader = command.ExecuteReader(CommandBehavior.SingleRow);
            if (!reader.Read())
            {
                return SubjectKey.Unknown(keyId);
            }

            if (reader.IsDBNull(0))
            {
                DateTime? destroyedAt = reader.IsDBNull(1) ? null : new DateTime(Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture), DateTimeKind.Utc);
                return SubjectKey.Destroyed(keyId, destroyedAt);
            }

            byte[] key = PersonalDataProtector.Unprotect((byte[])reader.GetValue(0), _ring, WrapContextPrefix + keyId);
            try
            {
                return SubjectKey.Live(keyId, key);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(key);
            }
        }

        private void Remember(string keyId, SubjectKey key)
        {
            if (_cache.Count >= _options.CacheCapacity)
            {
                _cache.Clear();
            }

            _cache[keyId] = key;
        }

        /// <summary>A key from memory, unless it was read longer ago than <see cref="SubjectKeyTableOptions.CacheLifetime"/>.</summary>
        private SubjectKey? Known(string keyId)
        {
            if (!_cache.TryGetValue(keyId, out SubjectKey? known))
            {
                return null;
            }

            if (Environment.TickCount64 - known.LoadedAt <= (long)_options.CacheLifetime.TotalMilliseconds)
            {
                return known;
            }

            _cache.TryRemove(new KeyValuePair<string, SubjectKey>(keyId, known));
            return null;
        }

        /// <summary>The transaction the caller works in, explicit or ambient (<c>TransactionScope</c>), or null when each statement commits.</summary>
        private static object? Uncommitted(DbTransaction? transaction) => (object?)transaction ?? System.Transactions.Transaction.Current;

        private static async Task<bool> OpenAsync(DbConnection connection, CancellationToken cancellationToken)
        {
            if (connection.State == ConnectionState.Open)
            {
                return false;
            }

            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }

        private static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
        {
            DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            return command;
        }

        private static void Add(DbCommand command, string name, object value)
        {
            DbParameter parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        private static DateTime Utc(DateTime time, string name) =>
            time.Kind == DateTimeKind.Local ? throw new ArgumentException("A UTC time is expected, not a local one.", name) : DateTime.SpecifyKind(time, DateTimeKind.Utc);

        private static bool IsIdentifier(string? name)
        {
            if (string.IsNullOrEmpty(name) || name.Length > 128)
            {
                return false;
            }

            string[] parts = name.Split('.');
            if (parts.Length > 2)
            {
                return false;
            }

            foreach (string part in parts)
            {
                if (part.Length == 0 || char.IsAsciiDigit(part[0]))
                {
                    return false;
                }

                foreach (char c in part)
                {
                    if (!char.IsAsciiLetterOrDigit(c) && c != '_')
                    {
                        return false;
                    }
                }
            }

            return true;
        }
    }

    /// <summary>Where the subject keys are and how they are read (<see cref="SubjectKeyTable"/>).</summary>
    public sealed class SubjectKeyTableOptions
    {
        /// <summary>Gets or sets the table's name on the application's connection; <c>pii_subject_keys</c> by default, or schema-qualified (<c>keys.pii_subject_keys</c>).</summary>
        public string Table { get; set; } = "pii_subject_keys";

        /// <summary>
        /// Gets or sets a factory of new, closed connections on which <see cref="Table"/> names the same table, used to
        /// read keys that are not in memory while the application's connection is busy with a query (PostgreSQL, and SQL
        /// Server without multiple active result sets, need it; SQLite does not).
        /// </summary>
        public Func<DbConnection>? OpenReadConnection { get; set; }

        /// <summary>Gets or sets how many subject keys are kept in memory (10,000 by default); when full, the memory is emptied.</summary>
        public int CacheCapacity { get; set; } = 10_000;

        /// <summary>
        /// Gets or sets how long a key read from the table is used from memory (five minutes by default): after that it is
        /// read again, so that a key another process destroyed stops opening values in this one. Writes always check the
        /// table first.
        /// </summary>
        public TimeSpan CacheLifetime { get; set; } = TimeSpan.FromMinutes(5);
    }

    /// <summary>The state of a subject key.</summary>
    public enum SubjectKeyState
    {
        /// <summary>The table has no row with the id.</summary>
        Unknown = 0,

        /// <summary>The key exists: values under it can be read.</summary>
        Live = 1,

        /// <summary>The key was destroyed by an erasure: values under it are shredded.</summary>
        Destroyed = 2,
    }

    /// <summary>A subject key as <see cref="SubjectKeyTable.Find"/> found it.</summary>
    public sealed class SubjectKey
    {
        private SubjectKey(string id, SubjectKeyState state, IPersonalDataKeyRing? ring, DateTime? destroyedAt)
        {
            Id = id;
            State = state;
            Ring = ring;
            DestroyedAt = destroyedAt;
            LoadedAt = Environment.TickCount64;
        }

        /// <summary>When the key was read or created, in <see cref="Environment.TickCount64"/> milliseconds.</summary>
        internal long LoadedAt { get; }

        /// <summary>Gets the key id.</summary>
        public string Id { get; }

        /// <summary>Gets whether the key is live, destroyed or unknown.</summary>
        public SubjectKeyState State { get; }

        /// <summary>Gets a ring holding only this key (its current key), for <see cref="PersonalDataCodec"/>; null unless live.</summary>
        public IPersonalDataKeyRing? Ring { get; }

        /// <summary>Gets when the key was destroyed, UTC, if it was.</summary>
        public DateTime? DestroyedAt { get; }

        internal static SubjectKey Live(string id, byte[] key) =>
            new(id, SubjectKeyState.Live, new PersonalDataKeyRing(id, [new KeyValuePair<string, byte[]>(id, key)]), null);

        internal static SubjectKey Destroyed(string id, DateTime? destroyedAt) => new(id, SubjectKeyState.Destroyed, null, destroyedAt);

        internal static SubjectKey Unknown(string id) => new(id, SubjectKeyState.Unknown, null, null);
    }

    /// <summary>
    /// Which members of loaded entities were shredded: their subject's key was destroyed, so the value read is
    /// <see langword="null"/> and this says why. Set by the generated crypto-shredding interceptor as rows are read.
    /// </summary>
    public static class ShreddedValues
    {
        private static readonly ConditionalWeakTable<object, HashSet<string>> Shredded = new();

        /// <summary>Tells whether a member of a loaded entity was shredded.</summary>
        /// <param name="entity">An entity read through a context with the crypto-shredding interceptor.</param>
        /// <param name="member">The member's name (<c>nameof(Customer.Email)</c>).</param>
        /// <returns><see langword="true"/> if the value was encrypted under a destroyed subject key.</returns>
        public static bool IsShredded(object entity, string member)
        {
            ArgumentNullException.ThrowIfNull(entity);
            ArgumentNullException.ThrowIfNull(member);
            if (!Shredded.TryGetValue(entity, out HashSet<string>? members))
            {
                return false;
            }

            lock (members)
            {
                return members.Contains(member);
            }
        }

        /// <summary>Records that a member was read as shredded, or that it holds a value again; for generated code.</summary>
        /// <param name="entity">The entity.</param>
        /// <param name="member">The member's name.</param>
        /// <param name="shredded">Whether it is shredded now.</param>
        public static void Set(object entity, string member, bool shredded)
        {
            ArgumentNullException.ThrowIfNull(entity);
            ArgumentNullException.ThrowIfNull(member);
            if (!shredded && !Shredded.TryGetValue(entity, out _))
            {
                return;
            }

            HashSet<string> members = Shredded.GetValue(entity, _ => new HashSet<string>(StringComparer.Ordinal));
            lock (members)
            {
                if (shredded)
                {
                    members.Add(member);
                }
                else
                {
                    members.Remove(member);
                }
            }
        }
    }
}
#endif
