using System.Threading.Tasks;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Rules.TagValidationAnalyzer>;

namespace Pii.Analyzers.Tests;

public class TagValidationAnalyzerTests
{
    [Fact]
    public Task Valid_long_and_short_forms_report_nothing() => Verify.VerifyAsync("""
        using Pii;
        [assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", Description = "Newsletters")]
        public class Customer
        {
            [PersonalData("Marketing")]
            [PersonalData("Login", "P30D", LegalBasis.LegitimateInterests, Description = "Signing in")]
            public string? Email { get; set; }

            [SensitivePersonalData("Care", "P1Y", LegalBasis.Contract, SpecialCategory.Health, SpecialCategoryCondition.HealthOrSocialCare)]
            public string? Allergies { get; set; }
        }
        """);

    [Fact]
    public Task A_blind_index_on_a_crypto_shredded_member_is_reported_and_on_an_encrypted_one_is_not() => Verify.VerifyAsync("""
        #nullable enable
        using Pii;
        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Login", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, BlindIndex = true)]
            public string? Email { get; set; }

            [{|PII003:PersonalData("Login", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred, BlindIndex = true)|}]
            public string? RecoveryEmail { get; set; }
        }
        """);

    /// <summary>
    /// One purpose, one legal basis: long-form tags that give an undeclared purpose two bases are each reported, with the
    /// first member that gives each basis (a declared purpose's tags are checked against the declaration). Before, nothing
    /// said so and the record of processing stated the first basis it met.
    /// </summary>
    [Fact]
    public Task An_undeclared_purpose_given_two_legal_bases_is_reported_on_each_of_its_tags() => Verify.VerifyAsync("""
        using Pii;
        public class Visitor
        {
            [{|#0:PersonalData("Analytics", "P1Y", LegalBasis.Consent, Description = "Counting clicks")|}]
            public string? Clicks { get; set; }

            [{|#1:PersonalData("Analytics", "P1Y", LegalBasis.LegitimateInterests, Description = "Spotting abuse")|}]
            public string? Ip { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }

        public class Member
        {
            [{|#2:PersonalData("Analytics", "P1Y", LegalBasis.Consent, Description = "Counting clicks")|}]
            public string? Referrer { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Name { get; set; }
        }
        """,
        expected:
        [
            Problem(0, "Clicks", Conflict),
            Problem(1, "Ip", Conflict),
            Problem(2, "Referrer", Conflict),
        ]);

    private const string Conflict = "purpose 'Analytics' is given 2 legal bases by the tags of this project: Consent (Member.Referrer), LegitimateInterests (Visitor.Ip); one purpose has one legal basis, and the record of processing can state only one: declare the purpose once with [assembly: ProcessingPurpose] and use the short form, or give the other processing a purpose of its own";

    [Fact]
    public Task An_undeclared_short_form_purpose_is_reported() => Verify.VerifyAsync("""
        using Pii;
        public class Customer
        {
            [{|PII003:PersonalData("Marketing")|}]
            public string? Email { get; set; }
        }
        """);

    [Fact]
    public Task A_retention_that_is_not_an_ISO_8601_duration_is_reported_on_the_tag_or_once_on_the_declaration() => Verify.VerifyAsync("""
        using Pii;
        [assembly: {|PII003:ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "1 year", Description = "Answering questions")|}]
        public class Customer
        {
            [{|PII003:PersonalData("Account", "30 days", LegalBasis.Contract)|}]
            public string? Email { get; set; }

            [PersonalData("Support")]
            public string? Phone { get; set; }

            [PersonalData("Support")]
            public string? Mobile { get; set; }
        }
        """);

    [Fact]
    public Task Consent_and_legitimate_interest_need_a_description_and_contract_does_not() => Verify.VerifyAsync("""
        using Pii;
        [assembly: {|PII003:ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y")|}]
        [assembly: ProcessingPurpose("Billing", LegalBasis.Contract, Retention = "P2Y")]
        public class Customer
        {
            [PersonalData("Marketing")]
            public string? Email { get; set; }

            [{|PII003:PersonalData("Fraud", "P1Y", LegalBasis.LegitimateInterests)|}]
            public string? Ip { get; set; }

            [PersonalData("Billing")]
            public string? Name { get; set; }
        }
        """);

