using System;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Pii.Analyzers.Untagged;
using Pii.CodeFixes;

namespace Pii.Analyzers.Tests;

public class UntaggedPersonalDataCodeFixTests
{
    private const string Purposes = """
        [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y")]
        [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P10Y")]
        """;

    [Fact]
    public Task Tagging_for_a_declared_purpose_adds_the_tag_with_the_category_and_fix_all_tags_every_member() => VerifyAsync(
        $$"""
        using Pii;
        {{Purposes}}
        public class Customer
        {
            public int Id { get; set; }

            public string? {|PII001:Email|} { get; set; }

            public string? {|PII001:PhoneNumber|} { get; set; }
        }
        """,
        $$"""
        using Pii;
        {{Purposes}}
        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Account", Category = DataCategory.EmailAddress)]
            public string? Email { get; set; }

            [PersonalData("Account", Category = DataCategory.PhoneNumber)]
            public string? PhoneNumber { get; set; }
        }
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>
    /// A file that imports ASP.NET Core Identity, whose own [PersonalData] it uses: "using Pii;" would make that attribute
    /// ambiguous (CS0104, every existing use), so Pii's attribute and enum are written qualified and no using is added.
    /// </summary>
    [Fact]
    public Task Beside_Identitys_PersonalData_the_tag_is_written_qualified_without_a_using() => VerifyAsync(
        [IdentityUser.Replace("{{THEME}}", IdentityTheme + "public string? {|PII001:Theme|} { get; set; }", StringComparison.Ordinal)
            .Replace("{{MEMBER}}", "public string? {|PII001:Email|} { get; set; }", StringComparison.Ordinal), IdentityStub],
        [IdentityUser.Replace("{{THEME}}", "[Pii.PersonalData(\"Account\")]\n    " + IdentityTheme + "public string? Theme { get; set; }", StringComparison.Ordinal)
            .Replace("{{MEMBER}}", "[Pii.PersonalData(\"Account\", Category = Pii.DataCategory.EmailAddress)]\n    public string? Email { get; set; }", StringComparison.Ordinal), IdentityStub],
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>
    /// An IdentityUser subclass imports Identity for its base class and Pii for the tags: [PersonalData] is ambiguous there
    /// (CS0104) although Pii is in scope, so the tag is written qualified (before, it was written as [PersonalData] and did
    /// not compile).
    /// </summary>
    [Fact]
    public Task Beside_Identitys_PersonalData_and_Pii_in_scope_the_tag_is_written_qualified() => VerifyAsync(
        [
            """
            using Microsoft.AspNetCore.Identity;
            using Pii;
            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y")]
            public class ShopUser
            {
                public int Id { get; set; }

                public string? {|PII001:Email|} { get; set; }
            }
            """,
            IdentityStub,
        ],
        [
            """
            using Microsoft.AspNetCore.Identity;
            using Pii;
            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y")]
            public class ShopUser
            {
                public int Id { get; set; }

                [Pii.PersonalData("Account", Category = Pii.DataCategory.EmailAddress)]
                public string? Email { get; set; }
            }
            """,
            IdentityStub,
        ],
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>
    /// Beside Identity's [PersonalData], in a namespace with a Pii part (Acme.Pii.Web): "Pii." would name Acme.Pii there, so
    /// the tag is qualified from global (before, [Pii.PersonalData] did not compile, CS0234).
    /// </summary>
    [Fact]
    public Task Beside_Identitys_PersonalData_in_a_namespace_with_a_Pii_part_the_tag_is_qualified_from_global() => VerifyAsync(
        [
            """
            using Microsoft.AspNetCore.Identity;
            [assembly: global::Pii.ProcessingPurpose("Account", global::Pii.LegalBasis.Contract, Retention = "P2Y")]
            namespace Acme.Pii.Web
            {
                public class ShopUser
                {
                    public int Id { get; set; }

                    public string? {|PII001:Email|} { get; set; }
                }
            }
            """,
            IdentityStub,
        ],
        [
            """
            using Microsoft.AspNetCore.Identity;
            [assembly: global::Pii.ProcessingPurpose("Account", global::Pii.LegalBasis.Contract, Retention = "P2Y")]
            namespace Acme.Pii.Web
            {
                public class ShopUser
                {
                    public int Id { get; set; }

                    [global::Pii.PersonalData("Account", Category = global::Pii.DataCategory.EmailAddress)]
                    public string? Email { get; set; }
                }
            }
            """,
            IdentityStub,
        ],
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    [Fact]
    public Task Fix_all_beside_Identity_qualifies_each_member_from_where_it_is() => VerifyAsync(
        [
            """
            using Microsoft.AspNetCore.Identity;
            [assembly: global::Pii.ProcessingPurpose("Account", global::Pii.LegalBasis.Contract, Retention = "P2Y")]
            namespace Shop
            {
                public class Customer
                {
                    public int Id { get; set; }

                    public string? {|PII001:Email|} { get; set; }
                }
            }

            namespace Acme.Pii.Web
            {
                public class ShopUser
                {
                    public int Id { get; set; }

                    public string? {|PII001:Email|} { get; set; }
                }
            }
            """,
            IdentityStub,
        ],
        [
            """
            using Microsoft.AspNetCore.Identity;
            [assembly: global::Pii.ProcessingPurpose("Account", global::Pii.LegalBasis.Contract, Retention = "P2Y")]
            namespace Shop
            {
                public class Customer
                {
                    public int Id { get; set; }

                    [Pii.PersonalData("Account", Category = Pii.DataCategory.EmailAddress)]
                    public string? Email { get; set; }
                }
            }

            namespace Acme.Pii.Web
            {
                public class ShopUser
                {
                    public int Id { get; set; }

                    [global::Pii.PersonalData("Account", Category = global::Pii.DataCategory.EmailAddress)]
                    public string? Email { get; set; }
                }
            }
            """,
            IdentityStub,
        ],
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    [Fact]
    public Task Fix_all_with_Identity_imported_only_in_a_later_namespace_qualifies_only_there() => VerifyAsync(
        [
            """
            [assembly: global::Pii.ProcessingPurpose("Account", global::Pii.LegalBasis.Contract, Retention = "P2Y")]
            namespace Shop
            {
                using Pii;

                public class Customer
                {
                    public int Id { get; set; }

                    public string? {|PII001:Email|} { get; set; }
                }
            }

            namespace Web
            {
                using Microsoft.AspNetCore.Identity;

                public class ShopUser
                {
                    public int Id { get; set; }

                    public string? {|PII001:Email|} { get; set; }
                }
            }
            """,
            IdentityStub,
        ],
        [
            """
            [assembly: global::Pii.ProcessingPurpose("Account", global::Pii.LegalBasis.Contract, Retention = "P2Y")]
            namespace Shop
            {
                using Pii;

                public class Customer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", Category = DataCategory.EmailAddress)]
                    public string? Email { get; set; }
                }
            }

