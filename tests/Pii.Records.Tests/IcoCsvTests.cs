using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Pii.Records;

namespace Pii.Records.Tests;

public class IcoCsvTests
{
    /// <summary>The ICO documentation template for controllers, sheet "Template", row 9, columns A to AD.</summary>
    private static readonly string[] IcoHeadings =
    [
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
    ];

    [Fact]
    public void The_header_row_has_the_ico_headings_in_order()
    {
        List<string[]> rows = Csv.Parse(IcoRecordCsv.Render(SampleRecords.Mailing()));

        Assert.Equal(IcoHeadings, rows[0]);
        Assert.Equal(IcoHeadings, IcoRecordCsv.Headings);
    }

    [Fact]
    public void There_is_one_row_per_purpose_in_the_record_order()
    {
        ProcessingRecord record = SampleRecords.Mailing();

        List<string[]> rows = Csv.Parse(IcoRecordCsv.Render(record));

        Assert.Equal(record.Purposes.Count + 1, rows.Count);
        Assert.All(rows, row => Assert.Equal(IcoHeadings.Length, row.Length));
        Assert.Equal(
            new[] { "Invoicing: Invoices and the tax administration", "Login: Signing in to the platform", "Newsletter: The monthly newsletter & offers <for subscribers>" },
            rows.Skip(1).Select(r => Cell(r, "Purpose of processing")));
    }

    [Fact]
    public void A_row_is_filled_from_the_purpose()
    {
        string[] newsletter = Row(SampleRecords.Mailing(), "Newsletter");

        Assert.Equal(string.Empty, Cell(newsletter, "Business function"));
        Assert.Equal("customer (A company's account holder); subscriber", Cell(newsletter, "Categories of individuals"));
        Assert.Equal("E-mail address; E-mail opens and clicks; Name", Cell(newsletter, "Categories of personal data"));
        Assert.Equal("Amazon Web Services (processor, IE); Mailjet (sub-processor, FR)", Cell(newsletter, "Categories of recipients"));
        Assert.Equal("US (Amazon Web Services)", Cell(newsletter, IcoHeadings[7]));
        Assert.Equal("Amazon Web Services, US: standard contractual clauses (Art. 46(2)(c)), SCC module 2, 2024", Cell(newsletter, IcoHeadings[8]));
        Assert.Equal(
            "E-mail address: 2 years (P2Y) after consent is withdrawn; E-mail opens and clicks: 1 year (P1Y); Name: 2 years (P2Y) after consent is withdrawn",
            Cell(newsletter, "Retention schedule (if possible)"));
        Assert.Equal("Access to personal data is logged; Data encrypted at rest (AES-256)", Cell(newsletter, IcoHeadings[10]));
        Assert.Equal("Consent (Art. 6(1)(a))", Cell(newsletter, "Article 6 lawful basis for processing personal data"));
        Assert.Equal(string.Empty, Cell(newsletter, "Legitimate interests for the processing (if applicable)"));
        Assert.Equal("Mailing.Click.Url; Mailing.Customer.Email; Mailing.Subscriber.Email; Mailing.Subscriber.FirstName", Cell(newsletter, "Location of personal data"));
    }

    [Fact]
    public void Transfers_and_legitimate_interests_follow_the_purpose()
    {
        ProcessingRecord record = SampleRecords.Mailing();

        string[] invoicing = Row(record, "Invoicing");
        string[] login = Row(record, "Login");

        // Invoicing goes to the tax authority only: no transfer.
        Assert.Equal("Belastingdienst (public authority, NL)", Cell(invoicing, "Categories of recipients"));
        Assert.Equal(string.Empty, Cell(invoicing, IcoHeadings[7]));
        Assert.Equal(string.Empty, Cell(invoicing, IcoHeadings[8]));
        Assert.Equal("7 years (P7Y) after the end of the financial year", Cell(invoicing, "Retention schedule (if possible)"));
        Assert.Equal("Legal obligation (Art. 6(1)(c))", Cell(invoicing, "Article 6 lawful basis for processing personal data"));

        Assert.Equal("US (Amazon Web Services)", Cell(login, IcoHeadings[7]));
        Assert.Equal("Legitimate interests (Art. 6(1)(f))", Cell(login, "Article 6 lawful basis for processing personal data"));
        Assert.Equal("Signing in to the platform", Cell(login, "Legitimate interests for the processing (if applicable)"));
        Assert.Equal("30 days (P30D)", Cell(login, "Retention schedule (if possible)"));
    }

