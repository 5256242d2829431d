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

#if NET6_0_OR_GREATER
        /// <summary>Converts a date at midnight UTC.</summary>
        /// <param name="value">The date.</param>
        /// <returns>The point in time.</returns>
        public static DateTimeOffset? From(DateOnly? value) =>
            value is { } v ? new DateTimeOffset(v.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
#endif
    }
}