            namespace Web
            {
                using Microsoft.AspNetCore.Identity;

                public class ShopUser
                {
                    public int Id { get; set; }

                    [Pii.PersonalData("Account", Category = Pii.DataCategory.EmailAddress)]
                    public string? Email { get; set; }
                }
            }
            """,
            IdentityStub,
        ],
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    private const string IdentityUser = """
        using Microsoft.AspNetCore.Identity;
        [assembly: Pii.ProcessingPurpose("Account", Pii.LegalBasis.Contract, Retention = "P2Y")]
        public class ShopUser
        {
            public int Id { get; set; }

            {{THEME}}

            {{MEMBER}}
        }
        """;

    // Identity's own attribute (the user's download includes the member); PII001 asks for Pii's decision too.
    private const string IdentityTheme = "[PersonalData] // Identity's\n    ";

    private const string IdentityStub = """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }
        }
        """;

    [Fact]
    public Task Each_declared_purpose_is_offered() => VerifyAsync(
        $$"""
        using Pii;
        {{Purposes}}
        public class Customer
        {
            public string? {|PII001:Email|} { get; set; }
        }
        """,
        $$"""
        using Pii;
        {{Purposes}}
        public class Customer
        {
            [PersonalData("Care", Category = DataCategory.EmailAddress)]
            public string? Email { get; set; }
        }
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Care"));

    [Fact]
    public Task Marking_as_reviewed_adds_not_personal_data_and_the_pii_using() => VerifyAsync(
        """
        namespace Shop
        {
            public class Customer
            {
                public string? {|PII001:Email|} { get; set; }
            }
        }
        """,
        """
        using Pii;

        namespace Shop
        {
            public class Customer
            {
                [NotPersonalData("TODO: why this is not personal data")]
                public string? Email { get; set; }
            }
        }
        """,
        UntaggedPersonalDataCodeFix.NotPersonalDataKey);

    [Fact]
    public Task Special_category_data_is_tagged_sensitive_with_the_chosen_article_9_condition() => VerifyAsync(
        $$"""
        using Pii;
        {{Purposes}}
        public class Patient
        {
            public string? {|PII001:MedicalHistory|} { get; set; }
        }
        """,
        $$"""
        using Pii;
        {{Purposes}}
        public class Patient
        {
            [SensitivePersonalData("Care", SpecialCategory.Health, SpecialCategoryCondition.HealthOrSocialCare)]
            public string? MedicalHistory { get; set; }
        }
        """,
        UntaggedPersonalDataCodeFix.SensitivePersonalDataKey("Care", "HealthOrSocialCare"));

    [Fact]
    public Task A_positional_record_parameter_gets_a_property_targeted_tag() => VerifyAsync(
        $$"""
        using Pii;
        {{Purposes}}
        public record Applicant(int Id, string {|PII001:Email|});
        """,
        $$"""
        using Pii;
        {{Purposes}}
        public record Applicant(int Id, [property: PersonalData("Account", Category = DataCategory.EmailAddress)] string Email);
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>A parameter that already has an attribute gets the tag after it, a space between the two lists.</summary>
    [Fact]
    public Task A_positional_record_parameter_with_an_attribute_gets_the_tag_after_it() => VerifyAsync(
        $$"""
        using System.ComponentModel.DataAnnotations;
        using Pii;
        {{Purposes}}
        public record Applicant(int Id, [property: MaxLength(200)] string {|PII001:Email|});
        """,
        $$"""
        using System.ComponentModel.DataAnnotations;
        using Pii;
        {{Purposes}}
        public record Applicant(int Id, [property: MaxLength(200)] [property: PersonalData("Account", Category = DataCategory.EmailAddress)] string Email);
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>
    /// A parameter whose attribute stands on a line of its own gets the tag on the next line, indented like it (before,
    /// the tag started that line at column 0 and the indentation went between it and the type).
    /// </summary>
    [Fact]
    public Task A_positional_record_parameter_with_an_attribute_on_its_own_line_gets_the_tag_on_the_next() => VerifyAsync(
        $$"""
        using System.ComponentModel.DataAnnotations;
        using Pii;
        {{Purposes}}
        public record Applicant(
            int Id,
            [property: MaxLength(200)] // the form's limit
            string {|PII001:Email|});
        """,
        $$"""
        using System.ComponentModel.DataAnnotations;
        using Pii;
        {{Purposes}}
        public record Applicant(
            int Id,
            [property: MaxLength(200)] // the form's limit
            [property: PersonalData("Account", Category = DataCategory.EmailAddress)]
            string Email);
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>
    /// A parameter on a line of its own keeps its indentation in front of the new attribute (before, the attribute started
    /// the line at column 0 and the indentation went between it and the type).
    /// </summary>
    [Fact]
    public Task A_positional_record_parameter_on_its_own_line_keeps_its_indentation() => VerifyAsync(
        $$"""
        using Pii;
        {{Purposes}}
        public record Applicant(
            int Id,
            string {|PII001:Email|});
        """,
        $$"""
        using Pii;
        {{Purposes}}
        public record Applicant(
            int Id,
            [property: PersonalData("Account", Category = DataCategory.EmailAddress)] string Email);
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>
    /// Fix-all in a file of two namespaces, the first of which imports Pii inside it: "using Pii;" is added for the second
    /// (before, whether it was needed was decided at the first member only, and the second namespace's tag did not bind).
    /// </summary>
    [Fact]
    public Task Fix_all_adds_the_using_when_any_member_lacks_it() => VerifyAsync(
        """
        namespace Shop
        {
            using Pii;

            public class Customer
            {
                public string? {|PII001:Email|} { get; set; }
            }
        }

        namespace Crm
        {
            public class Contact
            {
                public string? {|PII001:Phone|} { get; set; }
            }
        }
        """,
        """
        using Pii;

        namespace Shop
        {
            using Pii;

            public class Customer
            {
                [NotPersonalData("TODO: why this is not personal data")]
                public string? Email { get; set; }
            }
        }

        namespace Crm
        {
            public class Contact
            {
                [NotPersonalData("TODO: why this is not personal data")]
                public string? Phone { get; set; }
            }
        }
        """,
        UntaggedPersonalDataCodeFix.NotPersonalDataKey);

    [Fact]
    public Task Fix_all_in_the_solution_tags_every_document() => VerifyAsync(
        [
            $$"""
            using Pii;
            {{Purposes}}
            public class Customer
            {
                public string? {|PII001:Email|} { get; set; }
            }
            """,
            """
            using Pii;
            public class Contact
            {
                public string? {|PII001:LastName|} { get; set; }
            }
            """,
        ],
        [
            $$"""
            using Pii;
            {{Purposes}}
            public class Customer
            {
                [PersonalData("Account", Category = DataCategory.EmailAddress)]
                public string? Email { get; set; }
            }
            """,
            """
            using Pii;
            public class Contact
            {
                [PersonalData("Account", Category = DataCategory.Name)]
                public string? LastName { get; set; }
            }
            """,
        ],
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    [Fact]
    public Task Fix_all_in_a_file_without_the_using_tags_every_member_and_adds_the_using_once_below_the_header() => VerifyAsync(
        [
            $$"""
            using Pii;
            {{Purposes}}
            """,
            """
            // Copyright header stays first.
            namespace Shop
            {
                public class Contact
                {
                    public string? {|PII001:Email|} { get; set; }

                    public string? {|PII001:Phone|} { get; set; }

                    public string? {|PII001:LastName|} { get; set; }
                }
            }
            """,
        ],
        [
            $$"""
            using Pii;
            {{Purposes}}
            """,
            """
            // Copyright header stays first.
            using Pii;

            namespace Shop
            {
                public class Contact
                {
                    [NotPersonalData("TODO: why this is not personal data")]
                    public string? Email { get; set; }

                    [NotPersonalData("TODO: why this is not personal data")]
                    public string? Phone { get; set; }

                    [NotPersonalData("TODO: why this is not personal data")]
                    public string? LastName { get; set; }
                }
            }
            """,
        ],
        UntaggedPersonalDataCodeFix.NotPersonalDataKey);

    [Fact]
    public Task The_tag_goes_above_existing_attributes_and_below_the_doc_comment() => VerifyAsync(
        $$"""
        using System.ComponentModel.DataAnnotations;
        using Pii;
        {{Purposes}}
        public class Customer
        {
            /// <summary>Where we write.</summary>
            [Required]
            [MaxLength(100)]
            public string? {|PII001:Email|} { get; set; }
        }
        """,
        $$"""
        using System.ComponentModel.DataAnnotations;
        using Pii;
        {{Purposes}}
        public class Customer
        {
            /// <summary>Where we write.</summary>
            [PersonalData("Account", Category = DataCategory.EmailAddress)]
            [Required]
            [MaxLength(100)]
            public string? Email { get; set; }
        }
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>
    /// The first attribute under a condition (#if ... #endif): the tag goes below the condition, where the member is, not
    /// first and inside it (before, a build without the symbol had the member untagged).
    /// </summary>
    [Fact]
    public Task An_attribute_under_a_condition_leaves_the_tag_outside_it() => VerifyAsync(
        $$"""
        using Pii;
        {{Purposes}}
        public class Customer
        {
        #if !LEGACY
            [System.ComponentModel.DataAnnotations.MaxLength(100)]
        #endif
            public string? {|PII001:Email|} { get; set; }
        }
        """,
        $$"""
        using Pii;
        {{Purposes}}
        public class Customer
        {
        #if !LEGACY
            [System.ComponentModel.DataAnnotations.MaxLength(100)]
        #endif
            [PersonalData("Account", Category = DataCategory.EmailAddress)]
            public string? Email { get; set; }
        }
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    /// <summary>
    /// Usings that end with a conditional block (a multi-targeted project's #if NET8_0_OR_GREATER): "using Pii;" goes below
    /// its #endif (before, it went inside, and a build without the symbol did not compile).
    /// </summary>
    [Fact]
    public Task The_using_goes_below_a_conditional_block_that_ends_the_usings() => VerifyAsync(
        """
        using System;
        #if !LEGACY
        using System.Text;
        #endif

        namespace Shop
        {
            public class Customer
            {
                public string? {|PII001:Email|} { get; set; }
            }
        }
        """,
        """
        using System;
        #if !LEGACY
        using System.Text;
        #endif
        using Pii;

        namespace Shop
        {
            public class Customer
            {
                [NotPersonalData("TODO: why this is not personal data")]
                public string? Email { get; set; }
            }
        }
        """,
        UntaggedPersonalDataCodeFix.NotPersonalDataKey);

    [Fact]
    public Task A_field_declaring_several_variables_is_not_fixed() => VerifyAsync(
        $$"""
        using Pii;
        {{Purposes}}
        public class Customer
        {
            public string? {|PII001:Email|}, {|PII001:Phone|};
        }
        """,
        $$"""
        using Pii;
        {{Purposes}}
        public class Customer
        {
            public string? {|PII001:Email|}, {|PII001:Phone|};
        }
        """,
        UntaggedPersonalDataCodeFix.PersonalDataKey("Account"));

    [Fact]
    public Task An_alias_of_the_Pii_namespace_does_not_count_as_its_using() => VerifyAsync(
        """
        using P = Pii;

        public class Customer
        {
            public string? {|PII001:Email|} { get; set; }
        }
        """,
        """
        using P = Pii;
        using Pii;

        public class Customer
        {
            [NotPersonalData("TODO: why this is not personal data")]
            public string? Email { get; set; }
        }
        """,
        UntaggedPersonalDataCodeFix.NotPersonalDataKey);

    [Fact]
    public Task Without_declared_purposes_only_the_review_action_is_offered() => VerifyAsync(
        """
        using Pii;
        public class Customer
        {
            public string? {|PII001:Email|} { get; set; }
        }
        """,
        """
        using Pii;
        public class Customer
        {
            [NotPersonalData("TODO: why this is not personal data")]
            public string? Email { get; set; }
        }
        """,
        equivalenceKey: null,
        actionIndex: 0); // with a declared purpose, the first action would tag for it

    private static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey, int? actionIndex = null) =>
        VerifyAsync([source], [fixedSource], equivalenceKey, actionIndex);

    private static Task VerifyAsync(string[] sources, string[] fixedSources, string? equivalenceKey, int? actionIndex = null)
    {
        var test = new CSharpCodeFixTest<UntaggedPersonalDataAnalyzer, UntaggedPersonalDataCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionIndex = actionIndex,
            MarkupOptions = MarkupOptions.UseFirstDescriptor,
        };
        foreach (string source in sources)
        {
            test.TestState.Sources.Add(source);
        }

        foreach (string source in fixedSources)
        {
            test.FixedState.Sources.Add(source);
        }

        TestReferences.AddNet10(test.TestState);
        return test.RunAsync();
    }
}
