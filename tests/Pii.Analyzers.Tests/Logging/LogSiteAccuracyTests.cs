using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace Pii.Analyzers.Tests.Logging;

/// <summary>
/// Precision and recall of PII002 on logging call sites modeled on public applications, each labelled with
/// <c>{|PII002:...|}</c> markup by a reviewer who did not read the analyzer: <see cref="RealWorldLogSites"/> (measured
/// blind once at precision 100 % and recall 87.5 %, 63 TP, 0 FP, 9 FN; its misses then drove changes, so it is a
/// tuning set now) and <see cref="HeldOutLogSites"/> (other repositories, labelled later by another reviewer, held out).
/// </summary>
public class LogSiteAccuracyTests(ITestOutputHelper output)
{
    private const string Open = "{|PII002:";
    private const string Close = "|}";

    private static readonly MetadataReference[] References =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        TestReferences.Pii,
        MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(Serilog.Log).Assembly.Location),
    ];

    [Fact]
    public void Every_tuning_site_compiles_so_that_the_measurement_means_something() => AssertCompiles(RealWorldLogSites.All, RealWorldLogSites.Model);

    [Fact]
    public void Every_held_out_site_compiles_so_that_the_measurement_means_something() => AssertCompiles(HeldOutLogSites.All, HeldOutLogSites.Model);

    [Fact]
    public void Precision_and_recall_on_the_tuning_log_sites_are_at_least_90_percent() => AssertAccuracy("tuning", RealWorldLogSites.All, RealWorldLogSites.Model);

    /// <summary>The target of issue 4: precision and recall of at least 0.9 on held-out real-world logging call sites, given the tags.</summary>
    [Fact]
    public void Precision_and_recall_on_held_out_real_world_log_sites_are_at_least_90_percent() => AssertAccuracy("held-out", HeldOutLogSites.All, HeldOutLogSites.Model);

    private static void AssertCompiles(LogSite[] sites, string model)
    {
        foreach (LogSite site in sites)
        {
            (string code, _) = StripMarkup(site.Code);
            Diagnostic[] errors = Compile(code, model).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            Assert.True(errors.Length == 0, $"{site.Source}: {string.Join("; ", errors.Take(3))}");
        }
    }

    private void AssertAccuracy(string set, LogSite[] sites, string model)
    {
        int truePositives = 0;
        var misses = new List<string>();
        var falseAlarms = new List<string>();
        foreach (LogSite site in sites)
        {
            (string code, HashSet<TextSpan> expected) = StripMarkup(site.Code);
            CSharpCompilation compilation = Compile(code, model);
            ImmutableArray<Diagnostic> found = compilation
                .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PiiAnalyzer()))
                .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            Assert.DoesNotContain(found, d => d.Id == "AD0001");
            var reported = found.Where(d => d.Id == "PII002" && d.Location.SourceTree?.FilePath == "Site.cs").Select(d => d.Location.SourceSpan).ToHashSet();
            foreach (TextSpan span in reported)
            {
                if (expected.Contains(span))
                {
                    truePositives++;
                }
                else
                {
                    falseAlarms.Add($"  FP {site.Source}: {code.Substring(span.Start, span.Length)}");
                }
            }

            misses.AddRange(expected.Where(span => !reported.Contains(span)).Select(span => $"  FN {site.Source}: {code.Substring(span.Start, span.Length)}"));
        }

        double precision = truePositives / (double)(truePositives + falseAlarms.Count);
        double recall = truePositives / (double)(truePositives + misses.Count);
        string report = $"{set}: {sites.Length} sites: precision {precision:P1}, recall {recall:P1} ({truePositives} TP, {falseAlarms.Count} FP, {misses.Count} FN)\n"
            + string.Join("\n", falseAlarms.Concat(misses));
        output.WriteLine(report);
        Assert.True(precision >= 0.9 && recall >= 0.9, report);
    }

    private static CSharpCompilation Compile(string code, string model) => CSharpCompilation.Create(
        "Sites",
        [
            CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp13), path: "Site.cs"),
            CSharpSyntaxTree.ParseText(model, new CSharpParseOptions(LanguageVersion.CSharp13), path: "Model.cs"),
        ],
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Removes <c>{|PII002:...|}</c> markup (not nested) and returns the spans it marked in the plain code.</summary>
    private static (string Code, HashSet<TextSpan> Spans) StripMarkup(string marked)
    {
        var code = new StringBuilder(marked.Length);
        var spans = new HashSet<TextSpan>();
        var starts = new Stack<int>();
        for (int i = 0; i < marked.Length;)
        {
            if (string.CompareOrdinal(marked, i, Open, 0, Open.Length) == 0)
            {
                starts.Push(code.Length);
                i += Open.Length;
            }
            else if (starts.Count > 0 && string.CompareOrdinal(marked, i, Close, 0, Close.Length) == 0)
            {
                int start = starts.Pop();
                spans.Add(TextSpan.FromBounds(start, code.Length));
                i += Close.Length;
            }
            else
            {
                code.Append(marked[i]);
                i++;
            }
        }

        return (code.ToString(), spans);
    }
}