    [Fact]
    public void Columns_the_record_cannot_know_are_empty()
    {
        string[] emptyColumns =
        [
            "Business function", "Link to contract with processor", "Link to record of legitimate interests assessment (if applicable)",
            "Rights available to individuals", "Existence of automated decision-making, including profiling (if applicable)",
            "The source of the personal data (if applicable)", "Link to record of consent", "Data Protection Impact Assessment required?",
            "Data Protection Impact Assessment progress", "Link to Data Protection Impact Assessment", "Has a personal data breach occurred?",
            "Link to record of personal data breach", "Data Protection Act 2018 Schedule 1 Condition for processing",
            "Link to retention and erasure policy document", "Is personal data retained and erased in accordance with the policy document?",
            "Reasons for not adhering to policy document (if applicable)",
        ];

        foreach (string[] row in Csv.Parse(IcoRecordCsv.Render(SampleRecords.Mailing())).Skip(1))
        {
            Assert.All(emptyColumns, heading => Assert.Equal(string.Empty, Cell(row, heading)));
        }
    }

    [Fact]
    public void Joint_controllers_special_categories_and_article_9_conditions_are_filled()
    {
        ProcessingRecord record = SampleRecords.Empty() with
        {
            Purposes =
            [
                new PurposeEntry(
                    "Care", "Treatment records", LegalBasis.Contract, "Art. 6(1)(b)",
                    [SpecialCategoryCondition.HealthOrSocialCare, SpecialCategoryCondition.ExplicitConsent], "P15Y", "after the last treatment",
                    ["patient"], [DataCategory.Name], [SpecialCategory.Health], ["Clinic Partner", "Lab Inc"], ["Care.Patient.Diagnosis"]),
            ],
            Recipients =
            [
                new RecipientEntry("Clinic Partner", RecipientRole.JointController, "NL", ["Care"], "Shares the patient file"),
                new RecipientEntry("Lab Inc", RecipientRole.Processor, "DE", ["Care"], null),
            ],
        };

        string[] care = Csv.Parse(IcoRecordCsv.Render(record))[1];

        Assert.Equal("Clinic Partner (NL, Shares the patient file)", Cell(care, "Name and contact details of joint controller (if applicable)"));
        Assert.Equal("Name; Health data (special category)", Cell(care, "Categories of personal data"));
        Assert.Equal(
            "Health or social care (Art. 9(2)(h)); Explicit consent (Art. 9(2)(a))",
            Cell(care, "Article 9 condition for processing special category data"));
        Assert.Equal("Contract (Art. 6(1)(b))", Cell(care, "GDPR Article 6 lawful basis for processing"));
        Assert.Equal("15 years (P15Y) after the last treatment", Cell(care, "Retention schedule (if possible)"));
        Assert.Equal(string.Empty, Cell(care, IcoHeadings[7]));
    }

    [Fact]
    public void What_is_not_declared_reads_not_declared()
    {
        ProcessingRecord record = SampleRecords.Empty() with
        {
            Purposes =
            [
                new PurposeEntry(
                    "Support", null, LegalBasis.Unspecified, "", [], null, null,
                    ["customer"], [DataCategory.Unspecified], [], ["Helpdesk"], []),
            ],
            Recipients = [new RecipientEntry("Helpdesk", RecipientRole.Unspecified, "US", ["Support"], null)],
            Transfers = [new TransferEntry("Helpdesk", "US", TransferSafeguard.Unspecified, "", null)],
        };

        string[] support = Csv.Parse(IcoRecordCsv.Render(record))[1];

        Assert.Equal("not declared", Cell(support, "Article 6 lawful basis for processing personal data"));
        Assert.Equal("Other (not declared)", Cell(support, "Categories of personal data"));
        Assert.Equal("Helpdesk (role not declared, US)", Cell(support, "Categories of recipients"));
        Assert.Equal("Helpdesk, US: safeguard not declared", Cell(support, IcoHeadings[8]));
        Assert.Equal("not declared", Cell(support, "Retention schedule (if possible)"));
    }

    [Fact]
    public void The_dpa_section_article_6_column_is_empty_without_special_categories()
    {
        foreach (string[] row in Csv.Parse(IcoRecordCsv.Render(SampleRecords.Mailing())).Skip(1))
        {
            Assert.Equal(string.Empty, Cell(row, "GDPR Article 6 lawful basis for processing"));
        }
    }

    [Fact]
    public void Text_with_commas_quotes_and_newlines_round_trips()
    {
        const string description = "Invoices, \"credit notes\"\r\nand reminders,\nper customer\r";
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Purposes = [mailing.Purposes[0] with { Description = description }, .. mailing.Purposes.Skip(1)],
            SecurityMeasures = ["Logged, reviewed \"weekly\""],
        };

        string csv = IcoRecordCsv.Render(record);
        List<string[]> rows = Csv.Parse(csv);

