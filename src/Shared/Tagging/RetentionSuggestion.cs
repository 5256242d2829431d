using System;
using System.Globalization;
using System.Text;

namespace Pii.Tagging
{
    /// <summary>
    /// The nearest valid ISO 8601 duration for a retention written some other way, where one is obvious:
    /// <c>"2 years"</c> → <c>P2Y</c>, <c>"30 dagen"</c> → <c>P30D</c>, <c>"p1y"</c> → <c>P1Y</c>, <c>"P1.5Y"</c> → <c>P18M</c>,
    /// <c>"P1W2D"</c> → <c>P9D</c>. Used by the PII003 code fix.
    /// </summary>
    internal static class RetentionSuggestion
    {
        // Units in English, Dutch, French and German, singular and plural, with their ISO designator. Not "j": a year in
        // Dutch (jaar), but a day in French (jour), so "30j" has no obvious meaning.
        private static readonly (string Word, char Designator, bool Time)[] Units =
        [
            ("years", 'Y', false), ("year", 'Y', false), ("yrs", 'Y', false), ("yr", 'Y', false), ("jaren", 'Y', false), ("jaar", 'Y', false),
            ("ans", 'Y', false), ("an", 'Y', false), ("annees", 'Y', false), ("annee", 'Y', false), ("jahre", 'Y', false), ("jahren", 'Y', false), ("jahr", 'Y', false), ("y", 'Y', false),
            ("months", 'M', false), ("month", 'M', false), ("maanden", 'M', false), ("maand", 'M', false), ("mois", 'M', false), ("monate", 'M', false), ("monaten", 'M', false), ("monat", 'M', false), ("mo", 'M', false), ("m", 'M', false),
            ("weeks", 'W', false), ("week", 'W', false), ("weken", 'W', false), ("semaines", 'W', false), ("semaine", 'W', false), ("wochen", 'W', false), ("woche", 'W', false), ("w", 'W', false),
            ("days", 'D', false), ("day", 'D', false), ("dagen", 'D', false), ("dag", 'D', false), ("jours", 'D', false), ("jour", 'D', false), ("tage", 'D', false), ("tagen", 'D', false), ("tag", 'D', false), ("d", 'D', false),
            ("hours", 'H', true), ("hour", 'H', true), ("uren", 'H', true), ("uur", 'H', true), ("heures", 'H', true), ("heure", 'H', true), ("stunden", 'H', true), ("stunde", 'H', true), ("h", 'H', true),
        ];

        /// <summary>
        /// A valid duration in words, for a reader who does not know the designators by heart: <c>P30M</c> → "30 months",
        /// <c>PT30M</c> → "30 minutes", <c>P1Y6M</c> → "1 year and 6 months"; <see langword="null"/> for text that is not one.
        /// </summary>
        public static string? Describe(string duration)
        {
            if (!IsoDuration.TryParse(duration, out IsoDuration parsed))
            {
                return null;
            }

            var parts = new System.Collections.Generic.List<string>();
            Add(parsed.Years, "year");
            Add(parsed.Months, "month");
            Add(parsed.Weeks, "week");
            Add(parsed.Days, "day");
            Add(parsed.Hours, "hour");
            Add(parsed.Minutes, "minute");
            Add(parsed.Seconds, "second");
            return parts.Count switch
            {
                0 => "no time",
                1 => parts[0],
                _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1],
            };

