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
                var ownedReported = new ConcurrentDictionary<ISymbol, bool>(SymbolEqualityComparer.Default);
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
                                ReportOwnedProtection(symbol, type, ownedReported);
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
                            Cover(entity, covered, compilation);
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
                        if (!IsCovered(type, covered))
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
            foreach (INamedTypeSymbol entity in entities)
            {
                symbol.CancellationToken.ThrowIfCancellationRequested();
                if (TagReader.FindDataSubject(entity) is not null || !HasTaggedMembers(entity))
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
        /// key for it. Each member is reported once, however many contexts hold its type (the first context's path is the example).
        /// </summary>
        private static void ReportOwnedProtection(SymbolAnalysisContext symbol, INamedTypeSymbol context, ConcurrentDictionary<ISymbol, bool> reported)
        {
            // The types the generated ConfigureProtection looks for in the model, with the members it maps on them.
            ImmutableArray<INamedTypeSymbol> entities = EntityLinks.EntityTypes(context);
            var unnamed = new List<HeldType>();
            foreach (HeldType held in EntityLinks.HeldTypes(entities, entities, symbol.Compilation.Assembly, unnamed, symbol.CancellationToken))
            {
                foreach (ISymbol member in EntityLinks.HeldMembers(held, entities))
                {
                    if (member.Locations.Length == 0 || !member.Locations[0].IsInSource || MemberShape.TypeOf(member) is not { } type)
                    {
                        continue;
                    }

                    foreach (AttributeData attribute in member.GetAttributes())
                    {
                        if (!TagReader.IsPersonalDataTag(attribute.AttributeClass)
                            || TagReader.TryRead(attribute, ImmutableArray<PurposeDeclaration>.Empty) is not { Protection: Protection.Encrypted } tag)
                        {
                            continue;
                        }

                        if (tag.BlindIndex && ProtectionRules.BlindIndexProblem(tag, MemberShape.Of(type)) is null && reported.TryAdd(member, true))
                        {
                            string problem = $"a blind index is kept for members of a context's entities only, and {held.Type.Name} is held by an entity as an owned object or through a navigation (for example {held.Path}.{member.Name}): the member is encrypted, but no index column and no lookup are generated there; move it onto the entity, or drop BlindIndex";
                            Location location = attribute.ApplicationSyntaxReference?.GetSyntax(symbol.CancellationToken).GetLocation() ?? member.Locations[0];
                            symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidTag, location, $"The tag on '{member.Name}'", problem));
                        }
                        else if (tag.Erasure == ErasureStrategy.CryptoShred && !tag.BlindIndex && reported.TryAdd(member, true))
                        {
                            string reason = $"crypto-shredding finds the subject's key for members of a context's entities only, and {held.Type.Name} is held by an entity as an owned object or through a navigation (for example {held.Path}.{member.Name}): the member is encrypted under the application's key ring there; use Clear, or move it onto the entity";
                            symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.ErasureStrategyNotApplicable, member.Locations[0], member.Name, "CryptoShred", reason));
                        }
                    }
                }
            }

            // A type generated code cannot name gets no converter: its encrypted members would be stored as they are.
            foreach (HeldType held in unnamed)
            {
                foreach (ISymbol member in EntityLinks.HeldMembers(held, entities))
                {
                    foreach (AttributeData attribute in member.GetAttributes())
                    {
                        if (member.Locations.Length > 0 && member.Locations[0].IsInSource
                            && TagReader.IsPersonalDataTag(attribute.AttributeClass)
                            && TagReader.TryRead(attribute, ImmutableArray<PurposeDeclaration>.Empty) is { Protection: Protection.Encrypted }
                            && reported.TryAdd(member, true))
                        {
                            string problem = $"{held.Type.Name} is held by an entity (for example {held.Path}.{member.Name}), but it is {(held.Type.IsGenericType ? "generic" : "not visible to the rest of the assembly")}, so no value converter is generated for it and the member would be stored as it is; make the type non-generic and internal or public, or move the member";
                            Location location = attribute.ApplicationSyntaxReference?.GetSyntax(symbol.CancellationToken).GetLocation() ?? member.Locations[0];
                            symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.InvalidTag, location, $"The tag on '{member.Name}'", problem));
                        }
                    }
                }
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

        /// <summary>Adds an entity or owned type, its base types, and the types of its members (collections' elements) declared in this compilation, transitively.</summary>
        private static void Cover(INamedTypeSymbol root, HashSet<INamedTypeSymbol> covered, Compilation compilation)
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
                    covered.Add(level.OriginalDefinition);
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

        /// <summary>Whether the type, or a base type of it (an entity mapped with EF Core inheritance), is covered.</summary>
        private static bool IsCovered(INamedTypeSymbol type, HashSet<INamedTypeSymbol> covered)
        {
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
