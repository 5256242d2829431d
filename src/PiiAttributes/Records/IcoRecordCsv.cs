using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Pii.Records
{
    /// <summary>
    /// Writes a <see cref="ProcessingRecord"/> as CSV in the column order of the UK ICO's documentation template for
    /// controllers (the "Record of processing activities" spreadsheet): <c>processing-record.ico.csv</c>.
    /// </summary>
    /// <remarks>
    /// <para>
    /// One header row with the template's 30 headings (<see cref="Headings"/>), then one row per purpose, in the
    /// record's order. CSV as RFC 4180 describes it: comma separated, every record ended by CRLF, a field quoted when
    /// it holds a comma, a double quote, CR or LF, and quotes inside a quoted field doubled.
    /// </para>
    /// <para>
    /// Source of the headings: the controller template (<c>documentation-template-controllers</c>, sheet
    /// <c>Template</c>, row 9, columns A to AD) as transcribed verbatim in a public GDPR research note, cross-checked
    /// against a public form that reproduces the same template field by field and against the column names of the
    /// data-map export of Ethyca Fides (columns 1-23). The spreadsheet itself could not be opened here. The two
    /// transcriptions differ only in column 26: "Data Protection Act 2018 Schedule 1 Condition for processing"
    /// (used here, the verbatim transcription) against "Data Protection Act 2018 Schedule Condition for processing".
    /// The contact block above the table in the spreadsheet (controller, DPO, representative: name, address, e-mail,
    /// telephone) is not part of this CSV; the controller is named in no row because the template's rows have no
    /// controller column.
    /// </para>
    /// <para>
    /// Filled from the record: purpose of processing (name and description), joint controllers (recipients of the
    /// purpose with <see cref="RecipientRole.JointController"/>), categories of individuals, categories of personal
    /// data (in words, special categories included), categories of recipients, third countries and safeguards
    /// (transfers to the purpose's recipients), retention schedule, security measures (joined with "; "), the Art. 6
    /// lawful basis, the Art. 9 conditions, the legitimate interest (the purpose's description, when that is the
    /// basis), location of personal data (the members), and the GDPR Art. 6 basis of the DPA 2018 section when the
    /// purpose uses special categories. Every other column is left empty: the record cannot know it.
    /// Output is deterministic.
    /// </para>
    /// </remarks>
    public static class IcoRecordCsv
    {
        /// <summary>The template's column headings, in order.</summary>
        public static IReadOnlyList<string> Headings { get; } = new[]
        {
            "Business function",
            "Purpose of processing",
            "Name and contact details of joint controller (if applicable)",
            "Categories of individuals",
            "Categories of personal data",
            "Categories of recipients",
            "Link to contract with processor",
            "Names of third countries or international organisations that personal data are transferred to (if applicable)",
            "Safeguards for exceptional transfers of personal data to third countries or international organisations (if applicable)",
            "Retention schedule (if possible)",
            "General description of technical and organisational security measures (if possible)",
            "Article 6 lawful basis for processing personal data",
            "Article 9 condition for processing special category data",
            "Legitimate interests for the processing (if applicable)",
            "Link to record of legitimate interests assessment (if applicable)",
            "Rights available to individuals",
            "Existence of automated decision-making, including profiling (if applicable)",
            "The source of the personal data (if applicable)",
            "Link to record of consent",
            "Location of personal data",
            "Data Protection Impact Assessment required?",
            "Data Protection Impact Assessment progress",
            "Link to Data Protection Impact Assessment",
            "Has a personal data breach occurred?",
            "Link to record of personal data breach",
            "Data Protection Act 2018 Schedule 1 Condition for processing",
            "GDPR Article 6 lawful basis for processing",
            "Link to retention and erasure policy document",
            "Is personal data retained and erased in accordance with the policy document?",
            "Reasons for not adhering to policy document (if applicable)",
        };

        /// <summary>Renders the CSV as text.</summary>
        /// <param name="record">The record.</param>
        /// <returns>The CSV, header row first, every row ended by CRLF.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> is <see langword="null"/>.</exception>
        public static string Render(ProcessingRecord record)
        {
            using StringWriter writer = new(CultureInfo.InvariantCulture);
            Write(record, writer);
            return writer.ToString();
        }

        /// <summary>Writes the CSV.</summary>
        /// <param name="record">The record.</param>
        /// <param name="writer">Where to write it.</param>
        /// <exception cref="ArgumentNullException"><paramref name="record"/> or <paramref name="writer"/> is <see langword="null"/>.</exception>
        public static void Write(ProcessingRecord record, TextWriter writer)
        {
            if (record is null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            if (writer is null)
            {
                throw new ArgumentNullException(nameof(writer));
            }

            WriteRow(writer, Headings);
            foreach (PurposeEntry purpose in record.Purposes)
            {
                WriteRow(writer, Row(record, purpose));
            }
        }

        private static string[] Row(ProcessingRecord record, PurposeEntry purpose)
        {
            List<RecipientEntry> recipients = RecipientsOf(record, purpose);
            bool special = purpose.SpecialCategories.Count > 0;
            string article6 = WithArticle(RecordWords.Basis(purpose.LegalBasis), purpose.Article);

            string[] row = new string[Headings.Count];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = string.Empty;
            }

            row[1] = purpose.Description is string description ? purpose.Name + ": " + description : purpose.Name;
            row[2] = JointControllers(recipients);
            row[3] = Individuals(record, purpose);
            row[4] = PersonalData(purpose);
            row[5] = Join(recipients.ConvertAll(r => r.Name + " (" + RoleWords(r.Role) + (r.Country is string c ? ", " + c : string.Empty) + ")"));
            row[7] = ThirdCountries(record, recipients);
            row[8] = Safeguards(record, recipients);
            row[9] = RetentionSchedule(record, purpose);
            row[10] = Join(record.SecurityMeasures);
            row[11] = article6;
            row[12] = Join(ConvertAll(purpose.SpecialCategoryConditions, c => WithArticle(RecordWords.Condition(c), RecordWords.ConditionArticle(c))));
            row[13] = purpose.LegalBasis == LegalBasis.LegitimateInterests ? purpose.Description ?? purpose.Name : string.Empty;
            row[19] = Join(purpose.Fields);
            row[26] = special ? article6 : string.Empty;
            return row;
        }

        private static List<RecipientEntry> RecipientsOf(ProcessingRecord record, PurposeEntry purpose)
        {
            List<RecipientEntry> result = new();
            foreach (string name in purpose.Recipients)
            {
                RecipientEntry? found = null;
                foreach (RecipientEntry recipient in record.Recipients)
                {
                    if (string.Equals(recipient.Name, name, StringComparison.Ordinal))
                    {
                        found = recipient;
                        break;
                    }
                }

                // A recipient named by the purpose but not declared still counts, with an unknown role.
                result.Add(found ?? new RecipientEntry(name, RecipientRole.Unspecified, null, Array.Empty<string>(), null));
            }

            return result;
        }

        private static string JointControllers(List<RecipientEntry> recipients)
        {
            List<string> parts = new();
            foreach (RecipientEntry recipient in recipients)
            {
                if (recipient.Role == RecipientRole.JointController)
                {
                    StringBuilder text = new(recipient.Name);
                    List<string> details = new();
                    if (recipient.Country is string country)
                    {
                        details.Add(country);
                    }

                    if (recipient.Description is string description)
                    {
                        details.Add(description);
                    }

                    if (details.Count > 0)
                    {
                        text.Append(" (").Append(string.Join(", ", details)).Append(')');
                    }

                    parts.Add(text.ToString());
                }
            }

            return Join(parts);
        }

        private static string Individuals(ProcessingRecord record, PurposeEntry purpose)
        {
            List<string> parts = new();
            foreach (string kind in purpose.Subjects)
            {
                string? description = null;
                foreach (SubjectEntry subject in record.Subjects)
                {
                    if (string.Equals(subject.Kind, kind, StringComparison.Ordinal))
                    {
                        description = subject.Description;
                        break;
                    }
                }

                parts.Add(description is null ? kind : kind + " (" + description + ")");
            }

            return Join(parts);
        }

        private static string PersonalData(PurposeEntry purpose)
        {
            List<string> parts = ConvertAll(purpose.Categories, RecordWords.Category);
            foreach (SpecialCategory special in purpose.SpecialCategories)
            {
                parts.Add(RecordWords.Special(special) + " (special category)");
            }

            return Join(parts);
        }

        private static string ThirdCountries(ProcessingRecord record, List<RecipientEntry> recipients)
        {
            List<string> parts = new();
            foreach (TransferEntry transfer in TransfersOf(record, recipients))
            {
                parts.Add(transfer.Country + " (" + transfer.Recipient + ")");
            }

            return Join(parts);
        }

        private static string Safeguards(ProcessingRecord record, List<RecipientEntry> recipients)
        {
            List<string> parts = new();
            foreach (TransferEntry transfer in TransfersOf(record, recipients))
            {
                string text = transfer.Recipient + ", " + transfer.Country + ": " + WithArticle(SafeguardWords(transfer.Safeguard), transfer.Article);
                parts.Add(transfer.Details is string details ? text + ", " + details : text);
            }

            return Join(parts);
        }

        private static List<TransferEntry> TransfersOf(ProcessingRecord record, List<RecipientEntry> recipients)
        {
            List<TransferEntry> result = new();
            foreach (TransferEntry transfer in record.Transfers)
            {
                foreach (RecipientEntry recipient in recipients)
                {
                    if (string.Equals(recipient.Name, transfer.Recipient, StringComparison.Ordinal))
                    {
                        result.Add(transfer);
                        break;
                    }
                }
            }

            return result;
        }

        /// <summary>
        /// The purpose's retention: one text when every category of the purpose is kept alike, else one per category
        /// ("E-mail address: 2 years (P2Y) after consent is withdrawn; E-mail opens and clicks: 1 year (P1Y)").
        /// </summary>
        private static string RetentionSchedule(ProcessingRecord record, PurposeEntry purpose)
        {
            List<RetentionEntry> entries = new();
            foreach (RetentionEntry entry in record.Retention)
            {
                if (string.Equals(entry.Purpose, purpose.Name, StringComparison.Ordinal))
                {
                    entries.Add(entry);
                }
            }

            if (entries.Count == 0)
            {
                return RetentionWords(purpose.Retention, purpose.RetentionTrigger);
            }

            bool alike = true;
            foreach (RetentionEntry entry in entries)
            {
                alike &= string.Equals(entry.Retention, entries[0].Retention, StringComparison.Ordinal)
                    && string.Equals(entry.Trigger, entries[0].Trigger, StringComparison.Ordinal);
            }

            if (alike)
            {
                return RetentionWords(entries[0].Retention, entries[0].Trigger);
            }

            return Join(entries.ConvertAll(e => RecordWords.Category(e.Category) + ": " + RetentionWords(e.Retention, e.Trigger)));
        }

        private static string RetentionWords(string? retention, string? trigger)
        {
            if (retention is null)
            {
                return trigger is null ? RecordWords.NotDeclared : RecordWords.NotDeclared + " (" + trigger + ")";
            }

            string text = RecordWords.DurationWithIso(retention);
            return trigger is null ? text : text + " " + trigger;
        }

        /// <summary>Words and, when the record has one, the article in brackets: "Consent (Art. 6(1)(a))".</summary>
        private static string WithArticle(string words, string? article) =>
            article is null || article.Trim().Length == 0 ? words : words + " (" + article + ")";

        /// <summary>The role in lower case, for the brackets after the recipient's name: "processor", "role not declared".</summary>
        private static string RoleWords(RecipientRole role) =>
            role == RecipientRole.Unspecified ? "role " + RecordWords.NotDeclared : RecordWords.LowerFirst(RecordWords.Role(role));

        /// <summary>The safeguard in lower case, after the country: "standard contractual clauses", "safeguard not declared".</summary>
        private static string SafeguardWords(TransferSafeguard safeguard) =>
            safeguard == TransferSafeguard.Unspecified ? "safeguard " + RecordWords.NotDeclared : RecordWords.LowerFirst(RecordWords.Safeguard(safeguard));

        private static List<string> ConvertAll<T>(IReadOnlyList<T> items, Func<T, string> convert)
        {
            List<string> result = new(items.Count);
            foreach (T item in items)
            {
                result.Add(convert(item));
            }

            return result;
        }

        private static string Join(IReadOnlyList<string> parts)
        {
            StringBuilder text = new();
            for (int i = 0; i < parts.Count; i++)
            {
                if (i > 0)
                {
                    text.Append("; ");
                }

                text.Append(parts[i]);
            }

            return text.ToString();
        }

        private static void WriteRow(TextWriter writer, IReadOnlyList<string> fields)
        {
            for (int i = 0; i < fields.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(',');
                }

                writer.Write(Field(fields[i]));
            }

            writer.Write("\r\n");
        }

        /// <summary>
        /// An RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF, with quotes doubled. A field that a
        /// spreadsheet would read as a formula (it starts with =, +, -, @, a tab or CR) gets a leading single quote first,
        /// so that the declared text ("- encrypted at rest", "=HYPERLINK(...)") is shown as text and never evaluated.
        /// </summary>
        private static string Field(string value)
        {
            if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            {
                value = "'" + value;
            }

            if (value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) < 0)
            {
                return value;
            }

            return "\"" + value.Replace("\"", "\"\"") + "\"";
        }
    }
}
