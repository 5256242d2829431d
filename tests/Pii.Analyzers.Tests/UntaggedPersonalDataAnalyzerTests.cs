using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Testing;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Untagged.UntaggedPersonalDataAnalyzer>;

namespace Pii.Analyzers.Tests;

public class UntaggedPersonalDataAnalyzerTests
{
    [Fact]
    public Task Untagged_personal_data_on_a_customer_is_reported_and_decided_members_are_not() => Verify.VerifyAsync("""
        using System;
        using Pii;
        public class Customer
        {
            public int Id { get; set; }
            public string? {|PII001:Email|} { get; set; }
            public string? {|PII001:FirstName|} { get; set; }
            public DateOnly {|PII001:BirthDate|} { get; set; }
            public string? {|PII001:billingPhoneNo|} { get; set; }
            public string? {|PII001:Iban|};
            public DateTimeOffset CreatedAt { get; set; }
            public bool EmailConfirmed { get; set; }

            [PersonalData("Account", "P2Y", LegalBasis.Contract)]
            public string? LastName { get; set; }

            [NotPersonalData("the shop's own address, the same for every customer")]
            public string? SupportEmail { get; set; }
        }
        """);

    [Fact]
    public Task Names_are_split_whatever_their_casing_or_separators() => Verify.VerifyAsync("""
        public class Subscriber
        {
            public string? {|PII001:CustomerEmailAddress|} { get; set; }
            public string? {|PII001:email_addr|} { get; set; }
            public string? {|PII001:EMAILADDRESS|} { get; set; }
            public string? {|PII001:HOME_PHONE_NUMBER|} { get; set; }
            public int Version { get; set; }
        }
        """);

    [Fact]
    public Task Dutch_French_and_German_names_are_recognised() => Verify.VerifyAsync("""
        using System;
        public class Klant
        {
            public int KlantNummer { get; set; }
            public string? {|PII001:Voornaam|} { get; set; }
            public string? {|PII001:Achternaam|} { get; set; }
            public string? {|PII001:Woonplaats|} { get; set; }
            public string? {|PII001:Telefoonnummer|} { get; set; }
            public DateTime {|PII001:Geboortedatum|} { get; set; }
            public string? {|PII001:Geslacht|} { get; set; }
            public string? {|PII001:Bsn|} { get; set; }
        }

        public class Client
        {
            public string? {|PII001:Prénom|} { get; set; }
            public string? {|PII001:NomDeFamille|} { get; set; }
            public DateTime {|PII001:DateDeNaissance|} { get; set; }
            public string? {|PII001:NumeroSecuriteSociale|} { get; set; }
        }

        public class Kunde
        {
            public string? {|PII001:Vorname|} { get; set; }
            public string? {|PII001:Nachname|} { get; set; }
            public DateTime {|PII001:Geburtsdatum|} { get; set; }
            public DateTime ErstelltAm { get; set; }
        }
        """);

    [Fact]
    public Task A_name_is_a_persons_on_a_person_type_or_next_to_an_email_and_not_on_a_product() => Verify.VerifyAsync("""
        public class Customer
        {
            public string? {|PII001:Name|} { get; set; }
        }

        public class Registration
        {
            public string? {|PII001:Name|} { get; set; }
            public string? {|PII001:Email|} { get; set; }
        }

        public class Product
        {
            public string? Name { get; set; }
            public string? Description { get; set; }
            public decimal Price { get; set; }
        }
        """);

    [Fact]
    public Task Address_parts_belong_to_a_person_when_a_subject_refers_to_the_address_type() => Verify.VerifyAsync("""
        using Pii;

        [DataSubject]
        public class Member
        {
            public int Id { get; set; }
            public Location? Home { get; set; }
        }

        public class Location
        {
            public string? {|PII001:Street|} { get; set; }
            public string? {|PII001:City|} { get; set; }
        }

        public class Supplier
        {
            public string? CompanyName { get; set; }
            public string? AddressLine { get; set; }
            public string? City { get; set; }
            public string? Phone { get; set; }
        }
        """);

    [Fact]
    public Task Mail_ip_and_physical_addresses_are_personal_data_by_type() => Verify.VerifyAsync("""
        using System.Net;
        using System.Net.Mail;
        using System.Net.NetworkInformation;
        public class Visit
        {
            public IPAddress? {|PII001:Origin|} { get; set; }
            public PhysicalAddress? {|PII001:Adapter|} { get; set; }
            public MailAddress? {|PII001:Sender|} { get; set; }
            public int Count { get; set; }
        }
        """);

