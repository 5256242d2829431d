using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Json.Schema;
using Xunit.Abstractions;

namespace Pii.Records.Tests;

/// <summary>What a real build writes into the record for declarations and tags that need care.</summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class RecordContentBuildTests(ITestOutputHelper output) : IDisposable
{
    private readonly ScratchProject project = new(output);

    [Fact]
    public async Task A_member_that_keeps_a_purpose_longer_gives_its_row_its_own_retention_and_start_and_the_card_says_so()
    {
        await project.BuildOrFailAsync("""
            using Pii;

            [assembly: DataController("Shop BV", Contact = "privacy@shop.example")]
            [assembly: SecurityMeasure("Personal data is encrypted at rest")]
            [assembly: ProcessingPurpose("Newsletter", LegalBasis.Consent, Retention = "P1Y", RetentionTrigger = "after consent is withdrawn", Description = "The monthly newsletter")]

            namespace Shop;

            [DataSubject(Kind = "customer")]
            public class Customer
            {
                public int Id { get; set; }

                [PersonalData("Newsletter", Category = DataCategory.EmailAddress)]
                public string? Email { get; set; }

                [PersonalData("Newsletter", "P2Y", LegalBasis.Consent, Category = DataCategory.EmailAddress)]
                public string? Email2 { get; set; }
            }
            """);

        ProcessingRecord record = ProcessingRecordJson.Parse(project.ReadOutput("processing-record.json"));
        RetentionEntry row = Assert.Single(record.Retention);
        Assert.Equal(("P2Y", (string?)null), (row.Retention, row.Trigger));
        PurposeEntry purpose = Assert.Single(record.Purposes);
        Assert.Equal(("P1Y", "after consent is withdrawn"), (purpose.Retention, purpose.RetentionTrigger));
        string html = project.ReadOutput("processing-record.html");
        Assert.Contains("as declared; some members are kept longer: see the retention table", html);

        // The short-form member keeps its declared start.
        FieldEntry email = record.Fields.Single(f => f.Name == "Email");
        Assert.Equal("after consent is withdrawn", Assert.Single(email.Purposes).RetentionTrigger);

        string csv = project.ReadOutput("processing-record.ico.csv");
        string newsletter = csv.Split("\r\n").Single(line => line.Contains("Newsletter", StringComparison.Ordinal));
        Assert.Contains("P2Y", newsletter);
        Assert.DoesNotContain("P1Y", newsletter);
        Assert.DoesNotContain("after consent is withdrawn", newsletter);
    }

    [Fact]
    public async Task Countries_and_purpose_names_the_schema_refuses_are_normalized_in_the_record_and_PII010_still_reports_them()
    {
        string log = await project.BuildOrFailAsync("""
            using Pii;

            [assembly: DataController("Shop BV", Contact = "privacy@shop.example")]
            [assembly: DataRecipient("Mailjet", RecipientRole.Processor, Purposes = new[] { "Newsletter", "", "  " }, Country = "fr")]
            [assembly: DataRecipient("Hosting", RecipientRole.Processor, Purposes = new[] { "" }, Country = "Ireland")]
            [assembly: ThirdCountryTransfer("Mailjet", "us", TransferSafeguard.StandardContractualClauses)]
            [assembly: ThirdCountryTransfer("Hosting", "USA", TransferSafeguard.StandardContractualClauses)]
            [assembly: SecurityMeasure("Personal data is encrypted at rest")]
            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y", Description = "The customer's account")]
            [assembly: ProcessingPurpose("Newsletter", LegalBasis.Consent, Retention = "P1Y", Description = "The monthly newsletter")]

            namespace Shop;

            [DataSubject(Kind = "customer")]
            public class Customer
            {
                public int Id { get; set; }

                [PersonalData("Account", Category = DataCategory.EmailAddress)]
                [PersonalData("Newsletter")]
                public string? Email { get; set; }
            }
            """);

        string json = project.ReadOutput("processing-record.json");
        using (JsonDocument document = JsonDocument.Parse(json))
        {
            EvaluationResults result = ScratchProject.RecordSchema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
        }

        ProcessingRecord record = ProcessingRecordJson.Parse(json);
        RecipientEntry mailjet = record.Recipients.Single(r => r.Name == "Mailjet");
        Assert.Equal("FR", mailjet.Country);
        Assert.Equal(new[] { "Newsletter" }, mailjet.Purposes);

        // Left without a purpose, the recipient receives every purpose's data, as one declared without Purposes.
        RecipientEntry hosting = record.Recipients.Single(r => r.Name == "Hosting");
        Assert.Null(hosting.Country);
        Assert.Empty(hosting.Purposes);
        Assert.All(record.Purposes, p => Assert.Contains("Hosting", p.Recipients));

        Assert.Equal("US", record.Transfers.Single(t => t.Recipient == "Mailjet").Country);
        Assert.Equal("ZZ", record.Transfers.Single(t => t.Recipient == "Hosting").Country);

        Assert.Contains("recipient 'Mailjet': 'fr' is not an ISO 3166-1 alpha-2 country code", log);
        Assert.Contains("recipient 'Hosting': 'Ireland' is not an ISO 3166-1 alpha-2 country code", log);
        Assert.Contains("the transfer to 'Mailjet': 'us' is not an ISO 3166-1 alpha-2 country code", log);
        Assert.Contains("the transfer to 'Hosting': 'USA' is not an ISO 3166-1 alpha-2 country code", log);
        Assert.Contains("recipient 'Mailjet' receives data for purpose '', which no tag and no [ProcessingPurpose] declares", log);
    }

    public void Dispose() => project.Dispose();
}
