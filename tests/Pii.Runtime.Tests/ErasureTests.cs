using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Net;
using Pii.Erasure;
using Pii.Export;
using Pii.Runtime.Tests.Entities;

namespace Pii.Runtime.Tests;

public class ErasureTests
{
    private static readonly ErasureRequest Everything = ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(TestData.Key);

    [Fact]
    public void A_tagged_member_a_derived_class_hides_with_new_is_exported_erased_and_redacted_through_its_declaring_type()
    {
        var member = new HonoraryMember { Nickname = 3, Citation = "Canary citation", Number = 1999 };
        ((ClubMember)member).Nickname = "Canary nick";
        ((ClubMember)member).Number = "M-42";

        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(TestData.Export(w => member.WritePersonalData(w)));
        string redacted = member.ToRedactedString();
        ErasureResult result = member.ErasePersonalData(Everything);

        Assert.Equal("Canary nick", document.RootElement.GetProperty("Nickname").GetProperty("value").GetString());
        Assert.DoesNotContain("Canary", redacted, StringComparison.Ordinal);
        Assert.Contains("Number = M-42", redacted, StringComparison.Ordinal); // the base's member, shown as reviewed
        Assert.Null(((ClubMember)member).Nickname);
        Assert.Null(member.Citation);
        Assert.Equal(3, member.Nickname); // the other member, not personal data, is left alone
        Assert.Equal(ErasureOutcome.Cleared, result["HonoraryMember.Nickname"]!.Outcome);
    }

    /// <summary>
    /// A member typed by the class's type parameter is erased to the type's default, and the generated code compiles without
    /// warnings, which this project treats as errors (before: CS8604 for a non-nullable T, CS8601 for a T declared where
    /// nullable annotations are off).
    /// </summary>
    [Fact]
    public void A_member_typed_by_a_type_parameter_is_erased_to_its_default()
    {
        var text = new Parcel<string> { Content = "Canary" };
        var number = new Parcel<int> { Content = 42 };
        var envelope = new Envelope<string> { Letter = "Canary letter" };

        ErasureResult result = text.ErasePersonalData(Everything);
        number.ErasePersonalData(Everything);
        envelope.ErasePersonalData(Everything);

        Assert.Null(text.Content);
        Assert.Equal(0, number.Content);
        Assert.Null(envelope.Letter);
        Assert.Equal(ErasureOutcome.Cleared, result["Parcel.Content"]!.Outcome);
    }

    [Fact]
    public void Sets_immutable_collections_and_collection_classes_of_text_are_exported_item_by_item_and_emptied()
    {
        var profile = new Profile
        {
            Roles = new HashSet<string> { "Canary role" },
            Aliases = new SortedSet<string> { "Canary alias" },
            Languages = ImmutableList.Create("Canary language"),
            Nicknames = new Nicknames { "Canary nick" },
            Badges = ImmutableHashSet.Create("Canary badge"),
        };

        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(TestData.Export(w => profile.WritePersonalData(w)));
        string redacted = profile.ToRedactedString();
        ErasureResult result = profile.ErasePersonalData(Everything);

        foreach ((string member, string value) in new[] { ("Roles", "Canary role"), ("Aliases", "Canary alias"), ("Languages", "Canary language"), ("Nicknames", "Canary nick"), ("Badges", "Canary badge") })
        {
            Assert.Equal(value, document.RootElement.GetProperty(member).GetProperty("value")[0].GetString());
        }

        Assert.DoesNotContain("Canary", redacted, StringComparison.Ordinal);
        Assert.Empty(profile.Roles);
        Assert.IsType<HashSet<string>>(profile.Roles);
        Assert.Empty(profile.Aliases);
        Assert.Empty(profile.Languages);
        Assert.Empty(profile.Nicknames);
        Assert.Null(profile.Badges);
        Assert.All(result.Members, m => Assert.NotEqual(ErasureOutcome.NotErasable, m.Outcome));
    }