    [Fact]
    public Task Members_of_an_identity_user_are_a_persons() => Verify.VerifyAsync("""
        namespace Microsoft.AspNetCore.Identity
        {
            public class IdentityUser<TKey> { public virtual TKey Id { get; set; } = default!; }
            public class IdentityUser : IdentityUser<string> { }
        }

        public class ApplicationUser : Microsoft.AspNetCore.Identity.IdentityUser
        {
            public string? {|PII001:DisplayName|} { get; set; }
            public string? {|PII001:Name|} { get; set; }
            public string? {|PII001:AuthenticatorKey|} { get; set; }
            public int LoginCount { get; set; }
        }
        """);

    [Fact]
    public Task Metadata_and_infrastructure_names_are_not_reported() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        public class Settings
        {
            public string? FileName { get; set; }
            public string? HostName { get; set; }
            public string? MachineName { get; set; }
            public string? ServerAddress { get; set; }
            public int EmailTemplateId { get; set; }
            public List<string> PhoneCountryCodeList { get; set; } = new();
            public int PasswordMinLength { get; set; }
            public string? SmtpPassword { get; set; }
        }

        public class Customer
        {
            public int EmailTemplateId { get; set; }
            public bool PhoneNumberConfirmed { get; set; }
            public string? FileName { get; set; }
        }
        """);

    [Fact]
    public Task Special_category_names_suggest_a_sensitive_tag() => Verify.VerifyAsync(
        """
        public class Patient
        {
            public string? {|#0:Religion|} { get; set; }
            public string? {|#1:MedicalHistory|} { get; set; }
            public string? {|#2:Email|} { get; set; }
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.UntaggedSpecialCategoryData).WithLocation(0).WithArguments("Religion", "religious or philosophical beliefs, from 'religion'", "ReligiousOrPhilosophicalBeliefs"),
            new DiagnosticResult(Descriptors.UntaggedSpecialCategoryData).WithLocation(1).WithArguments("MedicalHistory", "health, from 'medical history'", "Health"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(2).WithArguments("Email", "email address, from 'email'"),
        ]);

    [Fact]
    public Task Only_public_and_internal_instance_members_that_are_not_overrides_are_reported() => Verify.VerifyAsync("""
        public abstract class Person
        {
            [Pii.NotPersonalData("test: a base decision")]
            public virtual string? Email { get; set; }
        }

        public class Customer : Person
        {
            public override string? Email { get; set; }
            internal string? {|PII001:Phone|} { get; set; }
            private string? mobile;
            protected string? Fax { get; set; }
            public static string? DefaultEmail { get; set; }
            public const string SupportPhone = "+31 20 000 0000";
            public string? this[int index] => mobile;
        }

        public record Applicant(string {|PII001:FirstName|}, int Id);
        """);

    [Fact]
    public Task Navigations_and_owned_objects_are_judged_through_their_own_members() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using Pii;

        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }
            public HomeAddress? Address { get; set; }
            public List<Order> Orders { get; set; } = new();
            public EmailAddress? {|PII001:Contact|} { get; set; }
            public string? {|PII001:BillingAddress|} { get; set; }
            public List<PhoneNumber> Phones { get; set; } = new();
        }

        // Named after personal data, but its member carries the decision.
        public class PhoneNumber
        {
            [PersonalData("Contact", "P1Y", LegalBasis.Contract)]
            public string? Number { get; set; }
        }

        public class HomeAddress
        {
            public string? {|PII001:Street|} { get; set; }
        }

        public class Order
        {
            public int Id { get; set; }
            public Customer? Customer { get; set; }
        }

        public record EmailAddress(string Value);
        """);

    [Fact]
    public Task A_type_held_by_an_order_is_a_persons_part() => Verify.VerifyAsync("""
        public class Order
        {
            public int Id { get; set; }
            public ShipTo? Destination { get; set; }
        }

        public class ShipTo
        {
            public string? {|PII001:Street|} { get; set; }
            public string? {|PII001:City|} { get; set; }
            public string? {|PII001:State|} { get; set; }
        }

        public class Warehouse
        {
            public int Id { get; set; }
            public Site? Location { get; set; }
        }

