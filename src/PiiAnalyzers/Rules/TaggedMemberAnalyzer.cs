using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// The base of the rules that look at properties and fields: skips compilations that do not reference Pii,
    /// reads the purpose declarations and access rules once per compilation, then analyzes each member.
    /// </summary>
    public abstract class TaggedMemberAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public sealed override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute) is null)
                {
                    return; // Pii is not referenced
                }

                CompilationRules rules = CreateRules(start.Compilation, new Untagged.MemberContext(start.Options.AnalyzerConfigOptionsProvider));
                OnCompilationStart(start, rules);
                SeverityGate gate = SeverityGate.For(start.Compilation, start.Options, SupportedDiagnostics);
                start.RegisterSymbolAction(
                    symbol =>
                    {
                        if (symbol.Symbol.Locations.Length > 0
                            && !Untagged.UntaggedPersonalDataAnalyzer.IsSecondPart(symbol.Symbol)
                            && !gate.IsOff(symbol.Symbol.Locations[0].SourceTree, symbol.CancellationToken))
                        {
                            AnalyzeMember(symbol, rules);
                        }
                    },
                    SymbolKind.Property,
                    SymbolKind.Field);
            });
        }

        /// <summary>Resolves what the rules need of a compilation.</summary>
        internal static CompilationRules CreateRules(Compilation compilation, Untagged.MemberContext members)
        {
            ImmutableArray<PurposeDeclaration> purposes = PurposeDeclaration.ReadAll(compilation.Assembly);
            return new(purposes, new MemberAccessRules(compilation), members, new PurposeBases(compilation, purposes));
        }

        /// <summary>Registers what a rule needs beyond members.</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("MicrosoftCodeAnalysisCorrectness", "RS1012", Justification = "A hook: rules that need no other actions leave it empty.")]
        internal virtual void OnCompilationStart(CompilationStartAnalysisContext context, CompilationRules rules)
        {
        }

        /// <summary>Analyzes one property or field.</summary>
        internal abstract void AnalyzeMember(SymbolAnalysisContext context, CompilationRules rules);

        /// <summary>What the rules need of the compilation, resolved once.</summary>
        /// <param name="Purposes">The purposes the assembly declares.</param>
        /// <param name="Access">Which members generated code can read and write.</param>
        /// <param name="Members">Member names and name options, shared with PII001 when both run in one analyzer.</param>
        internal sealed record CompilationRules(ImmutableArray<PurposeDeclaration> Purposes, MemberAccessRules Access, Untagged.MemberContext Members, PurposeBases Bases)
        {
            /// <summary>
            /// What a rule found about a whole type, kept for the compilation: asked again for each of its members, it made
            /// the rules quadratic in the size of a type (a type's key is looked for among all its members).
            /// </summary>
            public System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, string?> TypeProblems { get; } = new(SymbolEqualityComparer.Default);
        }
    }
}
