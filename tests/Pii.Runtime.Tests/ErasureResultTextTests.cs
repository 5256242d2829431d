using System;
using System.Globalization;
using Pii.Erasure;
using Pii.Runtime.Tests.Entities;

namespace Pii.Runtime.Tests;

/// <summary>
/// <see cref="ErasureResult.ToString"/> goes to logs and receipts: it names every member with its outcome, until-date and
/// reason, and never holds a value the object held.
/// </summary>
public class ErasureResultTextTests
{
    private static readonly ErasureRequest Everything = ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(TestData.Key);

    [Fact]
    public void An_erasure_lists_every_member_with_its_outcome_and_no_value()
    {
        Customer customer = TestData.Customer();

        string text = customer.ErasePersonalData(Everything).ToString();

        Assert.Equal(
            "Erased Customer: Email cleared; FirstName cleared; LastName cleared; Phone anonymized; BirthDate cleared; Gender anonymized; "
            + "VatNumber held until 2033-11-25 (legal obligation 'Tax', retention P7Y); SignupIp cleared; Interests cleared; UserName pseudonymized; "
            + "PasswordHash cleared; Address.Street cleared; Address.City anonymized",
            text);
        AssertHoldsNone(text, TestData.CustomerCanaries);
    }

    [Fact]
    public void A_purpose_scoped_erasure_says_why_each_kept_member_stays()
    {
        var invoice = new Invoice { IssuedOn = new DateTime(2020, 3, 1), BillingName = "Canary Billing", BillingAddress = "Canary Street 1", Iban = "NL91CANARY0417164300", CampaignCode = "canary-spring" };

        string text = invoice.ErasePersonalData(ErasureRequest.ForPurposes(TestData.Now, "Marketing")).ToString();

        Assert.Equal(
            "Erased Invoice: BillingName kept (still needed for purpose 'Tax' (LegalObligation)); "
            + "BillingAddress kept (still needed for purpose 'Tax' (LegalObligation)); "
            + "Iban held until 2033-11-25 (legal hold: the member's strategy is Retain); "
            + "CampaignCode cleared (cleared instead of deleting the record: other members are kept)",
            text);
        AssertHoldsNone(text, "Canary Billing", "Canary Street 1", "NL91CANARY0417164300", "canary-spring");
    }

    [Fact]
    public void A_record_to_be_deleted_says_so_and_a_repeated_request_says_nothing_was_erased()
    {
        var open = new EmailOpen { OpenedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), UserAgent = "Canary/1.0" };

        string first = open.ErasePersonalData(Everything).ToString();
        string again = new EmailOpen { OpenedAt = default, UserAgent = null }.ErasePersonalData(Everything).ToString();

        Assert.Equal("Erased EmailOpen, record to be deleted: OpenedAt deleted with the record; UserAgent deleted with the record", first);
        Assert.Equal("Nothing erased in EmailOpen, record to be deleted: OpenedAt already erased; UserAgent already erased", again);
        AssertHoldsNone(first, "Canary/1.0", "2026-01-02");
    }

    /// <summary>A Thai current culture writes the year of the Buddhist calendar (2576 for 2033) unless told otherwise.</summary>
    [Fact]
    public void The_until_date_is_in_the_Gregorian_calendar_whatever_the_culture()
    {
        ErasureResult result = TestData.Customer().ErasePersonalData(Everything);
        CultureInfo culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");

            Assert.Contains("VatNumber held until 2033-11-25 ", result.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static void AssertHoldsNone(string text, params string[] values)
    {
        foreach (string value in values)
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
