using System;
using System.Net;
using Pii.Redaction;
using Pii.Runtime.Tests.Entities;

namespace Pii.Runtime.Tests;

public class RedactionTests
{
    [Fact]
    public void The_redacted_view_contains_no_tagged_value()
    {
        string text = TestData.Customer().ToRedactedString();

        Assert.All(TestData.CustomerCanaries, canary => Assert.DoesNotContain(canary, text));
    }

    [Fact]
    public void The_redacted_view_shows_the_subject_key_and_reviewed_members_and_redacts_each_member_by_its_kind()
    {
        string text = TestData.Customer().ToRedactedString();

        Assert.StartsWith("Customer { Id = 42, Plan = pro, Email = c***@example.nl, FirstName = [redacted], LastName = ****me, ", text);
        Assert.Contains("SignupIp = 203.0.113.0", text);                       // IP truncated by default for the category
        Assert.Contains("Interests = [redacted]", text);
        Assert.Contains("PasswordHash = [redacted]", text);                     // keyed hash without a key: erased
        Assert.Contains("Address = Address { CountryCode = NL, Street = [redacted], City = [redacted] }", text); // reviewed members first, as on the root
        Assert.EndsWith(" }", text);
    }

    [Fact]
    public void Keyed_hash_redaction_is_stable_per_key_and_labelled_with_the_key_id()
    {
        Customer customer = TestData.Customer();
        var options = new RedactionOptions { HashKey = TestData.Key, HashKeyId = "k1" };

        string first = customer.ToRedactedString(options);
        string second = customer.ToRedactedString(options);
        string rotated = customer.ToRedactedString(new RedactionOptions { HashKey = new byte[32], HashKeyId = "k2" });

        Assert.Equal(first, second);
        Assert.Contains("PasswordHash = hmac:k1:", first);
        Assert.Contains("PasswordHash = hmac:k2:", rotated);
        Assert.DoesNotContain("canary-hash", first);
    }

    [Fact]
    public void Null_members_and_null_objects_are_shown_as_null()
    {
        Assert.Equal("null", ((Customer?)null).ToRedactedString());
        Assert.Contains("FirstName = null", new Customer().ToRedactedString());
        Assert.Contains("Address = null", new Customer().ToRedactedString());
        Assert.Equal("Reminder { Snoozes = null, DueAt = null, Note = null }", new Reminder().ToRedactedString());
        Assert.Equal(
            "Reminder { Snoozes = 3, DueAt = 2026-12-01T09:30:00.0000000, Note = [redacted] }",
            new Reminder { Snoozes = 3, DueAt = new DateTime(2026, 12, 1, 9, 30, 0), Note = "call back about the invoice" }.ToRedactedString());
    }

    [Fact]
    public void Ip_addresses_held_as_text_are_truncated_and_v6_keeps_its_48_bit_prefix()
    {
        Assert.Equal("WebsiteVisit { IpAddress = 198.51.100.0, CookieId = [redacted] }", new WebsiteVisit { IpAddress = "198.51.100.200" }.ToRedactedString());
        Assert.Equal("2001:db8:85a3::", Redactor.TruncateIp("2001:db8:85a3:1234:5678:8a2e:370:7334"));
        Assert.Equal("****", Redactor.TruncateIp("not an address"));
        Assert.Equal(IPAddress.Parse("10.1.2.0"), Redactor.TruncateIp(IPAddress.Parse("::ffff:10.1.2.3")));
    }

    [Theory]
    [InlineData("jan@example.com", "j***@example.com")]
    [InlineData("@example.com", "****")]
    [InlineData("no-at-sign", "****")]
    [InlineData("jan@", "****")]
    [InlineData("\U0001F600jan@example.com", "\U0001F600***@example.com")] // an emoji kept whole: half of its surrogate pair is no text
    public void Email_mask_keeps_the_first_letter_and_the_domain(string value, string expected) =>
        Assert.Equal(expected, Redactor.MaskEmail(value));

    [Theory]
    [InlineData("NL91ABNA0417164300", "****00")]
    [InlineData("1234567", "****")]
    [InlineData("", "****")]
    [InlineData("abcdef\U0001F600x", "****\U0001F600x")]
    [InlineData("abcdefg\U0001F600", "****\U0001F600")]
    public void Mask_keeps_two_characters_of_long_values_only_and_hides_the_length(string value, string expected) =>
        Assert.Equal(expected, Redactor.Mask(value));
}
