using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Analyzers.Rules;
using Pii.Analyzers.Untagged;
using Pii.Tagging;

namespace Pii.Analyzers
{
    /// <summary>
    /// The analyzer the compiler loads: every Pii rule (PII001–PII006, PII008, PII009, PII011–PII013) under one analyzer, with one
    /// callback per property or field for all member rules.
    /// </summary>
    /// <remarks>
    /// The rules stay separate classes, each a complete <see cref="DiagnosticAnalyzer"/> that tests run on its own. Shipped
    /// as five analyzers they would make the compiler's analyzer driver keep five sets of per-symbol state and call back
    /// five times per member; on the 2,000-type benchmark model that cost more time and about 90 MB more allocations
    /// than one analyzer running the same rules (benchmarks/README.md). PII001 looks only at members without a
    /// decision, the other member rules only at tagged ones.
    /// </remarks>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PiiAnalyzer : DiagnosticAnalyzer
    {
        private static readonly UntaggedPersonalDataAnalyzer Untagged = new();
        private static readonly CopiedPersonalDataAnalyzer Copied = new();
        private static readonly SubjectLinkAnalyzer SubjectLink = new();
        private static readonly EntityModelAnalyzer EntityModel = new();
        private static readonly Logging.PersonalDataLoggedAnalyzer Logged = new();
        private static readonly EncryptedQueryAnalyzer EncryptedQuery = new();
        private static readonly UnreachedDataAnalyzer Unreached = new();
        private static readonly TaggedMemberAnalyzer[] TagRules = [new TagValidationAnalyzer(), new SpecialCategoryAnalyzer(), new ErasureStrategyAnalyzer()];

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            new DiagnosticAnalyzer[] { Untagged, Copied, Logged, EncryptedQuery, SubjectLink, EntityModel, Unreached }.Concat(TagRules).SelectMany(rule => rule.SupportedDiagnostics).Distinct().ToImmutableArray();

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            // Actions never run on generated code; diagnostics are reported only on the analyzed symbols' own locations, so the
            // driver need not check each one for generated code (which binds every declaration of the file).
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            SubjectLink.Initialize(context); // a rule about types, with its own actions
            EntityModel.Initialize(context); // rules about the EF Core model (PII008, PII009), with their own actions
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute) is null)
                {
                    return; // Pii is not referenced
                }

                Logging.PersonalDataLoggedAnalyzer.Register(start);
                EncryptedQueryAnalyzer.Register(start); // PII011, per file like PII002
                UntaggedPersonalDataAnalyzer.CompilationState untagged = UntaggedPersonalDataAnalyzer.CreateState(start.Compilation, start.Options);
                CopiedPersonalDataAnalyzer.Register(start, untagged); // PII012, per file and at the compilation's end
                UnreachedDataAnalyzer.State unreached = UnreachedDataAnalyzer.CreateState(start.Compilation, start.Options); // PII013
                start.RegisterSymbolAction(symbol => UnreachedDataAnalyzer.AnalyzeInherited(symbol, unreached), SymbolKind.NamedType);
                TaggedMemberAnalyzer.CompilationRules rules = TaggedMemberAnalyzer.CreateRules(start.Compilation, untagged.Members);
                var gates = new SeverityGate[TagRules.Length];
                for (int i = 0; i < TagRules.Length; i++)
                {
                    TagRules[i].OnCompilationStart(start, rules);
                    gates[i] = SeverityGate.For(start.Compilation, start.Options, TagRules[i].SupportedDiagnostics);
                }

                start.RegisterSymbolAction(
                    symbol =>
                    {
                        if (UntaggedPersonalDataAnalyzer.IsSecondPart(symbol.Symbol))
                        {
                            return; // a partial property is analyzed through its definition part
                        }

                        bool tagged = TagReader.IsTagged(symbol.Symbol);
                        bool notPersonal = !tagged && TagReader.IsNotPersonalData(symbol.Symbol);
                        UntaggedPersonalDataAnalyzer.Analyze(symbol, untagged, decided: tagged || notPersonal);
                        if (!tagged && !notPersonal)
                        {
                            UnreachedDataAnalyzer.Analyze(symbol, unreached);
                        }

                        if (!tagged || symbol.Symbol.Locations.Length == 0)
                        {
                            return;
                        }

                        SyntaxTree? tree = symbol.Symbol.Locations[0].SourceTree;
                        for (int i = 0; i < TagRules.Length; i++)
                        {
                            if (!gates[i].IsOff(tree, symbol.CancellationToken))
                            {
                                TagRules[i].AnalyzeMember(symbol, rules);
                            }
                        }
                    },
                    SymbolKind.Property,
                    SymbolKind.Field);
            });
        }
    }
}