            void Add(int count, string unit)
            {
                if (count != 0)
                {
                    parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? string.Empty : "s"));
                }
            }
        }

        /// <summary>Returns the suggested duration, or <see langword="null"/> when none is obvious.</summary>
        public static string? For(string? retention)
        {
            if (retention is null)
            {
                return null;
            }

            string text = Fold(retention.Trim());
            if (text.Length == 0)
            {
                return null;
            }

            string upper = text.ToUpperInvariant().Replace(" ", string.Empty);
            if (upper != retention && IsoDuration.TryParse(upper, out IsoDuration direct))
            {
                return direct.ToString();
            }

            if (upper.StartsWith("P", StringComparison.Ordinal) && FromIsoLike(upper) is { } isoLike)
            {
                return isoLike;
            }

            return FromWords(text);
        }

        /// <summary>Repairs ISO-like text: a fraction of a year or month, or weeks mixed with days.</summary>
        private static string? FromIsoLike(string text)
        {
            // P1.5Y → P18M, P0.5M → P15D (a month as 30 days), P2.5D → P2DT12H
            int dot = text.IndexOfAny(['.', ',']);
            if (dot > 1 && text.Length >= dot + 3 && text.IndexOfAny(['.', ','], dot + 1) < 0)
            {
                int start = dot - 1;
                while (start > 1 && char.IsDigit(text[start - 1]))
                {
                    start--;
                }

                char designator = text[text.Length - 1];
                string number = text.Substring(start, text.Length - 1 - start).Replace(',', '.');
                if (start == 1 && double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value))
                {
                    string? converted = designator switch
                    {
                        'Y' when IsWhole(value * 12) => $"P{value * 12:0}M",
                        'M' when IsWhole(value * 30) => $"P{value * 30:0}D",
                        'W' when IsWhole(value * 7) => $"P{value * 7:0}D",
                        'D' when IsWhole(value * 24) => $"P{Math.Floor(value):0}DT{(value - Math.Floor(value)) * 24:0}H",
                        _ => null,
                    };
                    return converted is not null && IsoDuration.TryParse(converted.Replace("P0DT", "PT"), out IsoDuration fixedUp) ? fixedUp.ToString() : null;
                }

                return null;
            }

            // P1W2D → P9D
            int w = text.IndexOf('W');
            if (w > 1 && text.EndsWith("D", StringComparison.Ordinal) && text.IndexOf('T') < 0
                && int.TryParse(text.Substring(1, w - 1), NumberStyles.None, CultureInfo.InvariantCulture, out int weeks)
                && int.TryParse(text.Substring(w + 1, text.Length - w - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int days))
            {
                long total = (weeks * 7L) + days; // as int, 400000000 weeks overflowed into a negative number of days
                return total <= int.MaxValue ? $"P{total.ToString(CultureInfo.InvariantCulture)}D" : null;
            }

            return null;
        }

        /// <summary>"2 years", "1 year and 6 months", "30 dagen", "7 ans", "2y".</summary>
        private static string? FromWords(string text)
        {
            // Separate digits from letters ("2y" → "2 y"), then read (number, unit) pairs, skipping "and" in four languages.
            var spaced = new StringBuilder();
            for (int i = 0; i < text.Length; i++)
            {
                char c = char.ToLowerInvariant(text[i]);
                if (i > 0 && char.IsDigit(c) != char.IsDigit(text[i - 1]) && char.IsLetterOrDigit(c) && char.IsLetterOrDigit(text[i - 1]))
                {
                    spaced.Append(' ');
                }

                spaced.Append(c == ',' ? ' ' : c);
            }

            string[] tokens = spaced.ToString().Split([' '], StringSplitOptions.RemoveEmptyEntries);
            var date = new StringBuilder();
            var time = new StringBuilder();
            string seen = string.Empty;
            int t = 0;
            while (t < tokens.Length)
            {
                if (tokens[t] is "and" or "en" or "et" or "und")
                {
                    t++;
                    continue;
                }

                if (t + 1 >= tokens.Length || !int.TryParse(tokens[t], NumberStyles.None, CultureInfo.InvariantCulture, out int value)
                    || Unit(tokens[t + 1]) is not { } unit || seen.IndexOf(unit.Designator) >= 0)
                {
                    return null;
                }

                seen += unit.Designator;
                (unit.Time ? time : date).Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit.Designator);
                t += 2;
            }

            string candidate = "P" + date + (time.Length > 0 ? "T" + time : string.Empty);
            if (IsoDuration.TryParse(candidate, out IsoDuration duration))
            {
                return duration.ToString();
            }

            // weeks mixed with days: fold the weeks into days
            return candidate.IndexOf('W') > 0 ? FromIsoLike(candidate) : null;
        }

        private static (char Designator, bool Time)? Unit(string word)
        {
            foreach (var unit in Units)
            {
                if (unit.Word == word)
                {
                    return (unit.Designator, unit.Time);
                }
            }

            return null;
        }

        private static bool IsWhole(double value) => Math.Abs(value - Math.Round(value)) < 1e-9 && value >= 0;

        private static string Fold(string text)
        {
            string decomposed = text.Normalize(NormalizationForm.FormD);
            var folded = new StringBuilder(decomposed.Length);
            foreach (char c in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                {
                    folded.Append(c);
                }
            }

            return folded.ToString();
        }
    }
}
