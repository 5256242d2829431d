using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Pii.Encryption;
using Pii.Store;

namespace Pii.Runtime.Tests.Encryption;

public class KeyTableKeyRingTests
{
    private static readonly byte[] MasterKey = Rings.Key(100);
    private static readonly DateTime January = new(2026, 1, 15, 9, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Before_anything_is_loaded_the_ring_has_no_current_key_and_says_what_to_do()
    {
        var ring = new KeyTableKeyRing(MasterKey);

        var error = Assert.Throws<InvalidOperationException>(() => ring.CurrentKeyId);

        Assert.Equal("The personal-data key ring has no key: load the key table (KeyTableKeyRing.Load) or, at startup, create the first key, store its row and add it (KeyTableKeyRing.CreateRow, then KeyTableKeyRing.Add); Pii has no default key.", error.Message);
        Assert.False(ring.IsLoaded);
        Assert.Empty(ring.KeyIds);
        Assert.Equal(error.Message, Assert.Throws<InvalidOperationException>(() => PersonalDataCodec.Protect("anna", ring, Rings.Context)).Message);
    }

    [Fact]
    public void A_master_key_that_is_not_32_bytes_is_refused() =>
        Assert.StartsWith(
            "The master key has 16 bytes; AES-256 needs 32.",
            Assert.Throws<ArgumentException>(() => new KeyTableKeyRing(new byte[16])).Message);

    [Fact]
    public void A_created_key_is_used_only_once_its_row_is_added_and_its_row_is_wrapped_with_a_default_id_from_the_time()
    {
        var ring = new KeyTableKeyRing(MasterKey);

        PersonalDataKey row = ring.CreateRow(January);

        Assert.Matches(new Regex("^k20260115093000[0-9a-f]{4}$"), row.Id);
        Assert.Equal(61, row.WrappedKey.Length);
        Assert.Equal(January, row.CreatedAt);
        Assert.Equal(DateTimeKind.Utc, row.CreatedAt.Kind);
        Assert.False(ring.IsLoaded);
        Assert.Empty(ring.KeyIds);
        Assert.Throws<InvalidOperationException>(() => PersonalDataCodec.Protect("anna", ring, Rings.Context));

        ring.Add(row);

        Assert.True(ring.IsLoaded);
        Assert.Equal(row.Id, ring.CurrentKeyId);
        Assert.True(ring.TryGetKey(row.Id, out ReadOnlyMemory<byte> key));
        Assert.False(row.WrappedKey.AsSpan().IndexOf(key.Span) >= 0, "the data key appears unwrapped in its row");
    }

    [Fact]
    public void Rows_created_in_one_ring_load_into_another_with_the_same_master_key()
    {
        var writer = new KeyTableKeyRing(MasterKey);
        PersonalDataKey row = Stored(writer, January, "2026-01");
        byte[] envelope = PersonalDataCodec.Protect("anna@example.nl", writer, Rings.Context);

        var reader = new KeyTableKeyRing(MasterKey);
        reader.Load([Copy(row)]);

        Assert.True(reader.IsLoaded);
        Assert.Equal("2026-01", reader.CurrentKeyId);
        Assert.Equal("anna@example.nl", PersonalDataCodec.UnprotectString(envelope, reader, Rings.Context));
    }

    [Fact]
    public void A_row_that_does_not_unwrap_under_the_master_key_names_the_key_id()
    {
        PersonalDataKey row = new KeyTableKeyRing(MasterKey).CreateRow(January, "2026-01");
        var wrongMaster = new KeyTableKeyRing(Rings.Key(101));

        var error = Assert.Throws<ProtectedDataException>(() => wrongMaster.Load([row]));

        Assert.Equal(ProtectedDataFailure.Tampered, error.Failure);
        Assert.Equal("2026-01", error.KeyId);
        Assert.Equal("The key-table row '2026-01' does not unwrap under this master key: the master key is wrong, or the key table was changed. No key was loaded.", error.Message);
        Assert.False(wrongMaster.IsLoaded);
    }

    [Fact]
    public void A_wrapped_key_moved_to_another_row_does_not_unwrap()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        PersonalDataKey first = ring.CreateRow(January, "2026-01");
        PersonalDataKey second = ring.CreateRow(January.AddMonths(1), "2026-02");
        second.WrappedKey = first.WrappedKey;

        var error = Assert.Throws<ProtectedDataException>(() => new KeyTableKeyRing(MasterKey).Load([first, second]));

        Assert.Equal("2026-02", error.KeyId);
        Assert.Equal(ProtectedDataFailure.Tampered, error.Failure);
    }

