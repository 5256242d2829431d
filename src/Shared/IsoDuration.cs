using System;
using System.Globalization;
using System.Text;

namespace Pii
{
    /// <summary>
    /// An ISO 8601 duration such as <c>P30D</c>, <c>P7Y</c>, <c>P1Y6M</c> or <c>PT12H</c>: how long personal
    /// data is retained. Components are whole numbers; weeks (<c>P2W</c>) may not be combined with other
    /// components, as ISO 8601 prescribes. The generator and the analyzers parse retention with this same
    /// type, so a retention the compiler accepts is one the runtime can apply.
    /// </summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    readonly struct IsoDuration : IEquatable<IsoDuration>
    {
        private IsoDuration(int years, int months, int weeks, int days, int hours, int minutes, int seconds)
        {
            Years = years;
            Months = months;
            Weeks = weeks;
            Days = days;
            Hours = hours;
            Minutes = minutes;
            Seconds = seconds;
        }

        /// <summary>Gets the number of years.</summary>
        public int Years { get; }

        /// <summary>Gets the number of months.</summary>
        public int Months { get; }

        /// <summary>Gets the number of weeks (only in a weeks-only duration such as <c>P2W</c>).</summary>
        public int Weeks { get; }

        /// <summary>Gets the number of days.</summary>
        public int Days { get; }

        /// <summary>Gets the number of hours.</summary>
        public int Hours { get; }

        /// <summary>Gets the number of minutes.</summary>
        public int Minutes { get; }

        /// <summary>Gets the number of seconds.</summary>
        public int Seconds { get; }

        /// <summary>Gets an approximate length in days (a year as 365.25 days, a month as 30.44), for comparing retentions.</summary>
        public double ApproximateDays =>
            (Years * 365.25) + (Months * 30.436875) + (Weeks * 7) + Days + (Hours / 24.0) + (Minutes / 1440.0) + (Seconds / 86400.0);

        /// <summary>Parses an ISO 8601 duration.</summary>
        /// <param name="text">The duration, for example <c>P7Y</c>.</param>
        /// <returns>The duration.</returns>
        /// <exception cref="FormatException">The text is not an ISO 8601 duration with whole-number components.</exception>
        public static IsoDuration Parse(string text)
        {
            if (TryParse(text, out IsoDuration duration, out string? error))
            {
                return duration;
            }

            throw new FormatException(error);
        }

        /// <summary>Tries to parse an ISO 8601 duration.</summary>
        /// <param name="text">The duration, for example <c>P30D</c>.</param>
        /// <param name="duration">The parsed duration.</param>
        /// <returns><see langword="true"/> if <paramref name="text"/> is a valid duration.</returns>
        public static bool TryParse(string? text, out IsoDuration duration) => TryParse(text, out duration, out _);

        /// <summary>Tries to parse an ISO 8601 duration and says why it is not one.</summary>
        /// <param name="text">The duration, for example <c>P30D</c>.</param>
        /// <param name="duration">The parsed duration.</param>
        /// <param name="error">Why the text is not a valid duration, or <see langword="null"/>.</param>
        /// <returns><see langword="true"/> if <paramref name="text"/> is a valid duration.</returns>
        public static bool TryParse(string? text, out IsoDuration duration, out string? error)
        {
            duration = default;
            if (text is null || text.Length == 0)
            {
                error = "a retention is required: an ISO 8601 duration such as P30D or P7Y";
                return false;
            }

            if (text[0] != 'P')
            {
                error = $"'{text}' is not an ISO 8601 duration: it must start with 'P' (P30D, P7Y, P1Y6M, PT12H)";
                return false;
            }

            // values in the order Y, M(onth), W, D, H, M(inute), S
            int[] values = new int[7];
            const string DateDesignators = "YMWD";
            const string TimeDesignators = "HMS";
            bool inTime = false;
            bool any = false;
            bool anyTime = false;
            int lastIndex = -1;
            int i = 1;
            while (i < text.Length)
            {
                char c = text[i];
                if (c == 'T')
                {
                    if (inTime)
                    {
                        error = $"'{text}' has more than one 'T'";
                        return false;
                    }

                    inTime = true;
                    lastIndex = 3;
                    i++;
                    continue;
                }

                int start = i;
                while (i < text.Length && text[i] >= '0' && text[i] <= '9')
                {
                    i++;
                }

                if (i == start)
                {
                    error = $"'{text}' has '{c}' where a whole number was expected";
                    return false;
                }

                if (i == text.Length)
                {
                    error = $"'{text}' ends with a number without a designator (Y, M, W, D, H, M or S)";
                    return false;
                }

                string digits = text.Substring(start, i - start);
                char designator = text[i];
                int index = inTime ? TimeDesignators.IndexOf(designator) : DateDesignators.IndexOf(designator);
                if (index < 0)
                {
                    error = designator == '.' || designator == ','
                        ? $"'{text}' has a fraction; Pii accepts whole-number components only"
                        : $"'{text}' has '{designator}', which is not a {(inTime ? "time" : "date")} designator";
                    return false;
                }

                if (inTime)
                {
                    index += 4;
                }

                if (index <= lastIndex)
                {
                    error = $"'{text}' has its components out of order or repeated (the order is Y, M, W, D, T, H, M, S)";
                    return false;
                }

                if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
                {
                    error = $"'{text}' has a component too large to represent";
                    return false;
                }

                values[index] = value;
                lastIndex = index;
                any = true;
                anyTime |= inTime;
                i++;
            }

            if (!any)
            {
                error = $"'{text}' has no components: write at least one, such as P30D";
                return false;
            }

            if (inTime && !anyTime)
            {
                error = $"'{text}' has a 'T' with no time component after it";
                return false;
            }

            bool hasWeeks = values[2] != 0;
            if (hasWeeks && (values[0] != 0 || values[1] != 0 || values[3] != 0 || anyTime))
            {
                error = $"'{text}' combines weeks with other components, which ISO 8601 does not allow; write days instead";
                return false;
            }

            duration = new IsoDuration(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
            error = null;
            return true;
        }

        /// <summary>
        /// Adds this duration to a point in time, on the UTC calendar: years and months first (as one count of months),
        /// then weeks, days and time. A start on a day the end's month does not have (the 29th to the 31st) ends at the
        /// first instant of the month after: 29 February plus P7Y is 1 March, 31 January plus P1M is 1 March.
        /// </summary>
        /// <remarks>
        /// Clamping to the month's last day instead, as <c>DateTime.AddMonths</c> does, would let a later start end
        /// earlier (31 January 00:00 plus P1M would end on 28 February 00:00, before 30 January 23:00's 28 February
        /// 23:00): no cut-off could then tell every expired start from every other, and the store's statements, the purge
        /// and the in-memory erasure would disagree. Counting in UTC makes the end depend on the instant only.
        /// </remarks>
        /// <param name="start">When the retention started.</param>
        /// <returns>When the retention ends, in UTC; <see cref="DateTimeOffset.MaxValue"/> past the calendar's end.</returns>
        public DateTimeOffset AddTo(DateTimeOffset start)
        {
            try
            {
                DateTime end = AddMonths(start.UtcDateTime, (12L * Years) + Months)
                    .AddDays((Weeks * 7.0) + Days).AddHours(Hours).AddMinutes(Minutes).AddSeconds(Seconds);
                return new DateTimeOffset(end, TimeSpan.Zero);
            }
            catch (ArgumentOutOfRangeException)
            {
                return DateTimeOffset.MaxValue; // a retention past the calendar's end (P9999Y) never ends
            }
        }

        /// <summary>Calendar months later; a day the month does not have moves to the first instant of the next month.</summary>
        private static DateTime AddMonths(DateTime start, long months)
        {
            if (months > 120_000)
            {
                throw new ArgumentOutOfRangeException(nameof(months)); // past year 9999 from any start
            }

            DateTime end = start.AddMonths((int)months);
            return end.Day == start.Day ? end : new DateTime(end.Year, end.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1);
        }

        /// <summary>
        /// Subtracts this duration from a point in time, the inverse of <see cref="AddTo"/>: the latest start whose
        /// retention has ended by <paramref name="end"/>, so that a start is at or before the result exactly when
        /// <see cref="AddTo"/> of it is at or before <paramref name="end"/>.
        /// </summary>
        /// <remarks>
        /// Subtracting the parts in reverse order is not quite that at month ends (<see cref="AddTo"/> moves a day the end's
        /// month lacks to the next month; <c>DateTime.AddMonths</c> clamps it), so the cut-off can lie a few days from the
        /// plain subtraction. <see cref="AddTo"/> never goes down as its start goes up, so the exact cut-off is found by
        /// bisection from the plain subtraction, to the tick.
        /// </remarks>
        /// <param name="end">The point in time, for example now.</param>
        /// <returns>The cut-off, in UTC: data whose retention started at or before it has expired.</returns>
        public DateTimeOffset SubtractFrom(DateTimeOffset end)
        {
            DateTimeOffset plain;
            try
            {
                DateTimeOffset start = end.AddSeconds(-Seconds).AddMinutes(-Minutes).AddHours(-Hours);
                plain = start.AddDays(-((Weeks * 7.0) + Days)).AddMonths(-Months).AddYears(-Years);
            }
            catch (ArgumentOutOfRangeException)
            {
                return DateTimeOffset.MinValue; // a retention longer than the calendar: nothing has expired
            }

            // [ended, notEnded): the cut-off is the last tick of it that has ended. AddTo counts on the UTC calendar, so
            // this holds for a start with any offset.
            long ended = plain.UtcTicks, notEnded;
            if (AddTo(Utc(ended)) <= end)
            {
                notEnded = Math.Min(ended + MonthEndSlack, DateTimeOffset.MaxValue.UtcTicks);
                if (AddTo(Utc(notEnded)) <= end)
                {
                    return Utc(ended); // not expected: AddTo differs from the plain inverse by less than the slack
                }
            }
            else
            {
                notEnded = ended;
                ended = Math.Max(ended - MonthEndSlack, DateTimeOffset.MinValue.UtcTicks);
                if (AddTo(Utc(ended)) > end)
                {
                    return Utc(ended); // not expected either: the earlier, the more is kept
                }
            }

            while (notEnded - ended > 1)
            {
                long middle = ended + ((notEnded - ended) / 2);
                if (AddTo(Utc(middle)) <= end)
                {
                    ended = middle;
                }
                else
                {
                    notEnded = middle;
                }
            }

            return Utc(ended);
        }

        /// <summary>More than month ends can move the cut-off from the plain subtraction (at most four days), with days to spare.</summary>
        private const long MonthEndSlack = 7 * TimeSpan.TicksPerDay;

        private static DateTimeOffset Utc(long utcTicks) => new(utcTicks, TimeSpan.Zero);

        /// <summary>Returns the canonical ISO 8601 text, for example <c>P1Y6M</c>.</summary>
        /// <returns>The duration's text.</returns>
        public override string ToString()
        {
            var text = new StringBuilder("P");
            Append(text, Years, 'Y');
            Append(text, Months, 'M');
            Append(text, Weeks, 'W');
            Append(text, Days, 'D');
            if (Hours != 0 || Minutes != 0 || Seconds != 0)
            {
                text.Append('T');
                Append(text, Hours, 'H');
                Append(text, Minutes, 'M');
                Append(text, Seconds, 'S');
            }

            if (text.Length == 1)
            {
                text.Append("0D");
            }

            return text.ToString();
        }

        /// <inheritdoc/>
        public bool Equals(IsoDuration other) =>
            Years == other.Years && Months == other.Months && Weeks == other.Weeks && Days == other.Days
            && Hours == other.Hours && Minutes == other.Minutes && Seconds == other.Seconds;

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is IsoDuration other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Years;
                hash = (hash * 31) + Months;
                hash = (hash * 31) + Weeks;
                hash = (hash * 31) + Days;
                hash = (hash * 31) + Hours;
                hash = (hash * 31) + Minutes;
                return (hash * 31) + Seconds;
            }
        }

        /// <summary>Compares two durations component by component.</summary>
        /// <param name="left">The first duration.</param>
        /// <param name="right">The second duration.</param>
        /// <returns><see langword="true"/> if they have the same components.</returns>
        public static bool operator ==(IsoDuration left, IsoDuration right) => left.Equals(right);

        /// <summary>Compares two durations component by component.</summary>
        /// <param name="left">The first duration.</param>
        /// <param name="right">The second duration.</param>
        /// <returns><see langword="true"/> if any component differs.</returns>
        public static bool operator !=(IsoDuration left, IsoDuration right) => !left.Equals(right);

        private static void Append(StringBuilder text, int value, char designator)
        {
            if (value != 0)
            {
                text.Append(value.ToString(CultureInfo.InvariantCulture)).Append(designator);
            }
        }
    }
}
