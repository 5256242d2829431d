#if NET
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Pii.Store;

namespace Pii.Encryption
{
    /// <summary>
    /// A key ring over a key table in the application's own database (<see cref="PersonalDataKey"/> rows): each data
    /// key is stored wrapped, with AES-256-GCM, by a master key that lives outside the database (configuration, a key
    /// management service). A copy of the database alone does not reveal the data. Rotation adds a row; the newest row
    /// is current. Deleting a row destroys every value encrypted under it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// At startup, <see cref="Load"/> the table; if it is empty, <see cref="CreateRow"/>, insert the row it returns,
    /// commit, and <see cref="Add"/> the row: a key is used only once its row is stored, so that nothing is ever
    /// encrypted under a key that a failed insert or a rolled-back transaction left nowhere.
    /// Readers are never blocked: <see cref="Load"/> and <see cref="Add"/> publish a new set of keys at once, so a
    /// concurrent reader sees either the old set or the new one.
    /// </para>
    /// <para>
    /// A wrapped key is 61 bytes: version <c>0x01</c> | nonce (12 bytes, random) | tag (16) | the encrypted 32-byte key.
    /// Its associated data is <c>"Pii.PersonalDataKey:"</c> followed by the row's id (ASCII), so a wrapped key copied to
    /// another row does not unwrap. <see cref="PersonalDataKey.CreatedAt"/> is not authenticated: it only decides
    /// which key is current.
    /// </para>
    /// </remarks>
    public sealed class KeyTableKeyRing : IPersonalDataKeyRing, IKeySetSource
    {
        /// <summary>The message when the ring is asked for its current key before it has one.</summary>
        internal const string NoKeyMessage = "The personal-data key ring has no key: load the key table (KeyTableKeyRing.Load) or, at startup, create the first key, store its row and add it (KeyTableKeyRing.CreateRow, then KeyTableKeyRing.Add); Pii has no default key.";

        private const string CreateKeyReplaced = "KeyTableKeyRing.CreateKey no longer makes the key current: call CreateRow, insert the row it returns, commit, then Add the row (see docs/encryption.md, Rotation).";

        private const string TableContext = "Pii.Store.PersonalDataKey";
        private const string WrapAssociatedDataPrefix = "Pii.PersonalDataKey:";
        private const byte WrapVersion = 0x01;
        private const int WrappedLength = 1 + Envelope.NonceLength + Envelope.TagLength + DataKey.KeyLength;

        private readonly byte[] _masterKey;
        private readonly object _writeGate = new();
        private volatile KeySet _keys = KeySet.Empty;

        /// <summary>The current key's creation time; read and written under <see cref="_writeGate"/> only.</summary>
        private DateTime _currentCreatedAt;

        /// <summary>How many keys <see cref="Add"/> has added; under <see cref="_writeGate"/>.</summary>
        private long _adds;

        /// <summary>How many <see cref="Load"/> calls have begun: each one's number orders it; under <see cref="_writeGate"/>.</summary>
        private long _loadsBegun;

        /// <summary>
        /// The number of the latest-begun <see cref="Load"/> that has published its keys. An earlier-begun Load that ends
        /// after it publishes nothing: the later Load's rows, and the keys added since it began, are taken as the newer
        /// view. Under <see cref="_writeGate"/>.
        /// </summary>
        private long _publishedLoad;

        /// <summary>The value of <see cref="_adds"/> when each running <see cref="Load"/> began; under <see cref="_writeGate"/>.</summary>
        private readonly List<long> _runningLoads = [];

        /// <summary>
        /// Keys <see cref="Add"/> added while a <see cref="Load"/> was running, numbered: that Load may have read the
        /// table before their rows were there, so it keeps them. Dropped once no Load that began before them runs;
        /// under <see cref="_writeGate"/>.
        /// </summary>
        private readonly List<(long Number, DataKey Key, DateTime CreatedAt)> _addedDuringLoads = [];

