using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pii.Generator.Tests.Infrastructure;

namespace Pii.Generator.Tests;

/// <summary>The generator never throws: any input, however broken, yields diagnostics from the compiler or nothing from Pii.</summary>
public class RobustnessTests
{
    private static readonly string[] Junk =
    [
        "null", "42", "\"\"", "\" \"", "typeof(int)", "(LegalBasis)99", "(DataCategory)(-1)", "\"P-1Y\"", "\"P\"", "\"7Y\"",
        "nameof(Missing)", "LegalBasis.Consent", "\"Marketing\"", "Retention = \"P1Y\"", "default", "new object()", ")", "(",
    ];

    public static IEnumerable<object[]> Inputs => [["Customer.cs"], ["Shapes.cs"], ["Store.cs"]];

    [Fact]
    public void Tagged_types_generated_code_cannot_name_get_no_code_and_the_project_still_compiles()
    {
        // Each of these is reported by the analyzers (PII003, GeneratedTypeRules); the generator leaves them out instead of
        // writing code that cannot name them. Before, a file-local class got an extension class in another file.
        const string source = """
            using Pii;
            public struct Money
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public decimal Amount { get; set; }
            }

            file class Scratch
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Note { get; set; }
            }

            public class Customer
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Name { get; set; }

                private class Secret
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Code { get; set; }
                }
            }

            public class Box<T>
            {
                public class Lid
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Label { get; set; }
                }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        string[] typeFiles = result.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).ToArray();
        Assert.Equal(["Customer.PersonalData.g.cs"], typeFiles);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Member_names_that_match_the_generated_locals_still_compile()
    {
        // The erasure code reads each retention date into a local first and names owned objects' locals after their
        // members: before, a date LeftAtValue (retentionFromLeftAtValue) clashed with an owned RetentionFromLeftAt.
        const string source = """
            using System;
            using System.Collections.Generic;
            using Pii;
            public class Stay
            {
                public DateTime? LeftAtValue { get; set; }

                public DateTime? Index { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract, RetentionStartsAt = nameof(LeftAtValue))]
                public string? Room { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract, RetentionStartsAt = nameof(Index))]
                public string? Item { get; set; }

                public Note? RetentionFromLeftAt { get; set; }

                public Note? IndexStart { get; set; }

