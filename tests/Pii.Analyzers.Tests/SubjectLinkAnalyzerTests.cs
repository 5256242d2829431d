using System.Linq;
using System.Threading.Tasks;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.Rules.SubjectLinkAnalyzer>;

namespace Pii.Analyzers.Tests;

public class SubjectLinkAnalyzerTests
{
    private const string Subject = """
        using Pii;
        [DataSubject]
        public class Contact
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Email { get; set; }
        }
        """;

    [Fact]
    public Task An_entity_without_any_link_is_reported() => Verify.VerifyAsync(Subject + """
        public class {|PII004:Invoice|}
        {
            public int Id { get; set; }
            public int BuyerRef { get; set; }

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation)]
            public string? BillingName { get; set; }
        }
        """);

    /// <summary>
    /// Nine entities that all name each other by <c>{Type}Id</c>, and no subject: each is reported. The search once revisited
    /// types along every path (90 s for eight such entities in a build); it visits each type once now.
    /// </summary>
    [Fact]
    public Task Entities_that_all_name_each_other_and_no_subject_are_each_reported() => Verify.VerifyAsync(
        "using Pii;\n" + string.Concat(Enumerable.Range(0, 9).Select(i => $$"""
            public class {|PII004:T{{i}}|}
            {
                public int Id { get; set; }
            {{string.Concat(Enumerable.Range(0, 9).Where(j => j != i).Select(j => $"    public int T{j}Id {{ get; set; }}\n"))}}
                [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation)]
                public string? Note { get; set; }
            }

            """)));

    [Fact]
    public Task Subject_link_navigation_and_naming_convention_link_an_entity() => Verify.VerifyAsync(Subject + """
        public class Invoice
        {
            public int Id { get; set; }

            [SubjectLink(typeof(Contact))]
            public int BuyerRef { get; set; }

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation)]
            public string? BillingName { get; set; }
        }

        public class Ticket
        {
            public int Id { get; set; }
            public Contact? Contact { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.Contract)]
            public string? Body { get; set; }
        }

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
            public long EmailEventId { get; set; }

            [PersonalData("Analytics", "P1Y", LegalBasis.Contract)]
            public string? Ip { get; set; }
        }
        """);

    /// <summary>
    /// A <c>[SubjectLink]</c> links only when its target is a subject or is linked to one: to an entity with no link (here
    /// one without tags, which nothing reports) or to the type itself it leads nowhere, and the entity is reported. It
    /// once counted as a link whatever it named.
    /// </summary>
    [Fact]
    public Task A_subject_link_to_a_type_without_a_link_or_to_itself_is_no_link() => Verify.VerifyAsync(Subject + """
        public class Order
        {
            public int Id { get; set; }
            public int Reference { get; set; }
        }

        public class {|PII004:Invoice|}
        {
            public int Id { get; set; }

            [SubjectLink(typeof(Order))]
            public int OrderRef { get; set; }

            [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation)]
            public string? BillingName { get; set; }
        }

        public class {|PII004:Note|}
        {
            public int Id { get; set; }

            [SubjectLink(typeof(Note))]
            public int ParentRef { get; set; }

            [PersonalData("Support", "P1Y", LegalBasis.Contract)]
            public string? Text { get; set; }
        }

        public class Shipment
        {
            public int Id { get; set; }
            public int ContactId { get; set; }
        }

        public class Parcel
        {
            public int Id { get; set; }

            [SubjectLink(typeof(Shipment))]
            public int ShipmentRef { get; set; }

            [PersonalData("Delivery", "P1Y", LegalBasis.Contract)]
            public string? Recipient { get; set; }
        }
        """);

    [Fact]
    public Task Owned_types_without_a_key_abstract_bases_and_untagged_types_are_not_reported() => Verify.VerifyAsync(Subject + """
        public class Address
        {
            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? City { get; set; }
        }

        public abstract class Audited
        {
            public int Id { get; set; }

            [PersonalData("Audit", "P1Y", LegalBasis.Contract)]
            public string? CreatedBy { get; set; }
        }

        public class Product
        {
            public int Id { get; set; }
            public string? Name { get; set; }
        }
        """);

    [Fact]
    public Task A_type_with_EF_Cores_Owned_is_stored_in_its_owner_even_with_a_key() => Verify.VerifyAsync(Subject + """
        namespace Microsoft.EntityFrameworkCore
        {
            public sealed class OwnedAttribute : System.Attribute { }
        }

        [Microsoft.EntityFrameworkCore.Owned]
        public class PastAddress
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Line { get; set; }
        }

        public class {|PII004:Unowned|}
        {
            public int Id { get; set; }

            [PersonalData("Account", "P1Y", LegalBasis.Contract)]
            public string? Line { get; set; }
        }
        """);

    [Fact]
    public Task A_derived_entity_inherits_the_tags_and_needs_a_link_too() => Verify.VerifyAsync(Subject + """
        public abstract class Audited
        {
            public int Id { get; set; }

            [PersonalData("Audit", "P1Y", LegalBasis.Contract)]
            public string? CreatedBy { get; set; }
        }

        public class {|PII004:Note|} : Audited
        {
        }

        public class Reminder : Audited
        {
            public int ContactId { get; set; }
        }
        """);
}
