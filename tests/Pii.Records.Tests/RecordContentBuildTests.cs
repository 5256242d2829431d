using System;
using System.Linq;
using System.Threading.Tasks;
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

    public void Dispose() => project.Dispose();
}
