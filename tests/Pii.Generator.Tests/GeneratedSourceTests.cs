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

    [Fact]
    public void A_project_with_DateOnly_that_gets_the_netstandard2_0_runtime_exports_dates_and_times_without_WriteDate()
    {
        const string Source = """
            using System;
            using Pii;

            namespace Calendar;

            [DataSubject]
            public class Member
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract, Category = DataCategory.DateOfBirth)]
                public DateOnly? BirthDate { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract, Category = DataCategory.Other)]
                public TimeOnly PreferredCallTime { get; set; }
            }
            """;
        // A .NET 6 or 7 project gets the netstandard2.0 Pii.dll; the .NET 8 reference assemblies stand in for theirs (both
        // have DateOnly). As NuGet resolves it: the framework's assemblies, except those the System.Text.Json 10 packages replace.
        string packages = Path.Combine(AppContext.BaseDirectory, "refs", "net8.0");
        string[] replaced = Directory.GetFiles(packages, "*.dll").Select(Path.GetFileName).ToArray()!;
        CSharpCompilation net8 = CSharpCompilation.Create(
            "Net8Project",
            [CSharpSyntaxTree.ParseText(Source, GeneratorRun.Latest)],
            [
                .. Basic.Reference.Assemblies.Net80.References.All.Where(r => !replaced.Contains(Path.GetFileName(r.FilePath))),
                .. replaced.Select(name => MetadataReference.CreateFromFile(Path.Combine(packages, name!))),
                MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "refs", "netstandard2.0", "Pii.dll")),
            ],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        (GeneratorRunResult run, Compilation output) = GeneratorRun.Run(net8);
        string generated = Assert.Single(run.GeneratedSources, s => s.HintName == "Calendar.Member.PersonalData.g.cs").SourceText.ToString();

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.DoesNotContain("WriteDate(", generated);
        Assert.DoesNotContain("WriteTime(", generated);
        Assert.Contains("\"yyyy-MM-dd\"", generated);
        Assert.Contains("\"HH:mm:ss.FFFFFFF\"", generated);

        // The same source against the .NET 10 runtime, which has the writers, calls them.
        (GeneratorRunResult net10Run, _) = GeneratorRun.Run(GeneratorRun.Compile([Source]));
        string net10Generated = Assert.Single(net10Run.GeneratedSources, s => s.HintName == "Calendar.Member.PersonalData.g.cs").SourceText.ToString();
        Assert.Contains("global::Pii.Export.PersonalDataWriter.WriteDate(writer, BirthDateName, value.BirthDate,", net10Generated);
        Assert.Contains("global::Pii.Export.PersonalDataWriter.WriteTime(writer, PreferredCallTimeName, value.PreferredCallTime,", net10Generated);
    }

    [Fact]
    public void Categories_are_the_runtime_s_shared_fields_and_one_outside_the_enum_is_unspecified()
    {
        (GeneratorRunResult run, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile(["""
            using Pii;

            namespace Odd;

            [DataSubject]
            public class Member
            {
                public int Id { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract, Category = (DataCategory)500)]
                public string? Code { get; set; }

                [PersonalData("Account", "P1Y", LegalBasis.Contract, Category = DataCategory.EmailAddress)]
                public string? Email { get; set; }
            }
            """]));
        string generated = Assert.Single(run.GeneratedSources, s => s.HintName == "Odd.Member.PersonalData.g.cs").SourceText.ToString();

        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Contains("WriteText(writer, CodeName, value.Code, global::Pii.Export.DataCategoryJson.Unspecified,", generated);
        Assert.Contains("WriteText(writer, EmailName, value.Email, global::Pii.Export.DataCategoryJson.EmailAddress,", generated);
        Assert.DoesNotContain("Category = ", generated);
    }
}
