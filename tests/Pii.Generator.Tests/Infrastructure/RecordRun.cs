using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Pii.Generator.Tests.Infrastructure;

/// <summary>Runs the generator as a build does for the record: with MSBuild properties and an approved baseline as an additional file.</summary>
internal static class RecordRun
{
    public const string HintName = "PersonalDataProcessingRecord.g.cs";

    public static (string? Source, ImmutableArray<Diagnostic> Diagnostics) Run(
        IEnumerable<string> sources,
        string? baseline = null,
        IReadOnlyDictionary<string, string>? properties = null,
        string baselinePath = "/0/PersonalData.approved.json")
    {
        CSharpCompilation compilation = GeneratorRun.Compile(sources);
        ImmutableArray<AdditionalText> additional = baseline is null ? [] : [new Text(baselinePath, baseline)];
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            [new PersonalDataGenerator().AsSourceGenerator()],
            additional,
            GeneratorRun.Latest,
            new Options(properties ?? new Dictionary<string, string>()));
        GeneratorRunResult result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        string? source = result.GeneratedSources.FirstOrDefault(s => s.HintName == HintName).SourceText?.ToString();
        return (source, result.Diagnostics);
    }

    /// <summary>The value of a generated constant (<c>Json</c>).</summary>
    public static string Constant(string source, string name)
    {
        VariableDeclaratorSyntax field = CSharpSyntaxTree.ParseText(source).GetRoot()
            .DescendantNodes()
            .OfType<VariableDeclaratorSyntax>()
            .Single(v => v.Identifier.ValueText == name);
        return ((LiteralExpressionSyntax)field.Initializer!.Value).Token.ValueText;
    }

    public static string[] Messages(ImmutableArray<Diagnostic> diagnostics, string id) =>
        diagnostics.Where(d => d.Id == id).Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private sealed class Text(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private sealed class Options(IReadOnlyDictionary<string, string> properties) : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(properties.ToDictionary(p => "build_property." + p.Key, p => p.Value));

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

        /// <summary>A file whose name ends in <c>.marked.json</c> carries the metadata Pii.targets sets on the baseline it adds.</summary>
        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            textFile.Path.EndsWith(".marked.json", System.StringComparison.Ordinal) ? new Values(new() { [PersonalDataGenerator.BaselineMetadata] = "true" }) : Values.Empty;
    }

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new([]);

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