        public class Site
        {
            public string? Street { get; set; }
            public string? City { get; set; }
        }
        """);

    /// <summary>
    /// An entity of its own that a person only refers to is not the person's part: an employee's department, a booking's
    /// room, a company car known by a base class's key, an event known by a foreign key beside the reference. A keyed
    /// type whose name, or whose holding member's name, names personal data still is (a customer's billing address, an
    /// employee's bank account), and so is a keyless one (an owned residence) or one EF Core owns whatever its members.
    /// A type keyed by <c>[PrimaryKey]</c> is an entity of its own.
    /// </summary>
    [Fact]
    public Task Only_a_persons_own_details_are_parts_not_the_entities_a_person_refers_to() => Verify.VerifyAsync("""
        public abstract class Entity
        {
            public int Id { get; set; }
        }

        public class Employee : Entity
        {
            public string? {|PII001:Email|} { get; set; }
            public Department? Department { get; set; }
            public Car? CompanyCar { get; set; }
            public Account? Salary { get; set; }
            public Stay? Residence { get; set; }
            public Extra? Extra { get; set; }
            public Desk? Desk { get; set; }
            public Trip? LastTrip { get; set; }
        }

        [System.ComponentModel.DataAnnotations.Schema.ComplexType]
        public class Trip
        {
            public int TripId { get; set; }
            public string? {|PII001:City|} { get; set; }
        }

        [Microsoft.EntityFrameworkCore.Owned]
        public class Extra
        {
            public int Id { get; set; }
            public string? {|PII001:Street|} { get; set; }
        }

        [Microsoft.EntityFrameworkCore.PrimaryKey("Code")]
        public class Desk
        {
            public string? Code { get; set; }
            public string? Name { get; set; }
            public string? Description { get; set; }
        }

        public class Customer
        {
            public int Id { get; set; }
            public Location? BillingAddress { get; set; }
        }

        public class Booking
        {
            public int Id { get; set; }
            public Room? Room { get; set; }
            public int EventId { get; set; }
            public Happening? Event { get; set; }
        }

        public class Department
        {
            public int DepartmentId { get; set; }
            public string? Name { get; set; }
            public string? Phone { get; set; }
            public string? City { get; set; }
        }

        public class Car : Entity
        {
            public string? Name { get; set; }
        }

        public class Room
        {
            public int Id { get; set; }
            public string? Name { get; set; }
            public string? Description { get; set; }
        }

        public class Happening
        {
            public string? Title { get; set; }
            public string? Description { get; set; }
        }

        public class Location
        {
            public int Id { get; set; }
            public string? {|PII001:Street|} { get; set; }
            public string? {|PII001:City|} { get; set; }
        }

        public class Account
        {
            [System.ComponentModel.DataAnnotations.Key]
            public int Number { get; set; }
            public string? {|PII001:Iban|} { get; set; }
            public string? {|PII001:Holder|} { get; set; }
        }

        public class Stay
        {
            public string? {|PII001:Street|} { get; set; }
            public string? {|PII001:City|} { get; set; }
        }

        namespace Microsoft.EntityFrameworkCore
        {
            public sealed class OwnedAttribute : System.Attribute { }

            public sealed class PrimaryKeyAttribute(string property) : System.Attribute
            {
                public string Property { get; } = property;
            }
        }
        """);

    /// <summary>
    /// Every way of holding a part is found, and only the type actually held: a record's positional property, a field, a
    /// qualified type name, a tagged collection on a type that is not a person's; a collection held untagged by a subject
    /// is not a part, and a type of the same name in another namespace is not confused with the one held.
    /// </summary>
    [Fact]
    public Task Parts_are_found_through_records_fields_qualified_names_and_tagged_collections() => Verify.VerifyAsync("""
        using System.Collections.Generic;
        using Pii;
        [assembly: ProcessingPurpose("Shipping", LegalBasis.Contract, Retention = "P1Y")]

        namespace Shop
        {
            [DataSubject]
            public record Member(int Id, Shop.Places.Home Residence);

            [DataSubject]
            public class Patron
            {
                public int Id;
                public Holiday? Away;
                public List<Venue> Venues = new();
            }

            public class Shipment
            {
                public int Id { get; set; }

                [PersonalData("Shipping")]
                public List<Stop> Stops { get; set; } = new();
            }

