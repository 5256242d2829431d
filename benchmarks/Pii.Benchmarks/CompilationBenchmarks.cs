using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Analyzers;
using Pii.Analyzers.Rules;
using Pii.Analyzers.Untagged;
using static Pii.Benchmarks.CompilationModel;

namespace Pii.Benchmarks
{
    /// <summary>
    /// What Pii's generator and analyzers add to compile time. The input is a model of
    /// <see cref="CompilationModel.FileCount"/> × <see cref="CompilationModel.ClassesPerFile"/> entity classes of 20 properties each (about
    /// 40,000 lines), a third of them with 5–8 tagged properties (long-form tags), bound in-process by
    /// Roslyn: the plain compilation, the compilation after the generator ran, and the compilation with both
    /// analyzers. A fourth benchmark measures the generator on one keystroke in a file without tags. The model is
    /// built by <see cref="CompilationModel"/>, which <see cref="GeneratedCodeBenchmarks"/> shares.
    /// </summary>
    [MemoryDiagnoser]
    public class CompilationBenchmarks
    {
        private CSharpParseOptions parseOptions = null!;
        private CSharpCompilation compilation = null!;
        private CSharpCompilation adoptedCompilation = null!;
        private CSharpCompilation loggingCompilation = null!;
        private CSharpCompilation mappingCompilation = null!;
        private CSharpCompilation mappingCompilationWithoutCopies = null!;
        private ImmutableArray<DiagnosticAnalyzer> emptyOperationAnalyzers;
        private ImmutableArray<DiagnosticAnalyzer> emptyFileAnalyzers;
        private ImmutableArray<DiagnosticAnalyzer> reportingAnalyzers;
        private ImmutableArray<DiagnosticAnalyzer> analyzers;
        private ImmutableArray<DiagnosticAnalyzer> emptyAnalyzers;
        private ImmutableArray<DiagnosticAnalyzer> separateAnalyzers;

        // GeneratorIncrementalEdit's state: the driver and compilation after the last keystroke.
        private GeneratorDriver incrementalDriver = null!;
        private CSharpCompilation incrementalCompilation = null!;
        private SyntaxTree editA = null!;
        private SyntaxTree editB = null!;
        private SyntaxTree currentEditedTree = null!;

        // The same keystroke with the record of processing turned off (PiiRecord=false): what the record adds to it.
        private GeneratorDriver noRecordDriver = null!;
        private CSharpCompilation noRecordCompilation = null!;
        private SyntaxTree noRecordEditedTree = null!;

        /// <summary>Builds the model's compilation and checks that generator and analyzers work on it.</summary>
        [GlobalSetup]
        public void Setup()
        {
            parseOptions = CompilationModel.ParseOptions;
            List<SyntaxTree> trees = CompilationModel.ParseModel();
            IEnumerable<MetadataReference> references = CompilationModel.References;
            compilation = CompilationModel.Create(trees);
            analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PiiAnalyzer());
            separateAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(
                new UntaggedPersonalDataAnalyzer(), new TagValidationAnalyzer(), new SubjectLinkAnalyzer(), new SpecialCategoryAnalyzer(), new ErasureStrategyAnalyzer());
            emptyAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer(EmptyActions.Members));

            var adoptedTrees = new List<SyntaxTree>(FileCount);
            for (int file = 0; file < FileCount; file++)
            {
                adoptedTrees.Add(Parse(file, edit: null, adopted: true));
            }

            adoptedCompilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(adoptedTrees);
            var loggingTrees = new List<SyntaxTree>(FileCount);
            for (int file = 0; file < FileCount; file++)
            {
                loggingTrees.Add(Parse(file, edit: null, adopted: true, logging: true));
            }

            loggingCompilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(loggingTrees)
                .AddReferences(MetadataReference.CreateFromFile(typeof(Microsoft.Extensions.Logging.ILogger).Assembly.Location));
            var mappingTrees = new List<SyntaxTree>(FileCount);
            for (int file = 0; file < FileCount; file++)
            {
                mappingTrees.Add(Parse(file, edit: null, adopted: true, mapping: true));
            }

