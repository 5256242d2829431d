using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// PII013: an untagged member of a class holds an object with tagged members inside it (at any depth) that generated code
    /// does not follow (<see cref="OwnedTypeRules"/>): a struct, a class of another assembly, a generic class, a class
    /// generated code cannot name, or the values of a dictionary. The class's generated export, erasure and redaction leave
    /// that data out, and nothing else reaches it.
    /// </summary>
    /// <remarks>
    /// Not reported: a member marked <c>[NotPersonalData]</c> or tagged itself (its value is handled as a whole), a
    /// <c>[DataSubject]</c> or an entity with a key held by reference (another row, with code and links of its own), and
    /// members of types that get no generated code themselves (PII003 reports the tags on those).
    /// </remarks>
    public sealed class UnreachedDataAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.UnreachedPersonalData);

        /// <inheritdoc/>
        public override void Initialize(AnalysisContext context)
        {
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.ReportDiagnostics);
            context.EnableConcurrentExecution();
            context.RegisterCompilationStartAction(start =>
            {
                if (start.Compilation.GetTypeByMetadataName(WellKnownTypes.PersonalDataAttribute) is null)
                {
                    return;
                }

                State state = CreateState(start.Compilation, start.Options);
                start.RegisterSymbolAction(symbol => Analyze(symbol, state), SymbolKind.Property, SymbolKind.Field);
            });
        }

        /// <summary>What the rule keeps per compilation: the severity gate, and the first tag found inside each held type.</summary>
        internal sealed class State
        {
            public State(IAssemblySymbol assembly, SeverityGate gate)
            {
                Assembly = assembly;
                Gate = gate;
            }

            public IAssemblySymbol Assembly { get; }

            public SeverityGate Gate { get; }

            public ConcurrentDictionary<INamedTypeSymbol, string?> FirstTags { get; } = new(SymbolEqualityComparer.Default);
        }

        internal static State CreateState(Compilation compilation, AnalyzerOptions options) =>
            new(compilation.Assembly, SeverityGate.For(compilation, options, ImmutableArray.Create(Descriptors.UnreachedPersonalData)));

        /// <summary>Checks one property or field that carries no tag and no <c>[NotPersonalData]</c>.</summary>
        internal static void Analyze(SymbolAnalysisContext context, State state)
        {
            ISymbol member = context.Symbol;
            if (!ReadMembers.IsInstanceData(member)
                || member.Locations.Length == 0
                || TagReader.IsTagged(member)
                || TagReader.IsNotPersonalData(member)
                || MemberShape.TypeOf(member) is not { } memberType
                || EntityLinks.HeldClass(memberType) is not { SpecialType: SpecialType.None } heldType
                || !GeneratedTypeRules.CanGenerateFor(member.ContainingType, out _))
            {
                return;
            }

            var held = (INamedTypeSymbol)heldType.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            if (SymbolEqualityComparer.Default.Equals(held.OriginalDefinition, member.ContainingType.OriginalDefinition)
                || OwnedTypeRules.CanFollow(held, state.Assembly)
                || state.Gate.IsOff(member.Locations[0].SourceTree, context.CancellationToken)
                || state.FirstTags.GetOrAdd(held, OwnedTypeRules.FirstTag) is not { } tag)
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnreachedPersonalData,
                member.Locations[0],
                member.ContainingType.Name + "." + member.Name,
                tag,
                member.ContainingType.Name,
                OwnedTypeRules.Obstacle(held, state.Assembly) ?? held.Name + " is not followed"));
        }
    }
}
