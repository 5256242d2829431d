using System;
using System.Globalization;
using System.Text;

namespace Pii.Erasure
{
    /// <summary>
    /// The words of the result types' <c>ToString</c>: outcomes, counts with their singular or plural, dates. They take only
    /// names, counts, outcomes, dates and reasons (which name purposes and members), never a member's value.
    /// </summary>
    internal static class ResultText
    {
        /// <summary>Gets <paramref name="count"/> with the noun in the singular for 1, else in the plural: "1 row", "2 rows".</summary>
        public static string Count(long count, string singular, string plural) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

        /// <summary>Gets a date as <c>yyyy-MM-dd</c> in the Gregorian calendar, whatever the current culture.</summary>
        public static string Date(DateTimeOffset date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>Gets what happened to a member, in words: "cleared", "held", "kept".</summary>
        public static string Outcome(ErasureOutcome outcome) => outcome switch
        {
            ErasureOutcome.Cleared => "cleared",
            ErasureOutcome.Anonymized => "anonymized",
            ErasureOutcome.Pseudonymized => "pseudonymized",
            ErasureOutcome.RecordDeleted => "deleted with the record",
            ErasureOutcome.AlreadyErased => "already erased",
            ErasureOutcome.Held => "held",
            ErasureOutcome.KeptForOtherPurpose => "kept",
            ErasureOutcome.NotErasable => "not erasable",
            _ => outcome.ToString(),
        };

        /// <summary>Appends <c> until {date}</c> when there is a date, and <c> ({reason})</c> when there is a reason.</summary>
        public static StringBuilder AppendUntilAndReason(this StringBuilder text, DateTimeOffset? until, string? reason)
        {
            if (until is { } date)
            {
                text.Append(" until ").Append(Date(date));
            }

            if (!string.IsNullOrEmpty(reason))
            {
                text.Append(" (").Append(reason).Append(')');
            }

            return text;
        }
    }
}