            mappingCompilation = compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(mappingTrees);
            mappingCompilationWithoutCopies = mappingCompilation.WithOptions(mappingCompilation.Options.WithSpecificDiagnosticOptions(
                mappingCompilation.Options.SpecificDiagnosticOptions.SetItem("PII012", ReportDiagnostic.Suppress)));
            emptyOperationAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer(EmptyActions.MembersAndCalls));
            emptyFileAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new EmptyAnalyzer(EmptyActions.MembersAndFiles));

            AssertModelCompiles();
            AssertGeneratorOutput();
            ImmutableHashSet<string> untagged = AssertAnalyzerFindings();
            reportingAnalyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new ReportingMemberAnalyzer(untagged));
            AssertReportingBaseline(untagged.Count);
            AssertAdoptedModelIsClean();
            AssertLoggingFindings();
            AssertMappingFindings();
            AssertAnalyzersLive(references);

            // The keystroke benchmark starts from a driver that has already run once on the whole model.
            editA = Parse(EditedFile, edit: "A");
            editB = Parse(EditedFile, edit: "B");
            currentEditedTree = trees[EditedFile];
            incrementalCompilation = compilation.Clone();
            incrementalDriver = CreateDriver().RunGenerators(incrementalCompilation);
            incrementalDriver = GeneratorIncrementalEdit();
            incrementalDriver = GeneratorIncrementalEdit();
            if (incrementalDriver.GetRunResult().GeneratedTrees.Length != TaggedClassCount + 1)
            {
                throw new InvalidOperationException("After the edits the generator no longer produces one file per tagged class and the record.");
            }

            noRecordEditedTree = trees[EditedFile];
            noRecordCompilation = compilation.Clone();
            noRecordDriver = CreateDriver(record: false).RunGenerators(noRecordCompilation);
            noRecordDriver = GeneratorIncrementalEditWithoutRecord();
            noRecordDriver = GeneratorIncrementalEditWithoutRecord();
            if (noRecordDriver.GetRunResult().GeneratedTrees.Length != TaggedClassCount)
            {
                throw new InvalidOperationException("With PiiRecord=false the generator must write one file per tagged class and no record.");
            }
        }

        /// <summary>Binds the whole model: the compile without Pii's generator or analyzers.</summary>
        [Benchmark(Baseline = true)]
        public int Compile() => compilation.Clone().GetDiagnostics().Length;

        /// <summary>Runs the generator from scratch, then binds the model together with the generated files.</summary>
        [Benchmark]
        public int CompileWithGenerator()
        {
            CreateDriver().RunGeneratorsAndUpdateCompilation(compilation.Clone(), out Compilation output, out _);
            return output.GetDiagnostics().Length;
        }

        /// <summary>Binds the model and runs Pii's analyzer as shipped: <see cref="PiiAnalyzer"/>, all rules (PII001, PII003–PII006) in one.</summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> CompileWithAnalyzers() =>
            compilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

        /// <summary>The same rules as five separate analyzers: the alternative <see cref="PiiAnalyzer"/> replaced.</summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> CompileWithSeparateAnalyzers() =>
            compilation.Clone().WithAnalyzers(separateAnalyzers).GetAllDiagnosticsAsync();

        /// <summary>
        /// Binds the model with one analyzer that registers a do-nothing action for every property and field: what the
        /// analyzer driver costs any analyzer of members, whatever it does.
        /// </summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> CompileWithEmptyAnalyzer() =>
            compilation.Clone().WithAnalyzers(emptyAnalyzers).GetAllDiagnosticsAsync();

        /// <summary>
        /// Binds the model with an analyzer that does no analysis but reports one diagnostic on each member PII001 reports
        /// (13,446): what the compiler charges for that many diagnostics, whichever analyzer reports them.
        /// </summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> CompileWithReportingAnalyzer() =>
            compilation.Clone().WithAnalyzers(reportingAnalyzers).GetAllDiagnosticsAsync();

        /// <summary>The adopted model (every personal member tagged, so PII001 reports nothing): the plain compile.</summary>
        [Benchmark]
        public int AdoptedCompile() => adoptedCompilation.Clone().GetDiagnostics().Length;

        /// <summary>The adopted model with Pii's analyzer: every rule runs, on 18,000 tagged members, and reports nothing.</summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> AdoptedCompileWithAnalyzers() =>
            adoptedCompilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

        /// <summary>The adopted model with the do-nothing member analyzer.</summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> AdoptedCompileWithEmptyAnalyzer() =>
            adoptedCompilation.Clone().WithAnalyzers(emptyAnalyzers).GetAllDiagnosticsAsync();

        /// <summary>The logging model (the adopted model with a method per class of four log calls and an exception): the plain compile.</summary>
        [Benchmark]
        public int LoggingCompile() => loggingCompilation.Clone().GetDiagnostics().Length;

        /// <summary>The logging model with Pii's analyzer: PII002 follows 10,000 sink calls and reports the 200 that leak.</summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> LoggingCompileWithAnalyzers() =>
            loggingCompilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

        /// <summary>
        /// The logging model with a do-nothing analyzer of members, calls and object creations: the driver's cost of any
        /// analyzer that looks at calls (the SDK's own analyzers do), which builds the operation trees.
        /// </summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> LoggingCompileWithEmptyAnalyzer() =>
            loggingCompilation.Clone().WithAnalyzers(emptyOperationAnalyzers).GetAllDiagnosticsAsync();

        /// <summary>
        /// The logging model with a do-nothing analyzer that registers what Pii's does: member actions and one action per
        /// file on its semantic model. The baseline for PII002's own cost as shipped.
        /// </summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> LoggingCompileWithEmptyFileAnalyzer() =>
            loggingCompilation.Clone().WithAnalyzers(emptyFileAnalyzers).GetAllDiagnosticsAsync();

        /// <summary>The mapping model (the adopted model with a view per class that copies its members): the plain compile.</summary>
        [Benchmark]
        public int MappingCompile() => mappingCompilation.Clone().GetDiagnostics().Length;

        /// <summary>The mapping model with Pii's analyzer: PII012 follows 20,000 assignments, 2,000 constructor and 2,000 method calls and reports the 800 untagged copies.</summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> MappingCompileWithAnalyzers() =>
            mappingCompilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

        /// <summary>The mapping model with Pii's analyzer and PII012 switched off (severity none): every other rule, for PII012's own cost.</summary>
        [Benchmark]
        public Task<ImmutableArray<Diagnostic>> MappingCompileWithAnalyzersWithoutPii012() =>
            mappingCompilationWithoutCopies.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync();

        /// <summary>
        /// One keystroke in a file without tags: the file's tree is replaced by an edited copy (alternately
        /// two prepared versions, both already parsed) and the generator runs again on the driver's cached state.
        /// </summary>
        [Benchmark]
        public GeneratorDriver GeneratorIncrementalEdit()
        {
            SyntaxTree next = ReferenceEquals(currentEditedTree, editA) ? editB : editA;
            incrementalCompilation = incrementalCompilation.ReplaceSyntaxTree(currentEditedTree, next);
            currentEditedTree = next;
            incrementalDriver = incrementalDriver.RunGenerators(incrementalCompilation);
            return incrementalDriver;
        }

        /// <summary>The keystroke of <see cref="GeneratorIncrementalEdit"/> on a driver that does not compute the record of processing.</summary>
        [Benchmark]
        public GeneratorDriver GeneratorIncrementalEditWithoutRecord()
        {
            SyntaxTree next = ReferenceEquals(noRecordEditedTree, editA) ? editB : editA;
            noRecordCompilation = noRecordCompilation.ReplaceSyntaxTree(noRecordEditedTree, next);
            noRecordEditedTree = next;
            noRecordDriver = noRecordDriver.RunGenerators(noRecordCompilation);
            return noRecordDriver;
        }

        /// <summary>Runs the generator from scratch without the record of processing, then binds the model with the generated files.</summary>
        [Benchmark]
        public int CompileWithGeneratorWithoutRecord()
        {
            CreateDriver(record: false).RunGeneratorsAndUpdateCompilation(compilation.Clone(), out Compilation output, out _);
            return output.GetDiagnostics().Length;
        }

        private void AssertModelCompiles()
        {
            Diagnostic[] problems = compilation.Clone().GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            if (problems.Length > 0)
            {
                throw new InvalidOperationException($"The model does not compile cleanly ({problems.Length} diagnostics), first: {problems[0]}");
            }
        }

        private void AssertGeneratorOutput()
        {
            GeneratorDriver driver = CreateDriver().RunGeneratorsAndUpdateCompilation(compilation.Clone(), out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
            GeneratorDriverRunResult result = driver.GetRunResult();
            if (result.Results.Single().Exception is { } exception)
            {
                throw new InvalidOperationException("The generator threw.", exception);
            }

            if (result.GeneratedTrees.Length != TaggedClassCount + 1)
            {
                throw new InvalidOperationException($"The generator produced {result.GeneratedTrees.Length} files for {TaggedClassCount} tagged classes and the record.");
            }

            // The model declares no controller or security measures: the record reports that (PII010), nothing else.
            Diagnostic[] problems = generatorDiagnostics.Where(d => d.Id != "PII010").Concat(output.GetDiagnostics()).Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            if (problems.Length > 0)
            {
                throw new InvalidOperationException($"The generated code does not compile cleanly ({problems.Length} diagnostics), first: {problems[0]}");
            }

            int lines = result.GeneratedTrees.Sum(t => t.GetText().Lines.Count);
            Console.WriteLine($"// Setup: {FileCount} files, {FileCount * ClassesPerFile} classes, {TaggedClassCount} tagged; "
                + $"the generator wrote {result.GeneratedTrees.Length} files ({lines:N0} lines) in {driver.GetTimingInfo().ElapsedTime.TotalMilliseconds:N0} ms.");
        }

        /// <summary>
        /// On the model the analyzers report PII001 for the personal-looking members that carry no tag, and nothing else:
        /// the tags are valid, the tagged classes are data subjects, and every strategy applies.
        /// </summary>
        private ImmutableHashSet<string> AssertAnalyzerFindings()
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: true, logAnalyzerExecutionTime: false);
            CompilationWithAnalyzers withAnalyzers = compilation.Clone().WithAnalyzers(analyzers, options);
            ImmutableArray<Diagnostic> all = withAnalyzers.GetAllDiagnosticsAsync().GetAwaiter().GetResult();
            Diagnostic[] unexpected = all.Where(d => d.Id != "PII001" && (d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("PII", StringComparison.Ordinal))).ToArray();
            int untagged = all.Count(d => d.Id == "PII001");
            if (unexpected.Length > 0 || untagged == 0)
            {
                throw new InvalidOperationException($"Expected only PII001 on the model, found {untagged} PII001 and {unexpected.Length} others, first: {unexpected.FirstOrDefault()}");
            }

            Console.WriteLine($"// Setup: PII001 reported {untagged:N0} untagged members, for example: {all.First(d => d.Id == "PII001").GetMessage()}");
            return all.Where(d => d.Id == "PII001").Select(d => ReportingMemberAnalyzer.Key(d.Location)).ToImmutableHashSet();
        }

        /// <summary>The reporting baseline reports exactly as many diagnostics as PII001, at the same members.</summary>
        private void AssertReportingBaseline(int expected)
        {
            int reported = compilation.Clone().WithAnalyzers(reportingAnalyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult().Length;
            if (reported != expected)
            {
                throw new InvalidOperationException($"The reporting baseline reported {reported} diagnostics where PII001 reported {expected}.");
            }
        }

        /// <summary>The adopted model compiles cleanly and the analyzers report nothing on it.</summary>
        private void AssertAdoptedModelIsClean()
        {
            Diagnostic[] all = adoptedCompilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("PII", StringComparison.Ordinal)).ToArray();
            if (all.Length > 0)
            {
                throw new InvalidOperationException($"The adopted model is not clean: {all.Length} diagnostics, first: {all[0]}");
            }

            Console.WriteLine($"// Setup: adopted model, {AdoptedTagCount:N0} tagged members, no diagnostic.");
        }

        /// <summary>On the mapping model the analyzers report PII012 on the four untagged copies of every tenth view, and nothing else.</summary>
        private void AssertMappingFindings()
        {
            Diagnostic[] all = mappingCompilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("PII", StringComparison.Ordinal)).ToArray();
            int expected = FileCount * ClassesPerFile / 10 * 4;
            if (all.Length != expected || all.Any(d => d.Id != "PII012"))
            {
                throw new InvalidOperationException($"Expected {expected} PII012 on the mapping model, found {all.Length}, first: {all.FirstOrDefault(d => d.Id != "PII012") ?? all.FirstOrDefault()}");
            }

            Diagnostic[] off = mappingCompilationWithoutCopies.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("PII", StringComparison.Ordinal)).ToArray();
            if (off.Length != 0)
            {
                throw new InvalidOperationException($"With PII012 off the mapping model must be clean, found {off.Length}, first: {off[0]}");
            }

            Console.WriteLine($"// Setup: mapping model, {FileCount * ClassesPerFile * 10:N0} assignments and {FileCount * ClassesPerFile:N0} constructor and {FileCount * ClassesPerFile:N0} method calls, PII012 reported {all.Length}: {all[0].GetMessage()}");
        }

        private void AssertLoggingFindings()
        {
            Diagnostic[] all = loggingCompilation.Clone().WithAnalyzers(analyzers).GetAllDiagnosticsAsync().GetAwaiter().GetResult()
                .Where(d => d.Severity >= DiagnosticSeverity.Warning || d.Id.StartsWith("PII", StringComparison.Ordinal)).ToArray();
            int expected = FileCount * ClassesPerFile / 10;
            if (all.Length != expected || all.Any(d => d.Id != "PII002"))
            {
                throw new InvalidOperationException($"Expected {expected} PII002 on the logging model, found {all.Length}, first: {all.FirstOrDefault()}");
            }

            Console.WriteLine($"// Setup: logging model, {FileCount * ClassesPerFile * 5:N0} sink calls, PII002 reported {all.Length}: {all[0].GetMessage()}");
        }

        /// <summary>The number of tagged members in the adopted model.</summary>
        private static int AdoptedTagCount => FileCount * ClassesPerFile * Taggable.Length;

        /// <summary>A bad retention must be reported, or "no diagnostics" above would prove nothing.</summary>
        private void AssertAnalyzersLive(IEnumerable<MetadataReference> references)
        {
            const string Bad = """
                using Pii;
                public class Bad
                {
                    [PersonalData("Marketing", "two years", LegalBasis.Consent)]
                    public string? Email { get; set; }
                }
                """;
            CSharpCompilation bad = CSharpCompilation.Create(
                "Bad",
                new[] { CSharpSyntaxTree.ParseText(Bad, parseOptions) },
                references,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
            ImmutableArray<Diagnostic> found = bad.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (!found.Any(d => d.Id == "PII003"))
            {
                throw new InvalidOperationException("The analyzers did not report PII003 on an invalid retention: they may not be running.");
            }
        }
    }

    // Instantiated by the benchmark only, never loaded by a compiler: the rules for shipped analyzer assemblies do not apply.
    /// <summary>The analyzer config of a project built with <c>-p:PiiRecord=false</c>.</summary>
    internal sealed class RecordOffOptions : AnalyzerConfigOptionsProvider
    {
        public override AnalyzerConfigOptions GlobalOptions { get; } = new Off();

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => GlobalOptions;

        private sealed class Off : AnalyzerConfigOptions
        {
            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.PiiRecord" ? "false" : null;
                return value is not null;
            }
        }
    }