    [Fact]
    public void An_immutable_array_of_text_is_exported_item_by_item_emptied_and_a_default_one_is_nothing()
    {
        var filled = new Passport { Names = ["Canary name"], Stamps = ["Canary stamp"], Allergies = ["Canary allergy"] };
        var unset = new Passport();

        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(TestData.Export(w => filled.WritePersonalData(w)));
        using System.Text.Json.JsonDocument empty = System.Text.Json.JsonDocument.Parse(TestData.Export(w => unset.WritePersonalData(w)));
        string redacted = filled.ToRedactedString();
        ErasureResult result = filled.ErasePersonalData(Everything);
        ErasureResult nothing = unset.ErasePersonalData(Everything);

        Assert.Equal("Canary name", document.RootElement.GetProperty("Names").GetProperty("value")[0].GetString());
        Assert.Equal("Canary stamp", document.RootElement.GetProperty("Stamps").GetProperty("value")[0].GetString());
        Assert.Equal("Canary allergy", document.RootElement.GetProperty("Allergies").GetProperty("value")[0].GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, empty.RootElement.GetProperty("Names").GetProperty("value").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, empty.RootElement.GetProperty("Allergies").GetProperty("value").ValueKind);
        Assert.DoesNotContain("Canary", redacted, StringComparison.Ordinal);
        Assert.Contains("Names = ", unset.ToRedactedString(), StringComparison.Ordinal);
        Assert.True(filled.Names.IsEmpty);
        Assert.Null(filled.Stamps);
        Assert.Equal(ErasureOutcome.Anonymized, result["Passport.Names"]!.Outcome); // the default strategy of a value that cannot be null: emptied
        Assert.All(nothing.Members, m => Assert.Equal(ErasureOutcome.AlreadyErased, m.Outcome));
        Assert.True(unset.Names.IsDefault); // left as it was: there was nothing to erase
    }

    [Fact]
    public void A_nullable_immutable_array_that_holds_a_default_array_is_nothing_exported_and_already_erased()
    {
        // Not null, but default: enumerating or counting it throws. Export already read it as null; erasure threw.
        var passport = new Passport { Names = ["Canary name"], Stamps = default(System.Collections.Immutable.ImmutableArray<string>) };

        using System.Text.Json.JsonDocument document = System.Text.Json.JsonDocument.Parse(TestData.Export(w => passport.WritePersonalData(w)));
        ErasureResult result = passport.ErasePersonalData(Everything);

        Assert.Equal(System.Text.Json.JsonValueKind.Null, document.RootElement.GetProperty("Stamps").GetProperty("value").ValueKind);
        Assert.Equal(ErasureOutcome.AlreadyErased, result["Passport.Stamps"]!.Outcome);
        Assert.Equal(ErasureOutcome.Anonymized, result["Passport.Names"]!.Outcome);
        Assert.True(passport.Stamps is { IsDefault: true }); // left as it was
        Assert.True(passport.Names.IsEmpty);
    }

    [Fact]
    public void Full_erasure_applies_each_members_strategy()
    {
        Customer customer = TestData.Customer();

        ErasureResult result = customer.ErasePersonalData(Everything);

        Assert.Equal(string.Empty, customer.Email);            // Clear on a non-nullable string keeps NOT NULL valid
        Assert.Null(customer.FirstName);                        // Clear on a nullable member
        Assert.Equal(string.Empty, customer.LastName);
        Assert.Equal(Anonymized.PhoneNumber, customer.Phone);    // Anonymize, by category
        Assert.Null(customer.BirthDate);
        Assert.Equal(Gender.Unknown, customer.Gender);          // default of the enum
        Assert.Null(customer.SignupIp);
        Assert.Empty(customer.Interests);
        Assert.Null(customer.PasswordHash);                     // private setter, through [UnsafeAccessor]
        Assert.Null(customer.Address!.Street);
        Assert.Equal(Anonymized.Text, customer.Address.City);
        Assert.Equal("NL", customer.Address.CountryCode);       // reviewed as not personal: untouched
        Assert.Equal("pro", customer.Plan);

        Assert.Equal(ErasureOutcome.Cleared, result["Customer.Email"]!.Outcome);
        Assert.Equal(ErasureOutcome.Anonymized, result["Customer.Phone"]!.Outcome);
        Assert.Equal(ErasureOutcome.Pseudonymized, result["Customer.UserName"]!.Outcome);
        Assert.Equal(ErasureOutcome.Cleared, result["Customer.Address.Street"]!.Outcome);
        Assert.Equal(ErasureOutcome.Anonymized, result["Customer.Address.City"]!.Outcome);
        Assert.False(result.DeleteRecord);
        Assert.True(result.Changed);
    }

