using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Json.Schema;
using Pii.Tests.Shared;
using Xunit.Abstractions;

namespace Pii.Records.Tests;

/// <summary>
/// The tests that run <c>dotnet build</c>: one at a time, as concurrent restores and builds of scratch projects get in
/// each other's way (and a build takes both cores of a small machine).
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotnetBuildCollection
{
    public const string Name = "dotnet build";
}

/// <summary>
/// A throw-away project built with <c>dotnet build</c> against Pii's runtime, generator, Pii.targets and the record
/// tool, as a package consumer builds it: its one source file is <c>Customer.cs</c>.
/// </summary>
internal sealed class ScratchProject(ITestOutputHelper output) : IDisposable
{
    private static readonly string Refs = Path.Combine(AppContext.BaseDirectory, "refs");

    /// <summary>Loaded once: JsonSchema.Net registers a schema by its $id for the process and refuses a second load.</summary>
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "docs", "processing-record.schema.json")));

    /// <summary>Gets docs/processing-record.schema.json.</summary>
    public static JsonSchema RecordSchema => Schema.Value;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "pii-record-" + Guid.NewGuid().ToString("N"));

    public string Baseline => Path.Combine(Directory, "PersonalData.approved.json");

    public string OutputFolder => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public void Write(string source)
    {
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "Customer.cs"), source);
        File.WriteAllText(Path.Combine(Directory, "Shop.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <PiiRecordToolPath>{Path.Combine(Refs, "tools", "net10.0", "Pii.RecordTool.dll")}</PiiRecordToolPath>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Pii" HintPath="{Path.Combine(AppContext.BaseDirectory, "Pii.dll")}" />
                <Analyzer Include="{Path.Combine(Refs, "analyzers", "Pii.Generator.dll")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(Refs, "build", "Pii.targets")}" />
            </Project>
            """);
    }

    public Task<(int ExitCode, string Output)> BuildAsync(params string[] properties) => RunAsync(DotnetCommand.Build.Concat(properties));

    /// <summary>Runs <c>dotnet</c> with <paramref name="arguments"/> in the project's folder, which it creates if needed.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments)
    {
        System.IO.Directory.CreateDirectory(Directory);
        (int exit, string log) = await DotnetCommand.RunAsync(Directory, arguments);
        output.WriteLine(log);
        return (exit, log);
    }

    /// <summary>Builds <paramref name="source"/>, failing the test when the build fails, and returns the log.</summary>
    public async Task<string> BuildOrFailAsync(string source, params string[] properties)
    {
        Write(source);
        (int exit, string log) = await BuildAsync(properties);
        Xunit.Assert.True(exit == 0, log);
        return log;
    }

    public string ReadOutput(string file) => File.ReadAllText(Path.Combine(OutputFolder, file));

    /// <summary>The lines of the log that are PII007 errors, each once (MSBuild repeats errors in its summary).</summary>
    public static List<string> Differences(string log) =>
        log.Split('\n').Select(l => l.Trim()).Where(l => l.Contains("error PII007", StringComparison.Ordinal)).Distinct().ToList();

    public void Dispose()
    {
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