        /// <summary>Creates an empty ring under a master key.</summary>
        /// <param name="masterKey">The master key, 32 bytes (AES-256); copied.</param>
        /// <exception cref="ArgumentException">The master key is not 32 bytes.</exception>
        public KeyTableKeyRing(ReadOnlySpan<byte> masterKey)
        {
            if (masterKey.Length != DataKey.KeyLength)
            {
                throw new ArgumentException($"The master key has {masterKey.Length} bytes; AES-256 needs {DataKey.KeyLength}.", nameof(masterKey));
            }

            _masterKey = masterKey.ToArray();
        }

        /// <summary>Gets the id of the key new values are encrypted under: the newest row.</summary>
        /// <exception cref="InvalidOperationException">The ring has no key yet: nothing was loaded or created.</exception>
        public string CurrentKeyId => _keys.Current?.Id ?? throw new InvalidOperationException(NoKeyMessage);

        /// <summary>Gets whether the ring has a current key: <see cref="Load"/> found at least one row, or a row was <see cref="Add">added</see>.</summary>
        public bool IsLoaded => _keys.Current is not null;

        /// <summary>Gets the ids of every key in the ring, in the order they were loaded or added.</summary>
        public IReadOnlyCollection<string> KeyIds => _keys.Ids;

        KeySet IKeySetSource.Keys => _keys;

        /// <summary>
        /// Unwraps every row and replaces the ring's keys with them, all at once: if any row fails, the ring keeps what it
        /// had. The current key is the row with the newest <see cref="PersonalDataKey.CreatedAt"/> (on a tie, the
        /// greatest id, ordinal). A key that <see cref="Add"/> added while the rows were read (the enumeration runs in
        /// Load) is kept although the rows may not have it; a key added before Load began is kept only if the rows have it.
        /// When Loads overlap, the one that began last decides: one that began earlier and ends after it changes nothing.
        /// </summary>
        /// <param name="rows">The key table: pass the query itself, so that it is read while Load runs.</param>
        /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
        /// <exception cref="ArgumentException">A row is null, has an invalid id, or an id appears twice.</exception>
        /// <exception cref="ProtectedDataException">
        /// A row does not unwrap under this master key (<see cref="ProtectedDataFailure.Tampered"/>: the master key is
        /// wrong, or the table was changed) or its wrapped key has the wrong length or version
        /// (<see cref="ProtectedDataFailure.Malformed"/>); the exception names the row's id.
        /// </exception>
        public void Load(IEnumerable<PersonalDataKey> rows)
        {
            ArgumentNullException.ThrowIfNull(rows);

            long began;
            long loadNumber;
            lock (_writeGate)
            {
                began = _adds;
                loadNumber = ++_loadsBegun;
                _runningLoads.Add(began);
            }

            var keys = new List<DataKey>();
            var unwrapped = new List<byte[]>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            int newest = -1;
            DateTime newestCreatedAt = default;
            bool loaded = false;
            try
            {
                foreach (PersonalDataKey row in rows)
                {
                    if (row is null)
                    {
                        throw new ArgumentException("The key table has a null row.", nameof(rows));
                    }

                    if (KeyIdRules.Problem(row.Id) is { } problem)
                    {
                        throw new ArgumentException($"A key-table row has an invalid id. {problem}", nameof(rows));
                    }

                    if (!ids.Add(row.Id))
                    {
                        throw new ArgumentException($"The key table has the id '{row.Id}' more than once.", nameof(rows));
                    }

                    byte[] key = Unwrap(row);
                    unwrapped.Add(key);
                    keys.Add(DataKey.Pooled(row.Id, key));
                    if (newest < 0 || IsNewer(row.CreatedAt, row.Id, newestCreatedAt, keys[newest].Id))
                    {
                        newest = keys.Count - 1;
                        newestCreatedAt = row.CreatedAt;
                    }
                }

                lock (_writeGate)
                {
                    if (loadNumber < _publishedLoad)
                    {
                        // A Load that began after this one has published its rows: this one's may have been read
                        // before a rotation that Load saw, and publishing them would drop that key (Add skips a row
                        // the ring already has, so nothing else would bring it back).
                        return;
                    }

                    _publishedLoad = loadNumber;

                    // A key added since this Load began may be stored after the rows were read: keep it, so that a
                    // reload racing a rotation does not drop the new key (and make the older one current again).
                    foreach ((long number, DataKey added, DateTime createdAt) in _addedDuringLoads)
                    {
                        if (number > began && ids.Add(added.Id))
                        {
                            keys.Add(added);
                            if (newest < 0 || IsNewer(createdAt, added.Id, newestCreatedAt, keys[newest].Id))
                            {
                                newest = keys.Count - 1;
                                newestCreatedAt = createdAt;
                            }
                        }
                    }

                    _currentCreatedAt = newestCreatedAt;
                    _keys = new KeySet(keys, newest < 0 ? null : keys[newest]);
                }

                loaded = true;
            }
            finally
            {
                lock (_writeGate)
                {
                    _runningLoads.Remove(began);
                    long oldest = long.MaxValue;
                    foreach (long start in _runningLoads)
                    {
                        oldest = Math.Min(oldest, start);
                    }

                    _addedDuringLoads.RemoveAll(added => added.Number <= oldest);
                }

                if (!loaded)
                {
                    foreach (byte[] key in unwrapped)
                    {
                        CryptographicOperations.ZeroMemory(key);
                    }
                }
            }
        }