    [Fact]
    public void Pseudonymization_is_keyed_deterministic_and_never_contains_the_value()
    {
        Customer first = TestData.Customer();
        Customer second = TestData.Customer();
        Customer otherKey = TestData.Customer();

        first.ErasePersonalData(Everything);
        second.ErasePersonalData(Everything);
        otherKey.ErasePersonalData(ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(new byte[32]));

        Assert.True(Pseudonym.IsPseudonym(first.UserName));
        Assert.Equal(first.UserName, second.UserName);
        Assert.NotEqual(first.UserName, otherKey.UserName);
        Assert.DoesNotContain("canaryuser", first.UserName!);
    }

    /// <summary>
    /// A value is left alone as a pseudonym only if it could be one: the prefix, the length, and base64url after the prefix.
    /// Before, "psd_" and any 43 UTF-16 units (an emoji's surrogates among them) passed, and the person's text stayed.
    /// </summary>
    [Theory]
    [InlineData("psd_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\U0001F600")]
    [InlineData("psd_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaa")]
    [InlineData("psd_alice")]
    public void A_value_that_only_looks_like_a_pseudonym_is_pseudonymized(string userName)
    {
        Customer customer = TestData.Customer();
        customer.UserName = userName;

        ErasureResult result = customer.ErasePersonalData(Everything);

        Assert.False(Pseudonym.IsPseudonym(userName));
        Assert.Equal(ErasureOutcome.Pseudonymized, result["Customer.UserName"]!.Outcome);
        Assert.True(Pseudonym.IsPseudonym(customer.UserName));
    }

    [Fact]
    public void Legal_obligation_within_its_retention_is_held_with_its_until_date()
    {
        Customer customer = TestData.Customer();

        ErasureResult result = customer.ErasePersonalData(Everything);

        MemberErasure vat = Assert.Single(result.Held);
        Assert.Equal("Customer.VatNumber", vat.Member);
        Assert.Equal(new DateTimeOffset(2033, 11, 25, 12, 0, 0, TimeSpan.Zero), vat.HeldUntil); // request + P7Y
        Assert.Contains("Tax", vat.Reason);
        Assert.Equal("NL123456789B01", customer.VatNumber);
    }

