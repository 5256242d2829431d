using System;

namespace Pii.Erasure
{
    /// <summary>Turns the date a retention counts from into a point in time. A <see cref="DateTime"/> that is not local is taken as UTC.</summary>
    public static class RetentionStart
    {
        /// <summary>Converts a date and time.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset? From(DateTime value) =>
            value.Kind == DateTimeKind.Local ? new DateTimeOffset(value) : new DateTimeOffset(DateTime.SpecifyKind(value, DateTimeKind.Utc));

        /// <summary>Converts a date and time, if there is one.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset? From(DateTime? value) => value is { } v ? From(v) : null;

        /// <summary>Passes a point in time through.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset? From(DateTimeOffset? value) => value;

        /// <summary>
        /// The start of a retention whose event has not happened yet: the member the retention counts from
        /// (<c>RetentionStartsAt</c>) is <see langword="null"/>, say an account not closed yet. A legal obligation then holds
        /// the value with no end date, as the generated store's erasure and purge do for such a row.
        /// </summary>
        public static DateTimeOffset NotYet => DateTimeOffset.MaxValue;

        /// <summary>The point in time a retention counts from.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset Of(DateTime value) => From(value)!.Value;

        /// <summary>The point in time a retention counts from, or <see cref="NotYet"/> when the date is not set.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset Of(DateTime? value) => value is { } v ? Of(v) : NotYet;

        /// <summary>The point in time a retention counts from, or <see cref="NotYet"/> when the date is not set.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset Of(DateTimeOffset? value) => value ?? NotYet;

#if NET6_0_OR_GREATER
        /// <summary>The point in time a retention counts from (midnight UTC), or <see cref="NotYet"/> when the date is not set.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset Of(DateOnly? value) => From(value) ?? NotYet;

        /// <summary>Converts a date at midnight UTC.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset? From(DateOnly? value) =>
            value is { } v ? new DateTimeOffset(v.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
#endif
    }
}
