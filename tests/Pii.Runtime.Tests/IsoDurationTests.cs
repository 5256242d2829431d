using System;

namespace Pii.Runtime.Tests;

public class IsoDurationTests
{
    [Theory]
    [InlineData("P30D", "P30D")]
    [InlineData("P7Y", "P7Y")]
    [InlineData("P1Y6M", "P1Y6M")]
    [InlineData("P2W", "P2W")]
    [InlineData("PT12H", "PT12H")]
    [InlineData("P1DT2H30M15S", "P1DT2H30M15S")]
    [InlineData("P0D", "P0D")]
    [InlineData("P01Y", "P1Y")]
    public void Valid_durations_parse_and_print_canonically(string text, string canonical) =>
        Assert.Equal(canonical, IsoDuration.Parse(text).ToString());

    [Theory]
    [InlineData(null, "required")]
    [InlineData("", "required")]
    [InlineData("30D", "start with 'P'")]
    [InlineData("P", "no components")]
    [InlineData("PT", "no components")]
    [InlineData("P1DT", "no time component")]
    [InlineData("P1.5Y", "fraction")]
    [InlineData("P1M1Y", "out of order")]
    [InlineData("P1Y1Y", "out of order")]
    [InlineData("P1W2D", "weeks")]
    [InlineData("P7", "without a designator")]
    [InlineData("P1H", "not a date designator")]
    [InlineData("PT1D", "not a time designator")]
    [InlineData("P-1Y", "whole number")]
    [InlineData("P99999999999Y", "too large")]
    public void Invalid_durations_are_rejected_with_a_reason(string? text, string reason)
    {
        Assert.False(IsoDuration.TryParse(text, out _, out string? error));
        Assert.Contains(reason, error);
        Assert.Throws<FormatException>(() => IsoDuration.Parse(text!));
    }

    [Theory]
    [InlineData("P9999Y")]
    [InlineData("P999999999W")]
    [InlineData("P2147483647D")]
    [InlineData("PT2147483647H")]
    public void A_retention_past_the_calendars_end_never_ends_and_has_never_expired(string text)
    {
        // Valid ISO 8601, but the date after it does not exist: before, AddTo and SubtractFrom threw (an analyzer's AD0001,
        // a purge's failure); a weeks count times seven also wrapped around to a negative number of days.
        var now = new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);
        IsoDuration duration = IsoDuration.Parse(text);