        /// <summary>
        /// Creates a new random data key and returns its row, wrapped, for the caller to insert into the key table. The
        /// ring does not use the key yet: once the row is stored (the transaction that inserts it has committed),
        /// <see cref="Add"/> it, or <see cref="Load"/> the table again. A row whose insert fails or rolls back is simply
        /// dropped: nothing was encrypted under its key.
        /// </summary>
        /// <param name="createdAtUtc">When the key is created, in UTC (for example <see cref="DateTime.UtcNow"/>); it must not be before the current key's.</param>
        /// <param name="id">The key id; by default <c>"k"</c>, the time as <c>yyyyMMddHHmmss</c> and 4 random hex digits, for example <c>k20260115093000a3f9</c>.</param>
        /// <returns>The row to insert; the ring is unchanged.</returns>
        /// <exception cref="ArgumentException">
        /// The time is local; the id is invalid or already in the ring; or the key would not be the newest (an earlier
        /// time than the current key's, or the same time and an id that sorts before it), so that <see cref="Load"/>
        /// would not make it current.
        /// </exception>
        public PersonalDataKey CreateRow(DateTime createdAtUtc, string? id = null)
        {
            if (createdAtUtc.Kind == DateTimeKind.Local)
            {
                throw new ArgumentException("The creation time of a key is local time; pass UTC (DateTime.UtcNow).", nameof(createdAtUtc));
            }

            if (id is not null && KeyIdRules.Problem(id) is { } problem)
            {
                throw new ArgumentException(problem, nameof(id));
            }

            createdAtUtc = DateTime.SpecifyKind(createdAtUtc, DateTimeKind.Utc);
            lock (_writeGate)
            {
                KeySet keys = _keys;
                DataKey? current = keys.Current;
                if (current is not null && createdAtUtc.Ticks < _currentCreatedAt.Ticks)
                {
                    throw NotNewest(id ?? "(new)", current.Id);
                }

                string keyId = id ?? NewId(createdAtUtc, keys, _currentCreatedAt);
                if (keys.TryGet(keyId, out _))
                {
                    throw new ArgumentException($"The key ring already has a key '{keyId}'.", nameof(id));
                }

                if (current is not null && !IsNewer(createdAtUtc, keyId, _currentCreatedAt, current.Id))
                {
                    throw NotNewest(keyId, current.Id);
                }

                byte[] key = RandomNumberGenerator.GetBytes(DataKey.KeyLength);
                try
                {
                    return new PersonalDataKey { Id = keyId, WrappedKey = Wrap(key, keyId), CreatedAt = createdAtUtc };
                }
                finally
                {
                    CryptographicOperations.ZeroMemory(key);
                }
            }
        }

