using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Pii.Analyzers.Logging;
using Pii.CodeFixes;

namespace Pii.Analyzers.Tests;

public class PersonalDataLoggedCodeFixTests
{
    private const string Model = """

        namespace Shop
        {
            using Pii;

            public class Customer
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract, Redaction = RedactionKind.EmailMask)]
                public string Email { get; set; } = "";

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Name { get; set; } = "";
            }

            public static class CustomerViews
            {
                public static string ToRedactedString(this Customer? value) => "Customer";
            }
        }
        """;

    [Fact]
    public Task A_tagged_member_is_wrapped_in_the_redaction_its_tag_asks_for() => VerifyAsync(
        """
        using Shop;
        public class Signup
        {
            public void Run(Customer customer)
            {
                System.Console.WriteLine({|PII002:customer.Email|});
                System.Console.WriteLine({|PII002:customer.Name|});
            }
        }
        """ + Model,
        """
        using Shop;
        public class Signup
        {
            public void Run(Customer customer)
            {
                System.Console.WriteLine(Pii.Redaction.Redactor.Redact(customer.Email, Pii.RedactionKind.EmailMask));
                System.Console.WriteLine(Pii.Redaction.Redactor.Redact(customer.Name, Pii.RedactionKind.Default));
            }
        }
        """ + Model);

    /// <summary>
    /// No fix where ToRedactedString does not exist or would not fit: a string computed from a tagged member, and a class
    /// that only holds a tagged one (before, "Log the redacted view" was offered and the result did not compile).
    /// </summary>
    [Fact]
    public Task The_redacted_view_is_not_offered_for_a_string_or_a_class_without_generated_code() => VerifyAsync(Unfixable, Unfixable);

    private const string Unfixable = """
        using Shop;
        public class Envelope
        {
            public Customer? Who { get; set; }
        }

        public class Signup
        {
            public void Run(Customer customer, Envelope envelope)
            {
                System.Console.WriteLine({|PII002:customer.Email.Trim()|});
                System.Console.WriteLine({|PII002:envelope|});
            }
        }
        """ + Model;

    [Fact]
    public Task In_a_namespace_with_a_Pii_part_the_redaction_is_qualified_from_global() => VerifyAsync(
        """
        using Shop;
        namespace Acme.Pii.Web
        {
            public class Signup
            {
                public void Run(Customer customer)
                {
                    System.Console.WriteLine({|PII002:customer.Email|});
                }
            }
        }
        """ + Model,
        """
        using Shop;
        namespace Acme.Pii.Web
        {
            public class Signup
            {
                public void Run(Customer customer)
                {
                    System.Console.WriteLine(global::Pii.Redaction.Redactor.Redact(customer.Email, global::Pii.RedactionKind.EmailMask));
                }
            }
        }
        """ + Model);

    [Fact]
    public Task A_whole_object_is_logged_as_its_redacted_view_and_its_namespace_is_imported() => VerifyAsync(
        """
        public class Signup
        {
            public void Run(Shop.Customer customer)
            {
                System.Console.WriteLine({|PII002:customer|});
            }
        }
        """ + Model,
        """
        using Shop;

        public class Signup
        {
            public void Run(Shop.Customer customer)
            {
                System.Console.WriteLine(customer.ToRedactedString());
            }
        }
        """ + Model);

    /// <summary>
    /// The type's namespace imported already: no second using (before, "using Shop;" was added again, CS0105); another
    /// type's ToRedactedString in scope does not stand for this one's, whose namespace is still imported.
    /// </summary>
    [Fact]
    public Task An_imported_namespace_is_not_imported_again_and_another_types_redacted_view_does_not_count() => VerifyAsync(
        """
        using Shop;

        public class Checkout
        {
            public void Run(Customer customer, Shop.Orders.Order order)
            {
                System.Console.WriteLine({|PII002:customer|});
                System.Console.WriteLine({|PII002:order|});
            }
        }
        """ + Model + Orders,
        """
        using Shop;
        using Shop.Orders;

        public class Checkout
        {
            public void Run(Customer customer, Shop.Orders.Order order)
            {
                System.Console.WriteLine(customer.ToRedactedString());
                System.Console.WriteLine(order.ToRedactedString());
            }
        }
        """ + Model + Orders);

