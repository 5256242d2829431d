using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Pii.Benchmarks
{
    /// <summary>
    /// Which parts of the generated code cost the compile time of <see cref="CompilationBenchmarks.CompileWithGenerator"/>.
    /// The generator runs once in setup on <see cref="CompilationModel"/>; each benchmark binds the model together with
    /// a variant of its output in which one facet was removed by syntax rewriting (every variant is re-parsed from its text,
    /// the complete output too, so all are bound from trees made the same way). Each setup builds only its own variant
    /// and throws unless it compiles without errors and the rewriting changed as many places as expected.
    /// </summary>
    [MemoryDiagnoser]
    public class GeneratedCodeBenchmarks
    {
        private const string RecordFile = "PersonalDataProcessingRecord.g.cs";

        private CSharpCompilation model = null!;
        private CSharpCompilation variant = null!;

        /// <summary>What a variant leaves out of the generated code.</summary>
        private enum Variant
        {
            /// <summary>No generated code at all: the model alone.</summary>
            ModelOnly,

            /// <summary>All generated files, unchanged.</summary>
            All,

            /// <summary>No <c>WritePersonalData</c> and <c>WritePersonalDataMembers</c>.</summary>
            WithoutExport,

            /// <summary>No <c>ErasePersonalData</c> and <c>ErasePersonalDataMembers</c>.</summary>
            WithoutErasure,

            /// <summary>Every lambda in <c>ErasePersonalDataMembers</c> replaced by <c>null!</c>; the calls stay.</summary>
            WithoutErasureLambdas,

            /// <summary>Every <c>context.Erase&lt;…&gt;(…)</c> and <c>context.Pseudonymize&lt;…&gt;(…)</c> statement removed.</summary>
            WithoutErasureCalls,

            /// <summary>No <c>ToRedactedString</c> and <c>AppendRedacted</c>.</summary>
            WithoutRedaction,

            /// <summary>Static readonly fields initialised to <c>default!</c>, UTF-8 span properties returning <c>default</c>.</summary>
            WithoutStaticInitializers,

            /// <summary>Every method's body replaced by <c>throw null!;</c>: only the declarations remain.</summary>
            MethodBodiesThrow,

            /// <summary>No record-of-processing file.</summary>
            WithoutRecord,
        }

        [GlobalSetup(Target = nameof(ModelOnly))]
        public void SetupModelOnly() => Setup(Variant.ModelOnly);

        [GlobalSetup(Target = nameof(ModelWithAllGenerated))]
        public void SetupAll() => Setup(Variant.All);

        [GlobalSetup(Target = nameof(GeneratorRunAndAllGenerated))]
        public void SetupGeneratorRun() => Setup(Variant.All);

        [GlobalSetup(Target = nameof(WithoutExport))]
        public void SetupWithoutExport() => Setup(Variant.WithoutExport);

        [GlobalSetup(Target = nameof(WithoutErasure))]
        public void SetupWithoutErasure() => Setup(Variant.WithoutErasure);

        [GlobalSetup(Target = nameof(WithoutErasureLambdas))]
        public void SetupWithoutErasureLambdas() => Setup(Variant.WithoutErasureLambdas);

        [GlobalSetup(Target = nameof(WithoutErasureCalls))]
        public void SetupWithoutErasureCalls() => Setup(Variant.WithoutErasureCalls);

        [GlobalSetup(Target = nameof(WithoutRedaction))]
        public void SetupWithoutRedaction() => Setup(Variant.WithoutRedaction);

        [GlobalSetup(Target = nameof(WithoutStaticInitializers))]
        public void SetupWithoutStaticInitializers() => Setup(Variant.WithoutStaticInitializers);

        [GlobalSetup(Target = nameof(MethodBodiesThrow))]
        public void SetupMethodBodiesThrow() => Setup(Variant.MethodBodiesThrow);

        [GlobalSetup(Target = nameof(WithoutRecord))]
        public void SetupWithoutRecord() => Setup(Variant.WithoutRecord);

        /// <summary>The model alone, as <see cref="CompilationBenchmarks.Compile"/>.</summary>
        [Benchmark(Baseline = true)]
        public int ModelOnly() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The model with the complete generated code, the generator not run: binding only.</summary>
        [Benchmark]
        public int ModelWithAllGenerated() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The generator run from scratch, then the bind, as <see cref="CompilationBenchmarks.CompileWithGenerator"/>.</summary>
        [Benchmark]
        public int GeneratorRunAndAllGenerated()
        {
            CompilationModel.CreateDriver().RunGeneratorsAndUpdateCompilation(model.Clone(), out Compilation output, out _);
            return output.GetDiagnostics().Length;
        }

        /// <summary>The generated code without the export methods.</summary>
        [Benchmark]
        public int WithoutExport() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The generated code without the erasure methods.</summary>
        [Benchmark]
        public int WithoutErasure() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The generated code with the erasure calls but none of their lambdas.</summary>
        [Benchmark]
        public int WithoutErasureLambdas() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The generated code with the erasure methods but none of their per-member calls.</summary>
        [Benchmark]
        public int WithoutErasureCalls() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The generated code without the redaction methods.</summary>
        [Benchmark]
        public int WithoutRedaction() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The generated code with trivial static initialisers.</summary>
        [Benchmark]
        public int WithoutStaticInitializers() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The generated declarations with no method bodies to bind.</summary>
        [Benchmark]
        public int MethodBodiesThrow() => variant.Clone().GetDiagnostics().Length;

        /// <summary>The generated code without the record of processing.</summary>
        [Benchmark]
        public int WithoutRecord() => variant.Clone().GetDiagnostics().Length;

        private void Setup(Variant which)
        {
            model = CompilationModel.Create(CompilationModel.ParseModel());
            if (which == Variant.ModelOnly)
            {
                variant = model;
                AssertCompiles(which, variant, changes: 0, generatedLines: 0);
                return;
            }

            GeneratorDriver driver = CompilationModel.CreateDriver().RunGenerators(model);
            GeneratorDriverRunResult result = driver.GetRunResult();
            if (result.Results.Single().Exception is { } exception)
            {
                throw new InvalidOperationException("The generator threw.", exception);
            }

            ImmutableArray<SyntaxTree> generated = result.GeneratedTrees;
            if (generated.Length != CompilationModel.TaggedClassCount + 1 || generated.Count(t => t.FilePath.EndsWith(RecordFile, StringComparison.Ordinal)) != 1)
            {
                throw new InvalidOperationException($"The generator wrote {generated.Length} files for {CompilationModel.TaggedClassCount} tagged classes and the record.");
            }

            var rewriter = new FacetRewriter(which);
            var trees = new List<SyntaxTree>(generated.Length);
            foreach (SyntaxTree tree in generated)
            {
                if (which == Variant.WithoutRecord && tree.FilePath.EndsWith(RecordFile, StringComparison.Ordinal))
                {
                    rewriter.Changes++;
                    continue;
                }

                // Re-parsed from text in every variant, the unchanged one included: all are bound from trees made alike.
                string text = rewriter.Visit(tree.GetRoot()).ToFullString();
                trees.Add(CSharpSyntaxTree.ParseText(text, CompilationModel.ParseOptions, tree.FilePath, Encoding.UTF8));
            }

            int expected = which switch
            {
                Variant.All => 0,
                Variant.WithoutRecord => 1,

                // Two methods per tagged class.
                Variant.WithoutExport or Variant.WithoutErasure or Variant.WithoutRedaction => 2 * CompilationModel.TaggedClassCount,

                // The six methods of each tagged class.
                Variant.MethodBodiesThrow => 6 * CompilationModel.TaggedClassCount,

                // At least one erased member per class, two lambdas each; the exact number is printed.
                Variant.WithoutErasureLambdas => -2 * CompilationModel.TaggedClassCount,
                _ => -CompilationModel.TaggedClassCount,
            };
            if (expected >= 0 ? rewriter.Changes != expected : rewriter.Changes < -expected)
            {
                throw new InvalidOperationException($"{which}: the rewriting changed {rewriter.Changes} places where {Math.Abs(expected)} were expected{(expected < 0 ? " at least" : string.Empty)}.");
            }

            variant = model.AddSyntaxTrees(trees);
            AssertCompiles(which, variant, rewriter.Changes, trees.Sum(t => t.GetText().Lines.Count));
        }

        /// <summary>The variant binds without errors (warnings are counted and printed).</summary>
        private static void AssertCompiles(Variant which, CSharpCompilation compilation, int changes, int generatedLines)
        {
            ImmutableArray<Diagnostic> diagnostics = compilation.Clone().GetDiagnostics();
            Diagnostic[] errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
            if (errors.Length > 0)
            {
                throw new InvalidOperationException($"{which} does not compile: {errors.Length} errors, first: {errors[0]}");
            }

            int warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
            Console.WriteLine($"// Setup: {which}: {changes:N0} places changed, {generatedLines:N0} generated lines, no errors, {warnings} warnings.");
        }

        /// <summary>Removes or empties one facet of the generated code, counting what it changed.</summary>
        private sealed class FacetRewriter : CSharpSyntaxRewriter
        {
            private readonly Variant which;
            private bool inErasureMembers;

            public FacetRewriter(Variant which)
            {
                this.which = which;
            }

            public int Changes { get; set; }

            public override SyntaxNode? VisitMethodDeclaration(MethodDeclarationSyntax node)
            {
                string name = node.Identifier.ValueText;
                bool remove = which switch
                {
                    Variant.WithoutExport => name is "WritePersonalData" or "WritePersonalDataMembers",
                    Variant.WithoutErasure => name is "ErasePersonalData" or "ErasePersonalDataMembers",
                    Variant.WithoutRedaction => name is "ToRedactedString" or "AppendRedacted",
                    _ => false,
                };
                if (remove)
                {
                    Changes++;
                    return null;
                }

                if (which == Variant.MethodBodiesThrow && node.Body is not null)
                {
                    Changes++;
                    return node.WithBody(SyntaxFactory.Block(SyntaxFactory.ParseStatement("throw null!;")).WithTriviaFrom(node.Body));
                }

                inErasureMembers = name == "ErasePersonalDataMembers";
                try
                {
                    return base.VisitMethodDeclaration(node);
                }
                finally
                {
                    inErasureMembers = false;
                }
            }

            public override SyntaxNode? VisitExpressionStatement(ExpressionStatementSyntax node)
            {
                if (which == Variant.WithoutErasureCalls && inErasureMembers
                    && node.Expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax { Identifier.ValueText: "Erase" or "Pseudonymize" } } })
                {
                    Changes++;
                    return null;
                }

                return base.VisitExpressionStatement(node);
            }

            public override SyntaxNode? VisitSimpleLambdaExpression(SimpleLambdaExpressionSyntax node) => Lambda(node) ?? base.VisitSimpleLambdaExpression(node);

            public override SyntaxNode? VisitParenthesizedLambdaExpression(ParenthesizedLambdaExpressionSyntax node) => Lambda(node) ?? base.VisitParenthesizedLambdaExpression(node);

            public override SyntaxNode? VisitFieldDeclaration(FieldDeclarationSyntax node)
            {
                if (which != Variant.WithoutStaticInitializers
                    || !node.Modifiers.Any(SyntaxKind.StaticKeyword)
                    || !node.Modifiers.Any(SyntaxKind.ReadOnlyKeyword)
                    || node.Declaration.Variables.All(v => v.Initializer is null))
                {
                    return base.VisitFieldDeclaration(node);
                }

                Changes++;
                SeparatedSyntaxList<VariableDeclaratorSyntax> variables = SyntaxFactory.SeparatedList(node.Declaration.Variables.Select(v =>
                    v.Initializer is null ? v : v.WithInitializer(v.Initializer.WithValue(SyntaxFactory.ParseExpression("default!").WithTriviaFrom(v.Initializer.Value)))));
                return node.WithDeclaration(node.Declaration.WithVariables(variables));
            }

            public override SyntaxNode? VisitPropertyDeclaration(PropertyDeclarationSyntax node)
            {
                if (which == Variant.WithoutStaticInitializers
                    && node.Modifiers.Any(SyntaxKind.StaticKeyword)
                    && node.ExpressionBody is { Expression: LiteralExpressionSyntax { RawKind: (int)SyntaxKind.Utf8StringLiteralExpression } } body)
                {
                    Changes++;
                    return node.WithExpressionBody(body.WithExpression(SyntaxFactory.ParseExpression("default").WithTriviaFrom(body.Expression)));
                }

                return base.VisitPropertyDeclaration(node);
            }

            private SyntaxNode? Lambda(LambdaExpressionSyntax node)
            {
                if (which != Variant.WithoutErasureLambdas || !inErasureMembers)
                {
                    return null;
                }

                Changes++;
                return SyntaxFactory.ParseExpression("null!").WithTriviaFrom(node);
            }
        }
    }
}