                public List<Note> Value { get; set; } = new();
            }

            public class Note
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Text { get; set; }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Stay.PersonalData.g.cs" && s.SourceText.ToString().Contains("leftAtValueStart", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Types_whose_names_differ_only_by_case_each_get_their_file()
    {
        // File names compare without case: one name for both made AddSource throw, and the generator's whole output was lost.
        const string source = """
            using Pii;
            namespace Shop
            {
                public class Customer
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Name { get; set; }
                }

                public class customer
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Nick { get; set; }
                }
            }

            namespace shop
            {
                public class Customer
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Alias { get; set; }
                }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        string[] files = result.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, files.Length);
        Assert.Equal(3, files.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("NickPurposes", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("AliasPurposes", StringComparison.Ordinal));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Types_whose_generated_class_names_would_clash_each_get_their_own_class()
    {
        // Outer.Inner and Outer_Inner both spell Outer_Inner; Box<T> and BoxOfT both spell BoxOfT; the project's own
        // CustomerPersonalData is the name Customer's class would take. Before, one name for two types made AddSource throw (the
        // generator's whole output was lost) or the generated class collide with another (CS0101).
        const string source = """
            using Pii;
            namespace Shop
            {
                public class Outer
                {
                    public class Inner
                    {
                        [PersonalData("Account", "P30D", LegalBasis.Contract)]
                        public string? Nested { get; set; }
                    }
                }

                public class Outer_Inner
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? TopLevel { get; set; }
                }

                public class Box<T>
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Generic { get; set; }
                }

                public class BoxOfT
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Plain { get; set; }
                }

                public class Customer
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Email { get; set; }
                }

                public class CustomerPersonalData
                {
                    public string? Summary { get; set; }
                }
            }

            namespace A‿B // an undertie, which a file name cannot hold: A_B, like the next namespace
            {
                public class Guest
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Undertie { get; set; }
                }
            }

            namespace A_B
            {
                public class Guest
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Underscore { get; set; }
                }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        string[] files = result.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).ToArray();
        Assert.Equal(7, files.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // Only the spelling that is not the plain top-level one is renamed: Outer_Inner and BoxOfT keep their classes' names.
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("static partial class Outer_InnerPersonalData\n", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("static partial class Outer_InnerPersonalData_", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains("static partial class BoxOfTPersonalData\n", StringComparison.Ordinal));
        foreach (string member in new[] { "Nested", "TopLevel", "Generic", "Plain", "Email", "Undertie", "Underscore" })
        {
            Assert.Contains(result.GeneratedSources, s => s.SourceText.ToString().Contains(member + "Purposes", StringComparison.Ordinal));
        }

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_store_over_another_assemblys_entities_calls_the_classes_that_assembly_generated_and_keeps_its_purposes()
    {
        // The class library ran the generator too: its Order's class is OrderPersonalData, and its Customer's has a suffix,
        // since the library declares a CustomerPersonalData of its own. The application's store must call exactly those
        // (a first version took the library's generated OrderPersonalData for a class of the project's and suffixed the
        // call), and cannot use their purpose lists, which are internal (before, the store did not compile: CS0117).
        const string library = """
            using Pii;
            [assembly: ProcessingPurpose("Delivery", LegalBasis.LegalObligation, Retention = "P7Y", Description = "Delivery notes the carrier must keep")]
            namespace Domain
            {
                [DataSubject]
                public class Customer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Email { get; set; }
                }

                public class Order
                {
                    public int Id { get; set; }
                    public int CustomerId { get; set; }

                    [PersonalData("Delivery")]
                    public string? Note { get; set; }

                    public Invoice? Invoice { get; set; }

                    public Address Home { get; set; } = new();

                    public Contact? Work { get; set; }

                    public Box<Address>? Boxed { get; set; }
                }

                public class Contact // no tag of its own: the library's build generates its class because Order holds one
                {
                    public Address? Postal { get; set; }
                }

                public class Box<T> // generic: no generated class
                {
                    public T? Item { get; set; }
                }

                public class Shipment // its data is all in an owned object: the library's build generates nothing for it
                {
                    public int Id { get; set; }
                    public int CustomerId { get; set; }
                    public Address To { get; set; } = new();
                }

                public class Invoice // an entity whose key the context configures (HasKey): no Id
                {
                    public int Number { get; set; }
                    public int CustomerId { get; set; }

                    [PersonalData("Delivery")]
                    public string? Iban { get; set; }
                }

                public class Address
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Street { get; set; }
                }

                public class CustomerPersonalData
                {
                    public string? Summary { get; set; }
                }

                public class ShipmentPersonalData // the application's class for Shipment must not take this name
                {
                    public string? Summary { get; set; }
                }
            }
            """;

        // A second library with an Address of its own, under other purposes: the store's copies of the two must stay apart
        // (a first version named both Address__StreetPurposes and kept the first, so erasing for Marketing kept this one).
        const string billing = """
            using Pii;
            namespace Billing
            {
                public class Address
                {
                    [PersonalData("Marketing", "P1Y", LegalBasis.Consent)]
                    public string? Street { get; set; }
                }

                public class Bill
                {
                    public int Id { get; set; }
                    public int CustomerId { get; set; }

                    [PersonalData("Marketing", "P1Y", LegalBasis.Consent)]
                    public string? Note { get; set; }

                    public Address To { get; set; } = new();
                }
            }
            """;
        MetadataReference Build(string name, string source)
        {
            CSharpCompilation compilation = CSharpCompilation.Create(
                name,
                [CSharpSyntaxTree.ParseText(source, GeneratorRun.Latest)],
                GeneratorRun.References(netStandard: false),
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            (GeneratorRunResult built, Compilation generated) = GeneratorRun.Run(compilation);
            Assert.Null(built.Exception);
            using var image = new System.IO.MemoryStream();
            Assert.True(generated.Emit(image).Success);
            return MetadataReference.CreateFromImage(image.ToArray());
        }

        CSharpCompilation app = GeneratorRun.CompileWithEfCoreStandIn(["""
            using Microsoft.EntityFrameworkCore;
            namespace Shop
            {
                public class ShopDb : DbContext
                {
                    public DbSet<Domain.Customer> Customers { get; set; } = null!;
                    public DbSet<Domain.Order> Orders { get; set; } = null!;
                    public DbSet<Domain.Invoice> Invoices { get; set; } = null!;
                    public DbSet<Domain.Shipment> Shipments { get; set; } = null!;
                    public DbSet<Billing.Bill> Bills { get; set; } = null!;
                }
            }
            """]).AddReferences(Build("Domain", library), Build("Billing", billing));
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(app);

        Assert.Null(result.Exception);
        string store = Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith(".PersonalDataStore.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("global::Domain.OrderPersonalData.", store, StringComparison.Ordinal);
        Assert.Contains("global::Domain.CustomerPersonalData_", store, StringComparison.Ordinal);

        // The library's purpose lists are internal to it: the store keeps copies of its own, made from the same tags and the
        // library's own declaration of the purpose (the application declares none: before, the copy had no basis or retention).
        Assert.Matches(@"internal static readonly global::Pii\.Erasure\.PurposeTag\[\] (Order_[0-9a-f]{8}__NotePurposes) = \{ new global::Pii\.Erasure\.PurposeTag\(""Delivery"", global::Pii\.LegalBasis\.LegalObligation, global::Pii\.IsoDuration\.Parse\(""P7Y""\)\) \};", store);
        Assert.DoesNotContain("OrderPersonalData.NotePurposes", store, StringComparison.Ordinal);

        // An owned object of a library class with generated code of its own is erased here through that code (public for
        // this: before, it was internal and the store could only say that it could not erase it), with copies of its purposes.
        Assert.Contains("global::Domain.AddressPersonalData.ErasePersonalDataMembers(", store, StringComparison.Ordinal);
        Assert.Contains("global::Domain.ContactPersonalData.ErasePersonalDataMembers(", store, StringComparison.Ordinal);
        string PurposeCopy(string purpose) => Assert.Single(Regex.Matches(store, @"PurposeTag\[\] (Address_[0-9a-f]{8}__StreetPurposes) = \{ new global::Pii\.Erasure\.PurposeTag\(""" + purpose + @"""").Select(m => m.Groups[1].Value));
        string domainStreet = PurposeCopy("Account");
        string billingStreet = PurposeCopy("Marketing");
        Assert.NotEqual(domainStreet, billingStreet);
        Assert.Contains($"receipt.Plan({domainStreet}, ", store, StringComparison.Ordinal); // Order.Home.Street
        Assert.Contains($"receipt.Plan({billingStreet}, ", store, StringComparison.Ordinal); // Bill.To.Street
        Assert.DoesNotContain("NotErasable(\"Home\"", store, StringComparison.Ordinal);

        // One of a library class without such code cannot, and every receipt says so; a navigation to an entity of the
        // context (its rows are erased through its own set) is not such an object.
        Assert.Contains("NotErasable(\"Boxed\", global::Pii.ErasureStrategy.Clear, \"it holds personal data (Address.Street) where generated code does not follow: Box is declared in Domain, whose build generated no code", store, StringComparison.Ordinal);
        Assert.DoesNotContain("NotErasable(\"Invoice\"", store, StringComparison.Ordinal);

        // A library entity whose data is all in an owned object gets its class here, internal (it cannot clash with one the
        // library writes later), calling the library's code for the object.
        string shipment = Assert.Single(result.GeneratedSources, s => s.HintName == "Domain.Shipment.PersonalData.g.cs").SourceText.ToString();
        Assert.Matches(@"internal static partial class ShipmentPersonalData_[0-9a-f]{8}\b", shipment); // the library declares ShipmentPersonalData
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS0436");
        Assert.Contains("global::Domain.AddressPersonalData.WritePersonalDataMembers(", shipment, StringComparison.Ordinal);
        Assert.Contains("global::Domain.AddressPersonalData.ErasePersonalDataMembers(", shipment, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith("Domain.Shipment.PersonalData.g.cs", StringComparison.Ordinal) == true));

        // Its data is declared, and recorded, by the library: the application's record does not list it half-empty.
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "PersonalDataProcessingRecord.g.cs" && s.SourceText.ToString().Contains("Domain.Shipment", StringComparison.Ordinal));

        // An Order's own data is under a legal obligation (not portable), but its address inside, which only the library's
        // code sees, is under a contract: a portability export keeps its rows. An Invoice has nothing portable.
        static string PortabilityOnly(string entity) => @"if \(scope != [^)]*Portability\)\s*\{\s*rows\[""" + entity + @"""\]";
        Assert.DoesNotMatch(PortabilityOnly("Order"), store);
        Assert.Matches(PortabilityOnly("Invoice"), store);

        // The EF Core stand-in has no Set<T>() or queries, so the store's body does not compile here; what it uses of the
        // library's generated classes must bind.
        Assert.Empty(output.GetDiagnostics().Where(d => d.Id is "CS0117" or "CS0122" or "CS0234" or "CS0246" && d.GetMessage(CultureInfo.InvariantCulture).Contains("PersonalData", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, false)]
    [InlineData(LanguageVersion.CSharp8, true)]
    [InlineData(LanguageVersion.CSharp9, true)]
    public void A_project_older_than_C_sharp_8_gets_PII014_and_nothing_else_and_C_sharp_8_compiles(LanguageVersion version, bool supported)
    {
        // The SDK's default for netstandard2.0 and .NET Framework is C# 7.3: every generated file failed there (#nullable,
        // patterns), and C# 8 failed on "is not null" in the erasure of a collection of owned objects.
        var options = new CSharpParseOptions(version);
        CSharpCompilation compilation = GeneratorRun.Compile(["""
            using System.Collections.Generic;
            using Pii;
            [assembly: DataController("Shop BV", Contact = "privacy@shop.example")]
            [assembly: SecurityMeasure("Encrypted at rest")]
            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P1Y", Description = "The account")]
            namespace Shop
            {
                [DataSubject]
                public class Customer
                {
                    public int Id { get; set; }

                    [PersonalData("Account")]
                    public string Name { get; set; }

                    public List<Address> Addresses { get; set; }
                }

                public class Address
                {
                    [PersonalData("Account")]
                    public string Street { get; set; }
                }
            }
            """], options);
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(compilation, options);

        Assert.Null(result.Exception);
        if (supported)
        {
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "PII014");
            Assert.Contains(result.GeneratedSources, s => s.HintName == "Shop.Customer.PersonalData.g.cs");
            Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        }
        else
        {
            Diagnostic error = Assert.Single(result.Diagnostics, d => d.Id == "PII014");
            Assert.Equal(DiagnosticSeverity.Error, error.Severity);
            Assert.Contains("compiles C# 7.3", error.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
            Assert.Empty(result.GeneratedSources);
        }
    }

    [Fact]
    public void Unusual_members_get_generated_code_that_compiles()
    {
        // Each of these made the generated code fail to compile (found by a bug hunt on 2026-12-02): an explicit interface
        // implementation (its name, IContact.Email, went into identifiers), an enum member named with a keyword, a member
        // of a private type, a member with only a setter (erasure read it), and an override that redeclares only the getter (it was not erased at all,
        // though value.Alias = x binds to the base's setter).
        CSharpCompilation compilation = GeneratorRun.Compile(["""
            using Pii;
            namespace Shop
            {
                public interface IContact { string? Email { get; set; } }

                public enum Kind { @class, @event }

                public class Labels : System.Collections.Generic.List<string>
                {
                    public required string Owner { get; init; }
                }

                public class Person
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public virtual string? Alias { get; set; }

                    public virtual string? Title { get; set; }
                }

                public class Customer : Person, IContact
                {
                    private string? _email;
                    private string? _secret;

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Mail { get => _email; set => _email = value; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    string? IContact.Email { get => _email; set => _email = value; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public Kind Kind { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Secret { set => _secret = value; }

                    [PersonalData("Account", "P2Y", LegalBasis.Contract)]
                    public override string? Alias { get => base.Alias; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)] // read through the base's getter
                    public override string? Title { set => base.Title = value; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)] // a builder has no Empty: cleared only if nullable (PII006)
                    public System.Collections.Immutable.ImmutableList<string>.Builder Drafts { get; set; } = System.Collections.Immutable.ImmutableList.CreateBuilder<string>();

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)] // required members: no new Labels()
                    public Labels Tags { get; set; } = new() { Owner = "shop" };

                    private enum Mood { Happy, Sad }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)] // its type cannot be named: left out, PII003 says so
                    private Mood _mood;

                    public void Cheer() => _mood = Mood.Happy;
                }
            }
            """]);
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(compilation);

        Assert.Null(result.Exception);
        SyntaxTree[] generated = output.SyntaxTrees.Except(compilation.SyntaxTrees).ToArray();
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && generated.Contains(d.Location.SourceTree)));
        string customer = GeneratorRun.Source(result, "Shop.Customer.PersonalData.g.cs");
        Assert.DoesNotContain("IContact", customer, StringComparison.Ordinal);
        Assert.Contains("global::Shop.Kind.@class => \"class\",", customer, StringComparison.Ordinal);
        Assert.Contains("RecordNotErasable(path + \"Secret\"", customer, StringComparison.Ordinal);
        Assert.Contains("(v, x) => v.Alias = x", customer, StringComparison.Ordinal);
        Assert.Contains("v => v.Title, (v, x) => v.Title = x", customer, StringComparison.Ordinal);
        Assert.DoesNotContain("RecordNotErasable(path + \"Title\"", customer, StringComparison.Ordinal);
        Assert.DoesNotContain("_mood", customer, StringComparison.Ordinal);
        Assert.Contains("WriteTexts(writer, DraftsName, value.Drafts", customer, StringComparison.Ordinal);
        Assert.DoesNotContain(".Builder.Empty", customer, StringComparison.Ordinal);
        Assert.DoesNotContain("new global::Shop.Labels()", customer, StringComparison.Ordinal);
    }

    [Fact]
    public void More_unusual_members_get_generated_code_that_compiles()
    {
        // Left over from the 2026-12-02 bug hunt, each failed to compile: two members whose names differ only in the first
        // letter's case (their locals were both homeValue), a dynamic member, type parameters named with a keyword or
        // like the generated parameters, and an enum declared in a generic type.
        CSharpCompilation compilation = GeneratorRun.Compile(["""
            using Pii;
            namespace Shop
            {
                public class Address
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Street { get; set; }
                }

                public class Customer
                {
                    public Address? Home { get; set; }

                    public Address? home;

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Name { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? name;

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public dynamic? Extra { get; set; }
                }

                public class Box<@event, value, writer>
                    where @event : class
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public @event? Content { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public value? Other { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public writer? Third { get; set; }
                }

                public class Outer<T>
                {
                    public enum Mood { Happy, Sad }
                }

                public class Crate<EmailName, TBox>
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Email { get; set; }

                    public TBox? Box { get; set; }
                }

                public class Parcel<AppendRedacted>
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Label { get; set; }
                }

                public class Tray<MoodText>
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public Outer<int>.Mood Mood { get; set; }
                }

                public class Envelope<TName>
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Email { get; set; }
                }

                public class Patient
                {
                    [PersonalData("Care", "P1Y", LegalBasis.Contract)]
                    public Outer<int>.Mood Mood { get; set; }
                }
            }
            """]);
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(compilation);

        Assert.Null(result.Exception);
        SyntaxTree[] generated = output.SyntaxTrees.Except(compilation.SyntaxTrees).ToArray();
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && generated.Contains(d.Location.SourceTree)));
        string customer = GeneratorRun.Source(result, "Shop.Customer.PersonalData.g.cs");
        Assert.Contains("if (value.Home is { } homeValue)", customer, StringComparison.Ordinal);
        Assert.Contains("if (value.home is { } _homeValue)", customer, StringComparison.Ordinal);
        Assert.Contains("Redactor.Format(((object?)value.Extra))", customer, StringComparison.Ordinal);
        Assert.Contains("// Mood: Care (contract", GeneratorRun.Source(result, "Shop.Patient.PersonalData.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("Shop.Box", StringComparison.Ordinal)); // its type parameters would clash; PII003 says so on a stored type

        // A type parameter named like a member of the generated class (Email's EmailName, the method AppendRedacted) would
        // stand for it inside the generated methods, generic over the same names: no code (before, CS0119 in it). One
        // that only looks like one (TName, no member T) still gets its code.
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("Shop.Crate", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("Shop.Parcel", StringComparison.Ordinal));
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.StartsWith("Shop.Tray", StringComparison.Ordinal)); // MoodText, the enum's text method
        Assert.Contains(result.GeneratedSources, s => s.HintName.StartsWith("Shop.Envelope", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp9, false)]
    [InlineData(LanguageVersion.CSharp10, true)]
    public void The_store_needs_C_sharp_10_and_says_so_below_it(LanguageVersion version, bool supported)
    {
        var options = new CSharpParseOptions(version);
        CSharpCompilation compilation = GeneratorRun.CompileWithEfCoreStandIn(["""
            using Microsoft.EntityFrameworkCore;
            using Pii;
            namespace Shop
            {
                [DataSubject]
                public class Customer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Email { get; set; }
                }

                public class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers { get; set; } = null!;
                }
            }
            """], options);
        (GeneratorRunResult result, _) = GeneratorRun.Run(compilation, options);

        Assert.Contains(result.GeneratedSources, s => s.HintName == "Shop.Customer.PersonalData.g.cs"); // C# 8 is enough for it
        Assert.Equal(supported, result.GeneratedSources.Any(s => s.HintName.EndsWith(".PersonalDataStore.g.cs", StringComparison.Ordinal)));
        string[] messages = result.Diagnostics.Where(d => d.Id == "PII014").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToArray();
        if (supported)
        {
            Assert.Empty(messages);
        }
        else
        {
            Assert.StartsWith("Pii generates no EF Core store (the DbContext's PersonalData()) for this project: that code needs C# 10.0 or later, and the project compiles C# 9.0", Assert.Single(messages), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Attributes_that_only_look_like_Piis_with_array_arguments_are_no_tags_and_do_not_throw()
    {
        // TypedConstant.Value throws for an array: another library's Pii.PersonalDataAttribute(params string[]) made the
        // generator throw (CS8785: nothing generated for the whole project). The record's attributes are read the same way.
        CSharpCompilation compilation = GeneratorRun.Compile(["""
            using System;

            [assembly: Pii.ProcessingPurpose(new[] { "Care" }, new[] { Pii.LegalBasis.Contract })]
            [assembly: Pii.DataController(new[] { "Clinic" })]
            [assembly: Pii.DataRecipient("Lab", new[] { Pii.RecipientRole.Processor })]

            namespace Pii
            {
                [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
                public sealed class PersonalDataAttribute : Attribute
                {
                    public PersonalDataAttribute(params string[] purposes) { }
                    public PersonalDataAttribute(string purpose, string[] retentions, LegalBasis basis) { }
                    public string[]? Description { get; set; }
                }

                [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
                public sealed class ProcessingPurposeAttribute(string[] names, LegalBasis[] bases) : Attribute;

                [AttributeUsage(AttributeTargets.Assembly)]
                public sealed class DataControllerAttribute(string[] names) : Attribute;

                [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
                public sealed class DataRecipientAttribute(string name, RecipientRole[] roles) : Attribute;

                [AttributeUsage(AttributeTargets.Class)]
                public sealed class DataSubjectAttribute : Attribute
                {
                    public string[]? Key { get; set; }
                    public string[]? Kind { get; set; }
                    public bool[]? DeleteCascades { get; set; }
                }
            }

            namespace Clinic
            {
                using Pii;

                [DataSubject(Key = new[] { "Id" }, Kind = new[] { "patient" }, DeleteCascades = new[] { true })]
                public class Patient
                {
                    public int Id { get; set; }

                    [PersonalData(new[] { "Care" })]
                    public string? Phone { get; set; }

                    [PersonalData("Care", new[] { "P1Y" }, LegalBasis.Contract, Description = new[] { "x" })]
                    public string? Name { get; set; }
                }
            }
            """]);
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(compilation);

        Assert.Null(result.Exception);
        // A purpose that is an array is no purpose: no tag. A retention that is one is a tag PII003 reports, whose member is
        // still exported and erased, as with any retention that cannot be read.
        string patient = GeneratorRun.Source(result, "Clinic.Patient.PersonalData.g.cs");
        Assert.DoesNotContain("Phone", patient, StringComparison.Ordinal);
        Assert.Contains("// Name: Care (contract)", patient, StringComparison.Ordinal);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_purpose_with_a_line_break_in_it_does_not_break_the_generated_comments()
    {
        // The purpose is quoted in comments above each member's code: a line break ended the comment and the rest of the
        // purpose became code (12 errors).
        CSharpCompilation compilation = GeneratorRun.Compile(["""
            using Pii;
            namespace Shop
            {
                public class Customer
                {
                    [PersonalData("Account\nand more", "P1Y", LegalBasis.Contract)]
                    public string? Email { get; set; }
                }
            }
            """]);
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(compilation);

        Assert.Null(result.Exception);
        Assert.Contains("// Email: Account and more (contract, P1Y)", GeneratorRun.Source(result, "Shop.Customer.PersonalData.g.cs"), StringComparison.Ordinal);
        SyntaxTree[] generated = output.SyntaxTrees.Except(compilation.SyntaxTrees).ToArray();
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && generated.Contains(d.Location.SourceTree)));
    }

    [Fact]
    public void A_model_declared_without_nullable_annotations_gets_generated_code_without_warnings()
    {
        // A project without <Nullable>: its reference types are oblivious, and the generated code (nullable enabled) passed
        // null to erase them as to non-nullable ones (CS8625 on every member, an error under TreatWarningsAsErrors).
        CSharpCompilation compilation = GeneratorRun.Compile(["""
            #nullable disable
            using System.Collections.Generic;
            using Pii;
            namespace Legacy
            {
                public class Member
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string Name { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public List<string> Aliases { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public byte[] Photo { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public System.Uri Website { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract, Erasure = ErasureStrategy.Retain)]
                    public string Reference { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract, Erasure = ErasureStrategy.Pseudonymize)]
                    public string Handle { get; set; }

                    public Address Home { get; set; }
                }

                public class Address
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string Street { get; set; }
                }
            }
            """]);
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(compilation);

        Assert.Null(result.Exception);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Legacy.Member.PersonalData.g.cs");
        SyntaxTree[] generated = output.SyntaxTrees.Except(compilation.SyntaxTrees).ToArray();
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning && generated.Contains(d.Location.SourceTree)));
    }

    [Fact]
    public void A_library_built_by_an_earlier_Pii_is_called_by_its_class_name_and_its_owned_objects_stay_not_erasable()
    {
        // Written as an earlier Pii wrote it: WritePersonalData public, the methods that follow an object from outside
        // internal. The application calls the class by its name (TypeNames), and cannot follow into it (CallableClassOf).
        const string library = """
            using Pii;
            using Pii.Export;
            namespace Domain
            {
                public class Order
                {
                    public int Id { get; set; }
                    public int CustomerId { get; set; }

                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Note { get; set; }

                    public Address Home { get; set; } = new();
                }

                public class Address
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Street { get; set; }
                }

                public static class OrderPersonalData
                {
                    public static void WritePersonalData(this Order value, System.Text.Json.Utf8JsonWriter writer, ExportScope scope = ExportScope.Access) { }
                }

                public static class AddressPersonalData
                {
                    public static void WritePersonalData(this Address value, System.Text.Json.Utf8JsonWriter writer, ExportScope scope = ExportScope.Access) { }

                    internal static void WritePersonalDataMembers(Address value, System.Text.Json.Utf8JsonWriter writer, ExportScope scope) { }
                }
            }
            """;
        CSharpCompilation domain = CSharpCompilation.Create(
            "Domain",
            [CSharpSyntaxTree.ParseText(library, GeneratorRun.Latest)],
            GeneratorRun.References(netStandard: false),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new System.IO.MemoryStream();
        Assert.True(domain.Emit(image).Success);

        CSharpCompilation app = GeneratorRun.CompileWithEfCoreStandIn(["""
            using Microsoft.EntityFrameworkCore;
            using Pii;
            namespace Shop
            {
                [DataSubject]
                public class Customer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Email { get; set; }
                }

                public class ShopDb : DbContext
                {
                    public DbSet<Customer> Customers { get; set; } = null!;
                    public DbSet<Domain.Order> Orders { get; set; } = null!;
                }
            }
            """]).AddReferences(MetadataReference.CreateFromImage(image.ToArray()));
        (GeneratorRunResult result, _) = GeneratorRun.Run(app);

        Assert.Null(result.Exception);
        string store = Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith(".PersonalDataStore.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("global::Domain.OrderPersonalData.WritePersonalData", store, StringComparison.Ordinal);
        Assert.DoesNotContain("AddressPersonalData.ErasePersonalDataMembers", store, StringComparison.Ordinal);
        Assert.Contains("NotErasable(\"Home\", global::Pii.ErasureStrategy.Clear, \"it holds personal data (Address.Street) where generated code does not follow: Address is declared in Domain, whose build generated no code for it that this project can call", store, StringComparison.Ordinal);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "Domain.Order.PersonalData.g.cs"); // the library's class is used
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_generator_survives_broken_variants_of_the_inputs(string input)
    {
        string source = GeneratorRun.Input(input);
        List<string> variants = Variants(source, new Random(input.Length * 7919)).ToList();
        Assert.True(variants.Count >= 500, $"only {variants.Count} variants");

        foreach (string variant in variants)
        {
            CSharpCompilation compilation = GeneratorRun.Compile([variant]);
            GeneratorDriver driver = GeneratorRun.CreateDriver().RunGenerators(compilation);
            GeneratorRunResult result = driver.GetRunResult().Results.Single();

            Assert.True(result.Exception is null, $"{result.Exception}\n--- input ---\n{variant}");
            Assert.DoesNotContain(result.Diagnostics, d => d.Id == "CS8785");
        }
    }

    /// <summary>Tokens deleted, attribute arguments replaced with wrong ones, and the text cut off mid-member.</summary>
    private static IEnumerable<string> Variants(string source, Random random)
    {
        SyntaxNode root = CSharpSyntaxTree.ParseText(source, GeneratorRun.Latest).GetRoot();
        SyntaxToken[] tokens = root.DescendantTokens().Where(t => t.Span.Length > 0).ToArray();
        AttributeArgumentSyntax[] arguments = root.DescendantNodes().OfType<AttributeArgumentSyntax>().ToArray();
        AttributeSyntax[] attributes = root.DescendantNodes().OfType<AttributeSyntax>().ToArray();

        for (int i = 0; i < 250; i++)
        {
            SyntaxToken token = tokens[random.Next(tokens.Length)];
            yield return source.Remove(token.SpanStart, token.Span.Length);
        }

        for (int i = 0; i < 150; i++)
        {
            AttributeArgumentSyntax argument = arguments[random.Next(arguments.Length)];
            yield return source.Remove(argument.SpanStart, argument.Span.Length).Insert(argument.SpanStart, Junk[random.Next(Junk.Length)]);
        }

        for (int i = 0; i < 50; i++)
        {
            AttributeSyntax attribute = attributes[random.Next(attributes.Length)];
            int cut = attribute.ArgumentList is { } list ? list.Span.End - 1 : attribute.Span.End;
            yield return source.Remove(cut, 1); // an attribute left unclosed
        }

        for (int i = 0; i < 100; i++)
        {
            yield return source.Substring(0, random.Next(source.Length));
        }
    }
}