    /// <summary>A derived class in another namespace has its own redacted view: the base class's, in scope through an import,
    /// does not stand for it (it would leave the derived members out of the log line's view).</summary>
    [Fact]
    public Task A_base_types_redacted_view_in_scope_does_not_stand_for_the_derived_types_own() => VerifyAsync(
        """
        using Shop;

        public class Checkout
        {
            public void Run(Shop.Vip.VipCustomer customer)
            {
                System.Console.WriteLine({|PII002:customer|});
            }
        }
        """ + Model + Vip,
        """
        using Shop;
        using Shop.Vip;

        public class Checkout
        {
            public void Run(Shop.Vip.VipCustomer customer)
            {
                System.Console.WriteLine(customer.ToRedactedString());
            }
        }
        """ + Model + Vip);

    private const string Vip = """

        namespace Shop.Vip
        {
            using Pii;

            public class VipCustomer : Shop.Customer
            {
                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string Concierge { get; set; } = "";
            }

            public static class VipCustomerViews
            {
                public static string ToRedactedString(this VipCustomer? value) => "VipCustomer";
            }
        }
        """;

    private const string Orders = """

        namespace Shop.Orders
        {
            using Pii;

            public class Order
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract)]
                public string ShippingName { get; set; } = "";
            }

            public static class OrderViews
            {
                public static string ToRedactedString(this Order? value) => "Order";
            }
        }
        """;

    /// <summary>Fix-all over objects of two namespaces, neither imported: both are imported and both objects redacted.</summary>
    [Fact]
    public Task Fix_all_imports_the_namespace_of_each_object() => VerifyAsync(
        """
        public class Checkout
        {
            public void Run(Shop.Customer customer, Shop.Orders.Order order)
            {
                System.Console.WriteLine({|PII002:customer|});
                System.Console.WriteLine({|PII002:order|});
            }
        }
        """ + Model + Orders,
        """
        using Shop;
        using Shop.Orders;

        public class Checkout
        {
            public void Run(Shop.Customer customer, Shop.Orders.Order order)
            {
                System.Console.WriteLine(customer.ToRedactedString());
                System.Console.WriteLine(order.ToRedactedString());
            }
        }
        """ + Model + Orders);

    /// <summary>A #define opens the file: the using goes below it (before, above it, and #define after a token is CS1032).</summary>
    [Fact]
    public Task The_imported_namespace_goes_below_a_define_that_opens_the_file() => VerifyAsync(
        """
        #define TRACE_SIGNUPS
        public class Signup
        {
            public void Run(Shop.Customer customer)
            {
                System.Console.WriteLine({|PII002:customer|});
            }
        }
        """ + Model,
        """
        #define TRACE_SIGNUPS
        using Shop;

        public class Signup
        {
            public void Run(Shop.Customer customer)
            {
                System.Console.WriteLine(customer.ToRedactedString());
            }
        }
        """ + Model);

    [Fact]
    public Task A_struct_has_no_generated_redacted_view_so_no_fix_offers_one()
    {
        const string source = """
            public class Checkout
            {
                public void Run(Card card)
                {
                    System.Console.WriteLine({|PII002:card|});
                }
            }

            public struct Card
            {
                [Pii.PersonalData("Payments", "P1Y", Pii.LegalBasis.Contract)]
                public string Number { get; set; }
            }
            """;
        return VerifyAsync(source, source);
    }

    private static Task VerifyAsync(string source, string fixedSource) =>
        CodeFixTest<PersonalDataLoggedAnalyzer, PersonalDataLoggedCodeFix>.VerifyAsync(source, fixedSource);
}