        /// <summary>
        /// Replaced by <see cref="CreateRow"/> and <see cref="Add"/>. Until 2026-12-02 this method made the new key current
        /// at once, before its row was stored; code written for that, which inserts the row and never adds it, would go on
        /// encrypting under the old key, and deleting the old row after a re-encryption would then destroy the data. It
        /// no longer compiles, and a binary built against it gets this exception instead of a key that is never used.
        /// </summary>
        /// <param name="createdAtUtc">Unused.</param>
        /// <param name="id">Unused.</param>
        /// <returns>Never returns.</returns>
        /// <exception cref="NotSupportedException">Always.</exception>
        [Obsolete(CreateKeyReplaced, error: true)]
        [EditorBrowsable(EditorBrowsableState.Never)]
        public PersonalDataKey CreateKey(DateTime createdAtUtc, string? id = null) => throw new NotSupportedException(CreateKeyReplaced);

        /// <summary>
        /// Adds a stored row of the key table to the ring, as <see cref="Load"/> would if the row were in the table it
        /// read: the key becomes current when it is the newest (by <see cref="PersonalDataKey.CreatedAt"/>, then by id,
        /// ordinal). Call it once the row made by <see cref="CreateRow"/> is stored, after the transaction that inserts
        /// it has committed, never before: a key the table does not have must not encrypt anything. Adding a row the
        /// ring already has, with the same key (a <see cref="Load"/> after the commit found it), changes nothing.
        /// </summary>
        /// <param name="row">The stored row.</param>
        /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
        /// <exception cref="ArgumentException">The row's id is invalid, or the ring has another key under the same id.</exception>
        /// <exception cref="ProtectedDataException">The row does not unwrap under this master key (<see cref="ProtectedDataFailure.Tampered"/>) or its wrapped key is malformed (<see cref="ProtectedDataFailure.Malformed"/>); the ring is unchanged.</exception>
        public void Add(PersonalDataKey row)
        {
            ArgumentNullException.ThrowIfNull(row);
            if (KeyIdRules.Problem(row.Id) is { } problem)
            {
                throw new ArgumentException($"The key-table row has an invalid id. {problem}", nameof(row));
            }

            byte[] key = Unwrap(row);
            bool added = false;
            try
            {
                DateTime createdAt = DateTime.SpecifyKind(row.CreatedAt, DateTimeKind.Utc);
                lock (_writeGate)
                {
                    KeySet keys = _keys;
                    if (keys.TryGet(row.Id, out DataKey existing))
                    {
                        if (!CryptographicOperations.FixedTimeEquals(existing.Key.Span, key))
                        {
                            throw new ArgumentException($"The key ring already has another key under the id '{row.Id}'.", nameof(row));
                        }

                        return;
                    }

                    bool current = keys.Current is null || IsNewer(createdAt, row.Id, _currentCreatedAt, keys.Current.Id);
                    var dataKey = DataKey.Pooled(row.Id, key);
                    _keys = keys.With(dataKey, current);
                    if (current)
                    {
                        _currentCreatedAt = createdAt;
                    }

                    _adds++;
                    if (_runningLoads.Count > 0)
                    {
                        _addedDuringLoads.Add((_adds, dataKey, createdAt));
                    }

                    added = true;
                }
            }
            finally
            {
                if (!added)
                {
                    CryptographicOperations.ZeroMemory(key);
                }
            }
        }

        /// <summary>Gets a key by id.</summary>
        /// <param name="keyId">The key id (ordinal).</param>
        /// <param name="key">The key's 32 bytes, when found; read-only.</param>
        /// <returns><see langword="true"/> if the ring has the key.</returns>
        public bool TryGetKey(string keyId, out ReadOnlyMemory<byte> key) => _keys.TryGetKey(keyId, out key);

        /// <summary>Orders keys as <see cref="Load"/> does: by creation time, then by id (ordinal).</summary>
        private static bool IsNewer(DateTime createdAt, string id, DateTime thanCreatedAt, string thanId)
        {
            int byTime = createdAt.Ticks.CompareTo(thanCreatedAt.Ticks);
            return byTime > 0 || (byTime == 0 && string.CompareOrdinal(id, thanId) > 0);
        }