    [Fact]
    public Task A_long_form_that_contradicts_the_declared_basis_is_reported() => Verify.VerifyAsync("""
        using Pii;
        [assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", Description = "Newsletters")]
        public class Customer
        {
            [{|PII003:PersonalData("Marketing", "P2Y", LegalBasis.LegitimateInterests)|}]
            public string? Email { get; set; }

            [PersonalData("Marketing", "P1Y", LegalBasis.Consent)]
            public string? Phone { get; set; }
        }
        """);

    [Fact]
    public Task Broken_and_repeated_declarations_are_reported() => Verify.VerifyAsync("""
        using Pii;
        [assembly: ProcessingPurpose("Billing", LegalBasis.Contract, Retention = "P2Y")]
        [assembly: {|PII003:ProcessingPurpose("Billing", LegalBasis.Contract, Retention = "P3Y")|}]
        [assembly: {|PII003:ProcessingPurpose("Tax", LegalBasis.LegalObligation)|}]
        [assembly: {|PII003:ProcessingPurpose("", LegalBasis.Contract, Retention = "P1Y")|}]
        public class Customer
        {
            [PersonalData("Billing")]
            public string? Name { get; set; }
        }
        """);

    [Fact]
    public Task A_missing_legal_basis_and_an_empty_purpose_are_reported() => Verify.VerifyAsync("""
        using Pii;
        public class Customer
        {
            [{|PII003:PersonalData("Account", "P30D", LegalBasis.Unspecified)|}]
            public string? Email { get; set; }

            [{|PII003:PersonalData(" ", "P30D", LegalBasis.Contract)|}]
            public string? Phone { get; set; }
        }
        """);

