using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Pii.Tests.Shared;
using Xunit.Abstractions;

namespace Pii.Package.Tests;

/// <summary>
/// The path a user takes: a new console project, a nuget.config that adds the packed packages as a source, a
/// PackageReference, dotnet build and dotnet run. Packages are restored into a folder of the run's own.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class ConsumerProjectTests(PackedPackages packages, ITestOutputHelper output)
{
    private const string Program = """
        using System;
        using System.IO;
        using System.Text;
        using System.Text.Json;
        using Pii;
        using Pii.Erasure;
        using Pii.Export;
        using Shop;

        [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y", Description = "The customer's account")]
        [assembly: ProcessingPurpose("Support", LegalBasis.LegitimateInterests, Retention = "P1Y", Description = "Answering questions")]
        [assembly: DataController("Shop BV", Contact = "privacy@shop.example")]
        [assembly: SecurityMeasure("Personal data is encrypted at rest")]

        var customer = new Customer { Id = 7, Name = "Sanne de Vries", Phone = "+31612345678", Email = "sanne@example.nl" };
        Console.WriteLine("export: " + Export(customer));
        Console.WriteLine("redacted: " + customer.ToRedactedString());
        ErasureResult erased = customer.ErasePersonalData(ErasureRequest.Everything(DateTimeOffset.UtcNow));
        Console.WriteLine($"erased: {erased.Changed}");
        Console.WriteLine("after erasure: " + Export(customer));

        static string Export(Customer customer)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                customer.WritePersonalData(writer, ExportScope.Access);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        namespace Shop
        {
            [DataSubject(Kind = "customer")]
            public class Customer
            {
                public int Id { get; set; }

                [PersonalData("Account", Category = DataCategory.Name)]
                public string? Name { get; set; }

                [PersonalData("Support", Category = DataCategory.PhoneNumber, Erasure = ErasureStrategy.Anonymize)]
                public string? Phone { get; set; }

                public string Email { get; set; } = "";
            }
        }
        """;

    [Fact]
    public async Task A_project_that_references_Pii_gets_the_generated_code_the_analyzers_the_record_and_the_gate()
    {
        string project = WriteProject("Shop", "Exe", "Pii", Program);

        // 1. The build: PII001 on the untagged Email, nothing else of Pii's, and the record next to the output.
        (int exit, string log) = await RunAsync(project, DotnetCommand.Build);
        Assert.True(exit == 0, log);
        Assert.Matches(@"Program\.cs\(\d+,\d+\): warning PII001: 'Email'", log);
        Assert.Single(Regex.Matches(log, @"Program\.cs\(\d+,\d+\): warning PII\d{3}").Select(match => match.Value).Distinct());
        // NuGet imports a package's buildTransitive/ alone when it has one: the targets are imported once.
        string imports = await File.ReadAllTextAsync(Path.Combine(project, "obj", "Shop.csproj.nuget.g.targets"));
        Match import = Assert.Single(Regex.Matches(imports, "<Import Project=\"([^\"]*Pii\\.targets)\""));
        Assert.EndsWith("/pii/" + packages.Version + "/buildTransitive/Pii.targets", import.Groups[1].Value, StringComparison.Ordinal);

        string bin = Path.Combine(project, "bin", "Debug", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "processing-record.html")), "processing-record.html was not written");
        using (JsonDocument record = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(bin, "processing-record.json"))))
        {
            string[] fields = record.RootElement.GetProperty("fields").EnumerateArray().Select(field => field.GetProperty("member").GetString()!).ToArray();
            Assert.Equal(new[] { "Shop.Customer.Name", "Shop.Customer.Phone" }, fields.Order(StringComparer.Ordinal));
            Assert.Equal("Shop BV", record.RootElement.GetProperty("controller").GetProperty("name").GetString());
        }

        // 2. The generated export, redaction and erasure run.
        (exit, log) = await RunAsync(project, ["run", "--no-build"]);
        Assert.True(exit == 0, log);
        string[] lines = log.Split('\n', StringSplitOptions.TrimEntries);
        string export = Line(lines, "export: ");
        Assert.Equal("Sanne de Vries", JsonDocument.Parse(export).RootElement.GetProperty("Name").GetProperty("value").GetString());
        Assert.DoesNotContain("sanne@example.nl", export);
        string redacted = Line(lines, "redacted: ");
        Assert.StartsWith("Customer { Id = 7,", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanne", redacted);
        Assert.DoesNotContain("+31612345678", redacted);
        Assert.Equal("True", Line(lines, "erased: "));
        Assert.DoesNotContain("Sanne de Vries", Line(lines, "after erasure: "));

        // 3. The CI gate: the same project fails under PiiEnforce.
        (exit, log) = await RunAsync(project, [.. DotnetCommand.Build, "-p:PiiEnforce=true"]);
        Assert.NotEqual(0, exit);
        Assert.Matches(@"Program\.cs\(\d+,\d+\): error PII001: 'Email'", log);
    }

    [Fact]
    public async Task A_project_that_gets_Pii_only_through_Pii_Compliance_still_gets_the_generator_the_analyzers_and_the_targets()
    {
        string project = WriteProject("Mailing", "Library", "Pii.Compliance", """
            using Pii;

            [assembly: ProcessingPurpose("Newsletter", LegalBasis.Consent, Retention = "P1Y", Description = "The monthly newsletter")]
            [assembly: DataController("Mailing BV", Contact = "privacy@mailing.example")]
            [assembly: SecurityMeasure("Personal data is encrypted at rest")]

            namespace Mailing;

            [DataSubject(Kind = "subscriber")]
            public class Subscriber
            {
                public int Id { get; set; }

                [PersonalData("Newsletter", Category = DataCategory.EmailAddress)]
                public string Address { get; set; } = "";

                public string? Telefoonnummer { get; set; }

                public string Describe() => this.ToRedactedString();
            }
            """);

        (int exit, string log) = await RunAsync(project, DotnetCommand.Build);
        Assert.True(exit == 0, log);
        Assert.Matches(@"Mailing\.cs\(\d+,\d+\): warning PII001: 'Telefoonnummer'", log);
        Assert.Contains("buildTransitive/Pii.targets", await File.ReadAllTextAsync(Path.Combine(project, "obj", "Mailing.csproj.nuget.g.targets")));
        string json = await File.ReadAllTextAsync(Path.Combine(project, "bin", "Debug", "net10.0", "processing-record.json"));
        Assert.Contains("\"member\": \"Mailing.Subscriber.Address\"", json);
    }

    /// <summary>
    /// The usual layered solution: entities in a class library, the <c>DbContext</c> in the application, both referencing
    /// Pii. The application's store must compile against the library's generated classes and export and erase the library's
    /// entities. Before, it used their purpose lists, which the library keeps internal: the application did not compile. An
    /// owned object of a library class is exported by the library's code but cannot be erased by the application's store:
    /// the receipt says so.
    /// </summary>
    [Fact]
    public async Task A_context_over_a_class_librarys_entities_builds_exports_and_erases()
    {
        string domain = WriteProject(Path.Combine("Layered", "Domain"), "Library", "Pii", """
            using Pii;

            namespace Domain;

            [DataSubject(Kind = "customer")]
            public class Customer
            {
                public int Id { get; set; }

                [PersonalData("Account", "P2Y", LegalBasis.Contract, Category = DataCategory.EmailAddress)]
                public string? Email { get; set; }

                public Address Home { get; set; } = new();
            }

            public class Address
            {
                [PersonalData("Delivery", "P1Y", LegalBasis.Contract, Category = DataCategory.PostalAddress)]
                public string? Street { get; set; }
            }

            public class Order
            {
                public int Id { get; set; }

                public int CustomerId { get; set; }

                [PersonalData("Delivery", "P1Y", LegalBasis.Contract, Category = DataCategory.Other)]
                public string? Note { get; set; }
            }

            // No tag of its own: its data is all in the owned address, and the library generates nothing for it.
            public class Parcel
            {
                public int Id { get; set; }

                public int CustomerId { get; set; }

                public Address To { get; set; } = new();
            }
            """);
        string app = WriteProject(Path.Combine("Layered", "App"), "Exe", "Pii", """
            using System;
            using System.IO;
            using System.Linq;
            using System.Text;
            using Domain;
            using Microsoft.Data.Sqlite;
            using Microsoft.EntityFrameworkCore;
            using Pii;
            using Pii.Erasure;
            using Pii.Export;

            using var connection = new SqliteConnection("Data Source=:memory:");
            connection.Open();
            DbContextOptions<ShopDb> options = new DbContextOptionsBuilder<ShopDb>().UseSqlite(connection).Options;
            using (var db = new ShopDb(options))
            {
                db.Database.EnsureCreated();
                db.Customers.Add(new Customer { Id = 1, Email = "sanne@example.nl", Home = new Address { Street = "Keizersgracht 1" } });
                db.Orders.Add(new Order { Id = 1, CustomerId = 1, Note = "ring the bell twice" });
                db.Parcels.Add(new Parcel { Id = 1, CustomerId = 1, To = new Address { Street = "Dorpsstraat 2" } });
                db.SaveChanges();
            }

            using (var db = new ShopDb(options))
            {
                using var stream = new MemoryStream();
                await db.PersonalData().ExportAsync(1, stream, ExportScope.Access);
                Console.WriteLine("export: " + Encoding.UTF8.GetString(stream.ToArray()));
                var storeOptions = new Pii.Store.PersonalDataStoreOptions { HashKey = Encoding.UTF8.GetBytes("a key the shop keeps secret, 32+") };
                var receipt = await db.PersonalData(storeOptions).EraseAsync(1, ErasureRequest.ForPurposes(DateTimeOffset.UtcNow, "Delivery"));
                Console.WriteLine("receipt: " + string.Join(", ", receipt.Entities.SelectMany(e => e.Members.Select(m => $"{e.EntityType}.{m.Member} {m.Outcome}"))));
            }

            using (var db = new ShopDb(options))
            {
                Console.WriteLine("note after erasure: " + (db.Orders.Single().Note ?? "(none)"));
                Console.WriteLine("email after erasure: " + db.Customers.Single().Email);
                Console.WriteLine("home after erasure: " + (db.Customers.Single().Home.Street ?? "(none)"));
                Console.WriteLine("parcel after erasure: " + (db.Parcels.Single().To.Street ?? "(none)"));
            }

            public class ShopDb(DbContextOptions<ShopDb> options) : DbContext(options)
            {
                public DbSet<Customer> Customers => Set<Customer>();

                public DbSet<Order> Orders => Set<Order>();

                public DbSet<Parcel> Parcels => Set<Parcel>();

                protected override void OnModelCreating(ModelBuilder modelBuilder)
                {
                    modelBuilder.Entity<Customer>().OwnsOne(c => c.Home);
                    modelBuilder.Entity<Parcel>().OwnsOne(p => p.To);
                }
            }
            """, references: ["../Domain/Domain.csproj"], extraPackages: [("Microsoft.EntityFrameworkCore.Sqlite", "10.0.15")]);

        (int exit, string log) = await RunAsync(app, DotnetCommand.Build);
        Assert.True(exit == 0, log);
        Assert.DoesNotMatch(@": error ", log);
        Assert.True(File.Exists(Path.Combine(domain, "bin", "Debug", "net10.0", "Domain.dll")), "Domain.dll was not built");

        (exit, log) = await RunAsync(app, ["run", "--no-build"]);
        Assert.True(exit == 0, log);
        string[] lines = log.Split('\n', StringSplitOptions.TrimEntries);
        string export = Line(lines, "export: ");
        Assert.Contains("sanne@example.nl", export, StringComparison.Ordinal);
        Assert.Contains("ring the bell twice", export, StringComparison.Ordinal);
        Assert.Contains("Keizersgracht 1", export, StringComparison.Ordinal); // the library's code exports the owned address
        Assert.Contains("Dorpsstraat 2", export, StringComparison.Ordinal); // through a class the application writes for Parcel
        Assert.Equal("(none)", Line(lines, "note after erasure: "));

        // The application's store erases the owned objects of the library's classes through the library's generated code
        // (before, that code was internal and the store could only report them NotErasable).
        string receipt = Line(lines, "receipt: ");
        Assert.Contains("Customer.Home.Street Cleared", receipt, StringComparison.Ordinal);
        Assert.Contains("Parcel.To.Street Cleared", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain("NotErasable", receipt, StringComparison.Ordinal);
        Assert.Equal("(none)", Line(lines, "home after erasure: "));
        Assert.Equal("(none)", Line(lines, "parcel after erasure: "));
        Assert.Equal("sanne@example.nl", Line(lines, "email after erasure: ")); // another purpose: kept
    }

    /// <summary>A project in a folder of its own, with a nuget.config that adds the packed packages to the usual sources.</summary>
    [Fact]
    public async Task A_NET_8_project_gets_the_net8_0_library_and_its_dates_export_anonymize_and_start_retention()
    {
        string project = WriteProject("Clinic", "Library", "Pii", """
            using System;
            using Pii;

            [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P2Y", Description = "Treating the patient")]

            namespace Clinic
            {
                [DataSubject(Kind = "patient")]
                public class Patient
                {
                    public int Id { get; set; }

                    [PersonalData("Care", Category = DataCategory.DateOfBirth, Erasure = ErasureStrategy.Anonymize)]
                    public DateOnly BirthDate { get; set; }

                    [PersonalData("Care", Category = DataCategory.Other, Erasure = ErasureStrategy.Anonymize)]
                    public DateOnly? LastVisit { get; set; }

                    [PersonalData("Care", Category = DataCategory.Other, RetentionStartsAt = nameof(LastVisit))]
                    public string? Notes { get; set; }

                    [PersonalData("Care", Category = DataCategory.Other)]
                    public TimeOnly? PreferredTime { get; set; }
                }
            }
            """, framework: "net8.0");

        (int exit, string log) = await RunAsync(project, DotnetCommand.Build);

        Assert.True(exit == 0, log);
        Assert.DoesNotMatch(@": error ", log);
        string assets = await File.ReadAllTextAsync(Path.Combine(project, "obj", "project.assets.json"));
        Assert.Contains("lib/net8.0/Pii.dll", assets, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(project, "bin", "Debug", "net8.0", "Clinic.dll")), "Clinic.dll was not built");
    }

    private string WriteProject(
        string name, string outputType, string package, string source, string framework = "net10.0", string[]? references = null, (string Id, string Version)[]? extraPackages = null)
    {
        string directory = Path.Combine(packages.Root, "consumers", name);
        string projectName = Path.GetFileName(name);
        Directory.CreateDirectory(directory);

        // NuGet fails on a fallback folder that does not exist, so it is named only when it does.
        string fallback = Directory.Exists(UserPackages)
            ? $"<fallbackPackageFolders><add key=\"restored\" value=\"{UserPackages}\" /></fallbackPackageFolders>"
            : string.Empty;
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(packages.Root, "packages")}" />
              </config>
              <packageSources>
                <add key="pii-packed" value="{packages.Feed}" />
              </packageSources>
              {fallback}
            </configuration>
            """);
        string items = string.Concat((references ?? []).Select(reference => $"\n    <ProjectReference Include=\"{reference}\" />"))
            + string.Concat((extraPackages ?? []).Select(other => $"\n    <PackageReference Include=\"{other.Id}\" Version=\"{other.Version}\" />"));
        File.WriteAllText(Path.Combine(directory, projectName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{framework}</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{package}" Version="{packages.Version}" />{items}
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, outputType == "Exe" ? "Program.cs" : projectName + ".cs"), source);
        return directory;
    }

    /// <summary>
    /// The packages the repository's own restore put on this machine (EF Core among them), which the consumers may use
    /// instead of downloading them into their own folder; the packed Pii packages are not among them.
    /// </summary>
    private static string UserPackages =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    private static string Line(IEnumerable<string> lines, string prefix) =>
        lines.Single(line => line.StartsWith(prefix, StringComparison.Ordinal)).Substring(prefix.Length);

    private async Task<(int ExitCode, string Output)> RunAsync(string directory, IEnumerable<string> arguments)
    {
        (int exit, string log) = await DotnetCommand.RunAsync(directory, arguments);
        output.WriteLine(log);
        return (exit, log);
    }
}
