using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace Pii.Analyzers.Tests;

/// <summary>Runs an analyzer over source with inline markup (<c>{|PII006:Member|}</c>) against net10.0 or netstandard2.0 references.</summary>
internal static class AnalyzerTest<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static Task VerifyAsync(string source, bool netStandard = false, string? editorConfig = null, MetadataReference[]? references = null, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies(netStandard ? "netstandard2.0" : "net10.0"),
            TestCode = source,
            MarkupOptions = MarkupOptions.UseFirstDescriptor, // PII001 has two descriptors; markup checks the ID and location
        };
        test.ExpectedDiagnostics.AddRange(expected);
        if (editorConfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\n" + editorConfig));
        }

        if (netStandard)
        {
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(Path.Combine(TestReferences.Directory, "netstandard2.0", "netstandard.dll")));
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(Path.Combine(TestReferences.Directory, "netstandard2.0", "Pii.dll")));
        }
        else
        {
            TestReferences.AddNet10(test.TestState);
        }

        test.TestState.AdditionalReferences.AddRange(references ?? []);
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.CSharp13)));
        return test.RunAsync();
    }
}

/// <summary>Runs a code fix on source with inline markup against net10.0 references, and compares the result with the fixed source (fix-all included).</summary>
internal static class CodeFixTest<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : Microsoft.CodeAnalysis.CodeFixes.CodeFixProvider, new()
{
    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null, string? title = null)
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        if (title is not null)
        {
            test.CodeActionVerifier = (action, verifier) => verifier.Equal(title, action.Title);
        }

        TestReferences.AddNet10(test.TestState);
        return test.RunAsync();
    }
}

/// <summary>The references every test compilation of Pii code needs.</summary>
internal static class TestReferences
{
    /// <summary>Where the test project copies Pii.dll and the reference assemblies (see the .csproj).</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "refs");

    /// <summary>The net10.0 build of Pii.dll.</summary>
    public static MetadataReference Pii { get; } = MetadataReference.CreateFromFile(Path.Combine(Directory, "net10.0", "Pii.dll"));

    /// <summary>Adds the net10.0 reference assemblies and Pii.dll.</summary>
    public static void AddNet10(SolutionState state)
    {
        state.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        state.AdditionalReferences.Add(Pii);
    }
}