            public class Holiday { public string? {|PII001:City|} { get; set; } }
            public class Venue { public string? City { get; set; } }
            public class Stop { public string? {|PII001:Street|} { get; set; } }
        }

        namespace Shop.Places
        {
            public class Home { public string? {|PII001:Street|} { get; set; } }
        }

        namespace Elsewhere
        {
            public class Home { public string? Street { get; set; } }
        }
        """);

    [Fact]
    public Task A_partial_property_is_reported_once_on_its_definition() => Verify.VerifyAsync("""
        public partial class Customer
        {
            public partial string {|PII001:Email|} { get; set; }
        }

        public partial class Customer
        {
            private string email = "";
            public partial string Email { get => email; set => email = value; }
        }
        """);

    [Fact]
    public Task The_namespaces_option_narrows_the_scope() => Verify.VerifyAsync(
        """
        namespace Shop.Domain.Customers
        {
            public class Customer { public string? {|PII001:Email|} { get; set; } }
        }

        namespace Shop.DomainEvents
        {
            public class Customer { public string? Email { get; set; } }
        }

        namespace Shop.Web
        {
            public class Customer { public string? Email { get; set; } }
        }
        """,
        editorConfig: "pii.untagged.namespaces = Shop.Domain, Other\n");

    [Fact]
    public Task The_scope_option_keeps_dbset_and_table_entities() => Verify.VerifyAsync(
        """
        using System.ComponentModel.DataAnnotations.Schema;
        using Microsoft.EntityFrameworkCore;

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
        }

        public class ShopContext : DbContext
        {
            public DbSet<Customer> Customers { get; set; } = null!;
        }

        public class Customer { public string? {|PII001:Email|} { get; set; } }

        [Table("contacts")]
        public class Contact { public string? {|PII001:Email|} { get; set; } }

        public class CustomerDto { public string? Email { get; set; } }
        """,
        editorConfig: "pii.untagged.scope = dbset, table\n");

    [Fact]
    public Task The_dbset_scope_includes_sets_declared_by_a_base_context() => Verify.VerifyAsync(
        """
        using Microsoft.EntityFrameworkCore;

        namespace Microsoft.EntityFrameworkCore
        {
            public class DbContext { }
            public class DbSet<T> where T : class { }
        }

        public class IdentityContext<TUser> : DbContext where TUser : class
        {
            public DbSet<TUser> Users { get; set; } = null!;
        }

        public class ShopContext : IdentityContext<AppUser> { }

        public class AppUser { public string? {|PII001:Email|} { get; set; } }

        public class AppUserDto { public string? Email { get; set; } }
        """,
        editorConfig: "pii.untagged.scope = dbset\n");

    [Fact]
    public Task Navigations_to_a_referenced_project_that_uses_Pii_are_not_judged_by_name() => Verify.VerifyAsync(
        """
        using System.Collections.Generic;
        public class Order
        {
            public int Id { get; set; }
            public Domain.Person? Owner { get; set; }
            public List<Domain.Person> Contacts { get; set; } = new();
            public string? {|PII001:Email|} { get; set; }
        }
        """,
        references: [CompileDomain()]);

    [Fact]
    public Task Extra_and_excluded_names_extend_the_vocabulary() => Verify.VerifyAsync(
        """
        public class Customer
        {
            public string? {|#0:LoyaltyCard|} { get; set; }
            public string? SenderAddress { get; set; }
            public string? {|PII001:Email|} { get; set; }
            public string? NotifyEmail { get; set; }
        }
        """,
        editorConfig: "pii.untagged.extra_names = loyalty card\npii.untagged.excluded_names = SenderAddress, notify\n",
        expected: [new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(0).WithArguments("LoyaltyCard", "configured as personal data by 'loyalty card'")]);

    /// <summary>
    /// <c>pii.untagged.subject_members = all</c>: on a data subject and its parts every value member needs a decision,
    /// whatever its name, an identifier issued elsewhere (<c>ExternalId</c>) included; keys, foreign keys (to a type of
    /// the project, or beside their navigation), concurrency tokens, navigations, excluded names and decided members are
    /// not asked about. Types that are not a subject's are judged by the vocabulary as before: shared reference data a
    /// subject refers to (a keyed <c>Country</c>), and a part of something only named after people (an order's parcel).
    /// </summary>
    [Fact]
    public Task Every_member_of_a_data_subject_needs_a_decision_when_so_configured() => Verify.VerifyAsync(
        """
        using System;
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using Pii;
        [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P1Y")]

        [DataSubject]
        public class Member
        {
            public int Id { get; set; }
            public Guid {|#5:ExternalId|} { get; set; }
            public int TeamId { get; set; }
            public int? ReferrerId { get; set; }
            public Member? Referrer { get; set; }
            public int CountryId { get; set; }
            public Country? Country { get; set; }
            [System.ComponentModel.DataAnnotations.Schema.ForeignKey("Country")] // a key by annotation, whatever its name
            public int SquadRef { get; set; }
            public string? {|#0:Motto|} { get; set; }
            public string? {|#1:Email|} { get; set; }
            public int {|#2:ShoeSize|} { get; set; }
            public bool {|#3:Paid|} { get; set; }
            public string? Mood { get; set; }
            [Timestamp] public byte[]? Version { get; set; }
            public string? ConcurrencyStamp { get; set; }
            [PersonalData("Account")] public string? Bio { get; set; }
            [NotPersonalData("a display theme")] public string? Theme { get; set; }
            public Home? Residence { get; set; }
            public List<Visit> Visits { get; set; } = new();
        }

        public class Home
        {
            public string? {|#4:Colour|} { get; set; }
        }

        public class Visit
        {
            public int Id { get; set; }
            public int MemberId { get; set; }
            public string? Room { get; set; }
        }

        public class Product
        {
            public int Id { get; set; }
            public string? Colour { get; set; }
        }

        public class Team
        {
            public int Id { get; set; }
            public string? Colour { get; set; }
        }

        public class Country
        {
            public int Id { get; set; }
            public string? IsoCode { get; set; }
            public int SortOrder { get; set; }
        }

        public class Order
        {
            public int Id { get; set; }
            public Parcel? Parcel { get; set; }
        }

        public class Parcel
        {
            public decimal WeightKg { get; set; }
        }
        """,
        editorConfig: "pii.untagged.subject_members = all\npii.untagged.excluded_names = Mood\n",
        expected:
        [
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(0).WithArguments("Motto", "a member of data subject 'Member', and pii.untagged.subject_members = all"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(1).WithArguments("Email", "email address, from 'email'"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(2).WithArguments("ShoeSize", "a member of data subject 'Member', and pii.untagged.subject_members = all"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(3).WithArguments("Paid", "a member of data subject 'Member', and pii.untagged.subject_members = all"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(4).WithArguments("Colour", "a member of a data subject's part 'Home', and pii.untagged.subject_members = all"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(5).WithArguments("ExternalId", "a member of data subject 'Member', and pii.untagged.subject_members = all"),
        ]);

    /// <summary>Snake_case foreign keys (<c>team_id</c>, <c>order_line_id</c>) point to <c>Team</c> and <c>OrderLine</c> as
    /// much as <c>TeamId</c> does; a snake_case identifier of another system is still asked about.</summary>
    [Fact]
    public Task Snake_case_foreign_keys_to_a_project_type_are_not_asked_about_when_every_member_needs_a_decision() => Verify.VerifyAsync(
        """
        using Pii;
        [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P1Y")]

        [DataSubject]
        public class Member
        {
            public int Id { get; set; }
            public int team_id { get; set; }
            public long order_line_id { get; set; }
            public string? {|#0:stripe_customer_id|} { get; set; }
        }

        public class Team
        {
            public int Id { get; set; }
        }

        public class OrderLine
        {
            public int Id { get; set; }
        }
        """,
        editorConfig: "pii.untagged.subject_members = all\n",
        expected:
        [
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(0).WithArguments("stripe_customer_id", "a member of data subject 'Member', and pii.untagged.subject_members = all"),
        ]);

    /// <summary>
    /// A member whose name says nothing but whose validation attributes say it holds an e-mail address, a phone number,
    /// a card number, a postcode or a password is reported, in the same context as a member typed <c>MailAddress</c>:
    /// not on settings, not when a system word names it. ASP.NET Core Identity's own <c>[PersonalData]</c> marks personal
    /// data for Identity, not a Pii decision: the member is reported until it has one.
    /// </summary>
    [Fact]
    public Task Validation_attributes_and_identitys_personal_data_say_what_a_member_holds() => Verify.VerifyAsync(
        """
        using System.ComponentModel.DataAnnotations;

        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }
        }

        public class Registration
        {
            public int Id { get; set; }
            [EmailAddress] public string? {|#0:Reach|} { get; set; }
            [Phone] public string? {|#1:Line|} { get; set; }
            [DataType(DataType.PostalCode)] public string? {|#2:Code|} { get; set; }
            [DataType(DataType.Password)] public string? {|#3:Secret|} { get; set; }
            [CreditCard] public string? {|#4:Pan|} { get; set; }
            [Microsoft.AspNetCore.Identity.PersonalData] public string? {|#5:Motto|} { get; set; }
            [DataType(DataType.MultilineText)] public string? Blurb { get; set; }
            [Required, StringLength(20)] public string? Reference { get; set; }
            [EmailAddress] public string? SupportReach { get; set; }
        }

        public class SmtpSettings
        {
            [EmailAddress] public string? Outbound { get; set; }
            [DataType(DataType.Password)] public string? Secret { get; set; }
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(0).WithArguments("Reach", "email address, from '[EmailAddress]'"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(1).WithArguments("Line", "phone number, from '[Phone]'"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(2).WithArguments("Code", "postal address, from '[DataType(DataType.PostalCode)]'"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(3).WithArguments("Secret", "credentials, from '[DataType(DataType.Password)]'"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(4).WithArguments("Pan", "payment data, from '[CreditCard]'"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(5).WithArguments("Motto", "marked [PersonalData]"),
        ]);

    /// <summary>The other declarations of the same kind: Identity's <c>[ProtectedPersonalData]</c>, the e-mail and card
    /// data types; and a company word before the last word of a type that is not a person's makes it the company's.</summary>
    [Fact]
    public Task Protected_personal_data_and_the_other_data_types_are_read_and_a_companys_address_is_not_a_persons() => Verify.VerifyAsync(
        """
        using System.ComponentModel.DataAnnotations;

        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class ProtectedPersonalDataAttribute : System.Attribute { }
        }

        public class Registration
        {
            public int Id { get; set; }
            [Microsoft.AspNetCore.Identity.ProtectedPersonalData] public string? {|#0:Handle2|} { get; set; }
            [DataType(DataType.EmailAddress)] public string? {|#1:Reach|} { get; set; }
            [DataType(DataType.CreditCard)] public string? {|#2:Pan|} { get; set; }
            [EmailAddress] public string? CompanyReach { get; set; }
        }
        """,
        expected:
        [
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(0).WithArguments("Handle2", "marked [ProtectedPersonalData]"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(1).WithArguments("Reach", "email address, from '[DataType(DataType.EmailAddress)]'"),
            new DiagnosticResult(Descriptors.UntaggedPersonalData).WithLocation(2).WithArguments("Pan", "payment data, from '[DataType(DataType.CreditCard)]'"),
        ]);

    [Fact]
    public Task A_configured_excluded_name_wins_over_a_validation_attribute() => Verify.VerifyAsync(
        """
        using System.ComponentModel.DataAnnotations;

        public class Registration
        {
            public int Id { get; set; }
            [EmailAddress] public string? Reach { get; set; }
        }
        """,
        editorConfig: "pii.untagged.excluded_names = Reach\n",
        expected: []);

    [Fact]
    public Task By_default_a_data_subjects_members_are_judged_by_the_vocabulary() => Verify.VerifyAsync(
        """
        using Pii;

        [DataSubject]
        public class Member
        {
            public int Id { get; set; }
            public string? Mood { get; set; }
            public string? {|PII001:Email|} { get; set; }
        }
        """,
        editorConfig: "pii.untagged.subject_members = personal\n");

    /// <summary>A referenced project of the application: it uses Pii, and declares the person type.</summary>
    private static MetadataReference CompileDomain()
    {
        CSharpCompilation domain = CSharpCompilation.Create(
            "Domain",
            [CSharpSyntaxTree.ParseText("""
                namespace Domain;
                public class Person
                {
                    [Pii.PersonalData("Account", "P1Y", Pii.LegalBasis.Contract)]
                    public string? Email { get; set; }
                }
                """)],
            [.. Basic.Reference.Assemblies.Net100.References.All, TestReferences.Pii],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        EmitResult result = domain.Emit(image);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return MetadataReference.CreateFromImage(image.ToArray());
    }
}