    [Fact]
    public void Every_single_bit_flip_of_a_wrapped_key_is_refused()
    {
        PersonalDataKey row = new KeyTableKeyRing(MasterKey).CreateRow(January, "2026-01");

        for (int i = 0; i < row.WrappedKey.Length * 8; i++)
        {
            PersonalDataKey flipped = Copy(row);
            flipped.WrappedKey[i / 8] ^= (byte)(1 << (i % 8));

            var error = Assert.Throws<ProtectedDataException>(() => new KeyTableKeyRing(MasterKey).Load([flipped]));

            Assert.Equal(i < 8 ? ProtectedDataFailure.Malformed : ProtectedDataFailure.Tampered, error.Failure);
            Assert.Equal("2026-01", error.KeyId);
        }
    }

    [Fact]
    public void A_wrapped_key_of_the_wrong_length_is_malformed()
    {
        PersonalDataKey row = new KeyTableKeyRing(MasterKey).CreateRow(January, "2026-01");
        row.WrappedKey = row.WrappedKey[..60];

        var error = Assert.Throws<ProtectedDataException>(() => new KeyTableKeyRing(MasterKey).Load([row]));

        Assert.Equal(ProtectedDataFailure.Malformed, error.Failure);
        Assert.Contains("'2026-01'", error.Message);
    }

    [Fact]
    public void The_newest_row_is_current_whatever_the_order_of_the_rows()
    {
        var writer = new KeyTableKeyRing(MasterKey);
        PersonalDataKey january = writer.CreateRow(January, "z-oldest");
        PersonalDataKey february = writer.CreateRow(January.AddMonths(1), "m-middle");
        PersonalDataKey march = writer.CreateRow(January.AddMonths(2), "a-newest");

        var reader = new KeyTableKeyRing(MasterKey);
        reader.Load([march, january, february]);
        Assert.Equal("a-newest", reader.CurrentKeyId);

        reader.Load([february, january, march]);
        Assert.Equal("a-newest", reader.CurrentKeyId);
        Assert.Equal(["m-middle", "z-oldest", "a-newest"], reader.KeyIds);

        reader.Load([january, february]);
        Assert.Equal("m-middle", reader.CurrentKeyId);
    }

    [Fact]
    public void On_the_same_creation_time_the_greatest_id_is_current()
    {
        var writer = new KeyTableKeyRing(MasterKey);
        PersonalDataKey a = Stored(writer, January, "k-a");
        PersonalDataKey b = Stored(writer, January, "k-b");

        var reader = new KeyTableKeyRing(MasterKey);
        reader.Load([b, a]);

        Assert.Equal("k-b", writer.CurrentKeyId);
        Assert.Equal("k-b", reader.CurrentKeyId);
    }

    [Fact]
    public void A_key_that_would_not_be_the_newest_is_refused()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        Stored(ring, January, "k-m");

        var earlier = Assert.Throws<ArgumentException>(() => ring.CreateRow(January.AddDays(-1), "k-z"));
        var sameTimeSmallerId = Assert.Throws<ArgumentException>(() => ring.CreateRow(January, "k-a"));