        Assert.Equal(4, rows.Count);
        Assert.Equal("Invoicing: " + description, Cell(rows[1], "Purpose of processing"));
        Assert.Equal("Logged, reviewed \"weekly\"", Cell(rows[2], IcoHeadings[10]));
        Assert.Contains("\"Invoicing: Invoices, \"\"credit notes\"\"\r\nand reminders,\nper customer\r\"", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("- Personal data is encrypted at rest", "'- Personal data is encrypted at rest")]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"")]
    [InlineData("+31 20 123 4567", "'+31 20 123 4567")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tTab first", "'\tTab first")]
    [InlineData("\rCarriage return first", "\"'\rCarriage return first\"")]
    [InlineData("Access is logged - weekly", "Access is logged - weekly")]
    public void A_field_a_spreadsheet_would_evaluate_as_a_formula_starts_with_a_single_quote(string measure, string written)
    {
        ProcessingRecord record = SampleRecords.Mailing() with { SecurityMeasures = [measure] };

        string csv = IcoRecordCsv.Render(record);

        Assert.Contains("," + written + ",", csv, StringComparison.Ordinal);
        Assert.Equal(measure.StartsWith("Access", StringComparison.Ordinal) ? measure : "'" + measure, Cell(Csv.Parse(csv)[1], IcoHeadings[10]));
    }

    [Fact]
    public void Every_record_ends_with_crlf()
    {
        string csv = IcoRecordCsv.Render(SampleRecords.Mailing());

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(4, csv.Split("\r\n").Length - 1); // header and three rows: no field of the sample holds a line break
        Assert.DoesNotContain("\n", csv.Replace("\r\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_fields_that_need_it_are_quoted()
    {
        string csv = IcoRecordCsv.Render(SampleRecords.Mailing());
        string header = csv.Substring(0, csv.IndexOf("\r\n", StringComparison.Ordinal));

        Assert.StartsWith("Business function,Purpose of processing,", header, StringComparison.Ordinal);
        Assert.Contains(",\"Existence of automated decision-making, including profiling (if applicable)\",", header, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_little_declared_still_gives_a_row()
    {
        List<string[]> rows = Csv.Parse(IcoRecordCsv.Render(SampleRecords.Empty()));

        Assert.Equal(2, rows.Count);
        string[] support = rows[1];
        Assert.Equal("Support", Cell(support, "Purpose of processing"));
        Assert.Equal("1 year (P1Y)", Cell(support, "Retention schedule (if possible)"));
        Assert.Equal("Contract (Art. 6(1)(b))", Cell(support, "Article 6 lawful basis for processing personal data"));
        Assert.Equal(string.Empty, Cell(support, "Categories of recipients"));
        Assert.Equal(string.Empty, Cell(support, IcoHeadings[10]));
    }

    [Fact]
    public void The_output_is_deterministic_and_write_equals_render()
    {
        string first = IcoRecordCsv.Render(SampleRecords.Mailing());

        using StringWriter writer = new();
        IcoRecordCsv.Write(SampleRecords.Mailing(), writer);

        Assert.Equal(first, IcoRecordCsv.Render(SampleRecords.Mailing()));
        Assert.Equal(first, writer.ToString());
    }

    // ----- helpers -----

    private static string[] Row(ProcessingRecord record, string purpose) =>
        Assert.Single(Csv.Parse(IcoRecordCsv.Render(record)).Skip(1), r => r[1].StartsWith(purpose + ":", StringComparison.Ordinal));

    private static string Cell(string[] row, string heading) => row[Array.IndexOf(IcoHeadings, heading)];

    /// <summary>A strict RFC 4180 reader: CRLF between records, quoted fields with doubled quotes; anything else fails.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            List<string[]> records = new();
            List<string> fields = new();
            StringBuilder field = new();
            int i = 0;
            while (i < text.Length)
            {
                if (text[i] == '"')
                {
                    i++;
                    while (true)
                    {
                        Assert.True(i < text.Length, "unterminated quoted field");
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        field.Append(text[i]);
                        i++;
                    }
                }
                else
                {
                    while (i < text.Length && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    {
                        Assert.NotEqual('"', text[i]);
                        field.Append(text[i]);
                        i++;
                    }
                }

                fields.Add(field.ToString());
                field.Clear();
                if (i == text.Length)
                {
                    Assert.Fail("the last record has no CRLF");
                }

                if (text[i] == ',')
                {
                    i++;
                    continue;
                }

                Assert.True(text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n', "a record must end with CRLF at " + i);
                i += 2;
                records.Add(fields.ToArray());
                fields.Clear();
            }

            return records;
        }
    }
}
