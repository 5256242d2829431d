using System;
using System.Threading.Tasks;
using Xunit.Abstractions;

namespace Pii.Records.Tests;

/// <summary>
/// The review gate (PII007) as a package consumer meets it: a baseline accepted from one version of a project, then an
/// enforced build of a changed version, and what the build says about the change.
/// </summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class RecordReviewBuildTests(ITestOutputHelper output) : IDisposable
{
    private const string Shop = """
        using Pii;

        [assembly: DataController("Shop BV", Contact = "privacy@shop.example")]
        [assembly: DataRecipient("Mailjet", RecipientRole.Processor, Purposes = new[] { "Newsletter" }, Country = "FR")]
        [assembly: ThirdCountryTransfer("Mailjet", "US", TransferSafeguard.StandardContractualClauses)]
        [assembly: SecurityMeasure("Personal data is encrypted at rest")]
        [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y", Description = "The customer's account")]
        [assembly: ProcessingPurpose("Newsletter", LegalBasis.Consent, Retention = "P1Y", Description = "The monthly newsletter")]
        [assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Answering questions")]

        namespace Shop;

        [DataSubject(Kind = "customer")]
        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Account", Category = DataCategory.EmailAddress)]
            [PersonalData("Newsletter")]
            public string? Email { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.PhoneNumber)]
            public string? Phone { get; set; }

            [PersonalData("Support", "P2Y", LegalBasis.LegitimateInterests, Category = DataCategory.Correspondence)]
            public string? Notes { get; set; }
        }
        """;

    private const string Mailjet = """[assembly: DataRecipient("Mailjet", RecipientRole.Processor, Purposes = new[] { "Newsletter" }, Country = "FR")]""";

    private readonly ScratchProject project = new(output);

    [Fact]
    public async Task A_second_recipient_or_transfer_under_a_name_already_approved_is_a_difference()
    {
        string changed = Shop.Replace(Mailjet, Mailjet + """

            [assembly: DataRecipient("Mailjet", RecipientRole.ThirdParty, Purposes = new[] { "Account", "Support" }, Country = "US")]
            [assembly: ThirdCountryTransfer("Mailjet", "US", TransferSafeguard.BindingCorporateRules)]
            """, StringComparison.Ordinal);

        (int exit, string log) = await ReviewAsync(Shop, changed);

        Assert.NotEqual(0, exit);
        Assert.Contains("new recipient 'Mailjet' (ThirdParty, US)", log);
        Assert.Contains("new transfer to 'Mailjet' in US (BindingCorporateRules)", log);
        Assert.Equal(2, ScratchProject.Differences(log).Count);

        // And the other way: removing the second one is reported too, while the first stays approved.
        (exit, log) = await ReviewAsync(changed, Shop);
        Assert.NotEqual(0, exit);
        Assert.Contains("recipient 'Mailjet' was removed", log);
        Assert.Contains("transfer to 'Mailjet in US' was removed", log);
        Assert.Equal(2, ScratchProject.Differences(log).Count);
    }

    [Fact]
    public async Task A_recipient_that_now_receives_every_purpose_is_reported_as_such_and_not_as_a_removal()
    {
        string everything = Shop.Replace("Purposes = new[] { \"Newsletter\" }, ", string.Empty, StringComparison.Ordinal);

        (int exit, string log) = await ReviewAsync(Shop, everything);
        Assert.NotEqual(0, exit);
        Assert.Contains("recipient 'Mailjet': now receives data for all purposes (was: 'Newsletter')", log);
        Assert.DoesNotContain("removed", log);

        (exit, log) = await ReviewAsync(everything, Shop);
        Assert.NotEqual(0, exit);
        Assert.Contains("recipient 'Mailjet': now receives data only for 'Newsletter' (was: all purposes)", log);
        Assert.DoesNotContain("added", log);
    }

    [Fact]
    public async Task A_longer_declared_retention_is_reported_even_when_every_member_states_its_own()
    {
        string longer = Shop.Replace("\"Support\", LegalBasis.LegitimateInterests, Retention = \"P1Y\"", "\"Support\", LegalBasis.LegitimateInterests, Retention = \"P5Y\"", StringComparison.Ordinal);
        Assert.NotEqual(Shop, longer);

        (int exit, string log) = await ReviewAsync(Shop, longer);

        Assert.NotEqual(0, exit);
        string difference = Assert.Single(ScratchProject.Differences(log));
        Assert.Contains("purpose 'Support': retention changed from '", difference);
        Assert.Contains("' to 'P5Y' (longer)", difference);
    }

    [Fact]
    public async Task An_equivalent_retention_written_another_way_is_no_difference()
    {
        string same = Shop
            .Replace("Retention = \"P1Y\", Description = \"The monthly", "Retention = \"P12M\", Description = \"The monthly", StringComparison.Ordinal)
            .Replace("[PersonalData(\"Support\", \"P2Y\"", "[PersonalData(\"Support\", \"P24M\"", StringComparison.Ordinal);
        Assert.Contains("P12M", same);
        Assert.Contains("P24M", same);

        (int exit, string log) = await ReviewAsync(Shop, same);

        Assert.True(exit == 0, log);
        Assert.DoesNotContain("PII007", log);

        // A retention that is really shorter still is one.
        project.Write(same.Replace("\"P24M\"", "\"P23M\"", StringComparison.Ordinal));
        (exit, log) = await project.BuildAsync("-p:PiiEnforce=true");
        Assert.NotEqual(0, exit);
        Assert.Contains("retention changed from 'P2Y' to 'P23M' (shorter)", Assert.Single(ScratchProject.Differences(log)));
    }

    public void Dispose() => project.Dispose();

    /// <summary>Accepts <paramref name="approved"/> as the baseline, then builds <paramref name="changed"/> under PiiEnforce.</summary>
    private async Task<(int ExitCode, string Output)> ReviewAsync(string approved, string changed)
    {
        await project.BuildOrFailAsync(approved, "-p:PiiAcceptRecord=true");
        project.Write(changed);
        return await project.BuildAsync("-p:PiiEnforce=true");
    }
}
