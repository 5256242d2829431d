using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pii.Benchmarks
{
    /// <summary>
    /// What the parts of the generated type files cost the compile that binds them (not a BenchmarkDotNet class). The
    /// generator runs once on <see cref="CompilationModel"/> (record off); its 693 type files are then compiled with the
    /// model, parse included, in variants. Each round compiles every variant once, in the same order, after a full
    /// garbage collection; the report is each variant's median and its median per-round difference from the first.
    /// <list type="bullet">
    /// <item><c>facet-probe [rounds] [warmups]</c>: the files as they are, with one part removed (the erasure lambdas
    /// replaced by <c>null!</c>, the body of the erasure, export or redaction method emptied, every static field initializer
    /// replaced by <c>default!</c>, or every u8 purpose text by <c>default</c>), and without them.</item>
    /// <item><c>facet-probe [rounds] [warmups] dump DIR</c>: writes the files to DIR, to compare a later generator with.</item>
    /// <item><c>facet-probe [rounds] [warmups] compare DIR</c>: the files as they are against those written to DIR.</item>
    /// </list>
    /// </summary>
    internal static class FacetProbe
    {
        public static void Run(string[] args)
        {
            int rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
            int warmups = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
            string? mode = args.Length > 3 ? args[3] : null;
            if (mode is not (null or "dump" or "compare") || (mode is not null && args.Length < 5))
            {
                throw new ArgumentException("Usage: facet-probe [rounds] [warmups] [dump DIR | compare DIR]");
            }

            CSharpCompilation model = CompilationModel.Create(CompilationModel.ParseModel());
            CompilationModel.CreateDriver(record: false).RunGeneratorsAndUpdateCompilation(model.Clone(), out Compilation output, out _);
            SyntaxTree[] generated = output.SyntaxTrees.Skip(model.SyntaxTrees.Length).ToArray();
            string[] texts = generated.Select(t => t.GetText().ToString()).ToArray();
            if (mode == "dump")
            {
                Directory.CreateDirectory(args[4]);
                for (int i = 0; i < texts.Length; i++)
                {
                    File.WriteAllText(Path.Combine(args[4], i.ToString("D4", CultureInfo.InvariantCulture) + ".cs"), texts[i]);
                }

                Console.WriteLine($"facet-probe: {texts.Length} files written to {args[4]}");
                return;
            }

            (string Name, string[] Texts)[] variants = mode == "compare"
                ? new[]
                {
                    ("this generator", texts),
                    ("the files in " + args[4], Directory.GetFiles(args[4], "*.cs").OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllText).ToArray()),
                    ("no generated code", Array.Empty<string>()),
                }
                : new[]
                {
                    ("this generator", texts),
                    ("erasure lambdas -> null!", generated.Select(t => Rewrite(t, lambdas: true, emptied: null)).ToArray()),
                    ("erasure body emptied", generated.Select(t => Rewrite(t, lambdas: false, emptied: "ErasePersonalDataMembers")).ToArray()),
                    ("export body emptied", generated.Select(t => Rewrite(t, lambdas: false, emptied: "WritePersonalDataMembers")).ToArray()),
                    ("redaction body emptied", generated.Select(t => Rewrite(t, lambdas: false, emptied: "AppendRedacted")).ToArray()),
                    ("field initializers -> default!", generated.Select(t => RewriteDeclarations(t, fields: true)).ToArray()),
                    ("u8 properties -> default", generated.Select(t => RewriteDeclarations(t, fields: false)).ToArray()),
                    ("no generated code", Array.Empty<string>()),
                };

            Console.WriteLine($"facet-probe: {rounds} rounds after {warmups} warm-ups, {Environment.ProcessorCount} cores, Roslyn {typeof(CSharpCompilation).Assembly.GetName().Version}");
            foreach ((string name, string[] variant) in variants)
            {
                Console.WriteLine($"  {name}: {variant.Length} files, {variant.Sum(t => Regex.Matches(t, "\n").Count):N0} lines");
            }

            var times = variants.Select(_ => new List<double>()).ToArray();
            for (int round = 0; round < warmups + rounds; round++)
            {
                for (int v = 0; v < variants.Length; v++)
                {
                    GC.Collect();
                    GC.WaitForPendingFinalizers();
                    GC.Collect();
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    SyntaxTree[] trees = variants[v].Texts.Select((t, i) => CSharpSyntaxTree.ParseText(t, CompilationModel.ParseOptions, $"Generated{i}.cs")).ToArray();
                    int errors = model.Clone().AddSyntaxTrees(trees).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
                    double ms = watch.Elapsed.TotalMilliseconds;
                    if (errors > 0)
                    {
                        throw new InvalidOperationException($"{variants[v].Name}: {errors} compile errors.");
                    }

                    if (round >= warmups)
                    {
                        times[v].Add(ms);
                    }
                }
            }

            Console.WriteLine($"{"variant",-40} {"median ms",10}   minus the first, per round: median (min to max)");
            for (int v = 0; v < variants.Length; v++)
            {
                double[] differences = times[v].Zip(times[0], (a, b) => a - b).OrderBy(d => d).ToArray();
                Console.WriteLine($"{variants[v].Name,-40} {Pii012Probe.Median(times[v]),10:F0}   {Pii012Probe.Median(differences.ToList()),7:F0} ({differences[0]:F0} to {differences[^1]:F0})");
            }
        }

        /// <summary>The file with every static field initializer replaced by <c>default!</c>, or every expression-bodied span property (the u8 purpose texts) by <c>default</c>.</summary>
        private static string RewriteDeclarations(SyntaxTree tree, bool fields)
        {
            SyntaxNode root = tree.GetRoot();
            if (fields)
            {
                EqualsValueClauseSyntax[] initializers = root.DescendantNodes().OfType<FieldDeclarationSyntax>().SelectMany(f => f.Declaration.Variables).Select(v => v.Initializer).OfType<EqualsValueClauseSyntax>().ToArray();
                return root.ReplaceNodes(initializers, (_, i) => i.WithValue(SyntaxFactory.ParseExpression("default!"))).ToFullString();
            }

            ArrowExpressionClauseSyntax[] spans = root.DescendantNodes().OfType<PropertyDeclarationSyntax>().Where(p => p.ExpressionBody is not null && p.Type.ToString().Contains("ReadOnlySpan<byte>", StringComparison.Ordinal)).Select(p => p.ExpressionBody!).ToArray();
            return root.ReplaceNodes(spans, (_, a) => a.WithExpression(SyntaxFactory.ParseExpression("default"))).ToFullString();
        }

        /// <summary>The file with its erasure lambdas replaced by <c>null!</c>, or with the body of one method emptied.</summary>
        private static string Rewrite(SyntaxTree tree, bool lambdas, string? emptied)
        {
            SyntaxNode root = tree.GetRoot();
            if (lambdas)
            {
                LambdaExpressionSyntax[] found = root.DescendantNodes().OfType<LambdaExpressionSyntax>()
                    .Where(l => l.Parent is ArgumentSyntax { Parent.Parent: InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "Erase" or "Pseudonymize" } } })
                    .ToArray();
                root = root.ReplaceNodes(found, (_, _) => SyntaxFactory.ParseExpression("null!"));
            }

            if (emptied is not null)
            {
                MethodDeclarationSyntax[] methods = root.DescendantNodes().OfType<MethodDeclarationSyntax>().Where(m => m.Identifier.ValueText == emptied && m.Body is not null).ToArray();
                root = root.ReplaceNodes(methods, (_, m) => m.WithBody(SyntaxFactory.Block()));
            }

            return root.ToFullString();
        }
    }
}
