using System;
using System.Globalization;
using System.Text;
using Pii.Encryption;

namespace Pii.Runtime.Tests.Encryption;

public class CodecRoundTripTests
{
    private static readonly PersonalDataKeyRing Ring = Rings.Single();

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("anna.de.vries@example.nl")]
    [InlineData("Zoë Ñandú, Łódź, 北京市, 🙂")]
    [InlineData("nul\0inside")]
    public void Text_round_trips_exactly(string value)
    {
        byte[] envelope = PersonalDataCodec.Protect(value, Ring, Rings.Context);

        Assert.Equal(value, PersonalDataCodec.UnprotectString(envelope, Ring, Rings.Context));
    }

    [Fact]
    public void Text_longer_than_the_stack_buffer_round_trips()
    {
        string value = string.Concat(System.Linq.Enumerable.Repeat("Straße 12, 1234 AB Utrecht; ", 100));

        byte[] envelope = PersonalDataCodec.Protect(value, Ring, Rings.Context);

        Assert.Equal(value, PersonalDataCodec.UnprotectString(envelope, Ring, Rings.Context));
        Assert.Equal(Encoding.UTF8.GetByteCount(value) + 32 + "2026-01".Length, envelope.Length);
    }

    [Fact]
    public void Text_with_a_lone_surrogate_is_refused_rather_than_changed()
    {
        var error = Assert.Throws<ArgumentException>(() => PersonalDataCodec.Protect("ab\uD800c", Ring, Rings.Context));

        Assert.Contains("lone surrogate", error.Message);
        Assert.Contains(Rings.Context, error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(1000)]
    public void Bytes_round_trip(int length)
    {
        byte[] value = new byte[length];
        new Random(length).NextBytes(value);

        byte[] envelope = PersonalDataCodec.Protect(value, Ring, Rings.Context);

        Assert.Equal(value, PersonalDataCodec.UnprotectBytes(envelope, Ring, Rings.Context));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Booleans_round_trip(bool value) =>
        Assert.Equal(value, PersonalDataCodec.UnprotectBoolean(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context));

    [Theory]
    [InlineData(byte.MinValue)]
    [InlineData((byte)1)]
    [InlineData(byte.MaxValue)]
    public void Byte_values_round_trip(byte value) =>
        Assert.Equal(value, PersonalDataCodec.UnprotectByte(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context));

    [Theory]
    [InlineData(short.MinValue)]
    [InlineData((short)-1)]
    [InlineData((short)0)]
    [InlineData(short.MaxValue)]
    public void Shorts_round_trip(short value) =>
        Assert.Equal(value, PersonalDataCodec.UnprotectInt16(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context));

    [Theory]
    [InlineData(int.MinValue)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(42)]
    [InlineData(int.MaxValue)]
    public void Ints_round_trip(int value) =>
        Assert.Equal(value, PersonalDataCodec.UnprotectInt32(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context));

    [Theory]
    [InlineData(long.MinValue)]
    [InlineData(-1L)]
    [InlineData(0L)]
    [InlineData(4111111111111111L)]
    [InlineData(long.MaxValue)]
    public void Longs_round_trip(long value) =>
        Assert.Equal(value, PersonalDataCodec.UnprotectInt64(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context));

    [Theory]
    [InlineData(0x00000000)] // 0
    [InlineData(unchecked((int)0x80000000))] // -0
    [InlineData(0x7FC00000)] // NaN
    [InlineData(0x7FC00001)] // NaN with a payload
    [InlineData(0x7F800000)] // +infinity
    [InlineData(unchecked((int)0xFF800000))] // -infinity
    [InlineData(0x00000001)] // epsilon
    [InlineData(0x7F7FFFFF)] // max
    [InlineData(unchecked((int)0xFF7FFFFF))] // min
    public void Floats_round_trip_bit_for_bit(int bits)
    {
        float value = BitConverter.Int32BitsToSingle(bits);

        float read = PersonalDataCodec.UnprotectSingle(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context);

        Assert.Equal(bits, BitConverter.SingleToInt32Bits(read));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(unchecked((long)0x8000000000000000))] // -0
    [InlineData(0x7FF8000000000000)] // NaN
    [InlineData(0x7FF8000000000123)] // NaN with a payload
    [InlineData(0x7FF0000000000000)] // +infinity
    [InlineData(unchecked((long)0xFFF0000000000000))] // -infinity
    [InlineData(1L)] // epsilon
    [InlineData(0x7FEFFFFFFFFFFFFF)] // max
    [InlineData(unchecked((long)0xFFEFFFFFFFFFFFFF))] // min
    public void Doubles_round_trip_bit_for_bit(long bits)
    {
        double value = BitConverter.Int64BitsToDouble(bits);

        double read = PersonalDataCodec.UnprotectDouble(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context);

        Assert.Equal(bits, BitConverter.DoubleToInt64Bits(read));
    }

    [Fact]
    public void Double_NaN_reads_back_as_NaN()
    {
        double read = PersonalDataCodec.UnprotectDouble(PersonalDataCodec.Protect(double.NaN, Ring, Rings.Context), Ring, Rings.Context);

        Assert.True(double.IsNaN(read));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.50")]
    [InlineData("-1.500")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("1234.5600")]
    public void Decimals_round_trip_with_their_scale(string text)
    {
        decimal value = decimal.Parse(text, CultureInfo.InvariantCulture);

        decimal read = PersonalDataCodec.UnprotectDecimal(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context);

        Assert.Equal(value, read);
        Assert.Equal(text, read.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(decimal.GetBits(value), decimal.GetBits(read));
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("ffffffff-ffff-ffff-ffff-ffffffffffff")]
    public void Guids_round_trip(string text)
    {
        var value = Guid.Parse(text);

        Assert.Equal(value, PersonalDataCodec.UnprotectGuid(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context));
    }

    public static TheoryData<DateTime> DateTimes() => new()
    {
        DateTime.MinValue,
        DateTime.MaxValue,
        DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Utc),
        DateTime.SpecifyKind(DateTime.MaxValue, DateTimeKind.Local),
        new DateTime(1987, 6, 5, 4, 3, 2, DateTimeKind.Utc).AddTicks(1234567),
        new DateTime(1987, 6, 5, 4, 3, 2, DateTimeKind.Local),
        new DateTime(1987, 6, 5, 4, 3, 2, DateTimeKind.Unspecified),
    };

    [Theory]
    [MemberData(nameof(DateTimes))]
    public void DateTimes_round_trip_with_their_kind_and_clock_time(DateTime value)
    {
        DateTime read = PersonalDataCodec.UnprotectDateTime(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context);

        Assert.Equal(value.Ticks, read.Ticks);
        Assert.Equal(value.Kind, read.Kind);
    }

    public static TheoryData<DateTimeOffset> DateTimeOffsets() => new()
    {
        DateTimeOffset.MinValue,
        DateTimeOffset.MaxValue,
        new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero),
        new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.FromHours(14)),
        new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.FromHours(-14)),
        new DateTimeOffset(2026, 1, 15, 9, 30, 0, new TimeSpan(5, 45, 0)).AddTicks(7),
        new DateTimeOffset(1, 1, 1, 13, 0, 0, TimeSpan.FromHours(13)),
        new DateTimeOffset(9999, 12, 31, 10, 0, 0, TimeSpan.FromHours(-13)),
    };

    [Theory]
    [MemberData(nameof(DateTimeOffsets))]
    public void DateTimeOffsets_round_trip_with_their_offset(DateTimeOffset value)
    {
        DateTimeOffset read = PersonalDataCodec.UnprotectDateTimeOffset(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context);

        Assert.True(value.EqualsExact(read), $"{value:O} read as {read:O}");
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1987, 6, 5)]
    [InlineData(9999, 12, 31)]
    public void DateOnlys_round_trip(int year, int month, int day)
    {
        var value = new DateOnly(year, month, day);

        Assert.Equal(value, PersonalDataCodec.UnprotectDateOnly(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context));
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(863_999_999_999L)]
    public void TimeOnlys_round_trip(long ticks)
    {
        var value = new TimeOnly(ticks);

        Assert.Equal(value, PersonalDataCodec.UnprotectTimeOnly(PersonalDataCodec.Protect(value, Ring, Rings.Context), Ring, Rings.Context));
    }

    [Fact]
    public void A_value_read_as_a_type_of_another_length_is_malformed_and_not_returned()
    {
        byte[] envelope = PersonalDataCodec.Protect(123456, Ring, Rings.Context);

        var error = Assert.Throws<ProtectedDataException>(() => PersonalDataCodec.UnprotectInt64(envelope, Ring, Rings.Context));

        Assert.Equal(ProtectedDataFailure.Malformed, error.Failure);
        Assert.Equal("2026-01", error.KeyId);
        Assert.Contains("4 bytes where 8 were expected", error.Message);
        Assert.DoesNotContain("123456", error.Message);
    }

    [Fact]
    public void Every_fixed_size_type_refuses_a_plaintext_of_another_length()
    {
        byte[] envelope = PersonalDataCodec.Protect(new byte[17], Ring, Rings.Context);
        Func<byte[], IPersonalDataKeyRing, string, object>[] readers =
        [
            (e, r, c) => PersonalDataCodec.UnprotectBoolean(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectByte(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectInt16(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectInt32(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectInt64(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectSingle(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectDouble(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectDecimal(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectGuid(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectDateTime(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectDateTimeOffset(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectDateOnly(e, r, c),
            (e, r, c) => PersonalDataCodec.UnprotectTimeOnly(e, r, c),
        ];

        Assert.All(readers, read =>
            Assert.Equal(ProtectedDataFailure.Malformed, Assert.Throws<ProtectedDataException>(() => read(envelope, Ring, Rings.Context)).Failure));
    }

    public static TheoryData<string, byte[]> ImpossibleValues() => new()
    {
        { "bool", [2] },
        { "decimal", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0] },        // a flag bit outside sign and scale
        { "decimal", [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 29, 0] },       // scale 29
        { "DateTime", [0, 0, 0, 0, 0, 0, 0, 0xC0] },                            // kind 3
        { "DateTime", [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x3F] },       // ticks past DateTime.MaxValue
        { "DateTimeOffset", [0, 0, 0, 0, 0, 0, 0, 0, 0x49, 0x03] },             // offset 841 minutes
        { "DateTimeOffset", [0, 0, 0, 0, 0, 0, 0, 0, 0xC4, 0xFF] },             // year 1 at -01:00: local time before DateTime.MinValue
        { "DateOnly", [0xFF, 0xFF, 0xFF, 0xFF] },                               // day -1
        { "TimeOnly", [0, 0xC0, 0x69, 0x2A, 0xC9, 0, 0, 0] },                   // 24:00
        { "string", [0x61, 0xC3] },                                             // UTF-8 cut in the middle of a character
    };

    [Theory]
    [MemberData(nameof(ImpossibleValues))]
    public void An_authentic_plaintext_that_is_no_value_of_the_type_is_malformed(string type, byte[] plaintext)
    {
        byte[] envelope = PersonalDataProtector.Protect(plaintext, Ring, Rings.Context);
        Action read = type switch
        {
            "bool" => () => PersonalDataCodec.UnprotectBoolean(envelope, Ring, Rings.Context),
            "decimal" => () => PersonalDataCodec.UnprotectDecimal(envelope, Ring, Rings.Context),
            "DateTime" => () => PersonalDataCodec.UnprotectDateTime(envelope, Ring, Rings.Context),
            "DateTimeOffset" => () => PersonalDataCodec.UnprotectDateTimeOffset(envelope, Ring, Rings.Context),
            "DateOnly" => () => PersonalDataCodec.UnprotectDateOnly(envelope, Ring, Rings.Context),
            "TimeOnly" => () => PersonalDataCodec.UnprotectTimeOnly(envelope, Ring, Rings.Context),
            _ => () => PersonalDataCodec.UnprotectString(envelope, Ring, Rings.Context),
        };

        var error = Assert.Throws<ProtectedDataException>(read);

        Assert.Equal(ProtectedDataFailure.Malformed, error.Failure);
        Assert.Contains($"valid value of type {type}", error.Message);
    }

    [Fact]
    public void The_fixed_encodings_are_little_endian_and_keep_the_kind_in_the_top_bits()
    {
        Assert.Equal([0x78, 0x56, 0x34, 0x12], Plaintext(PersonalDataCodec.Protect(0x12345678, Ring, Rings.Context)));
        Assert.Equal([1], Plaintext(PersonalDataCodec.Protect(true, Ring, Rings.Context)));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0x80], Plaintext(PersonalDataCodec.Protect(DateTime.SpecifyKind(DateTime.MinValue, DateTimeKind.Local), Ring, Rings.Context)));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 0x3C, 0], Plaintext(PersonalDataCodec.Protect(new DateTimeOffset(1, 1, 1, 1, 0, 0, TimeSpan.FromHours(1)), Ring, Rings.Context)));

        static byte[] Plaintext(byte[] envelope) => PersonalDataProtector.Unprotect(envelope, Ring, Rings.Context);
    }
}
