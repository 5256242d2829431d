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

        // The blocks start with their using directives, as a reader copies them; the calls run inside a method here, so
        // their directives go to the top of the file. Microsoft.Extensions.Logging is stood in for by a shim.
        (string directives, string body) = SplitDirectives(blocks[2]);
        string purposes = blocks[0];
        (string entityDirectives, string entityBody) = SplitDirectives(blocks[1]);
        string entities = entityDirectives + "\nnamespace QuickStart {\n" + entityBody + "\n}";
        string calls = $$"""
            using System.IO;
            {{directives}}
            namespace QuickStart
            {
                public static class Usage
                {
                    public static void Run(Customer customer, Stream stream, ILogger logger)
                    {
            {{body}}
                    }
                }
            }

            namespace Microsoft.Extensions.Logging
            {
                public interface ILogger { }

                public static class LoggerExtensions
                {
                    public static void LogInformation(this ILogger logger, string? message, params object?[] args) { }
                }
            }
            """;

        (GeneratorRunResult run, Compilation output) = GeneratorRun.Run(GeneratorRun.Compile([purposes, entities, calls]));

        Assert.Contains(run.GeneratedSources, s => s.HintName == "QuickStart.Customer.PersonalData.g.cs");
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        // Each block names what it uses: the calls need Pii.Export and Pii.Erasure, the entities Pii.
        Assert.Contains("using Pii.Export;", directives);
        Assert.Contains("using Pii.Erasure;", directives);
        Assert.Contains("using Pii;", entityDirectives);
    }

    /// <summary>Splits a block into its leading using directives (not <c>using var</c> statements) and the rest.</summary>
    private static (string Directives, string Body) SplitDirectives(string block)
    {
        string[] lines = block.Split('\n');
        int first = 0;
        while (first < lines.Length && (Regex.IsMatch(lines[first], @"^using [A-Za-z][A-Za-z0-9.]*;") || lines[first].Trim().Length == 0))
        {
            first++;
        }

        return (string.Join("\n", lines.Take(first)), string.Join("\n", lines.Skip(first)));
    }
}