    [Fact]
    public Task Encryption_of_a_type_the_codec_does_not_know_is_reported() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Net;
        using Pii;
        public enum Tier { Free, Paid }
        public class Member
        {
            public int Id { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Name { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public DateOnly? Birthday { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public byte[]? Photo { get; set; }

            [{|PII003:PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)|}]
            public List<string>? Aliases { get; set; }

            [{|PII003:PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)|}]
            public IPAddress? LastIp { get; set; }

            [{|PII003:PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)|}]
            public Tier? Tier { get; set; }
        }
        """);

    [Fact]
    public Task A_retention_that_starts_at_an_encrypted_date_is_reported() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using Pii;
        public class Visit
        {
            public int Id { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Description = "Answering questions", Protection = Protection.Encrypted)]
            public DateTime? At { get; set; }

            public DateTime Plain { get; set; }

            [{|PII003:PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Description = "Answering questions", RetentionStartsAt = nameof(At))|}]
            public string? Note { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Description = "Answering questions", RetentionStartsAt = nameof(Plain))]
            public string? Other { get; set; }
        }
        """);

    [Fact]
    public Task A_retention_start_that_names_no_date_of_the_type_is_reported() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using Pii;
        public class Entity
        {
            public DateTime CreatedAt { get; set; }
        }

        public class Invoice : Entity
        {
            public DateOnly? IssuedOn { get; set; }

            public string Number { get; set; } = "";

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation, RetentionStartsAt = nameof(IssuedOn))]
            public string? BillingName { get; set; }

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation, RetentionStartsAt = nameof(CreatedAt))]
            public string? VatNumber { get; set; }

            [{|PII003:PersonalData("Tax", "P7Y", LegalBasis.LegalObligation, RetentionStartsAt = "IssuedAt")|}]
            public string? Address { get; set; }

            [{|PII003:PersonalData("Tax", "P7Y", LegalBasis.LegalObligation, RetentionStartsAt = nameof(Number))|}]
            public string? Iban { get; set; }
        }
        """);

    [Fact]
    public Task Encryption_inside_a_type_without_a_key_is_not_reported_since_owned_types_are_encrypted_too() => Verify.VerifyAsync("""
        #nullable enable
        using Pii;
        public class Address
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Street { get; set; }
        }

        public class Client
        {
            public int Id { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Name { get; set; }

            public Address? Home { get; set; }
        }
        """);

    [Fact]
    public Task A_tag_in_a_stored_type_no_code_is_generated_for_is_reported_once_with_what_to_change() => Verify.VerifyAsync("""
        #nullable enable
        using Pii;

        public struct Money
        {
            public int Id { get; set; }

            [{|#0:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation)]
            public decimal Amount { get; set; }
        }

        file class Scratch
        {
            public int Id { get; set; }

            [{|#1:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            public string? Note { get; set; }
        }

        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? Name { get; set; }

            [DataSubject]
            private class Secret
            {
                [{|#2:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
                public string? Code { get; set; }
            }

            // Nested, but public and internal all the way: code is generated for it.
            internal class Alias
            {
                public int Id { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Value { get; set; }
            }

            // Not stored (no key): a view whose tags serve the logging checks, not reported.
            private sealed class View
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Name { get; set; }
            }
        }

        public class Box<T>
        {
            public class Lid
            {
                public int Id { get; set; }

                [{|#3:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
                public string? Label { get; set; }
            }
        }

        // The generated methods are generic over the same names as their own parameters (value, writer): not generated.
        public class Envelope<value>
        {
            public int Id { get; set; }

            [{|#4:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            public string? Sender { get; set; }
        }

        // A type parameter named like a field the generated class writes for a member (EmailName for Email) hides it there.
        public class Crate<EmailName>
        {
            public int Id { get; set; }

            [{|#5:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            public string? Email { get; set; }
        }

        // Neither a keyless record struct nor an interface is stored: not reported.
        public record struct Coordinates([property: PersonalData("Account", "P30D", LegalBasis.Contract)] double Latitude);

        public interface IHasEmail
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            string? Email { get; }
        }

        // A stored type marked [NotMapped] is never stored: not reported.
        [System.ComponentModel.DataAnnotations.Schema.NotMapped]
        file class Row
        {
            public int Id { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """,
        expected:
        [
            Problem(0, "Amount", "generated code is written for classes and records, and Money is a struct, so Pii generates no export, erasure or redaction for its members and the record of processing does not list them; make Money a class or a record class"),
            Problem(1, "Note", "Scratch is file-local, so the generated export, erasure and redaction code cannot name it and the record of processing does not list its members; declare it without 'file'"),
            Problem(2, "Code", "Secret is private, so the generated export, erasure and redaction code cannot name Secret and the record of processing does not list its members; make it internal or public"),
            Problem(3, "Label", "Lid is nested in the generic type Box, so the generated export, erasure and redaction code cannot name it and the record of processing does not list its members; move it out of Box"),
            Problem(4, "Sender", "Envelope's type parameter 'value' starts with a lower-case letter or '_', as the parameters and locals of the generated methods, which are generic over the same names, do, so their code would not compile; rename it to start with an upper-case letter (TValue)"),
            Problem(5, "Email", "Crate's type parameter 'EmailName' has the name of the generated class's field for Email, which the generated methods, generic over the same names, would read as the type parameter, so their code would not compile; rename it (TEmailName)"),
        ]);

    [Fact]
    public Task A_retention_past_the_calendars_end_is_compared_without_an_exception() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using Pii;
        public class Session
        {
            public int Id { get; set; }

            // Valid, if long: the comparison of the two retentions threw (AD0001) and stopped every rule for the member.
            [PersonalData("Login", "P9999Y", LegalBasis.Contract, RetentionStartsAt = nameof(Created))]
            public DateTime Created { get; set; }

            [PersonalData("Login", "P1Y", LegalBasis.Contract, RetentionStartsAt = nameof(Created))]
            public string? Email { get; set; }
        }
        """);

    [Fact]
    public Task A_retention_start_date_that_is_erased_before_the_members_counting_from_it_is_reported() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using Pii;
        [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P30D")]
        [assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Answering questions")]
        [assembly: ProcessingPurpose("Tax", LegalBasis.LegalObligation, Retention = "P7Y")]

        public class Guest
        {
            public int Id { get; set; }

            // Personal data for Account only, cleared 30 days after itself.
            [PersonalData("Account", RetentionStartsAt = nameof(LeftAt))]
            public DateTime? LeftAt { get; set; }

            [{|#0:PersonalData("Support", RetentionStartsAt = nameof(LeftAt))|}]
            public string? Nickname { get; set; }

            // Same purpose and retention as the date: they go together.
            [PersonalData("Account", RetentionStartsAt = nameof(LeftAt))]
            public string? Room { get; set; }

            // Kept on requests while the date is not.
            [{|#1:PersonalData("Account", "P30D", LegalBasis.Contract, RetentionStartsAt = nameof(LeftAt))|}]
            [PersonalData("Account", "P30D", LegalBasis.Contract, RetentionStartsAt = nameof(LeftAt), Erasure = ErasureStrategy.Retain)]
            public string? Deposit { get; set; }

            // Tagged with the date's purpose, but for longer than the date lives.
            [{|#2:PersonalData("Account", "P90D", LegalBasis.Contract, RetentionStartsAt = nameof(LeftAt))|}]
            public string? Key { get; set; }

            // The date carries every purpose of what counts from it, for as long: not reported.
            [PersonalData("Account")]
            [PersonalData("Tax", RetentionStartsAt = nameof(PaidAt))]
            public DateTime? PaidAt { get; set; }

            [PersonalData("Tax", RetentionStartsAt = nameof(PaidAt))]
            public string? VatNumber { get; set; }

            // An untagged date, and a date with no retention start of its own (never purged), are not reported.
            public DateTime? CheckedInAt { get; set; }

            [PersonalData("Tax", RetentionStartsAt = nameof(CheckedInAt))]
            public string? Passport { get; set; }

            [PersonalData("Support")]
            public DateTime? LastCallAt { get; set; }

            [PersonalData("Support", "P2Y", LegalBasis.LegitimateInterests, Description = "Answering questions", RetentionStartsAt = nameof(LastCallAt))]
            public string? Callback { get; set; }

            // Held by a legal obligation for seven years against any request: it outlives what counts from it.
            [PersonalData("Tax", RetentionStartsAt = nameof(InvoicedAt))]
            public DateTime? InvoicedAt { get; set; }

            [PersonalData("Support", RetentionStartsAt = nameof(InvoicedAt))]
            public string? Complaint { get; set; }

            [PersonalData("Tax", RetentionStartsAt = nameof(InvoicedAt), Erasure = ErasureStrategy.Retain)]
            public string? InvoiceCopy { get; set; }

            // A legal obligation with no start of its own: each request holds it for a year from itself, no purge erases it.
            [PersonalData("Tax", "P1Y", LegalBasis.LegalObligation)]
            public DateTime? OrderedAt { get; set; }

            [PersonalData("Support", "P2Y", LegalBasis.LegitimateInterests, Description = "Answering questions", RetentionStartsAt = nameof(OrderedAt))]
            public string? OrderComplaint { get; set; }

            // A month and 30 days are not ordered (February): not reported.
            [PersonalData("Account", "P1M", LegalBasis.Contract, RetentionStartsAt = nameof(RenewedAt))]
            public DateTime? RenewedAt { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, RetentionStartsAt = nameof(RenewedAt))]
            public string? Plan { get; set; }

            // Not nullable: clearing writes a placeholder date, from which the member then counts.
            [PersonalData("Account", RetentionStartsAt = nameof(BookedAt))]
            public DateTime BookedAt { get; set; }

            [{|#3:PersonalData("Tax", RetentionStartsAt = nameof(BookedAt))|}]
            public string? BookingInvoice { get; set; }
        }
        """,
        expected:
        [
            Problem(0, "Nickname", "the retention starts at 'LeftAt', which is personal data for 'Account' only: an erasure request for that erases it while 'Nickname' stays for 'Support'; 'Nickname' then has no start date, and the retention purge keeps it with no end. Tag 'LeftAt' with 'Support' too"),
            Problem(1, "Deposit", "the retention starts at 'LeftAt', which an erasure request erases while 'Deposit' is kept (Retain); 'Deposit' then has no start date, and the retention purge keeps it with no end. Give 'LeftAt' Erasure = ErasureStrategy.Retain too"),
            Problem(2, "Key", "the retention starts at 'LeftAt', whose own retention (P30D) ends before this member's (P90D): the purge erases it first; 'Key' then has no start date, and the retention purge keeps it with no end. Give 'LeftAt' a retention at least as long"),
            Problem(3, "BookingInvoice", "the retention starts at 'BookedAt', which is personal data for 'Account' only: an erasure request for that erases it while 'BookingInvoice' stays for 'Tax'; 'BookingInvoice' then counts from the value written in its place, and the next purge erases it, cutting its retention short. Tag 'BookedAt' with 'Tax' too"),
        ]);

    [Fact]
    public Task A_tag_generated_code_does_not_read_because_a_base_declares_the_member_first_is_reported() => Verify.VerifyAsync("""
        #nullable enable
        using Pii;
        public class Person
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public virtual string? Email { get; set; }

            public virtual string? Phone { get; set; }

            public string? Nickname { get; set; }

            private string? _notes;

            public string? Notes => _notes;

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public virtual string? Alias { get; set; }
        }

        public class Customer : Person
        {
            // The base's tag decides.
            [{|#0:PersonalData("Marketing", "P2Y", LegalBasis.Consent, Description = "Newsletters")|}]
            public override string? Email { get; set; }

            // The base member is untagged: the override's tag is read.
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public override string? Phone { get; set; }

            [{|#1:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            public new string? Nickname { get; set; }

            [{|#2:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            private string? _notes;

            public string? CustomerNotes => _notes;

            // Repeats the base's tag: what is read is what it says, not reported.
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public override string? Alias { get; set; }
        }
        """,
        expected:
        [
            Problem(0, "Email", "it overrides Person.Email, whose own tag decides what generated code does, so this tag is not read; put it on Person.Email"),
            Problem(1, "Nickname", "it hides Person.Nickname (a new member or a field of the same name), and generated code reads Person.Nickname, so this tag is not read; tag Person.Nickname, or rename this member"),
            Problem(2, "_notes", "it hides Person._notes (a new member or a field of the same name), and generated code reads Person._notes, so this tag is not read; tag Person._notes, or rename this member"),
        ]);

    [Fact]
    public Task A_tag_on_an_explicit_interface_implementation_or_on_a_member_of_a_private_type_is_reported_since_generated_code_cannot_reach_it() => Verify.VerifyAsync("""
        #nullable enable
        using Pii;
        public interface IContact
        {
            string? Email { get; set; }
        }

        public class Customer : IContact
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? Mail { get; set; }

            [{|#0:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            string? IContact.Email { get => Mail; set => Mail = value; }

            private enum Mood { Happy, Sad }

            [{|#1:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            private Mood _mood;

            [{|#2:PersonalData("Account", "P30D", LegalBasis.Contract)|}]
            private System.Collections.Generic.List<Mood>? _moods;

            public void Cheer() { _mood = Mood.Happy; _moods = null; }
        }
        """,
        expected:
        [
            Problem(0, "IContact.Email", "it implements IContact.Email explicitly, which generated code cannot read, so this tag is not read; tag the member that holds the value, or implement Email implicitly"),
            Problem(1, "_mood", "its type Mood is private or protected, so generated code cannot name it and the member is neither exported, erased, redacted nor in the record of processing; make Mood internal or public"),
            Problem(2, "_moods", "its type Mood is private or protected, so generated code cannot name it and the member is neither exported, erased, redacted nor in the record of processing; make Mood internal or public"),
        ]);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Problem(int location, string member, string problem) =>
        new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Pii.Analyzers.Descriptors.InvalidTag).WithLocation(location).WithArguments($"The tag on '{member}'", problem);
}
