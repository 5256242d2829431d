using System.Threading.Tasks;
using Pii.Analyzers.Rules;
using Pii.CodeFixes;

namespace Pii.Analyzers.Tests;

public class NotStoredCodeFixTests
{
    [Fact]
    public Task A_keyed_DTO_is_marked_NotMapped_and_the_namespace_is_imported() => VerifyAsync<SubjectLinkAnalyzer>(
        """
        using Pii;

        /// <summary>What the API returns.</summary>
        public class {|PII004:ContactView|}
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """,
        """
        using Pii;
        using System.ComponentModel.DataAnnotations.Schema;

        /// <summary>What the API returns.</summary>
        [NotMapped]
        public class ContactView
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """);

    [Fact]
    public Task A_record_with_attributes_keeps_them_and_an_imported_namespace_is_not_imported_twice() => VerifyAsync<SubjectLinkAnalyzer>(
        """
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using Pii;

        namespace Api
        {
            [Serializable]
            public sealed record {|PII004:ContactRow|}(int Id, [property: PersonalData("Account", "P1Y", LegalBasis.Contract)] string? Email);
        }
        """,
        """
        using System;
        using System.ComponentModel.DataAnnotations.Schema;
        using Pii;

        namespace Api
        {
            [NotMapped]
            [Serializable]
            public sealed record ContactRow(int Id, [property: PersonalData("Account", "P1Y", LegalBasis.Contract)] string? Email);
        }
        """);

    [Fact]
    public Task In_a_file_without_usings_the_header_stays_first() => VerifyAsync<SubjectLinkAnalyzer>(
        """
        // Copyright Shop BV.

        namespace Api;

        public class {|PII004:ContactView|}
        {
            public int Id { get; set; }

            [Pii.PersonalData("Account", "P1Y", Pii.LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """,
        """
        // Copyright Shop BV.

        using System.ComponentModel.DataAnnotations.Schema;

        namespace Api;

        [NotMapped]
        public class ContactView
        {
            public int Id { get; set; }

            [Pii.PersonalData("Account", "P1Y", Pii.LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """);

    [Fact]
    public Task Fix_all_marks_every_keyed_DTO_and_that_clears_PII008_too() => VerifyAsync<PiiAnalyzer>(
        EntityModelAnalyzerTests.EfCore + Views("{|PII004:{|PII008:ContactView|}|}", "{|PII004:{|PII008:OrderView|}|}", marked: false),
        EntityModelAnalyzerTests.EfCore.Replace("using Pii;\n", "using Pii;\nusing System.ComponentModel.DataAnnotations.Schema;\n") + Views("ContactView", "OrderView", marked: true));

    [Fact]
    public Task A_keyed_element_its_owner_keeps_is_marked_Owned_where_EF_Core_is_referenced() => CodeFixTest<SubjectLinkAnalyzer, NotStoredCodeFix>.VerifyAsync(
        Allergies("public class {|PII004:Allergy|}", owned: false),
        Allergies("[Owned]\npublic class Allergy", owned: true),
        NotStoredCodeFix.OwnedKey);

    [Fact]
    public Task The_NotMapped_fix_is_not_offered_for_a_struct() => CodeFixTest<SubjectLinkAnalyzer, NotStoredCodeFix>.VerifyAsync(
        Struct,
        Struct,
        NotStoredCodeFix.Key);

    // PII004 reports a struct with a key too; [NotMapped] on it would not compile (CS0592).
    private const string Struct = """
        using Pii;
        public struct {|PII004:Reading|}
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Note { get; set; }
        }
        """;

    [Fact]
    public Task The_Owned_fix_is_not_offered_for_a_type_a_context_has_a_DbSet_of() => CodeFixTest<SubjectLinkAnalyzer, NotStoredCodeFix>.VerifyAsync(
        Allergies("public class {|PII004:Allergy|}", owned: false) + Context,
        Allergies("public class {|PII004:Allergy|}", owned: false) + Context,
        NotStoredCodeFix.OwnedKey);

    private const string Context = """

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
        }

        public class ClinicContext : Microsoft.EntityFrameworkCore.DbContext
        {
            public Microsoft.EntityFrameworkCore.DbSet<Allergy> Allergies { get; set; } = null!;
        }
        """;

    /// <summary>A patient whose allergies EF Core keeps as an OwnsMany collection with keys of their own, and a stand-in for EF Core's [Owned].</summary>
    private static string Allergies(string allergy, bool owned) => $$"""
        using Pii;{{(owned ? "\nusing Microsoft.EntityFrameworkCore;" : string.Empty)}}

        namespace Microsoft.EntityFrameworkCore
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class OwnedAttribute : System.Attribute { }
        }

        [DataSubject]
        public class Patient
        {
            public int Id { get; set; }

            public System.Collections.Generic.List<Allergy> Allergies { get; set; } = new();
        }

        {{allergy}}
        {
            public int Id { get; set; }

            [PersonalData("Care", "P1Y", LegalBasis.Contract)]
            public string? Substance { get; set; }
        }
        """;

    /// <summary>Two keyed views of tagged data, never stored, and the context.</summary>
    private static string Views(string contact, string order, bool marked)
    {
        string mark = marked ? "[NotMapped]\n" : string.Empty;
        return $$"""
            {{mark}}public class {{contact}}
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? Email { get; set; }
            }

            {{mark}}public class {{order}}
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? ShippingName { get; set; }
            }

            public class ShopContext : DbContext
            {
                public DbSet<Contact> Contacts { get; set; } = null!;
            }
            """;
    }

    private static Task VerifyAsync<TAnalyzer>(string source, string fixedSource)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new() =>
        CodeFixTest<TAnalyzer, NotStoredCodeFix>.VerifyAsync(source, fixedSource);
}