        Assert.Equal(DateTimeOffset.MaxValue, duration.AddTo(now));
        Assert.Equal(DateTimeOffset.MinValue, duration.SubtractFrom(now));
    }

    [Fact]
    public void Adding_a_duration_applies_calendar_years_and_months()
    {
        var start = new DateTimeOffset(2024, 2, 29, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2031, 3, 1, 0, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P7Y").AddTo(start)); // 2031 has no 29 February
        Assert.Equal(new DateTimeOffset(2028, 2, 29, 10, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P4Y").AddTo(start));
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 0, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1M").AddTo(new DateTimeOffset(2025, 1, 30, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2024, 3, 29, 10, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1M").AddTo(start));
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 22, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P14DT12H").AddTo(start));
        Assert.Equal(new DateTimeOffset(2024, 3, 14, 10, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P2W").AddTo(start));
    }

    /// <summary>
    /// The cut-off is exact: a start at or before it has ended by then, a tick later has not, and every start in between
    /// (a later start never ends earlier). Subtracting the parts in reverse order was days off at month ends, so the store
    /// and the purge kept rows whose retention had ended, by the in-memory erasure's reckoning.
    /// </summary>
    [Theory]
    [InlineData("P7Y")]
    [InlineData("P1Y")]
    [InlineData("P1M")]
    [InlineData("P14M")]
    [InlineData("P1M1D")]
    [InlineData("P1Y1M1D")]
    [InlineData("P30D")]
    [InlineData("P2W")]
    [InlineData("PT12H")]
    public void Subtracting_gives_the_latest_start_that_has_ended(string text)
    {
        IsoDuration duration = IsoDuration.Parse(text);
        for (var end = new DateTimeOffset(2019, 1, 1, 6, 0, 0, TimeSpan.FromHours(2)); end.Year < 2029; end = end.AddDays(1).AddHours(1))
        {
            DateTimeOffset cutoff = duration.SubtractFrom(end);

            Assert.Equal(TimeSpan.Zero, cutoff.Offset); // as the starts it is compared with
            Assert.True(duration.AddTo(cutoff) <= end, $"{text} from {cutoff:O} ends after {end:O}");
            Assert.True(duration.AddTo(cutoff.AddTicks(1)) > end, $"{text} from {cutoff.AddTicks(1):O} ends by {end:O}, after the cut-off");
        }

        // Monotone: every hour of three months around a month end, a later start never ends earlier.
        DateTimeOffset previous = DateTimeOffset.MinValue;
        for (var start = new DateTimeOffset(2023, 12, 1, 0, 0, 0, TimeSpan.Zero); start.Month != 4; start = start.AddHours(1))
        {
            DateTimeOffset ends = duration.AddTo(start);
            Assert.True(ends >= previous, $"{text} from {start:O} ends at {ends:O}, before the hour earlier's {previous:O}");
            previous = ends;
        }
    }

    /// <summary>
    /// A start with an offset (a DateTimeOffset column, a local DateTime) ends where the same instant in UTC ends: the
    /// calendar is UTC's. Before, AddTo counted month ends on the start's own clock, and the cut-off, bisected in UTC,
    /// held a row whose retention had ended (found by review).
    /// </summary>
    [Theory]
    [InlineData("P1M", 3)]
    [InlineData("P1M", -5)]
    [InlineData("P1Y", 14)]
    [InlineData("P7Y", -12)]
    public void A_start_with_an_offset_ends_exactly_when_the_cut_off_says(string text, int offsetHours)
    {
        IsoDuration duration = IsoDuration.Parse(text);
        var offset = TimeSpan.FromHours(offsetHours);
        var end = new DateTimeOffset(2027, 2, 28, 0, 0, 0, TimeSpan.Zero);
        DateTimeOffset cutoff = duration.SubtractFrom(end);
        for (var start = new DateTimeOffset(2019, 12, 25, 0, 0, 0, offset); start.Year < 2027 || start.Month < 3; start = start.AddHours(7))
        {
            Assert.Equal(duration.AddTo(start) <= end, start <= cutoff);
        }

        Assert.Equal(TimeSpan.Zero, duration.AddTo(new DateTimeOffset(2027, 1, 31, 1, 0, 0, TimeSpan.FromHours(3))).Offset);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P1M").AddTo(new DateTimeOffset(2027, 1, 31, 1, 0, 0, TimeSpan.FromHours(3)))); // 30 January in UTC
    }

    [Fact]
    public void A_leap_day_start_ends_on_1_March_seven_years_later_and_the_cut_off_says_so()
    {
        var end = new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P7Y").SubtractFrom(end)); // 29 February too
        Assert.Equal(new DateTimeOffset(2020, 2, 28, 12, 0, 0, TimeSpan.Zero), IsoDuration.Parse("P7Y").SubtractFrom(end.AddHours(-12)));
        Assert.Equal(new DateTimeOffset(2027, 2, 28, 23, 59, 59, TimeSpan.Zero).AddTicks(TimeSpan.TicksPerSecond - 1), IsoDuration.Parse("P1M").SubtractFrom(new DateTimeOffset(2027, 3, 31, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Approximate_length_orders_retentions()
    {
        Assert.True(IsoDuration.Parse("P2Y").ApproximateDays > IsoDuration.Parse("P23M").ApproximateDays);
        Assert.True(IsoDuration.Parse("P1M").ApproximateDays > IsoDuration.Parse("P30D").ApproximateDays);
        Assert.Equal(IsoDuration.Parse("P1Y"), IsoDuration.Parse("P01Y"));
        Assert.NotEqual(IsoDuration.Parse("P12M"), IsoDuration.Parse("P1Y"));
    }
}