        Assert.StartsWith("The new key 'k-z' would not be the newest: the current key 'k-m' was created at 2026-01-15T09:30:00.0000000Z", earlier.Message);
        Assert.StartsWith("The new key 'k-a' would not be the newest", sameTimeSmallerId.Message);
        Assert.Equal("k-m", ring.CurrentKeyId);
        Assert.Equal(["k-m"], ring.KeyIds);
    }

    [Fact]
    public void Default_ids_created_at_the_same_time_still_make_the_new_key_current()
    {
        var ring = new KeyTableKeyRing(MasterKey);

        for (int i = 0; i < 20; i++)
        {
            PersonalDataKey row;
            try
            {
                row = Stored(ring, January);
            }
            catch (ArgumentException error)
            {
                // The current id's suffix can be so high that no greater one is found; that is reported, never a wrong current key.
                Assert.StartsWith("The new key 'k20260115093000", error.Message);
                break;
            }

            Assert.Equal(row.Id, ring.CurrentKeyId);
        }

        Assert.True(ring.KeyIds.Count >= 1);
    }

    [Fact]
    public void Bad_arguments_to_CreateRow_are_refused()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        Stored(ring, January, "2026-01");

        Assert.StartsWith("The creation time of a key is local time; pass UTC", Assert.Throws<ArgumentException>(() => ring.CreateRow(DateTime.Now)).Message);
        Assert.StartsWith("The key id 'with space' has U+0020", Assert.Throws<ArgumentException>(() => ring.CreateRow(January.AddDays(1), "with space")).Message);
        Assert.StartsWith("The key ring already has a key '2026-01'.", Assert.Throws<ArgumentException>(() => ring.CreateRow(January.AddDays(1), "2026-01")).Message);
    }

    [Fact]
    public void Rotation_writes_under_the_new_key_and_still_reads_the_old_one()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        Stored(ring, January, "2026-01");
        byte[] old = PersonalDataCodec.Protect(1987, ring, Rings.Context);

        Stored(ring, January.AddMonths(1), "2026-02");
        byte[] fresh = PersonalDataCodec.Protect(1987, ring, Rings.Context);

        Assert.True(PersonalDataProtector.IsProtectedWith(old, "2026-01"));
        Assert.True(PersonalDataProtector.IsProtectedWith(fresh, "2026-02"));
        Assert.Equal(1987, PersonalDataCodec.UnprotectInt32(old, ring, Rings.Context));
        Assert.Equal(1987, PersonalDataCodec.UnprotectInt32(fresh, ring, Rings.Context));
    }

    [Fact]
    public void Loading_a_table_without_a_row_destroys_what_was_encrypted_under_it()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        PersonalDataKey first = Stored(ring, January, "2026-01");
        PersonalDataKey second = Stored(ring, January.AddMonths(1), "2026-02");
        byte[] underSecond = PersonalDataCodec.Protect("anna", ring, Rings.Context);

        ring.Load([first]);

        Assert.Equal("2026-01", ring.CurrentKeyId);
        var error = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectString(underSecond, ring, Rings.Context));
        Assert.Equal(ProtectedDataFailure.UnknownKey, error.Failure);
        Assert.Equal(second.Id, error.KeyId);
    }

    [Fact]
    public void A_failed_load_leaves_the_ring_as_it_was()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        PersonalDataKey good = Stored(ring, January, "2026-01");
        byte[] envelope = PersonalDataCodec.Protect("anna", ring, Rings.Context);
        PersonalDataKey foreign = new KeyTableKeyRing(Rings.Key(7)).CreateRow(January.AddMonths(1), "2026-02");

        Assert.Throws<ProtectedDataException>(() => ring.Load([good, foreign]));

        Assert.Equal("2026-01", ring.CurrentKeyId);
        Assert.Equal(["2026-01"], ring.KeyIds);
        Assert.Equal("anna", PersonalDataCodec.UnprotectString(envelope, ring, Rings.Context));
    }

    [Fact]
    public void An_empty_table_loads_as_no_key()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        Stored(ring, January);

        ring.Load([]);

        Assert.False(ring.IsLoaded);
        Assert.Throws<InvalidOperationException>(() => ring.CurrentKeyId);
    }

    [Fact]
    public void Rows_with_a_duplicate_or_invalid_id_are_refused()
    {
        PersonalDataKey row = new KeyTableKeyRing(MasterKey).CreateRow(January, "2026-01");

        Assert.StartsWith("The key table has the id '2026-01' more than once.", Assert.Throws<ArgumentException>(() => new KeyTableKeyRing(MasterKey).Load([row, Copy(row)])).Message);
        Assert.StartsWith("A key-table row has an invalid id. A key id must not be empty.", Assert.Throws<ArgumentException>(() => new KeyTableKeyRing(MasterKey).Load([new PersonalDataKey()])).Message);
        Assert.StartsWith("The key table has a null row.", Assert.Throws<ArgumentException>(() => new KeyTableKeyRing(MasterKey).Load([null!])).Message);
    }

    [Fact]
    public void A_row_that_is_never_added_changes_nothing_and_the_previous_key_stays_current()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        Stored(ring, January, "2026-01");

        PersonalDataKey lost = ring.CreateRow(January.AddMonths(1), "2026-02");   // its insert fails, or rolls back
        byte[] envelope = PersonalDataCodec.Protect("anna", ring, Rings.Context);

        Assert.Equal("2026-01", ring.CurrentKeyId);
        Assert.Equal(["2026-01"], ring.KeyIds);
        Assert.True(PersonalDataProtector.IsProtectedWith(envelope, "2026-01"));
        Assert.False(ring.TryGetKey(lost.Id, out _));
    }

    [Fact]
    public void Adding_a_row_follows_the_order_Load_uses_and_a_row_the_ring_has_changes_nothing()
    {
        var writer = new KeyTableKeyRing(MasterKey);
        PersonalDataKey january = writer.CreateRow(January, "2026-01");
        PersonalDataKey february = writer.CreateRow(January.AddMonths(1), "2026-02");
        var ring = new KeyTableKeyRing(MasterKey);

        ring.Add(february);
        ring.Add(january);   // older: kept for reading, not current
        ring.Add(Copy(february));

        Assert.Equal("2026-02", ring.CurrentKeyId);
        Assert.Equal(["2026-02", "2026-01"], ring.KeyIds);
        PersonalDataKey other = new KeyTableKeyRing(MasterKey).CreateRow(January.AddMonths(2), "2026-02");
        Assert.StartsWith("The key ring already has another key under the id '2026-02'.", Assert.Throws<ArgumentException>(() => ring.Add(other)).Message);
        PersonalDataKey foreign = new KeyTableKeyRing(Rings.Key(7)).CreateRow(January.AddMonths(3), "2026-04");
        Assert.Equal(ProtectedDataFailure.Tampered, Assert.Throws<ProtectedDataException>(() => ring.Add(foreign)).Failure);
        Assert.Equal("2026-02", ring.CurrentKeyId);
        Assert.Throws<ArgumentNullException>(() => ring.Add(null!));
    }

    [Fact]
    public void A_key_added_while_Load_reads_the_table_is_kept_and_stays_current()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        PersonalDataKey january = Stored(ring, January, "2026-01");
        PersonalDataKey february = ring.CreateRow(January.AddMonths(1), "2026-02");

        // A reload reads the table; meanwhile, after the read passed, another thread's rotation commits February's row
        // and adds it. The rows Load gets do not have it.
        IEnumerable<PersonalDataKey> TableReadDuringARotation()
        {
            yield return Copy(january);
            ring.Add(february);
        }

        ring.Load(TableReadDuringARotation());

        Assert.Equal("2026-02", ring.CurrentKeyId);
        Assert.Equal(["2026-01", "2026-02"], ring.KeyIds);
        byte[] envelope = PersonalDataCodec.Protect("anna", ring, Rings.Context);
        Assert.True(PersonalDataProtector.IsProtectedWith(envelope, "2026-02"));

        // A Load that begins after the key was added replaces the keys as before: a table without the row destroys it.
        ring.Load([Copy(january)]);
        Assert.Equal("2026-01", ring.CurrentKeyId);
        Assert.False(ring.TryGetKey("2026-02", out _));
    }

    [Fact]
    public void A_Load_that_began_before_a_later_one_published_does_not_replace_its_keys()
    {
        var ring = new KeyTableKeyRing(MasterKey);
        PersonalDataKey january = Stored(ring, January, "2026-01");
        PersonalDataKey february = ring.CreateRow(January.AddMonths(1), "2026-02");

        // A slow reload read the table before February's row was stored. While it runs, the rotation commits, a second
        // reload reads the table with February's row and publishes it, and only then does the rotation add its row: the
        // ring has it already, so the Add changes nothing. The slow reload finishes last with its stale rows.
        IEnumerable<PersonalDataKey> StaleTableRead()
        {
            yield return Copy(january);
            ring.Load([Copy(january), Copy(february)]);
            ring.Add(february);
        }

        ring.Load(StaleTableRead());

        Assert.Equal("2026-02", ring.CurrentKeyId);
        Assert.Equal(["2026-01", "2026-02"], ring.KeyIds);
        Assert.True(PersonalDataProtector.IsProtectedWith(PersonalDataCodec.Protect("anna", ring, Rings.Context), "2026-02"));

        // A later Load still replaces the keys: a table without February's row destroys it.
        ring.Load([Copy(january)]);
        Assert.False(ring.TryGetKey("2026-02", out _));
    }

    /// <summary>
    /// Code written for the CreateKey that made its key current (before 2026-12-02) inserts the row and never adds it:
    /// it would go on encrypting under the old key. That call no longer compiles, and an old binary gets an exception
    /// that names the replacement, not a key that is silently never used.
    /// </summary>
    [Fact]
    public void The_CreateKey_that_made_its_key_current_no_longer_compiles_and_throws_naming_CreateRow()
    {
        MethodInfo createKey = typeof(KeyTableKeyRing).GetMethod("CreateKey")!;
        ObsoleteAttribute obsolete = createKey.GetCustomAttribute<ObsoleteAttribute>()!;
        Assert.True(obsolete.IsError);

        var ring = new KeyTableKeyRing(MasterKey);
        var invoked = Assert.Throws<TargetInvocationException>(() => createKey.Invoke(ring, [January, null]));
        var error = Assert.IsType<NotSupportedException>(invoked.InnerException);
        Assert.Equal(obsolete.Message, error.Message);
        Assert.Equal("KeyTableKeyRing.CreateKey no longer makes the key current: call CreateRow, insert the row it returns, commit, then Add the row (see docs/encryption.md, Rotation).", error.Message);
        Assert.False(ring.IsLoaded);
    }

    /// <summary>Creates a key and adds its row, as a caller does once the row is stored.</summary>
    private static PersonalDataKey Stored(KeyTableKeyRing ring, DateTime createdAtUtc, string? id = null)
    {
        PersonalDataKey row = ring.CreateRow(createdAtUtc, id);
        ring.Add(row);
        return row;
    }

    private static PersonalDataKey Copy(PersonalDataKey row) =>
        new() { Id = row.Id, WrappedKey = (byte[])row.WrappedKey.Clone(), CreatedAt = row.CreatedAt };
}
