using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Pii.Analyzers.Rules;
using Pii.CodeFixes;

namespace Pii.Analyzers.Tests;

public class NotStoredCodeFixTests
{
    private const string Subject = """
        [DataSubject]
        public class Contact
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """;

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

        """ + Subject,
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

        """ + Subject);

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
    public Task Fix_all_marks_every_keyed_DTO_and_that_clears_PII008_too() => VerifyAsync<PiiAnalyzer>(
        """
        using Microsoft.EntityFrameworkCore;
        using Pii;

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
        }

        public class {|PII004:{|PII008:ContactView|}|}
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }

        public class {|PII004:{|PII008:OrderView|}|}
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? ShippingName { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
        }

        """ + Subject,
        """
        using Microsoft.EntityFrameworkCore;
        using Pii;
        using System.ComponentModel.DataAnnotations.Schema;

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
        }

        [NotMapped]
        public class ContactView
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }

        [NotMapped]
        public class OrderView
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? ShippingName { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
        }

        """ + Subject);

    private static Task VerifyAsync<TAnalyzer>(string source, string fixedSource)
        where TAnalyzer : Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, NotStoredCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = source,
            FixedCode = fixedSource,
        };
        TestReferences.AddNet10(test.TestState);
        return test.RunAsync();
    }
}
