using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Testing;
using Pii.Analyzers.Rules;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Rules.EncryptedQueryAnalyzer>;

namespace Pii.Analyzers.Tests;

/// <summary>PII011: members stored encrypted, used in database queries (expression trees) in ways ciphertext cannot answer.</summary>
public class EncryptedQueryAnalyzerTests
{
    /// <summary>
    /// Customers and orders with members stored encrypted (<c>Email</c>, <c>BirthDate</c>, <c>Note</c>), one tagged
    /// but stored as it is (<c>Name</c>), one encrypted by its tag but of a type without a codec, so stored as it is
    /// (<c>Homepage</c>, PII003), and untagged ones.
    /// </summary>
    private const string Model = """
        #nullable enable
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Linq.Expressions;
        using System.Threading.Tasks;
        using Pii;

        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Email { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public DateTime? BirthDate { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract)]
            public string? Name { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public Uri? Homepage { get; set; }

            public string? Country { get; set; }

            public DateTime CreatedAt { get; set; }

            public List<Order> Orders { get; set; } = new();
        }

        public class Order
        {
            public int Id { get; set; }

            public Customer Customer { get; set; } = new();

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Note;

            public DateTime PlacedAt { get; set; }
        }

        """;

    /// <summary>
    /// EF Core's <c>EF.Functions.Like</c> and two async operators, with the namespaces, types and parameter names of EF Core
    /// 10 (these tests do not reference EF Core; the rule recognises them by those names).
    /// </summary>
    private const string EfCore = """

        namespace Microsoft.EntityFrameworkCore
        {
            public sealed class DbFunctions { }

            public static class EF
            {
                public static DbFunctions Functions => throw new InvalidOperationException();
            }

            public static class DbFunctionsExtensions
            {
                public static bool Like(this DbFunctions _, string? matchExpression, string? pattern) => throw new InvalidOperationException();
            }

            public static class EntityFrameworkQueryableExtensions
            {
                public static Task<TResult> MaxAsync<TSource, TResult>(this IQueryable<TSource> source, Expression<Func<TSource, TResult>> selector, System.Threading.CancellationToken cancellationToken = default) => throw new InvalidOperationException();

                public static Task<bool> ContainsAsync<TSource>(this IQueryable<TSource> source, TSource item, System.Threading.CancellationToken cancellationToken = default) => throw new InvalidOperationException();
            }
        }
        """;