#pragma warning disable RS1001, RS1036, RS1041, RS2008

    /// <summary>What a do-nothing analyzer registers besides its member action: the driver's cost of each kind.</summary>
    internal enum EmptyActions
    {
        /// <summary>Only a do-nothing action per property and field.</summary>
        Members,

        /// <summary>Also do-nothing operation actions for calls and object creations.</summary>
        MembersAndCalls,

        /// <summary>Also a do-nothing action per file's semantic model (how PII002 registers).</summary>
        MembersAndFiles,
    }

    /// <summary>An analyzer that does nothing: the analyzer driver's own cost for the actions it registers.</summary>
    internal sealed class EmptyAnalyzer(EmptyActions actions) : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Never = new("EMPTY001", "Never reported", "Never reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Never);

        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(_ => { }, SymbolKind.Property, SymbolKind.Field);
            if (actions == EmptyActions.MembersAndCalls)
            {
                context.RegisterOperationAction(_ => { }, OperationKind.Invocation, OperationKind.ObjectCreation);
            }
            else if (actions == EmptyActions.MembersAndFiles)
            {
                context.RegisterSemanticModelAction(_ => { });
            }
        }
    }

    /// <summary>
    /// An analyzer of properties and fields that analyzes nothing but reports one diagnostic on each member of a given
    /// set: the compiler's cost of that many diagnostics.
    /// </summary>
    internal sealed class ReportingMemberAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Reported = new("REPORT001", "Reported", "'{0}' is reported", "Benchmark", DiagnosticSeverity.Warning, isEnabledByDefault: true);
        private readonly ImmutableHashSet<string> members;

        public ReportingMemberAnalyzer(ImmutableHashSet<string> members)
        {
            this.members = members;
        }

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Reported);

        /// <summary>A member's key: its file and position.</summary>
        public static string Key(Location location) => location.SourceTree?.FilePath + ":" + location.SourceSpan.Start;

        public override void Initialize(AnalysisContext context)
        {
            // As PiiAnalyzer: no actions on generated code, no generated-code check per diagnostic.
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterSymbolAction(
                symbol =>
                {
                    Location location = symbol.Symbol.Locations[0];
                    if (members.Contains(Key(location)))
                    {
                        symbol.ReportDiagnostic(Diagnostic.Create(Reported, location, symbol.Symbol.Name));
                    }
                },
                SymbolKind.Property,
                SymbolKind.Field);
        }
    }

#pragma warning restore RS1001, RS1036, RS1041, RS2008
}
