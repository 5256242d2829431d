using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Analyzers;

namespace Pii.Benchmarks
{
    /// <summary>
    /// Pii's analyzers on one very large type: <see cref="Members"/> tagged members, each counting its retention from a
    /// date member of its own (so the type has twice as many members). A rule that looks over the whole type for each
    /// member is quadratic here, which the 2,000-class model of <see cref="CompilationBenchmarks"/> (20 members a class)
    /// cannot show: with linear rules, four times the members costs about four times as much.
    /// </summary>
    [MemoryDiagnoser]
    public class LargeTypeBenchmarks
    {
        private CSharpCompilation compilation = null!;
        private ImmutableArray<DiagnosticAnalyzer> analyzers;

        [Params(1_000, 4_000)]
        public int Members { get; set; }

        [GlobalSetup]
        public void Setup()
        {
            var source = new StringBuilder("using System;\nusing Pii;\n\n[DataSubject]\npublic class Dossier\n{\n    public int Id { get; set; }\n");
            for (int i = 0; i < Members; i++)
            {
                source.Append($"    [PersonalData(\"Care\", \"P1Y\", LegalBasis.Contract, RetentionStartsAt = nameof(Since{i}))]\n    public string? Note{i} {{ get; set; }}\n");
                source.Append($"    public DateTime Since{i} {{ get; set; }}\n");
            }

            source.Append("}\n");
            compilation = CompilationModel.Create([CSharpSyntaxTree.ParseText(source.ToString(), CompilationModel.ParseOptions)]);
            analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PiiAnalyzer());
        }

        /// <summary>The compilation's own diagnostics: the baseline the analyzers are compared with.</summary>
        [Benchmark(Baseline = true)]
        public int Compile() => compilation.Clone().GetDiagnostics().Length;

        /// <summary>The compilation with every Pii rule.</summary>
        [Benchmark]
        public async Task<int> CompileWithAnalyzers() =>
            (await compilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync().ConfigureAwait(false)).Length;
    }
}