    /// <summary>The receipt's text goes to logs and to the person: a Thai current culture wrote 2570 for 2027.</summary>
    [Fact]
    public void A_held_members_text_gives_its_date_in_the_Gregorian_calendar_whatever_the_culture()
    {
        var recent = new Invoice { IssuedOn = new DateTime(2020, 3, 1), BillingName = "Canary Recent" };
        ErasureResult result = recent.ErasePersonalData(Everything);
        System.Globalization.CultureInfo culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");

            Assert.Equal("Invoice.BillingName: Held until 2027-03-01", result["Invoice.BillingName"]!.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Retention_counts_from_the_member_named_by_RetentionStartsAt()
    {
        var recent = new Invoice { IssuedOn = new DateTime(2020, 3, 1), BillingName = "Canary Recent", BillingAddress = "Street 1" };
        var expired = new Invoice { IssuedOn = new DateTime(2018, 3, 1), BillingName = "Canary Old", BillingAddress = "Street 2" };

        ErasureResult recentResult = recent.ErasePersonalData(Everything);
        ErasureResult expiredResult = expired.ErasePersonalData(Everything);

        Assert.Equal(ErasureOutcome.Held, recentResult["Invoice.BillingName"]!.Outcome);
        Assert.Equal(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero), recentResult["Invoice.BillingName"]!.HeldUntil);
        Assert.Equal("Canary Recent", recent.BillingName);

        Assert.Equal(ErasureOutcome.Cleared, expiredResult["Invoice.BillingName"]!.Outcome);
        Assert.Equal(string.Empty, expired.BillingName);
        Assert.Null(expired.BillingAddress);
    }

    /// <summary>
    /// A retention that counts from a date not set yet (the contract still runs) has not started: a legal obligation holds
    /// the member with no end date, as the generated store's erasure does for such a row, rather than counting from the
    /// request. Once the date is set, the hold ends seven years after it.
    /// </summary>
    [Fact]
    public void A_retention_whose_date_is_not_set_yet_holds_a_legal_obligation_with_no_end_date()
    {
        var running = new Contract { SignedBy = "Canary Signer", Iban = "NL91ABNA0417164300" };
        var ended = new Contract { EndedAt = new DateTime(2024, 6, 1), SignedBy = "Canary Ended", Iban = "NL02RABO0123456789" };

        ErasureResult runningResult = running.ErasePersonalData(Everything);
        ErasureResult endedResult = ended.ErasePersonalData(Everything);

        Assert.Equal(ErasureOutcome.Held, runningResult["Contract.SignedBy"]!.Outcome);
        Assert.Null(runningResult["Contract.SignedBy"]!.HeldUntil);
        Assert.Contains("not set yet", runningResult["Contract.SignedBy"]!.Reason, StringComparison.Ordinal);
        Assert.Equal("Canary Signer", running.SignedBy);
        // A Retain member is held whatever its date; without one its hold counts from the request, as in the store.
        Assert.Equal(ErasureOutcome.Held, runningResult["Contract.Iban"]!.Outcome);
        Assert.Equal(TestData.Now.AddYears(7), runningResult["Contract.Iban"]!.HeldUntil);

        Assert.Equal(ErasureOutcome.Held, endedResult["Contract.SignedBy"]!.Outcome);
        Assert.Equal(new DateTimeOffset(2031, 6, 1, 0, 0, 0, TimeSpan.Zero), endedResult["Contract.SignedBy"]!.HeldUntil);
        Assert.Equal(new DateTimeOffset(2031, 6, 1, 0, 0, 0, TimeSpan.Zero), endedResult["Contract.Iban"]!.HeldUntil);
    }

    [Fact]
    public void Every_retention_date_is_read_before_any_member_is_erased_so_an_erased_date_still_counts()
    {
        var ended = new Membership { EndedAt = new DateTime(2016, 6, 1), PaidFrom = "NL02RABO0123456789" };

        ErasureResult result = ended.ErasePersonalData(Everything);

        // The date goes first (Account), and the account it was paid from still counts from it: Tax's seven years ended in 2023.
        Assert.Null(ended.EndedAt);
        Assert.Equal(ErasureOutcome.Cleared, result["Membership.PaidFrom"]!.Outcome);
        Assert.Null(ended.PaidFrom);
    }

    [Fact]
    public void A_retention_start_that_is_not_set_is_not_the_start_of_time_or_the_request()
    {
        Assert.Equal(RetentionStart.NotYet, RetentionStart.Of((DateTime?)null));
        Assert.Equal(RetentionStart.NotYet, RetentionStart.Of((DateTimeOffset?)null));
        Assert.Equal(RetentionStart.NotYet, RetentionStart.Of((DateOnly?)null));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 0, 0, 0, TimeSpan.Zero), RetentionStart.Of(new DateOnly(2024, 6, 1)));
        Assert.Equal(new DateTimeOffset(2024, 6, 1, 8, 0, 0, TimeSpan.Zero), RetentionStart.Of(new DateTime(2024, 6, 1, 8, 0, 0, DateTimeKind.Unspecified)));

