using System;
using System.IO;
using System.Threading.Tasks;
using Pii.Tests.Shared;
using Xunit.Abstractions;

namespace Pii.Analyzers.Tests;

/// <summary>
/// The CI gate, end to end: a real project is built with <c>dotnet build</c> against Pii's runtime, analyzers, generator
/// and Pii.targets, as a package consumer would build it.
/// </summary>
public sealed class BuildGateTests(ITestOutputHelper output) : IDisposable
{
    private const string Untagged = """
        namespace Shop;

        public class Customer
        {
            public int Id { get; set; }
            public string? Email { get; set; }
        }
        """;

    private const string Tagged = """
        using Pii;

        [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y", Description = "The customer's account")]
        [assembly: DataController("Shop BV", Contact = "privacy@shop.example")]
        [assembly: SecurityMeasure("Personal data is encrypted at rest")]

        namespace Shop;

        [DataSubject]
        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Account")]
            public string? Email { get; set; }
        }
        """;

    private readonly string directory = Path.Combine(Path.GetTempPath(), "pii-gate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task With_PiiEnforce_an_untagged_email_fails_the_build_and_tagging_it_makes_it_pass()
    {
        WriteProject(enforce: true, Untagged);
        (int failedExit, string failed) = await BuildAsync();
        Assert.NotEqual(0, failedExit);
        Assert.Contains("error PII001", failed);
        Assert.Contains("'Email'", failed);

        WriteProject(enforce: true, Tagged);
        (int passedExit, string passed) = await BuildAsync();
        Assert.True(passedExit == 0, passed);
        Assert.DoesNotContain("PII00", passed);
    }

    [Theory]
    [InlineData("dotnet_diagnostic.PII001.severity = none")]
    [InlineData("dotnet_diagnostic.PII001.severity = suggestion")]
    public async Task With_PiiEnforce_an_editorconfig_severity_still_applies(string setting)
    {
        WriteProject(enforce: true, Untagged);
        File.WriteAllText(Path.Combine(directory, ".editorconfig"), "root = true\n\n[*.cs]\n" + setting + "\n");
        (int exit, string log) = await BuildAsync();
        Assert.True(exit == 0, log);
        Assert.DoesNotContain("PII001", log);
    }

    [Fact]
    public async Task Without_PiiEnforce_an_untagged_email_is_a_warning()
    {
        WriteProject(enforce: false, Untagged);
        (int exit, string log) = await BuildAsync();
        Assert.True(exit == 0, log);
        Assert.Contains("warning PII001", log);
    }

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private void WriteProject(bool enforce, string source)
    {
        string refs = Path.Combine(AppContext.BaseDirectory, "refs");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Customer.cs"), source);
        File.WriteAllText(Path.Combine(directory, "Gate.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <PiiEnforce>{(enforce ? "true" : "false")}</PiiEnforce>
                <!-- The record's files need the record tool, which the gate does not: Pii.Records.Tests builds with it. -->
                <PiiWriteRecord>false</PiiWriteRecord>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Pii" HintPath="{Path.Combine(refs, "net10.0", "Pii.dll")}" />
                <Analyzer Include="{Path.Combine(AppContext.BaseDirectory, "Pii.Analyzers.dll")}" />
                <Analyzer Include="{Path.Combine(refs, "analyzers", "Pii.Generator.dll")}" />
              </ItemGroup>
              <Import Project="{Path.Combine(refs, "build", "Pii.targets")}" />
            </Project>
            """);
    }

    private async Task<(int ExitCode, string Output)> BuildAsync()
    {
        (int exit, string log) = await DotnetCommand.RunAsync(directory, DotnetCommand.Build);
        output.WriteLine(log);
        return (exit, log);
    }
}
