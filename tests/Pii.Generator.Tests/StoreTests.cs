using System.Linq;
using Microsoft.CodeAnalysis;
using Pii.Generator.Tests.Infrastructure;
using static Pii.Generator.Tests.Infrastructure.GeneratorRun;

namespace Pii.Generator.Tests;

/// <summary>
/// The EF Core store: which entities a context's generated operations reach and the queries that find a subject's rows.
/// (The generated code is compiled and run against SQLite and PostgreSQL in Pii.Store.Tests; here EF Core is a stand-in.)
/// </summary>
public class StoreTests
{
    private static string StoreSource()
    {
        (GeneratorRunResult result, _) = GeneratorRun.Run(GeneratorRun.Compile([GeneratorRun.Input("Store.cs")]));
        Assert.Null(result.Exception);
        return Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith(".PersonalDataStore.g.cs")).SourceText.ToString();
    }

    /// <summary>Runs the generator on <paramref name="source"/> with the EF Core stand-in of Store.cs, without its model.</summary>
    private static (GeneratorRunResult Result, Compilation Output) RunWithEfCoreStandIn(string source)
    {
        return GeneratorRun.Run(GeneratorRun.CompileWithEfCoreStandIn([source]));
    }

    [Fact]
    public void A_store_class_whose_name_or_extensions_name_the_project_declares_gets_a_suffix()
    {
        // The store writes ShopDbPersonalData and ShopDbPersonalDataExtensions; the project already has the second.
        (GeneratorRunResult result, Compilation output) = RunWithEfCoreStandIn("""
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
                }

                public static class ShopDbPersonalDataExtensions
                {
                }
            }
            """);

        Assert.Null(result.Exception);
        string store = Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith(".PersonalDataStore.g.cs", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Matches(@"sealed partial class ShopDbPersonalData_[0-9a-f]{8}\n", store);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Id == "CS0101");
    }

    [Fact]
    public void A_context_with_tagged_entities_gets_one_store_with_a_row_query_per_linked_entity()
    {
        string store = StoreSource();

        Assert.Contains("public static MailContextPersonalData PersonalData(this global::Mail.MailContext db", store);
        Assert.Contains("private global::System.Linq.IQueryable<global::Mail.Contact> ContactRows(int subjectKey)", store);
        Assert.Contains("db.Set<global::Mail.Contact>().IgnoreQueryFilters().Where(row => row.Id == subjectKey)", store);
        // A nullable {Subject}Id foreign key, a [SubjectLink] through an intermediate entity, a navigation without a foreign key.
        Assert.Contains("db.Set<global::Mail.EmailEvent>().IgnoreQueryFilters().Where(row => row.ContactId == subjectKey)", store);
        Assert.Contains("db.Set<global::Mail.Click>().IgnoreQueryFilters().Where(row => db.Set<global::Mail.EmailEvent>().Any(parent1 => parent1.Id == row.EmailEventId && parent1.ContactId == subjectKey))", store);
        Assert.Contains("db.Set<global::Mail.Review>().IgnoreQueryFilters().Where(row => row.Author!.Id == subjectKey)", store);
    }

    [Fact]
    public void An_entity_without_a_link_is_left_out_of_export_and_erasure_but_still_purged()
    {
        string store = StoreSource();

        Assert.DoesNotContain("OrphanRows", store);
        Assert.Contains("await PurgeOrphanAsync(result, token);", store);
    }

    [Fact]
    public void Dependents_are_erased_before_what_they_link_to()
    {
        string store = StoreSource();

        int click = store.IndexOf("await EraseClickAsync(", System.StringComparison.Ordinal);
        int emailEvent = store.IndexOf("await EraseEmailEventAsync(", System.StringComparison.Ordinal);
        int contact = store.IndexOf("await EraseContactAsync(", System.StringComparison.Ordinal);
        Assert.True(click >= 0 && click < emailEvent && emailEvent < contact, "clicks, then e-mail events, then the contact");
    }

    [Fact]
    public void Owned_objects_are_erased_on_loaded_rows_unless_their_type_is_an_entity_of_the_context_or_nests_without_end()
    {
        const string shop = """
            using Pii;

            namespace Shop
            {
                using Microsoft.EntityFrameworkCore;

                [DataSubject]
                public class Buyer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Name { get; set; }

                    public Address? Home { get; set; }

                    public Loop? Loop { get; set; }

                    public Listed? Listed { get; set; }
                }

                public class Address
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Street { get; set; }

                    public System.DateTime? MovedOutAt { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract, RetentionStartsAt = nameof(MovedOutAt))]
                    public string? Country { get; set; }

                    public Point? Location { get; set; }
                }

                public class Point
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract, Erasure = ErasureStrategy.Anonymize)]
                    public double? Latitude { get; set; }
                }

                // Loop owns Middle, Middle owns End, End owns Loop again: no owner is a direct back-reference.
                public class Loop
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? A { get; set; }

                    public Middle? Middle { get; set; }
                }

                public class Middle
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? B { get; set; }

                    public End? End { get; set; }
                }

                public class End
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? C { get; set; }

                    public Loop? Loop { get; set; }
                }

                public class Listed
                {
                    public int Id { get; set; }

                    public int BuyerId { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Note { get; set; }
                }

                public class ShopContext : DbContext
                {
                    public DbSet<Buyer> Buyers { get; set; } = null!;

                    public DbSet<Listed> Listed { get; set; } = null!;
                }
            }
            """;
        (GeneratorRunResult result, _) = RunWithEfCoreStandIn(shop);
        Assert.Null(result.Exception);
        string store = Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith(".PersonalDataStore.g.cs")).SourceText.ToString();

        // Nested owned objects are planned and reported member by member, by their path below the owner, and each object on
        // the path is checked against the EF Core model.
        Assert.Contains("bool ownsHome = _store.Owns<global::Shop.Buyer>(\"Home\");", store);
        Assert.Contains("bool ownsHome_Location = _store.Owns<global::Shop.Buyer>(\"Home\", \"Location\");", store);
        Assert.Contains("receipt.Plan(global::Shop.PointPersonalData.LatitudePurposes, global::Pii.ErasureStrategy.Anonymize, rowDependent: false);", store);
        Assert.Contains("if (ownsHome && row.Home is { } homeObject) global::Shop.AddressPersonalData.ErasePersonalDataMembers(homeObject, memoryErasure, \"Home.\");", store);
        Assert.Contains("receipt.OwnedMember(\"Home.Location.Latitude\", global::Pii.ErasureStrategy.Anonymize, home_Location_LatitudeOwnedPlan, memoryErasure, deleted: false, mapped: ownsHome_Location);", store);

        // The purge reaches into them on the loaded rows where a member has a retention date of its own, and reports the others.
        Assert.Contains("result.NotErasable(\"Home.Street\", global::Pii.ErasureStrategy.Clear, \"no RetentionStartsAt: the purge cannot tell when its retention started\");", store);
        Assert.Contains("global::Pii.Store.MemberPlan home_CountryOwnedPlan = result.PlanPurge(global::Shop.AddressPersonalData.CountryPurposes);", store);
        Assert.Contains("global::Pii.Erasure.ErasureContext memoryErasure = result.OwnedPurge(\"Buyer\", _options);", store);
        Assert.Contains("if (before is not null && (ownsHome && home_CountryOwnedPlan.Erase))", store);
        Assert.Contains("result.OwnedMember(\"Home.Country\", global::Pii.ErasureStrategy.Clear, home_CountryOwnedPlan, memoryErasure, deleted: false, mapped: ownsHome);", store);
        Assert.DoesNotContain("home_StreetOwnedPlan = result.", store);

        // A cycle of owned types is reported, not followed. An owned-looking member whose type has a DbSet is left to that
        // DbSet: not reported either, so that it does not keep a delete-record buyer from being deleted.
        Assert.Contains("receipt.NotErasable(\"Loop\", global::Pii.ErasureStrategy.Clear, \"its owned objects nest more than eight deep, or in a cycle (docs/store.md, Limits)\");", store);
        Assert.DoesNotContain("NotErasable(\"Listed\"", store);
        Assert.DoesNotContain("ownsListed", store);
        Assert.Contains("ListedRows(subjectKey)", store);
        Assert.DoesNotContain("ownsLoop", store);
    }

    [Fact]
    public void An_entity_whose_personal_data_is_all_in_owned_objects_gets_its_code_from_the_store_once()
    {
        const string shop = """
            using Pii;

            namespace Shop
            {
                using Microsoft.EntityFrameworkCore;

                [DataSubject]
                public class Buyer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Name { get; set; }
                }

                // No tag of its own: only its address holds personal data.
                public class Order
                {
                    public int Id { get; set; }

                    public int BuyerId { get; set; }

                    public Address? Ship { get; set; }
                }

                public class Address
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Street { get; set; }
                }

                public class ShopContext : DbContext
                {
                    public DbSet<Buyer> Buyers { get; set; } = null!;

                    public DbSet<Order> Orders { get; set; } = null!;
                }

                public class ArchiveContext : DbContext
                {
                    public DbSet<Buyer> Buyers { get; set; } = null!;

                    public DbSet<Order> Orders { get; set; } = null!;
                }
            }
            """;
        (GeneratorRunResult result, Compilation output) = RunWithEfCoreStandIn(shop);

        Assert.Null(result.Exception);
        GeneratedSourceResult order = Assert.Single(result.GeneratedSources, s => s.HintName == "Shop.Order.PersonalData.g.cs");
        Assert.Contains("public static partial class OrderPersonalData", order.SourceText.ToString());
        Assert.Contains("global::Shop.AddressPersonalData.ErasePersonalDataMembers(shipValue, context, path + \"Ship.\");", order.SourceText.ToString());
        Assert.Contains("global::Shop.OrderPersonalData.WritePersonalData", Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith("ShopContext.PersonalDataStore.g.cs")).SourceText.ToString());

        // It is in the record of processing, so that its address has the buyer as its subject there.
        string record = Assert.Single(result.GeneratedSources, s => s.HintName == "PersonalDataProcessingRecord.g.cs").SourceText.ToString();
        Assert.Contains("\"\"type\"\": \"\"Shop.Order\"\"", record);

        // The type's own file compiles (the stand-in EF Core has no ExecuteUpdate, so the stores themselves do not).
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith("Shop.Order.PersonalData.g.cs", System.StringComparison.Ordinal) == true);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.GetMessage().Contains("OrderPersonalData", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_owned_type_with_no_tag_of_its_own_is_followed_to_the_tags_inside_it_and_written_once()
    {
        const string shop = """
            using Pii;

            namespace Shop
            {
                using Microsoft.EntityFrameworkCore;

                [DataSubject]
                public class Buyer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Name { get; set; }

                    public Contact? Contact { get; set; }

                    public Ring? Ring { get; set; }
                }

                // No tag of its own, and reached both from a tagged entity and from one with no tag of its own.
                public class Contact
                {
                    public string? Note { get; set; }

                    public Address? Home { get; set; }
                }

                public class Address
                {
                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Street { get; set; }
                }

                public class Order
                {
                    public int Id { get; set; }

                    public int BuyerId { get; set; }

                    public Contact? ShipTo { get; set; }
                }

                // A cycle of untagged types with nothing tagged in it: followed to its end, and not owned.
                public class Ring
                {
                    public Link? Next { get; set; }
                }

                public class Link
                {
                    public Ring? Back { get; set; }

                    public Link? Self { get; set; }
                }

                public class ShopContext : DbContext
                {
                    public DbSet<Buyer> Buyers { get; set; } = null!;

                    public DbSet<Order> Orders { get; set; } = null!;
                }
            }
            """;
        (GeneratorRunResult result, Compilation output) = RunWithEfCoreStandIn(shop);

        Assert.Null(result.Exception);
        string contact = Assert.Single(result.GeneratedSources, s => s.HintName == "Shop.Contact.PersonalData.g.cs").SourceText.ToString();
        Assert.Contains("global::Shop.AddressPersonalData.ErasePersonalDataMembers(homeValue, context, path + \"Home.\");", contact);
        Assert.DoesNotContain("Note", contact);
        Assert.Contains("global::Shop.ContactPersonalData.ErasePersonalDataMembers(contactValue, context, path + \"Contact.\");", Source(result, "Shop.Buyer.PersonalData.g.cs"));
        Assert.Contains("global::Shop.ContactPersonalData.ErasePersonalDataMembers(shipToValue, context, path + \"ShipTo.\");", Source(result, "Shop.Order.PersonalData.g.cs"));
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName is "Shop.Ring.PersonalData.g.cs" or "Shop.Link.PersonalData.g.cs");
        Assert.DoesNotContain("Ring", Source(result, "Shop.Buyer.PersonalData.g.cs"));

        // The store reaches the street two objects down, on both entities, checking each object on the path against the model.
        string store = Source(result, "Shop.ShopContext.PersonalDataStore.g.cs");
        Assert.Contains("bool ownsContact = _store.Owns<global::Shop.Buyer>(\"Contact\");", store);
        Assert.Contains("receipt.OwnedMember(\"Contact.Home.Street\"", store);
        Assert.Contains("receipt.OwnedMember(\"ShipTo.Home.Street\"", store);

        // In the record, with the buyer as its subject through either owner.
        string record = Source(result, "PersonalDataProcessingRecord.g.cs");
        Assert.Contains("\"\"type\"\": \"\"Shop.Contact\"\"", record);
        Assert.DoesNotContain(output.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree?.FilePath.EndsWith(".PersonalData.g.cs", System.StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_wide_cycle_of_owned_types_is_reported_and_ends_the_walk()
    {
        // Each type holds six of the next, and the third holds the first again: 6^8 paths to a depth of eight. The first
        // path that closes the cycle ends the walk of the whole member, which is reported.
        string Members(string type, string name) => string.Join("\n", Enumerable.Range(1, 6).Select(i => $"public {type}? {name}{i} {{ get; set; }}"));
        string shop = $$"""
            using Pii;

            namespace Shop
            {
                using Microsoft.EntityFrameworkCore;

                [DataSubject]
                public class Buyer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Name { get; set; }

                    public D? Wide { get; set; }
                }

                public class D { {{Members("E", "E")}} }
                public class E { {{Members("F", "F")}} }
                public class F
                {
                    {{Members("D", "D")}}

                    [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                    public string? Note { get; set; }
                }

                public class ShopContext : DbContext
                {
                    public DbSet<Buyer> Buyers { get; set; } = null!;
                }
            }
            """;
        (GeneratorRunResult result, _) = RunWithEfCoreStandIn(shop);

        Assert.Null(result.Exception);
        string store = Source(result, "Shop.ShopContext.PersonalDataStore.g.cs");
        Assert.Contains("receipt.NotErasable(\"Wide\", global::Pii.ErasureStrategy.Clear, \"its owned objects nest more than eight deep, or in a cycle (docs/store.md, Limits)\");", store);
    }

    [Fact]
    public void Encrypted_members_of_held_types_are_listed_by_type_and_name_whatever_holds_them()
    {
        const string clinic = """
            using System.Collections.Generic;
            using Pii;

            namespace Clinic
            {
                using Microsoft.EntityFrameworkCore;

                [DataSubject]
                public class Patient
                {
                    public int Id { get; set; }

                    [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)]
                    public string? Email { get; set; }

                    public Address Home { get; set; } = new();

                    public Address? Work { get; set; }

                    public Money? Balance { get; set; }

                    public List<Allergy> Allergies { get; set; } = new();

                    public Box<Address>? Boxed { get; set; }

                    public Doctor? Doctor { get; set; }

                    public Conditions Chronic { get; set; } = new();
                }

                // A collection that is not generic itself still holds its elements.
                public class Conditions : List<Condition>
                {
                }

                public class Condition
                {
                    [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)]
                    public string? Code { get; set; }
                }

                public class Address
                {
                    [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)]
                    public string? Street { get; set; }

                    [PersonalData("Care", "P1Y", LegalBasis.Contract)]
                    public string? City { get; set; }
                }

                // A complex type can be a struct.
                public struct Money
                {
                    [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)]
                    public decimal Amount { get; set; }
                }

                // An element with a key of its own: export and erasure do not follow it, encryption does.
                public class Allergy
                {
                    public int Id { get; set; }

                    [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)]
                    public int? Severity { get; set; }
                }

                public class Box<T>
                {
                    public T? Value { get; set; }
                }

                // Derived from an entity: only what it declares itself; Email is the entity's, with its converter there.
                public class Doctor : Patient
                {
                    [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)]
                    public string? Licence { get; set; }
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;
                }
            }
            """;
        (GeneratorRunResult result, _) = RunWithEfCoreStandIn(clinic);

        Assert.Null(result.Exception);
        string store = Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith("ClinicContext.PersonalDataStore.g.cs")).SourceText.ToString();
        string list = store[store.IndexOf("HeldEncrypted = new()", System.StringComparison.Ordinal)..store.IndexOf("HeldEncryptedTypes = new()", System.StringComparison.Ordinal)];
        Assert.Equal(
            ["(typeof(global::Clinic.Address), \"Street\")", "(typeof(global::Clinic.Allergy), \"Severity\")", "(typeof(global::Clinic.Condition), \"Code\")", "(typeof(global::Clinic.Doctor), \"Licence\")", "(typeof(global::Clinic.Money), \"Amount\")"],
            list.Split('\n').Select(line => line.Trim().TrimEnd(',')).Where(line => line.StartsWith("(typeof(", System.StringComparison.Ordinal)).Order(System.StringComparer.Ordinal));

        // The types of the members that hold them, as EF Core sees a property of that type: stored as one value.
        Assert.Contains("typeof(global::Clinic.Money?),", store);
        Assert.Contains("typeof(global::System.Collections.Generic.List<global::Clinic.Allergy>),", store);
        Assert.Contains("typeof(global::Clinic.Address),", store);

        // The context of each converter is the held type's, whichever path holds it (Home and Work share Address's).
        Assert.Contains("value => global::Pii.Encryption.PersonalDataCodec.Protect(value, keyRing, \"Clinic.Address.Street\")", store);
        Assert.Contains("return new global::Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<decimal, byte[]>(", store);
        Assert.Contains("stored => global::Pii.Encryption.PersonalDataCodec.UnprotectInt32(stored, keyRing, \"Clinic.Allergy.Severity\")", store);
        Assert.Contains("ProtectHeldTypes(modelBuilder.Model, keyRing);", store);
        Assert.Contains("RequireHeldProtection(db.Model);", store);

        // The patient's rows are re-encrypted for its own member and for what it holds.
        Assert.Contains("rows += IsPrimaryKey<global::Clinic.Patient>(\"Id\")", store);
        Assert.Contains("? await ReencryptAsync<global::Clinic.Patient, int>(new[] { \"Email\" }, batchSize, int.MinValue, row => row.Id", store);
        Assert.Contains(": await ReencryptAsync<global::Clinic.Patient>(new[] { \"Email\" }, batchSize, cancellationToken);", store);
        Assert.Contains("any |= MarkProtected(entry.Properties) | MarkOwnedProtected(entry);", store);
    }

    [Fact]
    public void Without_a_DbContext_no_store_is_generated()
    {
        (GeneratorRunResult result, _) = GeneratorRun.Run(GeneratorRun.Compile([GeneratorRun.Input("Customer.cs")]));

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.EndsWith(".PersonalDataStore.g.cs"));
        Assert.NotEmpty(result.GeneratedSources);
    }
}
