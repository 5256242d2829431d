using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Pii.Generator.Tests.Infrastructure;

namespace Pii.Generator.Tests;

/// <summary>Pins the shape of the generated code: the output for each input must equal its checked-in baseline and compile without diagnostics.</summary>
public class GeneratedSourceTests
{
    [Theory]
    [InlineData("Customer.cs")]
    [InlineData("Shapes.cs")]
    public async Task Generated_source_matches_its_baseline_and_compiles_cleanly(string input)
    {
        string source = GeneratorRun.Input(input);
        if (Baselines.Updating)
        {
            (GeneratorRunResult run, _) = GeneratorRun.Run(GeneratorRun.Compile([source]));
            foreach (GeneratedSourceResult generated in run.GeneratedSources)
            {
                Baselines.Write(input, generated.HintName, generated.SourceText.ToString());
            }
        }

        var test = new CSharpSourceGeneratorTest<PersonalDataGenerator, DefaultVerifier>
        {
            // The references come from Basic.Reference.Assemblies: nothing is downloaded while testing.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestState = { Sources = { source } },
        };
        test.TestState.AdditionalReferences.AddRange(GeneratorRun.References(netStandard: false));
        test.SolutionTransforms.Add((solution, projectId) =>
        {
            Project project = solution.GetProject(projectId)!;
            var options = (CSharpCompilationOptions)project.CompilationOptions!;
            return solution
                .WithProjectCompilationOptions(projectId, options.WithNullableContextOptions(NullableContextOptions.Enable))
                .WithProjectParseOptions(projectId, GeneratorRun.Latest);
        });

        // The types' files come in hint-name order, then the record of processing, which is registered last.
        string[] baselines = Directory.GetFiles(Baselines.Folder(input), "*.txt")
            .OrderBy(path => Path.GetFileName(path).StartsWith("PersonalDataProcessingRecord", StringComparison.Ordinal))
            .ThenBy(path => path, StringComparer.Ordinal)
            .ToArray();
        Assert.NotEmpty(baselines);
        foreach (string baseline in baselines)
        {
            string hintName = Path.GetFileNameWithoutExtension(baseline);
            test.TestState.GeneratedSources.Add((typeof(PersonalDataGenerator), hintName, SourceText.From(File.ReadAllText(baseline), Encoding.UTF8)));
        }

        await test.RunAsync();
    }

    [Fact]
    public void Without_UnsafeAccessor_a_private_setter_is_not_erasable_and_old_language_versions_get_no_utf8_literals()
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp10);
        CSharpCompilation compilation = GeneratorRun.Compile([GeneratorRun.Input("NetStandardCustomer.cs")], options, netStandard: true);

        (GeneratorRunResult run, _) = GeneratorRun.Run(compilation, options);

        GeneratedSourceResult type = Assert.Single(run.GeneratedSources, s => s.HintName != "PersonalDataProcessingRecord.g.cs");
        string generated = type.SourceText.ToString();
        if (Baselines.Updating)
        {
            Baselines.Write("NetStandardCustomer.cs", type.HintName, generated);
        }

        Assert.DoesNotContain("UnsafeAccessor", generated);
        Assert.DoesNotContain("\"u8", generated);
        Assert.Contains("global::System.Text.Encoding.UTF8.GetBytes(", generated);
        Assert.Contains("context.RecordNotErasable(path + \"PasswordHash\"", generated);
        Assert.Equal(File.ReadAllText(Path.Combine(Baselines.Folder("NetStandardCustomer.cs"), type.HintName + ".txt")), generated);
    }
}
