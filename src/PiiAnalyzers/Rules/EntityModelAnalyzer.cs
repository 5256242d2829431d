using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// The EF Core model as generated export and erasure see it. PII008: a class with tagged members that is neither an
    /// entity (a <c>DbSet&lt;T&gt;</c> of a context) nor owned by one, in a project whose contexts hold tagged entities.
    /// PII009: a tagged entity of a context whose chain of foreign keys to a data subject (<see cref="EntityLinks"/>, the
    /// rules the generator follows) cannot be built.
    /// </summary>
    /// <remarks>
    /// Base types of entities and owned types are covered through them, and types derived from one are taken to be
    /// mapped with it (EF Core inheritance): neither is reported as PII008. Nor is a type marked <c>[NotMapped]</c>,
    /// which EF Core never stores (a DTO or view model tagged for redaction).
    /// </remarks>
    public sealed class EntityModelAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Descriptors.TaggedTypeNotInModel, Descriptors.EntityLinkNotQueryable, Descriptors.ErasureStrategyNotApplicable, Descriptors.InvalidTag);

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

                Compilation compilation = start.Compilation;
                SeverityGate notInModelGate = SeverityGate.For(compilation, start.Options, ImmutableArray.Create(Descriptors.TaggedTypeNotInModel));
                SeverityGate linkGate = SeverityGate.For(compilation, start.Options, ImmutableArray.Create(Descriptors.EntityLinkNotQueryable));
                var contexts = new ConcurrentBag<INamedTypeSymbol>();
                var candidates = new ConcurrentBag<INamedTypeSymbol>();
                var heldFindings = new HeldFindings(compilation);
                start.RegisterSymbolAction(
                    symbol =>
                    {
                        var type = (INamedTypeSymbol)symbol.Symbol;
                        if (type.TypeKind != TypeKind.Class || type.Locations.Length == 0)
                        {
                            return;
                        }

                        if (EntityLinks.IsDbContext(type))
                        {
                            contexts.Add(type);
                            if (!type.IsGenericType && !linkGate.IsOff(type.Locations[0].SourceTree, symbol.CancellationToken))
                            {
                                ReportUnlinkedEntities(symbol, type);
                            }

                            if (!type.IsGenericType)
                            {
                                ReportOwnedProtection(symbol, type, heldFindings);
                            }
                        }
                        else if (!type.IsStatic
                            && !type.IsImplicitlyDeclared
                            && !SymbolFacts.IsNotMapped(type)
                            && HasTaggedMembers(type)
                            && !notInModelGate.IsOff(type.Locations[0].SourceTree, symbol.CancellationToken))
                        {
                            candidates.Add(type);
                        }
                    },
                    SymbolKind.NamedType);

                start.RegisterCompilationEndAction(end =>
                {
                    if (contexts.IsEmpty || candidates.IsEmpty)
                    {
                        return;
                    }

                    // The contexts with a tagged entity, and what their DbSets reach.
                    var names = new SortedSet<string>(StringComparer.Ordinal);
                    var covered = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
                    var bases = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
                    foreach (INamedTypeSymbol context in contexts)
                    {
                        end.CancellationToken.ThrowIfCancellationRequested();
                        ImmutableArray<INamedTypeSymbol> entities = EntityLinks.EntityTypes(context);
                        if (!entities.Any(HasTaggedMembers))
                        {
                            continue;
                        }

                        names.Add(context.Name);
                        foreach (INamedTypeSymbol entity in entities)
                        {
                            Cover(entity, covered, bases, compilation);
                        }
                    }

                    if (names.Count == 0)
                    {
                        return;
                    }

                    string contextNames = string.Join("' or '", names);
                    foreach (INamedTypeSymbol type in candidates)
                    {
                        end.CancellationToken.ThrowIfCancellationRequested();
                        if (!IsCovered(type, covered, bases))
                        {
                            end.ReportDiagnostic(Diagnostic.Create(Descriptors.TaggedTypeNotInModel, type.Locations[0], type.Name, contextNames));
                        }
                    }
                });
            });
        }

        /// <summary>PII009 for each tagged entity of <paramref name="context"/> without a chain to a data subject, on its <c>DbSet</c> property.</summary>
        private static void ReportUnlinkedEntities(SymbolAnalysisContext symbol, INamedTypeSymbol context)
        {
            ImmutableArray<INamedTypeSymbol> entities = EntityLinks.EntityTypes(context);
            MemberAccessRules? access = null;
            foreach (INamedTypeSymbol entity in entities)
            {
                symbol.CancellationToken.ThrowIfCancellationRequested();
                if (TagReader.FindDataSubject(entity) is not null
                    || !HasTaggedMembers(entity) && !HoldsOwnedPersonalData(entity, symbol.Compilation.Assembly, access ??= new MemberAccessRules(symbol.Compilation)))
                {
                    continue;
                }

                if (EntityLinks.ChainToSubject(entity, entities, out string? problem) is { } chain)
                {
                    if (chain.Length > 1)
                    {
                        ReportDistantCryptoShredding(symbol, entity, chain);
                    }

                    continue;
                }

                Location location = DbSetLocation(context, entity) ?? context.Locations[0];
                symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.EntityLinkNotQueryable, location, entity.Name, context.Name, problem));
            }
        }

        /// <summary>
        /// PII006 for each crypto-shredded member of an entity that reaches its data subject only through other entities:
        /// the subject's key is found through the entity's own foreign key to the subject, as rows are saved.
        /// </summary>
        private static void ReportDistantCryptoShredding(SymbolAnalysisContext symbol, INamedTypeSymbol entity, ImmutableArray<LinkStep> chain)
        {
            foreach (ISymbol member in entity.GetMembers())
            {
                if (member is not (IPropertySymbol or IFieldSymbol) || member.IsStatic || member.Locations.Length == 0 || !member.Locations[0].IsInSource)
                {
                    continue;
                }

                foreach (AttributeData attribute in member.GetAttributes())
                {
                    if (TagReader.TryRead(attribute, ImmutableArray<PurposeDeclaration>.Empty) is { Erasure: ErasureStrategy.CryptoShred })
                    {
                        string subject = chain[chain.Length - 1].Target.Name;
                        string reason = $"the subject's key is found through the entity's own foreign key to {subject}, and {entity.Name} reaches {subject} through {chain[0].Target.Name}; add a foreign key to {subject}, or use Clear (the member then stays encrypted under the application's key)";
                        symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.ErasureStrategyNotApplicable, member.Locations[0], member.Name, "CryptoShred", reason));
                        break;
                    }
                }
            }
        }

        /// <summary>
        /// PII003 for a blind index, and PII006 for crypto-shredding, on an encrypted member of an object the context's
        /// entities own (an owned type or complex property, at any depth, or an element of a collection of them): the store
        /// encrypts such a member under the application's key ring, but keeps no index column for it and finds no subject
        /// key for it. PII003 too for an encrypted member of a held type generated code cannot name. Each member is reported
        /// once, however many contexts hold its type: by the first of those contexts in the order of their full names, with
        /// that context's path as the example, so that the diagnostic does not depend on which context is analyzed first.
        /// </summary>
        private static void ReportOwnedProtection(SymbolAnalysisContext symbol, INamedTypeSymbol context, HeldFindings findings)
        {
            foreach (HeldFinding finding in findings.Of(context, symbol.CancellationToken))
            {
                if (!SymbolEqualityComparer.Default.Equals(findings.FirstHolder(finding.Member, symbol.CancellationToken), context))
                {
                    continue;
                }

                Diagnostic diagnostic = finding.Kind switch
                {
                    HeldProblem.BlindIndex => Diagnostic.Create(
                        Descriptors.InvalidTag,
                        finding.Attribute.ApplicationSyntaxReference?.GetSyntax(symbol.CancellationToken).GetLocation() ?? finding.Member.Locations[0],
                        $"The tag on '{finding.Member.Name}'",
                        $"a blind index is kept for members of a context's entities only, and {finding.HeldType} is held by an entity as an owned object or through a navigation (for example {finding.Path}): the member is encrypted, but no index column and no lookup are generated there; move it onto the entity, or drop BlindIndex"),
                    HeldProblem.CryptoShred => Diagnostic.Create(
                        Descriptors.ErasureStrategyNotApplicable,
                        finding.Member.Locations[0],
                        finding.Member.Name,
                        "CryptoShred",
                        $"crypto-shredding finds the subject's key for members of a context's entities only, and {finding.HeldType} is held by an entity as an owned object or through a navigation (for example {finding.Path}): the member is encrypted under the application's key ring there; use Clear, or move it onto the entity"),
                    HeldProblem.Generic => Diagnostic.Create(
                        Descriptors.InvalidTag,
                        finding.Attribute.ApplicationSyntaxReference?.GetSyntax(symbol.CancellationToken).GetLocation() ?? finding.Member.Locations[0],
                        $"The tag on '{finding.Member.Name}'",
                        $"{finding.HeldType} is held by an entity (for example {finding.Path}), but it is generic, so no value converter is generated for it and the member would be stored as it is; make the type non-generic, or move the member"),
                    _ => Diagnostic.Create(
                        Descriptors.InvalidTag,
                        finding.Attribute.ApplicationSyntaxReference?.GetSyntax(symbol.CancellationToken).GetLocation() ?? finding.Member.Locations[0],
                        $"The tag on '{finding.Member.Name}'",
                        $"{finding.HeldType} is held by an entity (for example {finding.Path}), but {finding.Why}"),
                };
                symbol.ReportDiagnostic(diagnostic);
            }
        }

        private enum HeldProblem
        {
            BlindIndex,
            CryptoShred,
            Generic,
            NoCode,
        }

        /// <summary>One problem with an encrypted member of a held type, as one context's walk finds it.</summary>
        private sealed class HeldFinding
        {
            public HeldFinding(ISymbol member, AttributeData attribute, HeldProblem kind, string heldType, string path, string? why = null)
            {
                Member = member;
                Attribute = attribute;
                Kind = kind;
                HeldType = heldType;
                Path = path;
                Why = why;
            }

            public ISymbol Member { get; }

            public AttributeData Attribute { get; }

            public HeldProblem Kind { get; }

            public string HeldType { get; }

            public string Path { get; }

            public string? Why { get; }
        }

        /// <summary>
        /// The held-type problems of each context of the compilation, each context's walk done once and shared by every
        /// context's analysis, and which context reports a member: the first, by full name, whose walk finds it.
        /// </summary>
        private sealed class HeldFindings
        {
            private readonly Compilation _compilation;
            private readonly ConcurrentDictionary<INamedTypeSymbol, ImmutableArray<HeldFinding>> _byContext = new(SymbolEqualityComparer.Default);
            private readonly Lazy<ImmutableArray<INamedTypeSymbol>> _contexts;

            public HeldFindings(Compilation compilation)
            {
                _compilation = compilation;
                _contexts = new Lazy<ImmutableArray<INamedTypeSymbol>>(() => SourceContexts(compilation), System.Threading.LazyThreadSafetyMode.PublicationOnly);
            }

            public ImmutableArray<HeldFinding> Of(INamedTypeSymbol context, System.Threading.CancellationToken cancellationToken) =>
                _byContext.GetOrAdd(context, c => Find(c, _compilation, cancellationToken)); // a cancelled walk stores nothing

            public INamedTypeSymbol? FirstHolder(ISymbol member, System.Threading.CancellationToken cancellationToken)
            {
                foreach (INamedTypeSymbol context in _contexts.Value)
                {
                    if (Of(context, cancellationToken).Any(f => SymbolEqualityComparer.Default.Equals(f.Member, member)))
                    {
                        return context;
                    }
                }

                return null;
            }

            /// <summary>The non-generic DbContext classes declared in the compilation, ordered by full name.</summary>
            private static ImmutableArray<INamedTypeSymbol> SourceContexts(Compilation compilation) =>
                EntityLinks.DeclaredTypes(compilation.Assembly)
                    .Where(type => type.TypeKind == TypeKind.Class && !type.IsGenericType && type.Locations.Length > 0 && EntityLinks.IsDbContext(type))
                    .OrderBy(type => type.ToDisplayString(), StringComparer.Ordinal)
                    .ToImmutableArray();

            /// <summary>What the generated ConfigureProtection of <paramref name="context"/> cannot honour on the types its entities hold.</summary>
            private static ImmutableArray<HeldFinding> Find(INamedTypeSymbol context, Compilation compilation, System.Threading.CancellationToken cancellationToken)
            {
                ImmutableArray<INamedTypeSymbol> entities = EntityLinks.EntityTypes(context);
                var unnamed = new List<HeldType>();
                var found = ImmutableArray.CreateBuilder<HeldFinding>();
                var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
                List<HeldType> named = EntityLinks.HeldTypes(entities, entities, compilation.Assembly, unnamed, cancellationToken);
                foreach (HeldType held in named.Concat(unnamed))
                {
                    // A type no code is generated for: none of its tagged members is exported or erased (and, unless it is a
                    // struct, none is encrypted). A stored one is TagValidationAnalyzer's, which reports it on every tag.
                    string? noCode = GeneratedTypeRules.Problem(held.Type);
                    if (noCode is not null && SymbolFacts.IsStored(held.Type))
                    {
                        continue;
                    }

                    foreach (ISymbol member in EntityLinks.HeldMembers(held, entities))
                    {
                        if (member.Locations.Length == 0 || !member.Locations[0].IsInSource || MemberShape.TypeOf(member) is not { } type)
                        {
                            continue;
                        }

                        foreach (AttributeData attribute in member.GetAttributes())
                        {
                            if (!TagReader.IsPersonalDataTag(attribute.AttributeClass) || TagReader.TryRead(attribute, ImmutableArray<PurposeDeclaration>.Empty) is not { } tag)
                            {
                                continue;
                            }

                            string path = held.Path + "." + member.Name;
                            if (noCode is not null)
                            {
                                if (seen.Add(member))
                                {
                                    string encrypted = tag.Protection == Protection.Encrypted && held.Type.TypeKind != TypeKind.Struct
                                        ? "; and no value converter is generated for it either, so its Protection.Encrypted value is stored as it is"
                                        : string.Empty;
                                    found.Add(new HeldFinding(member, attribute, HeldProblem.NoCode, held.Type.Name, path, noCode + encrypted));
                                }
                            }
                            else if (tag.Protection != Protection.Encrypted)
                            {
                                continue;
                            }
                            else if (held.Type.IsGenericType && seen.Add(member))
                            {
                                // A generic type gets code of its own, but no converter: the store names held types by their type.
                                found.Add(new HeldFinding(member, attribute, HeldProblem.Generic, held.Type.Name, path));
                            }
                            else if (tag.BlindIndex && ProtectionRules.BlindIndexProblem(tag, MemberShape.Of(type)) is null && seen.Add(member))
                            {
                                found.Add(new HeldFinding(member, attribute, HeldProblem.BlindIndex, held.Type.Name, path));
                            }
                            else if (tag.Erasure == ErasureStrategy.CryptoShred && !tag.BlindIndex && seen.Add(member))
                            {
                                found.Add(new HeldFinding(member, attribute, HeldProblem.CryptoShred, held.Type.Name, path));
                            }
                        }
                    }
                }

                return found.ToImmutable();
            }
        }

        /// <summary>Where the first <c>DbSet</c> of <paramref name="entity"/> is declared in source, base contexts first.</summary>
        private static Location? DbSetLocation(INamedTypeSymbol context, INamedTypeSymbol entity)
        {
            foreach (INamedTypeSymbol level in Levels(context))
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (SymbolEqualityComparer.Default.Equals(EntityOf(member), entity) && member.Locations.Length > 0 && member.Locations[0].IsInSource)
                    {
                        return member.Locations[0];
                    }
                }
            }

            return null;
        }

        /// <summary>The context and its base contexts up to <c>DbContext</c>, base first.</summary>
        private static List<INamedTypeSymbol> Levels(INamedTypeSymbol context)
        {
            var levels = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? level = context; level is not null && !IsEfCoreDbContext(level); level = level.BaseType)
            {
                levels.Insert(0, level);
            }

            return levels;
        }

        private static INamedTypeSymbol? EntityOf(ISymbol member) =>
            member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } set }
            && set.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore"
            && set.TypeArguments[0] is INamedTypeSymbol entity
                ? entity
                : null;

        private static bool IsEfCoreDbContext(INamedTypeSymbol type) =>
            type.Name == "DbContext" && type.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore";

        /// <summary>Whether an instance property or field of the type or a base type carries a personal-data tag.</summary>
        private static bool HasTaggedMembers(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && TagReader.IsTagged(member))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether an untagged member of the entity holds an object that generated code exports and erases with it (an owned
        /// type, <see cref="OwnedTypeRules.Check"/>) with a tag inside: the entity then has personal data of its own to export
        /// and erase, and needs a chain to its subject as much as one with tags.
        /// </summary>
        private static bool HoldsOwnedPersonalData(INamedTypeSymbol entity, IAssemblySymbol assembly, MemberAccessRules access)
        {
            foreach (ISymbol member in ReadMembers.Of(entity))
            {
                if (!TagReader.IsTagged(member)
                    && OwnedTypeRules.Check(entity, member, assembly, access) is (OwnedStop.Follow, { } owned, _)
                    && OwnedTypeRules.FirstTag(owned, assembly) is not null)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Adds an entity or owned type and the types of its members (collections' elements) declared in this compilation,
        /// transitively, to <paramref name="covered"/>, and their base types to <paramref name="bases"/>.
        /// </summary>
        private static void Cover(INamedTypeSymbol root, HashSet<INamedTypeSymbol> covered, HashSet<INamedTypeSymbol> bases, Compilation compilation)
        {
            var pending = new Stack<INamedTypeSymbol>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                INamedTypeSymbol type = pending.Pop();
                if (!covered.Add(type.OriginalDefinition))
                {
                    continue;
                }

                for (INamedTypeSymbol? level = type.BaseType; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
                {
                    bases.Add(level.OriginalDefinition);
                }

                foreach (ISymbol member in EntityLinks.DataMembers(type))
                {
                    if (MemberShape.TypeOf(member) is { } memberType
                        && EntityLinks.HeldClass(memberType) is { } owned
                        && SymbolEqualityComparer.Default.Equals(owned.ContainingAssembly, compilation.Assembly))
                    {
                        pending.Push(owned);
                    }
                }
            }
        }

        /// <summary>
        /// Whether the type is an entity, an owned type or a base type of one, or derives from an entity or owned type (mapped
        /// with it by EF Core inheritance). A type that only shares a base type with an entity is not covered: EF Core does
        /// not map it through that entity.
        /// </summary>
        private static bool IsCovered(INamedTypeSymbol type, HashSet<INamedTypeSymbol> covered, HashSet<INamedTypeSymbol> bases)
        {
            if (bases.Contains(type.OriginalDefinition))
            {
                return true;
            }

            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                if (covered.Contains(level.OriginalDefinition))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