    [Fact]
    public Task Comparing_an_encrypted_member_with_a_value_is_reported() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Find(IQueryable<Customer> customers, string email, Customer other)
            {
                customers.Where(c => {|PII011:c.Email|} == email);
                customers.Where(c => email != {|PII011:c.Email|});
                customers.Where(c => {|PII011:c.Email|}!.Equals(email));
                customers.Where(c => email.Equals({|PII011:c.Email|}));
                customers.Where(c => string.Equals({|PII011:c.Email|}, email, StringComparison.Ordinal));
                customers.Where(c => {|PII011:c.BirthDate|} == other.BirthDate);
                customers.FirstOrDefault(c => {|PII011:c.Email|} == "ada@example.com");
                customers.Count(c => c.Country == "NL" && {|PII011:c.Email|} == email);
            }
        }
        """);

    [Fact]
    public Task Comparing_an_encrypted_member_with_null_is_fine() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Find(IQueryable<Customer> customers)
            {
                customers.Where(c => c.Email == null);
                customers.Where(c => null != c.Email);
                customers.Where(c => c.BirthDate != null);
                customers.Where(c => c.Email != default);
                customers.Where(c => Equals(c.Email, null));
                customers.Where(c => c.Email!.Equals(null));
                customers.Select(c => c.Email).Contains(null);
            }
        }
        """);

    [Fact]
    public Task Ordering_by_an_encrypted_member_and_its_minimum_and_maximum_are_reported() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void List(IQueryable<Customer> customers)
            {
                customers.OrderBy(c => {|PII011:c.Email|});
                customers.OrderByDescending(c => {|PII011:c.BirthDate|});
                customers.OrderBy(c => c.Id).ThenBy(c => {|PII011:c.Email|});
                customers.OrderBy(c => c.Id).ThenByDescending(c => (object?){|PII011:c.BirthDate|});
                customers.Min(c => {|PII011:c.BirthDate|});
                customers.Max(c => {|PII011:c.Email|});
                customers.MaxBy(c => {|PII011:c.BirthDate|});
                customers.Select(c => {|PII011:c.BirthDate|}).Max();
                customers.Select(c => {|PII011:c.Email|}).Order();
                _ = (from c in customers orderby c.Country, {|PII011:c.Email|} descending select c).ToList();
                _ = (from c in customers select {|PII011:c.BirthDate|}).Min();
            }
        }
        """);

    [Fact]
    public Task Comparing_an_encrypted_member_as_a_range_is_reported() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Adults(IQueryable<Customer> customers, DateTime cutoff)
            {
                customers.Where(c => {|PII011:c.BirthDate|} < cutoff);
                customers.Where(c => {|PII011:c.BirthDate|} > cutoff);
                customers.Where(c => cutoff >= {|PII011:c.BirthDate|});
                customers.Where(c => {|PII011:c.BirthDate|} <= DateTime.Today.AddYears(-18));
                customers.Where(c => string.Compare({|PII011:c.Email|}, "m") > 0);
                customers.Where(c => {|PII011:c.Email|}!.CompareTo("m") > 0);
            }
        }
        """);

    [Fact]
    public Task Searching_in_an_encrypted_member_is_reported() => Verify.VerifyAsync("using Microsoft.EntityFrameworkCore;\n" + Model + EfCore + """

        public class Queries
        {
            public void Search(IQueryable<Customer> customers, string term)
            {
                customers.Where(c => {|PII011:c.Email|}!.Contains(term));
                customers.Where(c => {|PII011:c.Email|}!.StartsWith("ada"));
                customers.Where(c => {|PII011:c.Email|}!.EndsWith("@example.com"));
                customers.Where(c => {|PII011:c.Email|}!.IndexOf('@') > 3);
                customers.Where(c => {|PII011:c.Email|}!.ToLower() == term);
                customers.Where(c => {|PII011:c.Email|}!.ToUpperInvariant().StartsWith("ADA"));
                customers.Where(c => {|PII011:c.Email|}!.Trim() != "");
                customers.Where(c => term.Contains({|PII011:c.Email|}!));
                customers.Where(c => EF.Functions.Like({|PII011:c.Email|}, "%@example.com"));
            }
        }
        """);

    /// <summary>An <c>IN</c> list is a set of equality comparisons: the way out is a blind index, as for <c>==</c>.</summary>
    [Fact]
    public Task Looking_an_encrypted_member_up_in_a_list_of_values_is_reported_as_an_equality() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Find(IQueryable<Customer> customers, List<string> emails, string[] more, string email)
            {
                customers.Where(c => emails.Contains({|PII011:c.Email|}!));
                customers.Where(c => more.Contains({|PII011:c.Email|}));
                customers.Select(c => {|PII011:c.Email|}).Contains(email);
                customers.Select(c => {|PII011:c.Email|}).Distinct();
            }
        }
        """);

    [Fact]
    public Task Joining_and_grouping_on_an_encrypted_member_are_reported() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Match(IQueryable<Customer> customers, IQueryable<Order> orders)
            {
                customers.GroupBy(c => {|PII011:c.Email|});
                customers.Join(orders, c => {|PII011:c.Email|}, o => {|PII011:o.Note|}, (c, o) => o.Id);
                _ = (from c in customers
                     join o in orders on {|PII011:c.Email|} equals {|PII011:o.Note|}
                     where {|PII011:c.BirthDate|} == o.PlacedAt
                     group o by {|PII011:c.Email|}).ToList();
            }
        }
        """);

    /// <summary>
    /// <c>.Value</c> of a nullable column is the column itself to the database (EF Core translates <c>c.BirthDate.Value &lt;
    /// cutoff</c> as <c>c.BirthDate &lt; cutoff</c>): its comparisons and orderings are reported as those of the column. They
    /// were not.
    /// </summary>
    [Fact]
    public Task The_value_of_a_nullable_encrypted_member_is_the_member() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Find(IQueryable<Customer> customers, DateTime cutoff)
            {
                customers.Where(c => {|PII011:c.BirthDate|}!.Value < cutoff);
                customers.Where(c => {|PII011:c.BirthDate|}.Value == cutoff);
                customers.OrderBy(c => {|PII011:c.BirthDate|}!.Value);
                customers.Where(c => c.BirthDate.HasValue && c.BirthDate.Value.Year > 2000);
            }
        }
        """);

    /// <summary>
    /// A composite key (<c>new { c.Email, c.Id }</c>) compares each of its members: a join or grouping on one with an encrypted
    /// member compares that member with a value as much as a key of the member alone. Not reported before; a projection to an
    /// anonymous object (<c>Select</c>) still is not.
    /// </summary>
    [Fact]
    public Task An_encrypted_member_in_a_composite_join_or_grouping_key_is_reported() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Match(IQueryable<Customer> customers, IQueryable<Order> orders)
            {
                customers.GroupBy(c => new { {|PII011:c.Email|}, c.Country });
                customers.Join(orders, c => new { {|PII011:c.Email|}, c.Id }, o => new { Email = {|PII011:o.Note|}, o.Customer.Id }, (c, o) => o.Id);
                _ = (from c in customers
                     join o in orders on new { {|PII011:c.Email|} } equals new { Email = {|PII011:o.Note|} }
                     group o by new { {|PII011:c.BirthDate|}, c.Country }).ToList();
                customers.Select(c => new { c.Email, c.Country }).ToList();
            }
        }
        """);

    [Fact]
    public Task A_member_reached_through_a_navigation_or_a_nested_lambda_is_reported() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Find(IQueryable<Order> orders, IQueryable<Customer> customers, string email, string note)
            {
                orders.Where(o => {|PII011:o.Customer.Email|} == email);
                orders.OrderBy(o => {|PII011:o.Customer.BirthDate|});
                customers.Where(c => c.Orders.Any(o => {|PII011:o.Note|} == note));
                customers.Where(c => c.Orders.Max(o => {|PII011:o.Note|}) != null);
                customers.Select(c => c.Orders.OrderBy(o => {|PII011:o.Note|}).First());
            }
        }
        """);

    [Fact]
    public Task An_expression_tree_kept_in_a_variable_or_built_inside_a_delegate_is_a_query() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public static Expression<Func<Customer, bool>> ByEmail(string email) => c => {|PII011:c.Email|} == email;

            public void Find(IQueryable<Customer> customers, string email)
            {
                Expression<Func<Customer, bool>> byEmail = c => {|PII011:c.Email|} == email;
                customers.Where(byEmail);
                Func<IQueryable<Customer>, IQueryable<Customer>> sorted = q => q.OrderBy(c => {|PII011:c.BirthDate|});
            }
        }
        """);

    [Fact]
    public Task EF_Core_async_operators_are_queries_too() => Verify.VerifyAsync("using Microsoft.EntityFrameworkCore;\n" + Model + EfCore + """

        public class Queries
        {
            public async Task Find(IQueryable<Customer> customers, string email)
            {
                await customers.MaxAsync(c => {|PII011:c.BirthDate|});
                await customers.Select(c => {|PII011:c.Email|}).ContainsAsync(email);
            }
        }
        """);

    [Fact]
    public Task Members_stored_as_they_are_are_not_reported() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Find(IQueryable<Customer> customers, string name, Uri homepage)
            {
                customers.Where(c => c.Name == name && c.Country!.StartsWith("N") && c.Id > 3 && c.Homepage == homepage);
                customers.OrderBy(c => c.Name).ThenBy(c => c.CreatedAt).Max(c => c.Country);
                customers.Where(c => c.Orders.Any(o => o.PlacedAt < c.CreatedAt));
            }
        }
        """);

    [Fact]
    public Task The_same_lambdas_over_objects_in_memory_are_not_queries() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Find(List<Customer> customers, IEnumerable<Order> orders, string email)
            {
                customers.Where(c => c.Email == email).ToList();
                customers.OrderBy(c => c.Email).ThenBy(c => c.BirthDate).ToList();
                customers.Where(c => c.Email!.Contains("@") && c.BirthDate < DateTime.Today).ToList();
                orders.Where(o => o.Customer.Email == email).ToList();
                Func<Customer, bool> byEmail = c => c.Email == email;
                _ = (from c in customers where c.Email == email orderby c.BirthDate select c).ToList();
                customers.AsQueryable().AsEnumerable().Where(c => c.Email == email).ToList();
            }
        }
        """);

    [Fact]
    public Task Projecting_an_encrypted_member_is_fine() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Load(IQueryable<Customer> customers, IQueryable<Order> orders)
            {
                customers.Select(c => c.Email).ToList();
                customers.Select(c => new { c.Email, c.BirthDate, Orders = c.Orders.Select(o => o.Note) }).ToList();
                customers.Where(c => c.Id == 1).Select(c => c.BirthDate).Count();
                orders.Select(o => o.Customer.Email).FirstOrDefault();
                _ = (from c in customers where c.Email != null select c.Email).ToList();
            }
        }
        """);

    /// <summary>Values held in memory are sent as query parameters: only the other side is a column.</summary>
    [Fact]
    public Task A_captured_value_of_an_encrypted_member_compared_with_a_column_stored_as_it_is_is_fine() => Verify.VerifyAsync(Model + """
        public class Queries
        {
            public void Find(IQueryable<Customer> customers, IQueryable<Order> orders, Customer customer)
            {
                string? email = customer.Email;
                customers.Where(c => c.Country == email);
                customers.Where(c => c.Name == customer.Email);
                customers.Where(c => c.Name!.Contains(customer.Email!));
                orders.Where(o => o.PlacedAt > customer.BirthDate);
            }
        }

        public class Account
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Email { get; set; }

            public IQueryable<Customer> Namesakes(IQueryable<Customer> customers) => customers.Where(c => c.Name == Email);
        }
        """);

    [Fact]
    public Task Each_kind_has_its_own_message_with_the_way_out() => Verify.VerifyAsync(
        Model + """
        public class Queries
        {
            public void Find(IQueryable<Customer> customers, string email, DateTime cutoff)
            {
                customers.Where(c => {|#0:c.Email|} == email);
                customers.Where(c => {|#1:c.BirthDate|} < cutoff);
                customers.OrderBy(c => {|#2:c.BirthDate|});
                customers.Where(c => {|#3:c.Email|}!.StartsWith("ada"));
            }
        }
        """,
        expected:
        [
            new DiagnosticResult("PII011", DiagnosticSeverity.Warning).WithLocation(0).WithMessage(
                "'Email' is stored encrypted, so the database cannot compare it with a value: an equality lookup needs a blind index (docs/encryption.md); or filter after loading"),
            new DiagnosticResult("PII011", DiagnosticSeverity.Warning).WithLocation(1).WithMessage(
                "'BirthDate' is stored encrypted, so the database cannot compare it as a range (<, >, <=, >=): query on another column, or filter after loading"),
            new DiagnosticResult("PII011", DiagnosticSeverity.Warning).WithLocation(2).WithMessage(
                "'BirthDate' is stored encrypted, so the database cannot order by it or find its minimum or maximum: order by another column, or sort after loading"),
            new DiagnosticResult("PII011", DiagnosticSeverity.Warning).WithLocation(3).WithMessage(
                "'Email' is stored encrypted, so the database cannot search in it or change its case or spaces: query on another column, or filter after loading"),
        ]);

    /// <summary>The entities live in a project of their own; the query's project never says <c>Encrypted</c>.</summary>
    [Fact]
    public Task Members_of_a_referenced_assembly_are_read_from_its_metadata() => Verify.VerifyAsync(
        """
        using System.Linq;
        using Shop.Domain;

        public class Queries
        {
            public IQueryable<Customer> Find(IQueryable<Customer> customers, string email) =>
                customers.Where(c => {|PII011:c.Email|} == email && c.Name != email).OrderBy(c => c.Name);
        }
        """,
        references: [Compile("Shop.Domain", """
            using Pii;

            namespace Shop.Domain;

            public class Customer
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
                public string? Email { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Name { get; set; }
            }
            """)]);

    [Fact]
    public void A_compilation_is_analyzed_only_when_a_member_can_be_stored_encrypted()
    {
        const string Plain = """
            using Pii;
            public class Customer
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Email { get; set; }
            }
            """;
        MetadataReference domain = Compile("Shop.Domain", Plain.Replace("Customer", "Contact"));

        Assert.False(EncryptedQueryAnalyzer.MayStoreEncrypted(Compilation(Plain), CancellationToken.None));
        Assert.True(EncryptedQueryAnalyzer.MayStoreEncrypted(Compilation(Plain.Replace("LegalBasis.Contract)", "LegalBasis.Contract, Protection = Protection.Encrypted)")), CancellationToken.None));
        Assert.True(EncryptedQueryAnalyzer.MayStoreEncrypted(Compilation(Plain, domain), CancellationToken.None)); // its tags are read when used
    }

    private static CSharpCompilation Compilation(string source, params MetadataReference[] references) => CSharpCompilation.Create(
        "Shop",
        [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp13))],
        [.. Basic.Reference.Assemblies.Net100.References.All, TestReferences.Pii, .. references],
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static MetadataReference Compile(string assemblyName, string source)
    {
        using var image = new MemoryStream();
        EmitResult result = Compilation(source).WithAssemblyName(assemblyName).Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    [Fact]
    public Task It_works_against_netstandard2_0() => Verify.VerifyAsync("""
        using System.Linq;
        using Pii;

        public class Customer
        {
            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string Email { get; set; }

            public IQueryable<Customer> Find(IQueryable<Customer> customers, string email) => customers.Where(c => {|PII011:c.Email|} == email);
        }
        """, netStandard: true);

    [Fact]
    public Task It_does_not_run_where_editorconfig_switches_it_off() => Verify.VerifyAsync(
        Model + """
        public class Queries
        {
            public void Find(IQueryable<Customer> customers, string email) => customers.Where(c => c.Email == email);
        }
        """,
        editorConfig: "dotnet_diagnostic.PII011.severity = none\n");

    [Fact]
    public Task It_reports_through_the_analyzer_the_compiler_loads() => AnalyzerTest<PiiAnalyzer>.VerifyAsync("""
        using System.Linq;
        using Pii;

        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Account", "P30D", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Email { get; set; }

            public static Customer? Find(IQueryable<Customer> customers, string email) => customers.FirstOrDefault(c => {|PII011:c.Email|} == email);
        }
        """);
}