        // A purpose that is not a legal obligation is erased whatever the date.
        var consent = new PurposeTag[] { new("Newsletter", LegalBasis.Consent, IsoDuration.Parse("P1Y")) };
        Assert.True(ErasureDecision.For(Everything, consent, ErasureStrategy.Clear, RetentionStart.NotYet).Erase);
    }

    [Fact]
    public void Retain_is_a_legal_hold_and_keeps_the_record_so_DeleteRecord_members_are_cleared_instead()
    {
        var invoice = new Invoice { IssuedOn = new DateTime(2010, 1, 1), Iban = "NL91ABNA0417164300", CampaignCode = "canary-campaign" };

        ErasureResult result = invoice.ErasePersonalData(Everything);

        Assert.Equal(ErasureOutcome.Held, result["Invoice.Iban"]!.Outcome);
        Assert.Equal(TestData.Now.AddYears(7), result["Invoice.Iban"]!.HeldUntil);
        Assert.Equal("NL91ABNA0417164300", invoice.Iban);
        Assert.False(result.DeleteRecord);
        Assert.Equal(ErasureOutcome.Cleared, result["Invoice.CampaignCode"]!.Outcome);
        Assert.Null(invoice.CampaignCode);
    }

    [Fact]
    public void DeleteRecord_asks_for_the_record_to_be_deleted_when_nothing_in_it_is_kept()
    {
        var open = new EmailOpen { OpenedAt = TestData.Now, UserAgent = "canary-agent/1.0" };

        ErasureResult result = open.ErasePersonalData(Everything);

        Assert.True(result.DeleteRecord);
        Assert.All(result.Members, m => Assert.Equal(ErasureOutcome.RecordDeleted, m.Outcome));
        Assert.Null(open.UserAgent);
    }

    /// <summary>
    /// A repeated request after the caller failed to delete the record (its values already cleared by the first) still
    /// asks for the deletion, as the store deletes such a row. Before, it said to keep the record.
    /// </summary>
    [Fact]
    public void DeleteRecord_still_asks_for_the_deletion_when_the_values_are_already_gone()
    {
        var open = new EmailOpen { OpenedAt = TestData.Now, UserAgent = "canary-agent/1.0" };
        Assert.True(open.ErasePersonalData(Everything).DeleteRecord);

        ErasureResult again = open.ErasePersonalData(Everything);

        Assert.True(again.DeleteRecord);
        Assert.All(again.Members, m => Assert.Equal(ErasureOutcome.AlreadyErased, m.Outcome));
    }

    [Fact]
    public void Withdrawing_marketing_consent_erases_only_what_marketing_alone_needed()
    {
        Customer customer = TestData.Customer();

        ErasureResult result = customer.ErasePersonalData(ErasureRequest.ForPurposes(TestData.Now, "Marketing"));

        Assert.Empty(customer.Interests);
        Assert.Equal(Gender.Unknown, customer.Gender);
        Assert.Equal("canary.jansen@example.nl", customer.Email); // still needed for login and support
        Assert.Equal("Canaryfirst", customer.FirstName);

        MemberErasure email = result["Customer.Email"]!;
        Assert.Equal(ErasureOutcome.KeptForOtherPurpose, email.Outcome);
        Assert.Contains("Login", email.Reason);
        Assert.Equal(ErasureOutcome.Cleared, result["Customer.Interests"]!.Outcome);
        Assert.Equal(ErasureOutcome.KeptForOtherPurpose, result["Customer.Phone"]!.Outcome);
    }

    [Fact]
    public void A_member_is_erased_once_every_purpose_it_serves_is_covered()
    {
        Customer customer = TestData.Customer();

        ErasureResult result = customer.ErasePersonalData(ErasureRequest.ForPurposes(TestData.Now, "Marketing", "Support", "Login"));

        Assert.Equal(string.Empty, customer.Email);
        Assert.Equal(ErasureOutcome.Cleared, result["Customer.Email"]!.Outcome);
        Assert.Equal(Anonymized.PhoneNumber, customer.Phone);
        Assert.Equal("Canaryfirst", customer.FirstName); // Account purpose not covered
    }

    [Fact]
    public void A_repeated_erasure_changes_nothing_and_says_so()
    {
        Customer customer = TestData.Customer();
        customer.ErasePersonalData(Everything);
        string afterFirst = TestData.Export(customer, ExportScope.Access);

        ErasureResult second = customer.ErasePersonalData(Everything);

        Assert.False(second.Changed);
        Assert.Equal(afterFirst, TestData.Export(customer, ExportScope.Access));
        Assert.All(
            second.Members.Where(m => m.Outcome != ErasureOutcome.Held),
            m => Assert.Equal(ErasureOutcome.AlreadyErased, m.Outcome));
    }

    [Fact]
    public void After_erasure_the_export_contains_no_erased_value()
    {
        Customer customer = TestData.Customer();
        customer.ErasePersonalData(Everything);

        string json = TestData.Export(customer, ExportScope.Access);

        foreach (string canary in TestData.CustomerCanaries.Where(c => c != "NL123456789B01"))
        {
            Assert.DoesNotContain(canary, json);
        }

        Assert.Contains("NL123456789B01", json); // held for the tax authority
    }

    [Fact]
    public void The_result_contains_no_personal_data()
    {
        ErasureResult result = TestData.Customer().ErasePersonalData(Everything);

        string text = string.Join("\n", result.Members.Select(m => $"{m} {m.Reason} {string.Join(",", m.Purposes)}"));

        Assert.All(TestData.CustomerCanaries, canary => Assert.DoesNotContain(canary, text));
    }

    [Fact]
    public void A_missing_pseudonymization_key_fails_clearly_and_changes_nothing()
    {
        Customer customer = TestData.Customer();
        string before = TestData.Export(customer, ExportScope.Access);

        var failure = Assert.Throws<ErasureFailedException>(() => customer.ErasePersonalData(ErasureRequest.Everything(TestData.Now)));

        Assert.IsType<PseudonymizationKeyMissingException>(failure.InnerException);
        Assert.Contains("Customer.UserName", failure.Message);
        Assert.Contains("WithPseudonymizationKey", failure.Message);
        Assert.Equal(before, TestData.Export(customer, ExportScope.Access));
        Assert.Equal("canary-hash-AQAAAAEAACcQ", customer.PasswordHash);
    }

    [Fact]
    public void A_failure_mid_erasure_rolls_back_every_member_already_changed()
    {
        var profile = new GuardedProfile { DisplayName = "Canary Display", Motto = "canary motto", Signature = "canary signature" };

        var failure = Assert.Throws<ErasureFailedException>(() => profile.ErasePersonalData(Everything));

        Assert.IsType<InvalidOperationException>(failure.InnerException);
        Assert.DoesNotContain("canary", failure.Message);
        Assert.Equal("Canary Display", profile.DisplayName); // erased before the failure, then restored
        Assert.Equal("canary motto", profile.Motto);
        Assert.Equal("canary signature", profile.Signature);
    }

    [Fact]
    public void Init_only_members_private_fields_and_collections_of_records_are_erased_without_reflection()
    {
        var applicant = new Applicant(Guid.NewGuid(), "Canary Applicant", "canary-asthma") { Employers = ["Canary BV"], Children = 2 }
            .WithSchool("Canary University");

        ErasureResult result = applicant.ErasePersonalData(Everything);

        Assert.Equal(string.Empty, applicant.FullName);
        Assert.Null(applicant.HealthNotes);
        Assert.Empty(applicant.Employers);
        Assert.Null(applicant.School);
        Assert.Equal(0, applicant.Children);
        Assert.Equal(5, result.Members.Count);
        Assert.All(result.Members, m => Assert.True(m.Changed));
    }

    [Fact]
    public void Anonymize_writes_valid_placeholders_and_fields_are_cleared()
    {
        var lead = new Entities.Lead { Email = "canary.lead@example.org", Company = "Canary Ltd" };
        var ticket = new SupportTicket { CreatedBy = "agent", Body = "canary body", Recording = [1, 2], LastContactAt = DateTime.UtcNow, Rating = 3m };

        lead.ErasePersonalData(Everything);
        ticket.ErasePersonalData(Everything);

        Assert.Equal(Anonymized.EmailAddress, lead.Email);
        Assert.Null(lead.Company);
        Assert.Null(ticket.CreatedBy);
        Assert.Equal(string.Empty, ticket.Body);
        Assert.Null(ticket.Recording);
        Assert.Null(ticket.LastContactAt);
        Assert.Equal(0m, ticket.Rating);
    }

    [Fact]
    public void Bad_requests_are_rejected_before_anything_is_erased()
    {
        Assert.Throws<ArgumentException>(() => ErasureRequest.ForPurposes(TestData.Now));
        Assert.Throws<ArgumentException>(() => ErasureRequest.ForPurposes(TestData.Now, " "));
        Assert.Throws<ArgumentException>(() => ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(new byte[8]));
        Assert.Throws<ArgumentNullException>(() => TestData.Customer().ErasePersonalData(null!));
        Assert.Throws<ArgumentNullException>(() => ((Customer)null!).ErasePersonalData(Everything));
    }

    [Fact]
    public void An_ipv6_sign_up_address_is_cleared()
    {
        Customer customer = TestData.Customer();
        customer.SignupIp = IPAddress.Parse("2001:db8::1");

        customer.ErasePersonalData(Everything);

        Assert.Null(customer.SignupIp);
    }
}
