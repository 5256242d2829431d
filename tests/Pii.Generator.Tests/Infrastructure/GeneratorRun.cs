using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Pii.Generator.Tests.Infrastructure;

/// <summary>Compiles test inputs and runs <see cref="PersonalDataGenerator"/> over them with step tracking on.</summary>
internal static class GeneratorRun
{
    public static readonly CSharpParseOptions Latest = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> Net100 =
        [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "refs", "net10.0", "Pii.dll"))];

    private static readonly Lazy<ImmutableArray<MetadataReference>> NetStandard20 = new(() =>
    [
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "refs", "netstandard2.0", "netstandard.dll")),
        MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "refs", "netstandard2.0", "Pii.dll")),
    ]);

    public static string Input(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Inputs", name));

    public static ImmutableArray<MetadataReference> References(bool netStandard) => netStandard ? NetStandard20.Value : Net100;

    /// <summary>Compiles the sources, named as Microsoft.CodeAnalysis.Testing names them (<c>/0/Test0.cs</c>), so that the record's source paths agree.</summary>
    public static CSharpCompilation Compile(IEnumerable<string> sources, CSharpParseOptions? options = null, bool netStandard = false) =>
        CSharpCompilation.Create(
            "TestProject",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options ?? Latest, path: $"/0/Test{i}.cs")),
            References(netStandard),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Compiles the sources with the EF Core stand-in of Inputs/Store.cs (its types, not its model).</summary>
    public static CSharpCompilation CompileWithEfCoreStandIn(IEnumerable<string> sources, CSharpParseOptions? options = null)
    {
        string stub = Input("Store.cs");
        return Compile([stub[..stub.IndexOf("namespace Mail", StringComparison.Ordinal)], .. sources], options);
    }

    public static GeneratorDriver CreateDriver(CSharpParseOptions? options = null) =>
        CSharpGeneratorDriver.Create(
            [new PersonalDataGenerator().AsSourceGenerator()],
            parseOptions: options ?? Latest,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator and returns the generated files by hint name, and the compilation with them.</summary>
    public static (GeneratorRunResult Result, Compilation Output) Run(CSharpCompilation compilation, CSharpParseOptions? options = null)
    {
        GeneratorDriver driver = CreateDriver(options).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (driver.GetRunResult().Results.Single(), output);
    }

    /// <summary>The text of the one generated file with <paramref name="hintName"/>.</summary>
    public static string Source(GeneratorRunResult result, string hintName) =>
        Xunit.Assert.Single(result.GeneratedSources, s => s.HintName == hintName).SourceText.ToString();
}
