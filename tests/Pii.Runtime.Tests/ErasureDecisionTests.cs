using System;
using Pii.Erasure;

namespace Pii.Runtime.Tests;

public class ErasureDecisionTests
{
    private static readonly PurposeTag Marketing = new("Marketing", LegalBasis.Consent, IsoDuration.Parse("P2Y"));
    private static readonly PurposeTag Login = new("Login", LegalBasis.LegitimateInterests, IsoDuration.Parse("P30D"));
    private static readonly PurposeTag Tax = new("Tax", LegalBasis.LegalObligation, IsoDuration.Parse("P7Y"));

    [Fact]
    public void A_member_another_purpose_needs_is_kept_and_the_reason_names_that_purpose()
    {
        ErasureDecision decision = ErasureDecision.For(ErasureRequest.ForPurposes(TestData.Now, "Marketing"), [Marketing, Login], ErasureStrategy.Clear, null);

        Assert.False(decision.Erase);
        Assert.Equal(ErasureOutcome.KeptForOtherPurpose, decision.KeptAs);
        Assert.Contains("'Login' (LegitimateInterests)", decision.Reason);
    }

    [Fact]
    public void A_legal_obligation_holds_until_the_latest_end_of_its_retention()
    {
        var longerTax = new PurposeTag("Bookkeeping", LegalBasis.LegalObligation, IsoDuration.Parse("P10Y"));
        ErasureDecision decision = ErasureDecision.For(ErasureRequest.Everything(TestData.Now), [Tax, longerTax, Marketing], ErasureStrategy.Clear, TestData.Now.AddYears(-1));

        Assert.Equal(ErasureOutcome.Held, decision.KeptAs);
        Assert.Equal(TestData.Now.AddYears(9), decision.HeldUntil);
        Assert.Contains("Bookkeeping", decision.Reason);
    }

    [Fact]
    public void An_expired_legal_obligation_no_longer_holds()
    {
        ErasureDecision decision = ErasureDecision.For(ErasureRequest.Everything(TestData.Now), [Tax], ErasureStrategy.Clear, TestData.Now.AddYears(-7).AddDays(-1));

        Assert.True(decision.Erase);
    }

    [Fact]
    public void A_legal_obligation_without_a_retention_holds_with_no_end()
    {
        var open = new PurposeTag("Tax", LegalBasis.LegalObligation, null);

        ErasureDecision decision = ErasureDecision.For(ErasureRequest.Everything(TestData.Now), [open], ErasureStrategy.Clear, null);

        Assert.Equal(ErasureOutcome.Held, decision.KeptAs);
        Assert.Null(decision.HeldUntil);
    }

    [Fact]
    public void Consent_and_contract_alone_never_hold()
    {
        ErasureDecision decision = ErasureDecision.For(ErasureRequest.Everything(TestData.Now), [Marketing, Login], ErasureStrategy.Anonymize, null);

        Assert.True(decision.Erase);
        Assert.Null(decision.KeptAs);
    }

    [Fact]
    public void Retain_holds_even_when_every_purpose_is_covered()
    {
        ErasureDecision decision = ErasureDecision.For(ErasureRequest.Everything(TestData.Now), [Marketing], ErasureStrategy.Retain, null);

        Assert.Equal(ErasureOutcome.Held, decision.KeptAs);
        Assert.Equal(TestData.Now.AddYears(2), decision.HeldUntil);
    }

    [Fact]
    public void A_purge_erases_a_member_once_its_longest_retention_from_its_own_date_has_ended_and_holds_it_until_then()
    {
        // Marketing two years, Login 30 days: the longer one decides.
        DateTimeOffset boundary = TestData.Now.AddYears(-2);

        Assert.True(ErasureDecision.ForPurge(TestData.Now, [Marketing, Login], boundary).Erase);
        ErasureDecision running = ErasureDecision.ForPurge(TestData.Now, [Marketing, Login], boundary.AddSeconds(1));
        Assert.Equal(ErasureOutcome.Held, running.KeptAs);
        Assert.Equal(TestData.Now.AddSeconds(1), running.HeldUntil);
        Assert.Contains("P2Y", running.Reason);
    }

    [Fact]
    public void A_purge_ends_a_legal_hold_with_its_retention()
    {
        Assert.True(ErasureDecision.ForPurge(TestData.Now, [Tax], TestData.Now.AddYears(-8)).Erase);
        Assert.Equal(ErasureOutcome.Held, ErasureDecision.For(ErasureRequest.Everything(TestData.Now), [Tax], ErasureStrategy.Retain, TestData.Now.AddYears(-8)).KeptAs);
    }

    [Fact]
    public void A_purge_holds_a_member_whose_date_is_not_set_never_expires_one_with_an_open_purpose_and_cannot_purge_one_without_a_date()
    {
        ErasureDecision notYet = ErasureDecision.ForPurge(TestData.Now, [Login], RetentionStart.NotYet);
        Assert.Equal((ErasureOutcome.Held, (DateTimeOffset?)null), (notYet.KeptAs, notYet.HeldUntil));

        ErasureDecision open = ErasureDecision.ForPurge(TestData.Now, [Login, new PurposeTag("Archive", LegalBasis.LegitimateInterests, null)], TestData.Now.AddYears(-50));
        Assert.Equal(ErasureOutcome.AlreadyErased, open.KeptAs);
        Assert.Contains("never expires", open.Reason);

        ErasureDecision undated = ErasureDecision.ForPurge(TestData.Now, [Login], null);
        Assert.Equal(ErasureOutcome.NotErasable, undated.KeptAs);
        Assert.Contains("RetentionStartsAt", undated.Reason);
    }
}
