using System;
using System.Linq;
using Microsoft.CodeAnalysis;
using Pii.Generator.Tests.Infrastructure;
using static Pii.Generator.Tests.Infrastructure.GeneratorRun;

namespace Pii.Generator.Tests;

/// <summary>
/// Which members the generated code follows into owned objects when the tags are further down: through types with no tag
/// of their own at any depth, not through entities, not back to the owner; and the code it writes for them compiles.
/// </summary>
public class OwnedReachTests
{
    [Fact]
    public void A_chain_of_untagged_types_of_any_length_is_followed_and_each_gets_code_that_compiles()
    {
        // Ten untagged objects between the subject and the tag, and a branch with a tag two objects down.
        string chain = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"public class T{i} {{ public T{i + 1}? Next {{ get; set; }} }}"));
        string source = $$"""
            using Pii;
            [DataSubject]
            public class Root
            {
                public int Id { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Name { get; set; }

                public S? S { get; set; }
            }

            public class S
            {
                public T1? Chain { get; set; }

                public W? Branch { get; set; }
            }

            public class W
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Y { get; set; }
            }

            {{chain}}

            public class T11
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? X { get; set; }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        string[] files = result.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).ToArray();
        Assert.Equal(13 + 1, files.Length); // Root, S, W, T1 to T11
        Assert.Contains("global::T1PersonalData.ErasePersonalDataMembers(chainValue, context, path + \"Chain.\");", Source(result, "S.PersonalData.g.cs"));
        Assert.Contains("global::T11PersonalData.ErasePersonalDataMembers(nextValue, context, path + \"Next.\");", Source(result, "T10.PersonalData.g.cs"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Wide_cycles_of_untagged_types_end_and_get_code_only_where_a_tag_is_reached()
    {
        // Each type holds six of the next: a walk that followed every path to a fixed depth would make 6^8 calls per member.
        string Members(string type, string name) => string.Join("\n", Enumerable.Range(1, 6).Select(i => $"public {type}? {name}{i} {{ get; set; }}"));
        string source = $$"""
            using Pii;
            [DataSubject]
            public class Root
            {
                public int Id { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Name { get; set; }

                public A? Untagged { get; set; }

                public D? Tagged { get; set; }
            }

            public class A { {{Members("B", "B")}} }
            public class B { {{Members("C", "C")}} }
            public class C { {{Members("A", "A")}} }

            public class D { {{Members("E", "E")}} }
            public class E { {{Members("F", "F")}} }
            public class F
            {
                {{Members("D", "D")}}

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Note { get; set; }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        string[] files = result.GeneratedSources.Select(s => s.HintName).Where(h => h.EndsWith(".PersonalData.g.cs", StringComparison.Ordinal)).OrderBy(h => h, StringComparer.Ordinal).ToArray();
        Assert.Equal(["D.PersonalData.g.cs", "E.PersonalData.g.cs", "F.PersonalData.g.cs", "Root.PersonalData.g.cs"], files);
        Assert.DoesNotContain("Untagged", Source(result, "Root.PersonalData.g.cs"));
        Assert.Contains("global::DPersonalData.ErasePersonalDataMembers(d1Value, context, path + \"D1.\");", Source(result, "F.PersonalData.g.cs"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void Tags_on_a_positional_record_s_properties_and_on_an_override_are_found_and_followed()
    {
        const string source = """
            using Pii;
            // The form PII001's code fix writes on a positional record: the tag is on the property, not on the parameter.
            public record Address([property: PersonalData("Account", "P30D", LegalBasis.Contract)] string? Street);

            public abstract class PartBase
            {
                public abstract string? Email { get; set; }

                public string? Label { get; set; }
            }

            // The tag is on the override; the base declares the member untagged.
            public class Part : PartBase
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public override string? Email { get; set; }
            }

            [DataSubject]
            public class User
            {
                public int Id { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Name { get; set; }

                public Address? Home { get; set; }

                public Part? Part { get; set; }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        Assert.Contains("Street", Source(result, "Address.PersonalData.g.cs"));
        Assert.Contains("EmailPurposes", Source(result, "Part.PersonalData.g.cs"));
        string user = Source(result, "User.PersonalData.g.cs");
        Assert.Contains("global::AddressPersonalData.ErasePersonalDataMembers(homeValue, context, path + \"Home.\");", user);
        Assert.Contains("global::PartPersonalData.ErasePersonalDataMembers(partValue, context, path + \"Part.\");", user);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_positional_record_whose_first_tag_is_written_through_an_alias_still_gets_its_code()
    {
        const string source = """
            using Pii;
            using PD = Pii.PersonalDataAttribute;
            // The alias is not seen by the syntax step; the parameter after it is, and the record is parsed from it.
            public record Card([property: PD("Account", "P30D", LegalBasis.Contract)] string? Holder, [property: PersonalData("Account", "P30D", LegalBasis.Contract)] string? Number);
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        string card = Source(result, "Card.PersonalData.g.cs");
        Assert.Contains("HolderPurposes", card);
        Assert.Contains("NumberPurposes", card);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_tag_on_a_base_member_stays_when_a_derived_type_overrides_or_hides_it_untagged()
    {
        const string source = """
            using Pii;
            public class Person
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public virtual string? Email { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Nickname { get; set; }
            }

            public class Customer : Person
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Phone { get; set; }

                public override string? Email { get => base.Email; set => base.Email = value?.Trim(); }

                public new string? Nickname { get => base.Nickname; set => base.Nickname = value; }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        string customer = Source(result, "Customer.PersonalData.g.cs");
        Assert.Contains("EmailPurposes", customer);
        Assert.Contains("NicknamePurposes", customer);
        Assert.Contains("PhonePurposes", customer);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void An_inherited_reference_to_the_owner_does_not_make_a_part_a_navigation_but_an_entity_is_not_passed_through()
    {
        const string source = """
            using Pii;
            public class Audited
            {
                public User? CreatedBy { get; set; }
            }

            public class Address : Audited
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Street { get; set; }
            }

            [DataSubject]
            public class User
            {
                public int Id { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Name { get; set; }

                // A part, although a base class of Address refers to users: only what Address declares can be a back-reference.
                public Address? Home { get; set; }

                // A back-reference declared by the type: a navigation.
                public Team? Team { get; set; }

                // An entity with no tag of its own: what it refers to belongs to it, not to the user.
                public Product? Favourite { get; set; }
            }

            public class Team
            {
                public User? Lead { get; set; }

                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? Motto { get; set; }
            }

            public class Product
            {
                public int Id { get; set; }

                public Supplier? Supplier { get; set; }
            }

            public class Supplier
            {
                [PersonalData("Account", "P30D", LegalBasis.Contract)]
                public string? ContactName { get; set; }
            }
            """;
        (GeneratorRunResult result, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([source]));

        Assert.Null(result.Exception);
        string user = Source(result, "User.PersonalData.g.cs");
        Assert.Contains("global::AddressPersonalData.ErasePersonalDataMembers(homeValue, context, path + \"Home.\");", user);
        Assert.DoesNotContain("TeamPersonalData", user);
        Assert.DoesNotContain("Favourite", user);
        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName == "Product.PersonalData.g.cs");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }
}
