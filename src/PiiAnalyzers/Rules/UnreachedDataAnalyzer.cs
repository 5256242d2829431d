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
                start.RegisterSymbolAction(symbol => AnalyzeInherited(symbol, state), SymbolKind.NamedType);
            });
        }

        /// <summary>What the rule keeps per compilation: the severity gate, how members are read, and the first tag found inside each held type.</summary>
        internal sealed class State
        {
            public State(Compilation compilation, SeverityGate gate)
            {
                Assembly = compilation.Assembly;
                Access = new MemberAccessRules(compilation);
                Gate = gate;
            }

            public IAssemblySymbol Assembly { get; }

            public MemberAccessRules Access { get; }

            public SeverityGate Gate { get; }

            public ConcurrentDictionary<ITypeSymbol, string?> FirstTags { get; } = new(SymbolEqualityComparer.Default);
        }

        internal static State CreateState(Compilation compilation, AnalyzerOptions options) =>
            new(compilation, SeverityGate.For(compilation, options, ImmutableArray.Create(Descriptors.UnreachedPersonalData)));

        /// <summary>Checks one property or field that carries no tag and no <c>[NotPersonalData]</c>.</summary>
        internal static void Analyze(SymbolAnalysisContext context, State state)
        {
            ISymbol member = context.Symbol;
            if (member.Locations.Length == 0
                || Unreached(member.ContainingType, member, state) is not { } found
                || state.Gate.IsOff(member.Locations[0].SourceTree, context.CancellationToken))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.UnreachedPersonalData,
                member.Locations[0],
                member.ContainingType.Name + "." + member.Name,
                found.Tag,
                member.ContainingType.Name,
                OwnedTypeRules.Describe(found.Stop, found.Type, member),
                Remedy(found.Stop, found.Type, member)));
        }

        /// <summary>
        /// Checks the members a class of the project inherits from a class of another assembly, which no member action sees:
        /// reported on the class, since the member is not the project's to change.
        /// </summary>
        internal static void AnalyzeInherited(SymbolAnalysisContext context, State state)
        {
            if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class } type
                || type.Locations.Length == 0
                || type.BaseType is not { } baseType
                || SymbolEqualityComparer.Default.Equals(baseType.ContainingAssembly, state.Assembly)
                || baseType.SpecialType == SpecialType.System_Object)
            {
                return; // a base of this project is analyzed as itself, and its own base then
            }

            if (!GeneratedTypeRules.CanGenerateFor(type, out _) || state.Gate.IsOff(type.Locations[0].SourceTree, context.CancellationToken))
            {
                return;
            }

            foreach (ISymbol member in ReadMembers.Of(type))
            {
                // Not the framework's own members (Collection<T>.Items: the elements are reached by enumerating), nor a
                // member the class overrides or hides (the member action reports that one).
                if (SymbolEqualityComparer.Default.Equals(member.ContainingAssembly, state.Assembly)
                    || OwnedTypeRules.IsFramework(member.ContainingType, state.Assembly)
                    || !type.GetMembers(member.Name).IsEmpty
                    || Unreached(type, member, state) is not { } found)
                {
                    continue;
                }

                context.ReportDiagnostic(Diagnostic.Create(
                    Descriptors.UnreachedPersonalData,
                    type.Locations[0],
                    type.Name + "." + member.Name,
                    found.Tag,
                    type.Name,
                    OwnedTypeRules.Describe(found.Stop, found.Type, member),
                    member is IPropertySymbol { IsSealed: false } property && (property.IsVirtual || property.IsAbstract || property.IsOverride)
                        ? $"erase it in {member.ContainingAssembly?.Name ?? "the assembly that declares it"}, which declares it, or tag an override of it in {type.Name}"
                        : $"erase it in {member.ContainingAssembly?.Name ?? "the assembly that declares it"}, which declares it"));
            }
        }

        /// <summary>
        /// The first tag inside an untagged member that the generated code of <paramref name="owner"/> does not follow, and
        /// why it stops; <see langword="null"/> when it follows it or there is no personal data inside.
        /// </summary>
        private static (string Tag, OwnedStop Stop, INamedTypeSymbol? Type)? Unreached(INamedTypeSymbol owner, ISymbol member, State state)
        {
            if (!ReadMembers.IsInstanceData(member)
                || MemberShape.TypeOf(member) is not { SpecialType: SpecialType.None } memberType
                || memberType is ITypeParameterSymbol
                || TagReader.IsTagged(member))
            {
                return null;
            }

            // Whether personal data is inside (once per type: most members hold a type with none, a Guid or an enum), then the
            // generator's own decision (TypeParser asks the same function).
            if (!state.FirstTags.TryGetValue(memberType, out string? tag))
            {
                tag = state.FirstTags.GetOrAdd(memberType, OwnedTypeRules.FirstTag(memberType, state.Assembly));
            }

            if (tag is null || !GeneratedTypeRules.CanGenerateFor(owner, out _))
            {
                return null;
            }

            (OwnedStop stop, INamedTypeSymbol? type, _) = OwnedTypeRules.Check(owner, member, state.Assembly, state.Access);
            return stop is OwnedStop.Follow or OwnedStop.NotAPart ? null : (tag, stop, type);
        }

        /// <summary>What to do about a member of the project.</summary>
        private static string Remedy(OwnedStop stop, INamedTypeSymbol? type, ISymbol member) => stop switch
        {
            OwnedStop.Unreadable => $"give {member.Name} a getter that code of this project can call, or mark it [NotPersonalData(\"<reason>\")]",
            OwnedStop.BackReference => $"drop {type!.Name}'s member of type {member.ContainingType.Name} (an owned object needs none), give {type.Name} a key if it is an entity of its own, or mark it [NotPersonalData(\"<reason>\")]",
            OwnedStop.OtherAssembly => $"build {type!.ContainingAssembly?.Name ?? "that project"} with Pii and give {type.Name} a tag of its own there (public and not generic: its generated code is then called from here), hold the data in a class of this project, or mark {member.Name} [NotPersonalData(\"<reason>\")]",
            _ => $"hold the data in a class of this project, tag {member.Name} itself, or mark it [NotPersonalData(\"<reason>\")]",
        };
    }
}
