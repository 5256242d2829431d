using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Pii.Benchmarks
{
    /// <summary>
    /// Where the generator's own run goes on <see cref="CompilationModel"/> (not a BenchmarkDotNet class: run with
    /// <c>dotnet run -c Release -- generator-profile [runs] [warmups]</c>). Each run is a fresh driver on a fresh clone of the
    /// model with step tracking on; it reports the wall time of <c>RunGenerators</c>, Roslyn's own timing of the generator
    /// and the sum of each tracked step's elapsed times, then the time to parse the generated texts, with the record on
    /// and off. Last, the three compiles whose differences split <see cref="GeneratedCodeBenchmarks"/>' +1.86 s, alternated
    /// in each round. Every figure is the median of the measured runs (after the warm-ups).
    /// </summary>
    internal static class GeneratorProfile
    {
        private const string RecordFile = "PersonalDataProcessingRecord.g.cs";

        public static void Run(string[] args)
        {
            int runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7;
            int warmups = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2;
            CSharpCompilation model = CompilationModel.Create(CompilationModel.ParseModel());
            if (model.GetDiagnostics().Any(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                throw new InvalidOperationException("The model must compile without warnings.");
            }

            Console.WriteLine($"generator-profile: {runs} measured runs after {warmups} warm-ups, {Environment.ProcessorCount} cores, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}");
            ImmutableArray<SyntaxTree> generated = default;
            // "compiles" as the fourth argument: only the last part (it needs one generator run for the texts).
            bool compilesOnly = args.Length > 3 && args[3] == "compiles";
            foreach ((bool record, bool track) in compilesOnly ? new[] { (true, true) } : new[] { (true, true), (false, true), (true, false), (false, false) })
            {
                var samples = new Dictionary<string, List<double>>();
                for (int i = 0; i < (compilesOnly ? 1 : warmups + runs); i++)
                {
                    Collect();
                    GeneratorDriver driver = CSharpGeneratorDriver.Create(
                        new[] { new Pii.Generator.PersonalDataGenerator().AsSourceGenerator() },
                        additionalTexts: null,
                        parseOptions: CompilationModel.ParseOptions,
                        optionsProvider: record ? null : new RecordOffOptions(),
                        driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));
                    CSharpCompilation input = model.Clone();
                    long allocated = GC.GetTotalAllocatedBytes(precise: true);
                    var watch = Stopwatch.StartNew();
                    driver = driver.RunGenerators(input);
                    double wall = watch.Elapsed.TotalMilliseconds;
                    double megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0;
                    GeneratorRunResult result = driver.GetRunResult().Results.Single();
                    if (result.Exception is not null || result.GeneratedSources.Length != CompilationModel.TaggedClassCount + (record ? 1 : 0))
                    {
                        throw new InvalidOperationException($"The generator threw or wrote {result.GeneratedSources.Length} files.");
                    }

                    if (i < warmups && !compilesOnly)
                    {
                        continue;
                    }

                    Add(samples, "RunGenerators, wall (Stopwatch)", wall);
                    Add(samples, "RunGenerators, allocated MB", megabytes);
                    GeneratorDriverTimingInfo timing = driver.GetTimingInfo();
                    Add(samples, "GetTimingInfo().ElapsedTime", timing.ElapsedTime.TotalMilliseconds);
                    Add(samples, "GetTimingInfo().GeneratorTimes[0]", timing.GeneratorTimes.Single().ElapsedTime.TotalMilliseconds);
                    if (!track)
                    {
                        continue;
                    }

                    foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedSteps)
                    {
                        Add(samples, $"step {step.Key} ({step.Value.Length} runs)", step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds));
                    }

                    // The attribute searches' result steps, split by the pipeline they feed (each is one file's search for one attribute).
                    foreach (string finder in new[] { Pii.Generator.PersonalDataGenerator.Steps.TaggedMembers, Pii.Generator.PersonalDataGenerator.Steps.SensitiveMembers, Pii.Generator.PersonalDataGenerator.Steps.DataSubjects })
                    {
                        var found = new HashSet<IncrementalGeneratorRunStep>(ReferenceEqualityComparer.Instance);
                        foreach (IncrementalGeneratorRunStep run in result.TrackedSteps.TryGetValue(finder, out var finderRuns) ? finderRuns : ImmutableArray<IncrementalGeneratorRunStep>.Empty)
                        {
                            Upstream(run, "result_ForAttributeWithMetadataName", found);
                        }

                        Add(samples, $"  result_ForAttributeWithMetadataName feeding {finder} ({found.Count} runs)", found.Sum(s => s.ElapsedTime.TotalMilliseconds));
                    }

                    foreach (KeyValuePair<string, ImmutableArray<IncrementalGeneratorRunStep>> step in result.TrackedOutputSteps)
                    {
                        // The record's output step is the one fed (through combines) by the Record step.
                        ILookup<bool, IncrementalGeneratorRunStep> byRecord = step.Value.ToLookup(FedByRecord);
                        Add(samples, $"output {step.Key}, type/store files ({byRecord[false].Count()} runs)", byRecord[false].Sum(s => s.ElapsedTime.TotalMilliseconds));
                        Add(samples, $"output {step.Key}, record ({byRecord[true].Count()} runs)", byRecord[true].Sum(s => s.ElapsedTime.TotalMilliseconds));
                    }

                    // What the driver's lazy trees cost when the compile first reads them: an eager parse of the same texts.
                    Collect();
                    double types = 0, recordFile = 0;
                    foreach (GeneratedSourceResult source in result.GeneratedSources)
                    {
                        watch.Restart();
                        SyntaxTree tree = CSharpSyntaxTree.ParseText(source.SourceText, CompilationModel.ParseOptions, source.HintName);
                        _ = tree.GetRoot();
                        double ms = watch.Elapsed.TotalMilliseconds;
                        if (source.HintName.EndsWith(RecordFile, StringComparison.Ordinal))
                        {
                            recordFile += ms;
                        }
                        else
                        {
                            types += ms;
                        }
                    }

                    Add(samples, "parse generated, type files", types);
                    Add(samples, "parse generated, record file", recordFile);
                    Add(samples, "parse generated, all", types + recordFile);
                    if (record)
                    {
                        generated = driver.GetRunResult().GeneratedTrees;
                    }
                }

                if (compilesOnly)
                {
                    break;
                }

                Console.WriteLine();
                Console.WriteLine($"## record {(record ? "on" : "off (PiiRecord=false)")}, step tracking {(track ? "on" : "off")}: medians of {runs} runs, ms (min–max)");
                Print(samples);
            }

            Compiles(model, generated, runs, warmups);
        }

        /// <summary>
        /// E: as C, but the texts parsed before the timer starts (fresh trees, never bound).
        /// D: the trees of A (already parsed and walked) added to a new clone of the model, so that only the compilation is new.
        /// A: the model plus the generated trees parsed in setup, cloned and bound (<c>ModelWithAllGenerated</c>); C: the model
        /// plus the generated texts parsed in the timed region (a new compilation, as the driver's output is); B: the
        /// generator run and the bind of its output (<c>GeneratorRunAndAllGenerated</c>). One of each per round.
        /// </summary>
        private static void Compiles(CSharpCompilation model, ImmutableArray<SyntaxTree> generated, int runs, int warmups)
        {
            SourceText[] texts = generated.Select(t => t.GetText()).ToArray();
            string[] paths = generated.Select(t => t.FilePath).ToArray();
            CSharpCompilation variant = model.AddSyntaxTrees(texts.Select((t, i) => CSharpSyntaxTree.ParseText(t, CompilationModel.ParseOptions, paths[i])));
            if (variant.Clone().GetDiagnostics().Any(d => d.Severity >= DiagnosticSeverity.Warning))
            {
                throw new InvalidOperationException("The generated code must compile without warnings.");
            }

            var samples = new Dictionary<string, List<double>>();
            for (int i = 0; i < warmups + runs; i++)
            {
                Collect();
                var watch = Stopwatch.StartNew();
                int a = variant.Clone().GetDiagnostics().Length;
                double msA = watch.Elapsed.TotalMilliseconds;

                Collect();
                watch.Restart();
                var trees = new SyntaxTree[texts.Length];
                for (int t = 0; t < texts.Length; t++)
                {
                    trees[t] = CSharpSyntaxTree.ParseText(texts[t], CompilationModel.ParseOptions, paths[t]);
                }

                int c = model.Clone().AddSyntaxTrees(trees).GetDiagnostics().Length;
                double msC = watch.Elapsed.TotalMilliseconds;

                Collect();
                watch.Restart();
                int d = model.Clone().AddSyntaxTrees(variant.SyntaxTrees.Skip(model.SyntaxTrees.Length)).GetDiagnostics().Length;
                double msD = watch.Elapsed.TotalMilliseconds;

                var fresh = new SyntaxTree[texts.Length];
                for (int t = 0; t < texts.Length; t++)
                {
                    fresh[t] = CSharpSyntaxTree.ParseText(texts[t], CompilationModel.ParseOptions, paths[t]);
                }

                Collect();
                watch.Restart();
                int e = model.Clone().AddSyntaxTrees(fresh).GetDiagnostics().Length;
                double msE = watch.Elapsed.TotalMilliseconds;

                Collect();
                watch.Restart();
                CompilationModel.CreateDriver().RunGeneratorsAndUpdateCompilation(model.Clone(), out Compilation output, out _);
                double msB1 = watch.Elapsed.TotalMilliseconds;
                int b = output.GetDiagnostics().Length;
                double msB = watch.Elapsed.TotalMilliseconds;
                if (a != b || b != c || c != d || d != e)
                {
                    throw new InvalidOperationException($"Diagnostics: A {a}, B {b}, C {c}, D {d}, E {e}.");
                }

                if (i >= warmups)
                {
                    Add(samples, "A  pre-parsed trees, clone + GetDiagnostics (ModelWithAllGenerated)", msA);
                    Add(samples, "D  the same pre-parsed trees in a new compilation + GetDiagnostics", msD);
                    Add(samples, "E  generated texts parsed untimed, fresh trees in a new compilation + GetDiagnostics", msE);
                    Add(samples, "C  parse generated texts + new compilation + GetDiagnostics", msC);
                    Add(samples, "B  RunGeneratorsAndUpdateCompilation + GetDiagnostics (GeneratorRunAndAllGenerated)", msB);
                    Add(samples, "B1 of which RunGeneratorsAndUpdateCompilation", msB1);
                    Add(samples, "C - A (per-round)", msC - msA);
                    Add(samples, "D - A (per-round)", msD - msA);
                    Add(samples, "C - D (per-round)", msC - msD);
                    Add(samples, "E - D (per-round)", msE - msD);
                    Add(samples, "C - E (per-round)", msC - msE);
                    Add(samples, "B - C (per-round)", msB - msC);
                    Add(samples, "B - A (per-round)", msB - msA);
                }
            }

            Console.WriteLine();
            Console.WriteLine($"## compiles, one of each per round: medians of {runs} rounds, ms (min–max)");
            Print(samples);
        }

        private static bool FedByRecord(IncrementalGeneratorRunStep step) =>
            step.Name == Pii.Generator.PersonalDataGenerator.Steps.Record || step.Inputs.Any(input => FedByRecord(input.Source));

        private static void Upstream(IncrementalGeneratorRunStep step, string name, HashSet<IncrementalGeneratorRunStep> found)
        {
            foreach ((IncrementalGeneratorRunStep source, _) in step.Inputs)
            {
                if (source.Name == name)
                {
                    found.Add(source);
                }
                else
                {
                    Upstream(source, name, found);
                }
            }
        }

        private static void Add(Dictionary<string, List<double>> samples, string key, double value)
        {
            if (!samples.TryGetValue(key, out List<double>? list))
            {
                samples[key] = list = new List<double>();
            }

            list.Add(value);
        }

        private static void Print(Dictionary<string, List<double>> samples)
        {
            foreach (KeyValuePair<string, List<double>> sample in samples)
            {
                double[] sorted = sample.Value.OrderBy(v => v).ToArray();
                double median = Pii012Probe.Median(sample.Value);
                var line = new StringBuilder();
                line.Append(sample.Key.PadRight(88)).Append(median.ToString("F1", System.Globalization.CultureInfo.InvariantCulture).PadLeft(10));
                line.Append("  (").Append(sorted[0].ToString("F1", System.Globalization.CultureInfo.InvariantCulture))
                    .Append('–').Append(sorted[^1].ToString("F1", System.Globalization.CultureInfo.InvariantCulture)).Append(')');
                Console.WriteLine(line.ToString());
            }
        }

        private static void Collect()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
        }
    }
}
