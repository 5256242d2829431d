using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pii.Generator.Tests.Infrastructure;

namespace Pii.Generator.Tests;

/// <summary>The README's quick start must compile as written, with the generator, and without diagnostics.</summary>
public class QuickStartTests
{
    private static string Readme([CallerFilePath] string path = "") =>
        File.ReadAllText(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", "README.md"));

    [Fact]
    public void The_readme_quick_start_compiles_and_the_generated_methods_it_calls_exist()
    {
        string[] blocks = Regex.Matches(Readme(), "```csharp\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(3, blocks.Length);

        string purposes = blocks[0];
        string entities = "using Pii;\nnamespace QuickStart {\n" + blocks[1] + "\n}";
        string calls = $$"""
            using System;
            using System.IO;
            using System.Text.Json;
            using Pii.Erasure;
            using Pii.Export;
            namespace QuickStart
            {
                public interface ILogger { void LogInformation(string message, params object?[] args); }
                public static class Usage
                {
                    public static void Run(Customer customer, Stream stream, ILogger logger)
                    {
            {{blocks[2]}}
                    }
                }
            }
            """;

        (GeneratorRunResult run, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([purposes, entities, calls]));

        Assert.Contains(run.GeneratedSources, s => s.HintName == "QuickStart.Customer.PersonalData.g.cs");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
