using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Verify = Pii.Analyzers.Tests.AnalyzerTest<Pii.Analyzers.PiiAnalyzer>;

namespace Pii.Analyzers.Tests;

/// <summary>The analyzer the compiler loads runs every rule, once.</summary>
public class PiiAnalyzerTests
{
    [Fact]
    public Task Every_rule_reports_through_the_one_analyzer_and_nothing_twice() => Verify.VerifyAsync("""
        using Pii;
        [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P1Y")]

        public class {|PII004:Visit|}
        {
            public int Id { get; set; }

            public string? {|PII001:Email|} { get; set; }

            [{|PII003:PersonalData("Care", "2 years", LegalBasis.Contract)|}]
            public string? Phone { get; set; }

            [PersonalData("Care")]
            public string? {|PII005:MedicalHistory|} { get; set; }

            [PersonalData("Care")]
            public string? {|PII006:Notes|} { get; }

            [NotPersonalData("the room a visit took place in")]
            public string? Room { get; set; }

            public void Print() => System.Console.WriteLine({|PII002:Phone|});

            public Slot {|PII013:Booked|} { get; set; }

            [NotPersonalData("a copy of the booked slot, never stored")]
            public Slot Shown { get; set; }
        }

        public struct Slot
        {
            public Visitor? By { get; set; }
        }

        public class Visitor
        {
            [PersonalData("Care")]
            public string? Name { get; set; }
        }
        """);

    /// <summary>
    /// Another library's <c>Pii.PersonalDataAttribute</c> (or one being typed) whose arguments are arrays: reading them
    /// as Pii's strings threw (TypedConstant.Value on an array), an AD0001 that stopped every rule. It is a tag that
    /// cannot be honoured (PII003), as a Pii attribute with arguments that are not constants would be.
    /// </summary>
    [Fact]
    public Task An_attribute_that_only_looks_like_Piis_with_array_arguments_is_no_tag_and_stops_no_rule() => Verify.VerifyAsync("""
        using System;

        [assembly: {|PII003:Pii.ProcessingPurpose(new[] { "Care" }, new[] { Pii.LegalBasis.Contract })|}]

        namespace Pii
        {
            [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
            public sealed class PersonalDataAttribute : Attribute
            {
                public PersonalDataAttribute(params string[] purposes) { }
                public PersonalDataAttribute(string purpose, string[] retentions, LegalBasis basis) { }
                public string[]? Description { get; set; }
                public bool[]? BlindIndex { get; set; }
            }

            [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
            public sealed class ProcessingPurposeAttribute : Attribute
            {
                public ProcessingPurposeAttribute(string[] names, LegalBasis[] bases) { }
            }

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class DataSubjectAttribute : Attribute
            {
                public string[]? Key { get; set; }
                public bool[]? DeleteCascades { get; set; }
            }
        }

        namespace Clinic
        {
            using Pii;

            [DataSubject(Key = new[] { "Id" }, DeleteCascades = new[] { true })]
            public class Patient
            {
                public int Id { get; set; }

                [{|PII003:PersonalData("Care", "P1Y")|}]
                public string? Email { get; set; }

                [{|PII003:PersonalData(new[] { "Care" })|}]
                public string? Phone { get; set; }

                [{|PII003:PersonalData("Care", new[] { "P1Y" }, LegalBasis.Contract, Description = new[] { "x" }, BlindIndex = new[] { true })|}]
                public string? Name { get; set; }
            }
        }
        """);

    [Fact]
    public Task A_rule_switched_off_in_editorconfig_does_not_run_while_the_others_do() => Verify.VerifyAsync(
        """
        using Pii;
        [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P1Y")]

        [DataSubject]
        public class Patient
        {
            public int Id { get; set; }

            public string? Email { get; set; }

            [{|PII003:PersonalData("Care", "2 years", LegalBasis.Contract)|}]
            public string? Phone { get; set; }
        }
        """,
        editorConfig: "dotnet_diagnostic.PII001.severity = none\n");

    /// <summary>
    /// Generated code is neither analyzed nor reported on: a generated file, a type marked [GeneratedCode], while the
    /// hand-written part of a partial type whose other part is generated still is. The analyzer asks the compiler only
    /// not to run its actions on generated code (it skips the per-diagnostic check), so this is what keeps it honest.
    /// </summary>
    [Fact]
    public async Task Generated_code_is_not_reported_and_hand_written_parts_of_the_same_type_are()
    {
        var test = new CSharpAnalyzerTest<PiiAnalyzer, DefaultVerifier> { ReferenceAssemblies = new ReferenceAssemblies("net10.0") };
        TestReferences.AddNet10(test.TestState);
        test.TestState.Sources.Add(("/Contact.cs", """
            using Pii;
            [DataSubject]
            public partial class Contact
            {
                public int Id { get; set; }
                public string? {|PII001:Email|} { get; set; }
            }
            """));
        test.TestState.Sources.Add(("/Contact.g.cs", """
            public partial class Contact
            {
                public string? Phone { get; set; }
            }
            """));
        test.TestState.Sources.Add(("/Imported.cs", """
            // <auto-generated/>
            public class Imported
            {
                public string? Email { get; set; }
            }
            """));
        test.TestState.Sources.Add(("/Scaffolded.cs", """
            [System.CodeDom.Compiler.GeneratedCode("scaffold", "1.0")]
            public class Scaffolded
            {
                public string? FirstName { get; set; }
            }
            """));
        test.MarkupOptions = MarkupOptions.UseFirstDescriptor;
        await test.RunAsync();
    }
}
