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
    public static Task VerifyAsync(string source, bool netStandard = false, string? editorConfig = null, params DiagnosticResult[] expected)
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

        string refs = Path.Combine(AppContext.BaseDirectory, "refs", netStandard ? "netstandard2.0" : "net10.0");
        if (netStandard)
        {
            test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(Path.Combine(refs, "netstandard.dll")));
        }
        else
        {
            test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net100.References.All);
        }

        test.TestState.AdditionalReferences.Add(MetadataReference.CreateFromFile(Path.Combine(refs, "Pii.dll")));
        test.SolutionTransforms.Add((solution, projectId) => solution.WithProjectParseOptions(projectId, new CSharpParseOptions(LanguageVersion.CSharp13)));
        return test.RunAsync();
    }
}