        /// <summary>A default id that is free and, on a tie in creation time, sorts after the current key's.</summary>
        private static string NewId(DateTime createdAtUtc, KeySet keys, DateTime currentCreatedAt)
        {
            string prefix = "k" + createdAtUtc.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            string id = prefix;
            for (int attempt = 0; attempt < 64; attempt++)
            {
                id = prefix + RandomNumberGenerator.GetHexString(4, lowercase: true);
                if (!keys.TryGet(id, out _) && (keys.Current is null || IsNewer(createdAtUtc, id, currentCreatedAt, keys.Current.Id)))
                {
                    return id;
                }
            }

            return id;
        }

        private ArgumentException NotNewest(string keyId, string currentKeyId) =>
            new(
                $"The new key '{keyId}' would not be the newest: the current key '{currentKeyId}' was created at {_currentCreatedAt.ToString("O", CultureInfo.InvariantCulture)}, and Load makes the newest key current (on the same time, the greatest id). Pass a later time.",
                "createdAtUtc");

        private static int AssociatedData(string keyId, Span<byte> destination)
        {
            int length = Encoding.ASCII.GetBytes(WrapAssociatedDataPrefix, destination);
            return length + Encoding.ASCII.GetBytes(keyId, destination.Slice(length));
        }

        private byte[] Wrap(byte[] key, string keyId)
        {
            byte[] wrapped = new byte[WrappedLength];
            wrapped[0] = WrapVersion;
            Span<byte> nonce = wrapped.AsSpan(1, Envelope.NonceLength);
            Span<byte> tag = wrapped.AsSpan(1 + Envelope.NonceLength, Envelope.TagLength);
            Span<byte> ciphertext = wrapped.AsSpan(1 + Envelope.NonceLength + Envelope.TagLength);
            RandomNumberGenerator.Fill(nonce);

            Span<byte> associatedData = stackalloc byte[WrapAssociatedDataPrefix.Length + KeyIdRules.MaxLength];
            associatedData = associatedData.Slice(0, AssociatedData(keyId, associatedData));
            using var aesGcm = new AesGcm(_masterKey, Envelope.TagLength);
            aesGcm.Encrypt(nonce, key, ciphertext, tag, associatedData);
            return wrapped;
        }

        private byte[] Unwrap(PersonalDataKey row)
        {
            byte[]? wrapped = row.WrappedKey;
            if (wrapped is null || wrapped.Length != WrappedLength || wrapped[0] != WrapVersion)
            {
                throw new ProtectedDataException(
                    ProtectedDataFailure.Malformed,
                    TableContext,
                    row.Id,
                    $"The wrapped key of key-table row '{row.Id}' is not a wrapped key of this version of Pii (it has {wrapped?.Length ?? 0} bytes; a wrapped key has {WrappedLength}, starting with version {WrapVersion}). No key was loaded.");
            }

            Span<byte> associatedData = stackalloc byte[WrapAssociatedDataPrefix.Length + KeyIdRules.MaxLength];
            associatedData = associatedData.Slice(0, AssociatedData(row.Id, associatedData));
            byte[] key = new byte[DataKey.KeyLength];
            using var aesGcm = new AesGcm(_masterKey, Envelope.TagLength);
            try
            {
                aesGcm.Decrypt(
                    wrapped.AsSpan(1, Envelope.NonceLength),
                    wrapped.AsSpan(1 + Envelope.NonceLength + Envelope.TagLength),
                    wrapped.AsSpan(1 + Envelope.NonceLength, Envelope.TagLength),
                    key,
                    associatedData);
            }
            catch (AuthenticationTagMismatchException mismatch)
            {
                CryptographicOperations.ZeroMemory(key);
                throw new ProtectedDataException(
                    ProtectedDataFailure.Tampered,
                    TableContext,
                    row.Id,
                    $"The key-table row '{row.Id}' does not unwrap under this master key: the master key is wrong, or the key table was changed. No key was loaded.",
                    mismatch);
            }

            return key;
        }
    }
}
#endif
