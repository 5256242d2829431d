using System.Threading.Tasks;
using Pii.Analyzers.Rules;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Rules.ErasureStrategyAnalyzer>;

namespace Pii.Analyzers.Tests;

public class ErasureStrategyAnalyzerTests
{
    [Fact]
    public Task A_get_only_property_cannot_be_erased() => Verify.VerifyAsync("""
        using Pii;
        public class Customer
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? {|PII006:Email|} { get; }
        }
        """);

    [Fact]
    public Task Members_of_a_type_marked_NotMapped_are_never_stored_and_need_no_erasure() => Verify.VerifyAsync("""
        using Pii;
        [System.ComponentModel.DataAnnotations.Schema.NotMapped]
        public class CustomerView
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? Email { get; }
        }

        public class CustomerRow : CustomerView
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? {|PII006:Phone|} { get; }
        }
        """);

    [Fact]
    public Task A_get_only_property_kept_under_a_legal_hold_is_fine() => Verify.VerifyAsync("""
        using Pii;
        public class Invoice
        {
            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation, Erasure = ErasureStrategy.Retain)]
            public string? Iban { get; }
        }
        """);

    [Fact]
    public Task Private_init_only_and_read_only_members_are_erasable_on_net8_and_later() => Verify.VerifyAsync("""
        using Pii;
        public record Customer([property: PersonalData("Account", "P30D", LegalBasis.Contract)] string Name)
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? Hash { get; private set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            private readonly string? _secret;
        }
        """);

    [Fact]
    public Task A_private_setter_is_not_erasable_without_UnsafeAccessor() => Verify.VerifyAsync("""
        using Pii;
        public class Customer
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? {|PII006:Hash|} { get; private set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """, netStandard: true);

    [Fact]
    public Task A_private_setter_in_a_generic_type_is_not_erasable() => Verify.VerifyAsync("""
        using Pii;
        public class Entity<T>
        {
            [PersonalData("Audit", "P1Y", LegalBasis.LegitimateInterests)]
            public string? {|PII006:CreatedBy|} { get; private set; }
        }
        """);

    [Fact]
    public Task Pseudonymize_needs_text_Anonymize_a_known_type_and_Clear_a_nullable_or_emptyable_type() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using Pii;
        public class Profile { }
        public class Customer
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract, Erasure = ErasureStrategy.Pseudonymize)]
            public DateTime {|PII006:BirthDate|} { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Erasure = ErasureStrategy.Anonymize)]
            public Uri? {|PII006:Homepage|} { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public Profile {|PII006:Profile|} { get; set; } = new();

            [PersonalData("Account", "P30D", LegalBasis.Contract, Erasure = ErasureStrategy.Pseudonymize)]
            public string? UserName { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public Profile? OptionalProfile { get; set; }
        }
        """);

    [Fact]
    public void The_message_names_the_member_the_strategy_and_the_fix()
    {
        var diagnostic = Microsoft.CodeAnalysis.Diagnostic.Create(Descriptors.ErasureStrategyNotApplicable, null, "Email", "Clear", "'Email' has no setter; add a (private) setter or use ErasureStrategy.Retain");

        Assert.Equal("'Email' cannot be erased with Clear: 'Email' has no setter; add a (private) setter or use ErasureStrategy.Retain", diagnostic.GetMessage());
        Assert.Equal("PII006", new ErasureStrategyAnalyzer().SupportedDiagnostics[0].Id);
    }

    [Fact]
    public Task A_crypto_shredded_member_must_be_encrypted_and_nullable() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using Pii;
        public class Patient
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
            public string? Name { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
            public DateOnly? Birthday { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
            public DateOnly {|#0:Admitted|} { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Erasure = ErasureStrategy.CryptoShred)]
            public string? {|#1:Nickname|} { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
            public string? {|#2:Motto|} { get; private set; }
        }
        """,
        expected:
        [
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.ErasureStrategyNotApplicable).WithLocation(0).WithArguments(
                "Admitted", "CryptoShred", "crypto-shredding clears the value to null when it destroys the subject's key (and reads a value under a destroyed key as null), and a non-nullable System.DateOnly cannot be null; make it nullable"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.ErasureStrategyNotApplicable).WithLocation(1).WithArguments(
                "Nickname", "CryptoShred", "CryptoShred encrypts the member under a key of its data subject's own and destroys that key on erasure: add Protection = Protection.Encrypted"),
            new Microsoft.CodeAnalysis.Testing.DiagnosticResult(Descriptors.ErasureStrategyNotApplicable).WithLocation(2).WithArguments(
                "Motto", "CryptoShred", "crypto-shredding sets 'Motto' as rows are read, so generated code must reach its setter directly: make the setter public or internal"),
        ]);

    [Fact]
    public Task An_encrypted_member_is_erased_by_clearing_to_null_deleting_its_record_or_retaining_it() => Verify.VerifyAsync("""
        #nullable enable
        using System;
        using Pii;
        public class Member
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Name { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.DeleteRecord)]
            public string? Motto { get; set; }

            // Deleted when it can be, cleared when something still links to the record: it must be able to be null.
            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.DeleteRecord)]
            public string {|PII006:Slogan|} { get; set; } = "";

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation, Protection = Protection.Encrypted, Erasure = ErasureStrategy.Retain)]
            public DateTime Paid { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string {|PII006:Nickname|} { get; set; } = "";

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public DateTime {|PII006:BornAt|} { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.Pseudonymize)]
            public string? {|PII006:Handle|} { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.Anonymize)]
            public int? {|PII006:HouseNumber|} { get; set; }

            // Not encrypted: the same strategies are fine.
            [PersonalData("Account", "P30D", LegalBasis.Contract, Erasure = ErasureStrategy.Pseudonymize)]
            public string? Alias { get; set; }
        }
        """);
}
