using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Rules.EntityModelAnalyzer>;

namespace Pii.Analyzers.Tests;

public class EntityModelAnalyzerTests
{
    /// <summary>A stand-in for EF Core's DbContext and DbSet, and a data subject.</summary>
    internal const string EfCore = """
        using System.Collections.Generic;
        using Microsoft.EntityFrameworkCore;
        using Pii;

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
        }

        [DataSubject]
        public class Contact
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }

        """;

    [Fact]
    public Task An_entity_without_a_link_is_reported_on_its_DbSet_with_the_reason() => Verify.VerifyAsync(
        EfCore + """
        public class Invoice
        {
            public int Id { get; set; }
            public int BuyerRef { get; set; }

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation)]
            public string? BillingName { get; set; }
        }

        public class Ticket
        {
            public int Id { get; set; }

            [SubjectLink(typeof(Customer))]
            public int CustomerRef { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.Contract)]
            public string? Body { get; set; }
        }

        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
            public DbSet<Invoice> {|#0:Invoices|} { get; set; } = null!;
            public DbSet<Ticket> {|#1:Tickets|} { get; set; } = null!;
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.EntityLinkNotQueryable).WithLocation(0).WithArguments(
                "Invoice", "ShopContext", "Invoice has no [SubjectLink], no navigation to a data subject and no {Entity}Id member that names an entity of this context"),
            new DiagnosticResult(Descriptors.EntityLinkNotQueryable).WithLocation(1).WithArguments(
                "Ticket", "ShopContext", "Ticket.CustomerRef links to Customer, which is not an entity of this context (no DbSet<Customer>)"),
        ]);

    /// <summary>
    /// An entity whose personal data is all in an owned object it holds is exported and erased through its own chain to a
    /// subject, like one with tags of its own: without a chain it is left out, and PII009 says so. It was not reported, as
    /// it has no tag of its own (and PII004 leaves it alone for that reason, the owned type for having no key).
    /// </summary>
    [Fact]
    public Task An_entity_whose_personal_data_is_in_an_owned_object_needs_a_link_too() => Verify.VerifyAsync(EfCore + """
        public class Address
        {
            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Street { get; set; }
        }

        public class Shipment
        {
            public int Id { get; set; }
            public int Reference { get; set; }
            public Address? Destination { get; set; }
        }

        public class Parcel
        {
            public int Id { get; set; }
            public int ContactId { get; set; }
            public Address? Destination { get; set; }
        }

        public class Product
        {
            public int Id { get; set; }
            public string? Name { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
            public DbSet<Shipment> {|#0:Shipments|} { get; set; } = null!;
            public DbSet<Parcel> Parcels { get; set; } = null!;
            public DbSet<Product> Products { get; set; } = null!;
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.EntityLinkNotQueryable).WithLocation(0).WithArguments(
                "Shipment", "ShopContext", "Shipment has no [SubjectLink], no navigation to a data subject and no {Entity}Id member that names an entity of this context"),
        ]);

    [Fact]
    public Task A_crypto_shredded_member_more_than_one_link_from_its_subject_is_PII006() => Verify.VerifyAsync(EfCore + """
        public class Order
        {
            public int Id { get; set; }
            public int ContactId { get; set; }

            // One link away: its rows name their subject, whose key they take.
            [PersonalData("Account", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
            public string? DeliveryNote { get; set; }
        }

        public class OrderLine
        {
            public int Id { get; set; }
            public int OrderId { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
            public string? {|#0:GiftMessage|} { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? Engraving { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
            public DbSet<Order> Orders { get; set; } = null!;
            public DbSet<OrderLine> OrderLines { get; set; } = null!;
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.ErasureStrategyNotApplicable).WithLocation(0).WithArguments(
                "GiftMessage", "CryptoShred", "the subject's key is found through the entity's own foreign key to Contact, and OrderLine reaches Contact through Order; add a foreign key to Contact, or use Clear (the member then stays encrypted under the application's key)"),
        ]);

    [Fact]
    public Task A_blind_index_or_crypto_shredding_in_a_held_type_is_reported_once_however_many_contexts_hold_it() => Verify.VerifyAsync(EfCore + """
        [DataSubject]
        public class Patient
        {
            public int Id { get; set; }

            // On the entity: the store keeps the index.
            [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, BlindIndex = true)]
            public string? Email { get; set; }

            public Address Home { get; set; } = new();
            public List<Phone> Phones { get; set; } = new();
            public Contact? Contact { get; set; }
            public Clinician? Doctor { get; set; }
            public Box<int>? Boxed { get; set; }
            private Hidden? Secret { get; set; }

            // Generated code cannot name a private type: no code at all for it, so no converter either.
            private class Hidden
            {
                [{|#6:PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)|}]
                public string? Code { get; set; }
            }
        }

        // Nor a generic one.
        public class Box<T>
        {
            public T? Value { get; set; }

            [{|#5:PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)|}]
            public string? Label { get; set; }
        }

        public class Address
        {
            [{|#0:PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, BlindIndex = true)|}]
            public string? Street { get; set; }

            // Encrypted only: supported in owned objects.
            [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted)]
            public string? City { get; set; }

            public GeoPoint Location { get; set; } = new();
        }

        public class GeoPoint
        {
            [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
            public string? {|#1:Latitude|} { get; set; }
        }

        public class Phone
        {
            [{|#2:PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, BlindIndex = true)|}]
            public string? Number { get; set; }
        }

        public class ClinicContext : DbContext
        {
            public DbSet<Patient> Patients { get; set; } = null!;
            public DbSet<Contact> Contacts { get; set; } = null!;
        }

        // A data subject that ClinicContext and ReportingContext reach only through a navigation: their writes keep no index.
        [DataSubject]
        public class Clinician
        {
            public int Id { get; set; }

            [{|#3:PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, BlindIndex = true)|}]
            public string? Email { get; set; }

            public Patient? Favourite { get; set; }
        }

        // Derived from an entity and reached by a navigation only: its own member is held, the inherited Email is the entity's.
        public class ChildPatient : Patient
        {
            [PersonalData("Care", "P1Y", LegalBasis.Contract, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
            public string? {|#4:Guardian|} { get; set; }
        }

        public class Ward
        {
            public int Id { get; set; }
            public int PatientId { get; set; }
            public ChildPatient? Youngest { get; set; }
        }

        public class ReportingContext : DbContext
        {
            public DbSet<Patient> Patients { get; set; } = null!;
            public DbSet<Ward> Wards { get; set; } = null!;
        }

        public class StaffContext : DbContext
        {
            public DbSet<Ward> Wards { get; set; } = null!;
            public DbSet<Patient> Patients { get; set; } = null!;
            public DbSet<Clinician> Clinicians { get; set; } = null!;
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.InvalidTag).WithLocation(0).WithArguments(
                "The tag on 'Street'", "a blind index is kept for members of a context's entities only, and Address is held by an entity as an owned object or through a navigation (for example Patient.Home.Street): the member is encrypted, but no index column and no lookup are generated there; move it onto the entity, or drop BlindIndex"),
            new DiagnosticResult(Descriptors.ErasureStrategyNotApplicable).WithLocation(1).WithArguments(
                "Latitude", "CryptoShred", "crypto-shredding finds the subject's key for members of a context's entities only, and GeoPoint is held by an entity as an owned object or through a navigation (for example Patient.Home.Location.Latitude): the member is encrypted under the application's key ring there; use Clear, or move it onto the entity"),
            new DiagnosticResult(Descriptors.InvalidTag).WithLocation(2).WithArguments(
                "The tag on 'Number'", "a blind index is kept for members of a context's entities only, and Phone is held by an entity as an owned object or through a navigation (for example Patient.Phones.Number): the member is encrypted, but no index column and no lookup are generated there; move it onto the entity, or drop BlindIndex"),
            new DiagnosticResult(Descriptors.InvalidTag).WithLocation(3).WithArguments(
                "The tag on 'Email'", "a blind index is kept for members of a context's entities only, and Clinician is held by an entity as an owned object or through a navigation (for example Patient.Doctor.Email): the member is encrypted, but no index column and no lookup are generated there; move it onto the entity, or drop BlindIndex"),
            new DiagnosticResult(Descriptors.InvalidTag).WithLocation(5).WithArguments(
                "The tag on 'Label'", "Box is held by an entity (for example Patient.Boxed.Label), but it is generic, so no value converter is generated for it and the member would be stored as it is; make the type non-generic, or move the member"),
            new DiagnosticResult(Descriptors.InvalidTag).WithLocation(6).WithArguments(
                "The tag on 'Code'", "Hidden is held by an entity (for example Patient.Secret.Code), but Hidden is private, so the generated export, erasure and redaction code cannot name Hidden and the record of processing does not list its members; make it internal or public; and no value converter is generated for it either, so its Protection.Encrypted value is stored as it is"),
            new DiagnosticResult(Descriptors.ErasureStrategyNotApplicable).WithLocation(4).WithArguments(
                "Guardian", "CryptoShred", "crypto-shredding finds the subject's key for members of a context's entities only, and ChildPatient is held by an entity as an owned object or through a navigation (for example Ward.Youngest.Guardian): the member is encrypted under the application's key ring there; use Clear, or move it onto the entity"),
        ]);

    [Fact]
    public Task Naming_convention_subject_link_chains_and_navigations_are_links_a_query_can_follow() => Verify.VerifyAsync(EfCore + """
        public class EmailEvent
        {
            public long Id { get; set; }
            public int ContactId { get; set; }

            [PersonalData("Analytics", "P1Y", LegalBasis.Contract)]
            public string? UserAgent { get; set; }
        }

        public class Click
        {
            public long Id { get; set; }

            [SubjectLink(typeof(EmailEvent))]
            public long EventRef { get; set; }

            [PersonalData("Analytics", "P1Y", LegalBasis.Contract)]
            public string? Ip { get; set; }
        }

        public class Ticket
        {
            public int Id { get; set; }
            public Contact? Requester { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.Contract)]
            public string? Body { get; set; }
        }

        public class Product
        {
            public int Id { get; set; }
            public string? Name { get; set; }
        }

        public abstract class BaseContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
        }

        public class ShopContext : BaseContext
        {
            public DbSet<EmailEvent> Events { get; set; } = null!;
            public DbSet<Click> Clicks { get; set; } = null!;
            public DbSet<Ticket> Tickets { get; set; } = null!;
            public DbSet<Product> Products { get; set; } = null!;
        }
        """);

    [Fact]
    public Task A_tagged_type_no_DbSet_reaches_is_reported_once_a_context_holds_tagged_entities() => Verify.VerifyAsync(
        EfCore + """
        public class {|#0:Complaint|}
        {
            public int Id { get; set; }
            public int ContactId { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.Contract)]
            public string? Text { get; set; }
        }

        public class ContactDto
        {
            [NotPersonalData("a copy the API returns, never stored")]
            public string? Email { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
        }

        public class CatalogContext : DbContext
        {
            public DbSet<ContactDto> Dtos { get; set; } = null!;
        }
        """,
        expected: [new DiagnosticResult(Descriptors.TaggedTypeNotInModel).WithLocation(0).WithArguments("Complaint", "ShopContext")]);

    [Fact]
    public Task Owned_types_their_owned_types_base_types_and_derived_types_of_entities_are_reachable() => Verify.VerifyAsync(EfCore + """
        public class Address
        {
            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? City { get; set; }
        }

        public class Profile
        {
            public Address? Home { get; set; }
            public List<Phone> Phones { get; set; } = new();
        }

        public class Phone
        {
            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Number { get; set; }
        }

        public class Visit
        {
            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Ip { get; set; }
        }

        public abstract class Audited
        {
            public int Id { get; set; }

            [PersonalData("Audit", "P1Y", LegalBasis.Contract)]
            public string? CreatedBy { get; set; }
        }

        public class Order : Audited
        {
            public int ContactId { get; set; }
            public Profile? Profile { get; set; }
            public Visit[] Visits { get; set; } = [];
        }

        public class RushOrder : Order
        {
            [PersonalData("Audit", "P1Y", LegalBasis.Contract)]
            public string? Courier { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
            public DbSet<Order> Orders { get; set; } = null!;
        }
        """);

    /// <summary>
    /// A class that shares only a base type with an entity is neither the entity, its base nor derived from it: EF Core does
    /// not map it through that entity, so it is reported like any tagged class no DbSet reaches (it was taken for covered,
    /// since the base type of an entity counted as an entity for the classes derived from it).
    /// </summary>
    [Fact]
    public Task A_class_that_only_shares_a_base_type_with_an_entity_is_reported() => Verify.VerifyAsync(EfCore + """
        public abstract class Audited
        {
            public int Id { get; set; }

            [PersonalData("Audit", "P1Y", LegalBasis.Contract)]
            public string? CreatedBy { get; set; }
        }

        public class Order : Audited
        {
            public int ContactId { get; set; }
        }

        public class RushOrder : Order
        {
        }

        public class {|#0:Complaint|} : Audited
        {
            public int ContactId { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
            public DbSet<Order> Orders { get; set; } = null!;
        }
        """,
        expected: [new DiagnosticResult(Descriptors.TaggedTypeNotInModel).WithLocation(0).WithArguments("Complaint", "ShopContext")]);

    [Fact]
    public Task Nothing_is_reported_in_a_project_without_a_DbContext() => Verify.VerifyAsync("""
        using Pii;

        [DataSubject]
        public class Contact
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }

        public class Complaint
        {
            public int Id { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.Contract)]
            public string? Text { get; set; }
        }
        """);

    [Fact]
    public Task Nothing_is_reported_when_no_context_holds_a_tagged_entity() => Verify.VerifyAsync("""
        using Microsoft.EntityFrameworkCore;
        using Pii;

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
        }

        public class Product
        {
            public int Id { get; set; }
            public string? Name { get; set; }
        }

        public class Complaint
        {
            public int Id { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.Contract)]
            public string? Text { get; set; }
        }

        public class CatalogContext : DbContext
        {
            public DbSet<Product> Products { get; set; } = null!;
        }
        """);

    [Fact]
    public Task The_composite_analyzer_reports_both() => AnalyzerTest<PiiAnalyzer>.VerifyAsync(
        EfCore + """
        public class {|#0:Complaint|}
        {
            public int Id { get; set; }
            public int ContactId { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.Contract)]
            public string? Text { get; set; }
        }

        public class {|#2:Invoice|}
        {
            public int Id { get; set; }
            public int BuyerRef { get; set; }

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation)]
            public string? BillingName { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
            public DbSet<Invoice> {|#1:Invoices|} { get; set; } = null!;
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.TaggedTypeNotInModel).WithLocation(0).WithArguments("Complaint", "ShopContext"),
            new DiagnosticResult(Descriptors.NoSubjectLink).WithLocation(2).WithArguments("Invoice"),
            new DiagnosticResult(Descriptors.EntityLinkNotQueryable).WithLocation(1).WithArguments(
                "Invoice", "ShopContext", "Invoice has no [SubjectLink], no navigation to a data subject and no {Entity}Id member that names an entity of this context"),
        ]);

    [Fact]
    public Task A_type_marked_NotMapped_is_a_copy_that_is_never_stored_and_needs_no_DbSet_or_link() => AnalyzerTest<PiiAnalyzer>.VerifyAsync(
        EfCore + """
        [System.ComponentModel.DataAnnotations.Schema.NotMapped]
        public record ContactRow(int Id, [property: PersonalData("Account", "P1Y", LegalBasis.Contract)] string? Email);

        [System.ComponentModel.DataAnnotations.Schema.NotMapped]
        public class ContactView
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }

        public record {|#0:UnmarkedRow|}(int Id, [property: PersonalData("Account", "P1Y", LegalBasis.Contract)] string? Email);

        public class {|#1:DerivedView|} : ContactView
        {
        }

        public class {|#2:PropertyOnly|}
        {
            public int Id { get; set; }

            [System.ComponentModel.DataAnnotations.Schema.NotMapped]
            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }

        [Elsewhere.NotMapped]
        public class {|#3:Lookalike|}
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Contact> Contacts { get; set; } = null!;
        }

        namespace Elsewhere
        {
            public sealed class NotMappedAttribute : System.Attribute { }
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.NoSubjectLink).WithLocation(0).WithArguments("UnmarkedRow"),
            new DiagnosticResult(Descriptors.TaggedTypeNotInModel).WithLocation(0).WithArguments("UnmarkedRow", "ShopContext"),
            new DiagnosticResult(Descriptors.NoSubjectLink).WithLocation(1).WithArguments("DerivedView"),
            new DiagnosticResult(Descriptors.TaggedTypeNotInModel).WithLocation(1).WithArguments("DerivedView", "ShopContext"),
            new DiagnosticResult(Descriptors.NoSubjectLink).WithLocation(2).WithArguments("PropertyOnly"),
            new DiagnosticResult(Descriptors.TaggedTypeNotInModel).WithLocation(2).WithArguments("PropertyOnly", "ShopContext"),
            new DiagnosticResult(Descriptors.NoSubjectLink).WithLocation(3).WithArguments("Lookalike"),
            new DiagnosticResult(Descriptors.TaggedTypeNotInModel).WithLocation(3).WithArguments("Lookalike", "ShopContext"),
        ]);
}
