using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Analyzers;

namespace Pii.Benchmarks
{
    /// <summary>
    /// What following calls costs PII012, measured in pairs (not a BenchmarkDotNet class: run with
    /// <c>dotnet run -c Release -- pii012-probe [rounds] [warmups]</c>). Four compiles with Pii's analyzer, alternated in every
    /// round so that they share the machine's drift: the mapping model with the records built through constructor and method
    /// calls, and without them (the model of runs N–P), each with PII012 on and off. PII012's cost on each model is the
    /// round's on − off; what the calls add is the difference of the two. Wall time (<see cref="Stopwatch"/>) and
    /// allocations (<see cref="GC.GetTotalAllocatedBytes(bool)"/>), a full collection before each compile; medians and ranges
    /// over the measured rounds.
    /// </summary>
    internal static class Pii012Probe
    {
        public static void Run(string[] args)
        {
            int rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10;
            int warmups = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2;
            CSharpCompilation withCalls = Model(rows: true);
            CSharpCompilation withoutCalls = Model(rows: false);
            var cases = new (string Name, CSharpCompilation Compilation, int Expected)[]
            {
                ("calls, PII012 on", withCalls, CompilationModel.FileCount * CompilationModel.ClassesPerFile / 10 * 4),
                ("calls, PII012 off", Off(withCalls), 0),
                ("no calls, PII012 on", withoutCalls, CompilationModel.FileCount * CompilationModel.ClassesPerFile / 10 * 2),
                ("no calls, PII012 off", Off(withoutCalls), 0),
            };
            ImmutableArray<DiagnosticAnalyzer> analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PiiAnalyzer());
            Console.WriteLine($"pii012-probe: {rounds} rounds after {warmups} warm-ups, {Environment.ProcessorCount} cores");

            var wall = new List<double>[cases.Length];
            var allocated = new List<double>[cases.Length];
            for (int i = 0; i < cases.Length; i++)
            {
                wall[i] = new List<double>();
                allocated[i] = new List<double>();
            }

            for (int round = 0; round < warmups + rounds; round++)
            {
                for (int k = 0; k < cases.Length; k++)
                {
                    int i = (round + k) % cases.Length; // each case takes each position in turn
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    long before = GC.GetTotalAllocatedBytes(precise: true);
                    var stopwatch = Stopwatch.StartNew();
                    ImmutableArray<Diagnostic> found = cases[i].Compilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
                    stopwatch.Stop();
                    long bytes = GC.GetTotalAllocatedBytes(precise: true) - before;
                    int reported = found.Count(d => d.Id == "PII012");
                    if (reported != cases[i].Expected || found.Any(d => d.Severity == DiagnosticSeverity.Error))
                    {
                        throw new InvalidOperationException($"{cases[i].Name}: expected {cases[i].Expected} PII012 and no error, found {reported} ({found.FirstOrDefault()})");
                    }

                    if (round >= warmups)
                    {
                        wall[i].Add(stopwatch.Elapsed.TotalMilliseconds);
                        allocated[i].Add(bytes / 1048576.0);
                    }
                }
            }

            for (int i = 0; i < cases.Length; i++)
            {
                Console.WriteLine($"{cases[i].Name,-22} {Median(wall[i]),8:N0} ms  {Median(allocated[i]),8:N1} MB");
            }

            Report("PII012 on the model with calls (on - off)", Differences(wall[0], wall[1]), Differences(allocated[0], allocated[1]));
            Report("PII012 on the model without calls (on - off)", Differences(wall[2], wall[3]), Differences(allocated[2], allocated[3]));
            Report("what the calls add to PII012", Differences(Differences(wall[0], wall[1]), Differences(wall[2], wall[3])),
                Differences(Differences(allocated[0], allocated[1]), Differences(allocated[2], allocated[3])));
        }

        private static CSharpCompilation Model(bool rows)
        {
            var trees = new List<SyntaxTree>(CompilationModel.FileCount);
            for (int file = 0; file < CompilationModel.FileCount; file++)
            {
                trees.Add(CompilationModel.Parse(file, edit: null, adopted: true, mapping: true, rows: rows));
            }

            return CompilationModel.Create(trees);
        }

        private static CSharpCompilation Off(CSharpCompilation compilation) =>
            compilation.WithOptions(compilation.Options.WithSpecificDiagnosticOptions(
                compilation.Options.SpecificDiagnosticOptions.SetItem("PII012", ReportDiagnostic.Suppress)));

        private static List<double> Differences(List<double> a, List<double> b) => a.Zip(b, (x, y) => x - y).ToList();

        internal static double Median(List<double> values)
        {
            double[] sorted = values.OrderBy(v => v).ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        }

        private static void Report(string what, List<double> milliseconds, List<double> megabytes) =>
            Console.WriteLine($"{what}: {Median(milliseconds):+#,0;-#,0} ms (rounds {milliseconds.Min():+#,0;-#,0} to {milliseconds.Max():+#,0;-#,0}), "
                + $"{Median(megabytes):+0.0;-0.0} MB (rounds {megabytes.Min():+0.0;-0.0} to {megabytes.Max():+0.0;-0.0})");
    }
}
