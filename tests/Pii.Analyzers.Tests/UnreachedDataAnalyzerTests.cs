using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Rules.UnreachedDataAnalyzer>;

namespace Pii.Analyzers.Tests;

/// <summary>PII013: personal data inside an object that generated code does not follow into.</summary>
public class UnreachedDataAnalyzerTests
{
    private const string Address = """
        using System.Collections.Generic;
        using Pii;

        public class Address
        {
            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Street { get; set; }
        }

        """;

    [Fact]
    public Task A_struct_holding_a_tagged_class_is_reported_on_the_member_that_holds_it() => Verify.VerifyAsync(Address + """
        public struct ContactInfo
        {
            public Address? Home { get; set; }
        }

        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }
            public ContactInfo {|#0:Contact|} { get; set; }
            public ContactInfo? {|#1:Previous|} { get; set; }
        }
        """,
        expected:
        [
            new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Customer.Contact", "Address.Street", "Customer", "ContactInfo is a struct (generated code follows objects of classes and record classes, which it can change in place)", "hold the data in a class of this project, tag Contact itself, or mark it [NotPersonalData(\"<reason>\")]"),
            new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("Customer.Previous", "Address.Street", "Customer", "ContactInfo is a struct (generated code follows objects of classes and record classes, which it can change in place)", "hold the data in a class of this project, tag Previous itself, or mark it [NotPersonalData(\"<reason>\")]"),
        ]);

    [Fact]
    public Task Generic_private_and_framework_holders_are_reported_with_their_reason() => Verify.VerifyAsync(Address + """
        public class Wrapper<T>
        {
            public T? Value { get; set; }
        }

        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }
            public Wrapper<Address>? {|#0:Wrapped|} { get; set; }
            public Dictionary<string, Address> {|#1:ByLabel|} { get; } = new();
            public List<Wrapper<Address>> {|#2:History|} { get; } = new();
            private Secret? {|#3:secret|};

            private class Secret
            {
                public Address? Inside { get; set; }
            }
        }
        """,
        expected:
        [
            new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Customer.Wrapped", "Address.Street", "Customer", "Wrapper is generic (generated code follows objects of classes that are not)", "hold the data in a class of this project, tag Wrapped itself, or mark it [NotPersonalData(\"<reason>\")]"),
            new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("Customer.ByLabel", "Address.Street", "Customer", "generated code does not look inside KeyValuePair<string, Address>", "hold the data in a class of this project, tag ByLabel itself, or mark it [NotPersonalData(\"<reason>\")]"),
            new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(2)
                .WithArguments("Customer.History", "Address.Street", "Customer", "Wrapper is generic (generated code follows objects of classes that are not)", "hold the data in a class of this project, tag History itself, or mark it [NotPersonalData(\"<reason>\")]"),
            new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(3)
                .WithArguments("Customer.secret", "Address.Street", "Customer", "generated code cannot name Secret (it is private, protected, file-local or nested in a generic type)", "hold the data in a class of this project, tag secret itself, or mark it [NotPersonalData(\"<reason>\")]"),
        ]);

    /// <summary>
    /// A class nested in a generic type has no type parameters of its own: the reason is that generated code cannot name it,
    /// not that it is generic (which the message said, since Roslyn counts the containing type's type arguments as its own).
    /// </summary>
    [Fact]
    public Task A_class_nested_in_a_generic_type_is_reported_as_one_generated_code_cannot_name() => Verify.VerifyAsync(Address + """
        public class Catalog<T>
        {
            public class Entry
            {
                public Address? Home { get; set; }
            }
        }

        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }
            public Catalog<int>.Entry? {|#0:Listed|} { get; set; }
        }
        """,
        expected:
        [
            new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("Customer.Listed", "Address.Street", "Customer", "generated code cannot name Entry (it is private, protected, file-local or nested in a generic type)", "hold the data in a class of this project, tag Listed itself, or mark it [NotPersonalData(\"<reason>\")]"),
        ]);

    [Fact]
    public Task What_generated_code_follows_or_need_not_follow_is_not_reported() => Verify.VerifyAsync(Address + """
        public class Contact
        {
            public Address? Home { get; set; }                 // an untagged class of this assembly: followed to its tags
        }

        public struct Point
        {
            public double X { get; set; }                      // a struct with no personal data inside
        }

        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }
            public Contact? Contact { get; set; }
            public List<Address> Addresses { get; } = new();
            public Point Location { get; set; }
            public Dictionary<string, int> Counters { get; } = new();
            public System.Guid Token { get; set; }

            [NotPersonalData("a copy kept for the audit trail, erased by the audit job")]
            public Wrapper<Address>? Audited { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public Wrapper<Address>? Tagged { get; set; }
        }

        public class Order
        {
            public int Id { get; set; }
            public Customer? Buyer { get; set; }                // a data subject: a link, not a part
            public Wrapper<Customer>? Holder { get; set; }      // nothing but a subject inside
            public Wrapper<Invoice>? Invoice { get; set; }      // an entity with a key: a row of its own
        }

        public class Invoice
        {
            public int Id { get; set; }
            public int CustomerId { get; set; }

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation)]
            public string? BillingName { get; set; }
        }

        public class Wrapper<T>
        {
            public T? Value { get; set; }
        }

        public struct Gps
        {
            public Address? Near { get; set; }
        }

        public struct Trip
        {
            public Gps Start { get; set; }                     // a struct's members: the struct gets no code to leave data out of
        }

        // Collections of each other: looking for personal data inside must end (it once recursed until the stack overflowed).
        public class Ring : IEnumerable<Link>
        {
            public IEnumerator<Link> GetEnumerator() => throw new System.NotSupportedException();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Link : IEnumerable<Ring>
        {
            public IEnumerator<Ring> GetEnumerator() => throw new System.NotSupportedException();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }

        public class Chain
        {
            public Wrapper<Ring>? Rings { get; set; }
        }
        """);

    [Fact]
    public async Task A_class_of_another_assembly_whose_build_generated_no_code_for_it_is_reported()
    {
        await Verify.VerifyAsync(
            """
            using Pii;

            [DataSubject]
            public class Customer
            {
                public int Id { get; set; }
                public Address? {|#0:Home|} { get; set; }
            }
            """,
            references: [SharedDomain()],
            expected:
            [
                new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(0)
                    .WithArguments("Customer.Home", "Address.Street", "Customer", "Address is declared in Shared.Domain, whose build generated no code for it that this project can call",
                        "build Shared.Domain with Pii and give Address a tag of its own there (public and not generic: its generated code is then called from here), hold the data in a class of this project, or mark Home [NotPersonalData(\"<reason>\")]"),
            ]);
    }

    /// <summary>
    /// A class of a library built with Pii's generator is followed through the code that build wrote for it, and PII013
    /// agrees: it reports only what that code does not cover (a class the library generated nothing for).
    /// </summary>
    [Fact]
    public async Task A_class_of_another_assembly_whose_build_generated_code_for_it_is_followed_and_not_reported()
    {
        MetadataReference shared = SharedDomain("""
            public class Contact // no tag of its own, and nothing in the library holds one: no generated class
            {
                public Address? Postal { get; set; }
            }
            """, generated: true);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "App",
            [CSharpSyntaxTree.ParseText("""
                using Pii;

                [DataSubject]
                public class Customer
                {
                    public int Id { get; set; }

                    public Address? Home { get; set; }

                    public System.Collections.Generic.List<Address> Previous { get; set; } = new();

                    public Contact? Work { get; set; }
                }
                """)],
            [.. Basic.Reference.Assemblies.Net100.References.All, TestReferences.Pii, shared],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        CSharpGeneratorDriver.Create(Generator()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        string customerCode = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Customer.PersonalData.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("global::AddressPersonalData.WritePersonalDataMembers(homeValue, writer, scope);", customerCode, StringComparison.Ordinal);
        Assert.Contains("global::AddressPersonalData.ErasePersonalDataMembers(item, context, ", customerCode, StringComparison.Ordinal);
        Assert.Contains("global::AddressPersonalData.AppendRedacted(", customerCode, StringComparison.Ordinal);
        Assert.DoesNotContain("WorkName", customerCode, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new Pii.Analyzers.Rules.UnreachedDataAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        Diagnostic work = Assert.Single(diagnostics, d => d.Id == "PII013");
        Assert.StartsWith("'Customer.Work' holds personal data (Address.Street) that the generated export, erasure and redaction of 'Customer' leave out, because Contact is declared in Shared.Domain, whose build generated no code",
            work.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_inherited_from_another_assemblys_class_is_reported_on_the_class()
    {
        MetadataReference shared = SharedDomain("""
            public class PersonBase
            {
                public Address? Home { get; set; }

                public virtual Address? Work { get; set; }

                public Address? Old { get; set; }

                public string? Nickname { get; set; }
            }
            """);

        await Verify.VerifyAsync(
            """
            using Pii;

            [DataSubject]
            public class {|#0:Customer|} : PersonBase
            {
                public int Id { get; set; }

                public new Address? {|#2:Old|} { get; set; } // hidden: reported here, by the member action, once
            }

            public class Book : System.Collections.ObjectModel.Collection<Address> // the framework's protected Items: not reported
            {
            }

            public class Employee : Customer // its base is the project's own, reported above
            {
                public string? Badge { get; set; }
            }
            """,
            references: [shared],
            expected:
            [
                new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(0)
                    .WithArguments("Customer.Home", "Address.Street", "Customer", "Address is declared in Shared.Domain, whose build generated no code for it that this project can call", "erase it in Shared.Domain, which declares it"),
                new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(0)
                    .WithArguments("Customer.Work", "Address.Street", "Customer", "Address is declared in Shared.Domain, whose build generated no code for it that this project can call", "erase it in Shared.Domain, which declares it, or tag an override of it in Customer"),
                new DiagnosticResult("PII013", DiagnosticSeverity.Warning).WithLocation(2)
                    .WithArguments("Customer.Old", "Address.Street", "Customer", "Address is declared in Shared.Domain, whose build generated no code for it that this project can call",
                        "build Shared.Domain with Pii and give Address a tag of its own there (public and not generic: its generated code is then called from here), hold the data in a class of this project, or mark Old [NotPersonalData(\"<reason>\")]"),
            ]);
    }

    /// <summary>
    /// The generator and PII013 decide with one rule: on one model, every untagged member with personal data inside is either
    /// followed by the generated code of its owner or reported, never both and never neither; a member with nothing inside
    /// is neither. The generator is the one the build gate test loads (refs/analyzers).
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("Microsoft.Crm")] // an application's namespace that looks like the framework's: its types are still followed
    public async Task Every_member_with_personal_data_inside_is_either_followed_by_the_generator_or_reported(string ns)
    {
        string model = (ns.Length == 0 ? Address : Address.Replace("using Pii;\n", $"using Pii;\nnamespace {ns};\n", StringComparison.Ordinal)) + """
            public class Contact { public Address? Home { get; set; } }
            public struct ContactInfo { public Address? Home { get; set; } }
            public class Residence { public Address? Home { get; set; } public Customer? Resident { get; set; } }
            public struct GeoTag
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public double Latitude { get; set; }
            }
            public struct Point { public double X { get; set; } }
            public class Wrapper<T> { public T? Value { get; set; } }

            [DataSubject]
            public class Customer
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string? Email { get; set; }

                public Contact? Contact { get; set; }
                public List<Address> Addresses { get; set; } = new();
                public Contact[] Contacts { get; set; } = [];
                public ContactInfo Info { get; set; }
                public Wrapper<Address>? Wrapped { get; set; }
                public Dictionary<string, Address> ByLabel { get; set; } = new();
                public List<ContactInfo> Infos { get; set; } = new();
                internal Nested? Inner { get; set; }
                public Residence? Residence { get; set; }
                public Address? Written { set { } }
                public Address[,] Grid { get; set; } = new Address[0, 0];
                public List<Address[]> Pages { get; set; } = new();
                public GeoTag Tag { get; set; }
                private Secret? Hidden { get; set; }
                public Point Location { get; set; }
                public Dictionary<string, int> Counters { get; set; } = new();
                public List<Address> Fielded = new(); // a public field: the collection itself
                private readonly List<Address> _kept = new(); // the backing field of Kept: neither followed nor reported
                public IReadOnlyList<Address> Kept => _kept;

                internal sealed class Nested { public Address? Home { get; set; } }
                private sealed class Secret { public Address? Home { get; set; } }
            }
            """;
        string[] withData = ["Contact", "Addresses", "Contacts", "Inner", "Info", "Wrapped", "ByLabel", "Infos", "Hidden", "Residence", "Written", "Grid", "Pages", "Tag", "Fielded", "Kept"];
        string[] without = ["Location", "Counters", "_kept"];

        CSharpCompilation compilation = CSharpCompilation.Create(
            "Model",
            [CSharpSyntaxTree.ParseText(model)],
            [.. Basic.Reference.Assemblies.Net100.References.All, TestReferences.Pii],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        GeneratorDriverRunResult run = CSharpGeneratorDriver.Create(Generator()).RunGeneratorsAndUpdateCompilation(compilation, out Compilation generated, out _).GetRunResult();
        Assert.Empty(generated.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        string customerCode = run.Results.Single().GeneratedSources.Single(s => s.HintName == (ns.Length == 0 ? "" : ns + ".") + "Customer.PersonalData.g.cs").SourceText.ToString();
        string[] followed = withData.Concat(without).Where(m => customerCode.Contains($" {m}Name = global::Pii.Export.PersonalDataJson.Encode(", StringComparison.Ordinal)).ToArray();

        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers([new Pii.Analyzers.Rules.UnreachedDataAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        string[] reported = diagnostics.Where(d => d.Id == "PII013").Select(d => d.Location.SourceTree!.GetRoot().FindToken(d.Location.SourceSpan.Start).ValueText).ToArray();

        Assert.Equal(["Addresses", "Contact", "Contacts", "Fielded", "Inner", "Kept"], followed.Order());
        Assert.Equal(["ByLabel", "Grid", "Hidden", "Info", "Infos", "Pages", "Residence", "Tag", "Wrapped", "Written"], reported.Order());
        Assert.Equal(withData.Order(), followed.Concat(reported).Order());

        // The advice follows the reason.
        string Message(string member) => diagnostics.Single(d => d.Location.SourceTree!.GetRoot().FindToken(d.Location.SourceSpan.Start).ValueText == member).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("because Residence declares a member of type Customer, which makes Residence a navigation, not a part: drop Residence's member of type Customer", Message("Residence"), StringComparison.Ordinal);
        Assert.Contains("because generated code cannot read Written (no getter it can call): give Written a getter", Message("Written"), StringComparison.Ordinal);
        Assert.Contains("because generated code follows arrays of one dimension of classes", Message("Grid"), StringComparison.Ordinal);
    }

    /// <summary>
    /// A class library, Shared.Domain, with <see cref="Address"/> and <paramref name="more"/>, compiled and referenced as a
    /// project reference would be; with Pii's generator run in its build when <paramref name="generated"/>.
    /// </summary>
    private static MetadataReference SharedDomain(string more = "", bool generated = false)
    {
        Compilation shared = CSharpCompilation.Create(
            "Shared.Domain",
            [CSharpSyntaxTree.ParseText(Address.Replace("using System.Collections.Generic;", string.Empty, StringComparison.Ordinal) + more)],
            [.. Basic.Reference.Assemblies.Net100.References.All, TestReferences.Pii],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (generated)
        {
            CSharpGeneratorDriver.Create(Generator()).RunGeneratorsAndUpdateCompilation(shared, out shared, out _);
        }

        using var image = new MemoryStream();
        Assert.True(shared.Emit(image).Success);
        return MetadataReference.CreateFromImage(image.ToArray());
    }

    /// <summary>Pii's generator, as the build gate test loads it (refs/analyzers).</summary>
    private static IIncrementalGenerator Generator() => (IIncrementalGenerator)Activator.CreateInstance(
        Assembly.LoadFrom(Path.Combine(TestReferences.Directory, "analyzers", "Pii.Generator.dll")).GetType("Pii.Generator.PersonalDataGenerator", throwOnError: true)!)!;
}
