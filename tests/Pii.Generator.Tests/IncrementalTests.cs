using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pii.Generator.Tests.Infrastructure;
using Steps = Pii.Generator.PersonalDataGenerator.Steps;

namespace Pii.Generator.Tests;

/// <summary>Guards the pipeline's caching: edits that do not change what the tags say must not make the generator emit again.</summary>
public class IncrementalTests
{
    // The positional record is found by the syntax step, which runs again for it on every compilation: its output must stay unchanged.
    private const string Unrelated = """
        namespace Shop
        {
            public class PriceCalculator
            {
                public int Total() { return 1; }
            }

            public record Voucher([property: Pii.PersonalData("Account", "P30D", Pii.LegalBasis.Contract)] string? Holder);
        }
        """;

    private static readonly string[] AllSteps = [Steps.TaggedMembers, Steps.SensitiveMembers, Steps.DataSubjects, Steps.PositionalRecords, Steps.Types, Steps.TypeCode, Steps.Declarations, Steps.Record];

    [Fact]
    public void An_edit_in_an_unrelated_type_leaves_every_step_cached_or_unchanged()
    {
        (GeneratorRunResult result, _) = RunTwice(source => source.Replace("return 1;", "return 2;"), editedTree: 1);

        AssertAllStepsCachedOrUnchanged(result);
    }

    [Fact]
    public void An_edit_in_a_method_body_of_a_tagged_type_leaves_every_step_cached_or_unchanged()
    {
        string customer = GeneratorRun.Input("Customer.cs").Replace(
            "public string Plan { get; set; } = \"\";",
            "public string Plan { get; set; } = \"\";\n        public int Describe() { return 1; }");

        (GeneratorRunResult result, _) = RunTwice(source => source.Replace("return 1;", "return 2;"), editedTree: 0, customer);

        AssertAllStepsCachedOrUnchanged(result);
    }

    [Fact]
    public void Moving_the_members_of_a_tagged_type_down_changes_the_record_but_not_the_types_file()
    {
        (GeneratorRunResult result, _) = RunTwice(source => source.Replace("public int Id { get; set; }", "public int Id { get; set; }\n\n"), editedTree: 0);

        // The lines moved: the record says so; the type's code is the same and is not emitted again.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, Steps.Record));
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, Steps.Types));
        IncrementalStepRunReason[] code = Reasons(result, Steps.TypeCode).ToArray();
        Assert.NotEmpty(code);
        Assert.All(code, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"a type's code ran with reason {reason}"));
    }

    [Fact]
    public void Changing_a_tag_modifies_the_type_and_regenerates_its_file()
    {
        (GeneratorRunResult result, _) = RunTwice(source => source.Replace("\"P90D\"", "\"P180D\""), editedTree: 0);

        IncrementalStepRunReason[] reasons = Reasons(result, Steps.Types).ToArray();
        Assert.Contains(IncrementalStepRunReason.Modified, reasons);
        Assert.Contains(result.GeneratedSources, s => s.HintName == "Shop.Customer.PersonalData.g.cs" && s.SourceText.ToString().Contains("P180D"));

        // The record runs on every edit (it reads the whole assembly) but is modified only when what it says changes.
        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(result, Steps.Record));
        Assert.Contains(result.GeneratedSources, s => s.HintName == RecordRun.HintName && s.SourceText.ToString().Contains("\"\"retention\"\": \"\"P180D\"\""));
    }

    [Fact]
    public void Changing_a_tag_in_one_file_of_a_partial_type_regenerates_the_type()
    {
        const string First = """
            using Pii;
            namespace Shop
            {
                public partial class Contact
                {
                    [PersonalData("Account", "P30D", LegalBasis.Contract)]
                    public string? Name { get; set; }
                }
            }
            """;
        const string Second = """
            using Pii;
            namespace Shop
            {
                public partial class Contact
                {
                    [PersonalData("Marketing", "P1Y", LegalBasis.Consent)]
                    public string? Email { get; set; }
                }
            }
            """;
        CSharpCompilation compilation = GeneratorRun.Compile([First, Second]);
        GeneratorDriver driver = GeneratorRun.CreateDriver().RunGenerators(compilation);
        SyntaxTree old = compilation.SyntaxTrees[1];

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(Second.Replace("P1Y", "P3Y"), GeneratorRun.Latest, path: old.FilePath)));

        GeneratedSourceResult contact = Assert.Single(driver.GetRunResult().Results.Single().GeneratedSources, s => s.HintName == "Shop.Contact.PersonalData.g.cs");
        Assert.Contains("IsoDuration.Parse(\"P3Y\")", contact.SourceText.ToString());
        Assert.Contains("IsoDuration.Parse(\"P30D\")", contact.SourceText.ToString());
    }

    private static (GeneratorRunResult Result, GeneratorDriver Driver) RunTwice(System.Func<string, string> edit, int editedTree, string? customer = null)
    {
        CSharpCompilation compilation = GeneratorRun.Compile([customer ?? GeneratorRun.Input("Customer.cs"), Unrelated]);
        GeneratorDriver driver = GeneratorRun.CreateDriver().RunGenerators(compilation);

        SyntaxTree old = compilation.SyntaxTrees[editedTree];
        SyntaxTree edited = CSharpSyntaxTree.ParseText(edit(old.ToString()), GeneratorRun.Latest, path: old.FilePath);
        Assert.NotEqual(old.ToString(), edited.ToString());
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(old, edited));
        return (driver.GetRunResult().Results.Single(), driver);
    }

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var runs)
            ? runs.SelectMany(run => run.Outputs).Select(output => output.Reason)
            : [];

    private static void AssertAllStepsCachedOrUnchanged(GeneratorRunResult result)
    {
        Assert.Contains(Steps.Types, result.TrackedSteps.Keys);
        Assert.NotEmpty(Reasons(result, Steps.PositionalRecords));
        foreach (string step in AllSteps)
        {
            Assert.All(Reasons(result, step), reason => Assert.True(
                reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                $"step {step} ran with reason {reason}"));
        }

        Assert.All(
            result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"an output ran with reason {output.Reason}"));
    }
}
