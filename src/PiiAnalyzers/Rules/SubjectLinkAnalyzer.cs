using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// PII004: an entity with tagged members that no link leads to from a data subject. An entity is linked when
    /// it is a <c>[DataSubject]</c>, has a navigation to a data subject, or a <c>[SubjectLink(typeof(X))]</c> member or
    /// a member named <c>{X}Id</c> where <c>X</c> is a data subject or an entity linked to one.
    /// </summary>
    /// <remarks>
    /// Types without a key (<c>Id</c>, <c>{Type}Id</c> or <c>[Key]</c>) are owned or complex types, erased with the
    /// entity that holds them, as are types with EF Core's <c>[Owned]</c> even with a key; abstract types are linked through
    /// their derived types: none is reported. Nor are
    /// types marked <c>[NotMapped]</c>, which are never stored (DTOs and view models tagged for redaction).
    /// </remarks>
    public sealed class SubjectLinkAnalyzer : DiagnosticAnalyzer
    {
        private const int MaxChain = 8;

        /// <inheritdoc/>
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Descriptors.NoSubjectLink);

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
                SeverityGate gate = SeverityGate.For(compilation, start.Options, SupportedDiagnostics);
                start.RegisterSymbolAction(
                    symbol =>
                    {
                        var type = (INamedTypeSymbol)symbol.Symbol;
                        if (type.TypeKind is TypeKind.Class or TypeKind.Struct
                            && type.Locations.Length > 0
                            && !gate.IsOff(type.Locations[0].SourceTree, symbol.CancellationToken)
                            && !type.IsAbstract
                            && !type.IsStatic
                            && !SymbolFacts.IsNotMapped(type)
                            && !EntityLinks.IsOwnedType(type)
                            && HasTaggedMembers(type)
                            && HasKey(type)
                            && !IsLinked(type, compilation))
                        {
                            symbol.ReportDiagnostic(Diagnostic.Create(Descriptors.NoSubjectLink, type.Locations[0], type.Name));
                        }
                    },
                    SymbolKind.NamedType);
            });
        }

        private static bool HasTaggedMembers(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (member is IPropertySymbol or IFieldSymbol && TagReader.IsTagged(member))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static bool HasKey(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (member is not (IPropertySymbol or IFieldSymbol) || member.IsStatic)
                    {
                        continue;
                    }

                    if (member.Name == "Id" || member.Name == type.Name + "Id")
                    {
                        return true;
                    }

                    foreach (AttributeData attribute in member.GetAttributes())
                    {
                        if (attribute.AttributeClass is { Name: "KeyAttribute" })
                        {
                            return true;
                        }
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// Whether a chain of links leads from <paramref name="start"/> to a <c>[DataSubject]</c> within <see cref="MaxChain"/>
        /// steps: searched breadth first, each type once (a search that revisited types took seconds for eight entities that
        /// all name each other by <c>{Type}Id</c> and no subject, and minutes for nine).
        /// </summary>
        private static bool IsLinked(INamedTypeSymbol start, Compilation compilation)
        {
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { start };
            var current = new List<INamedTypeSymbol> { start };
            for (int depth = 0; current.Count > 0; depth++)
            {
                var next = new List<INamedTypeSymbol>();
                foreach (INamedTypeSymbol type in current)
                {
                    if (LinksDirectly(type, depth < MaxChain, compilation, seen, next))
                    {
                        return true;
                    }
                }

                current = next;
            }

            return false;
        }

        /// <summary>
        /// Whether the type is a subject (or a subclass of one), or a navigation links it to one; adds the types its
        /// <c>[SubjectLink]</c>s and <c>{Type}Id</c> members name to <paramref name="next"/> when <paramref name="expand"/>.
        /// </summary>
        private static bool LinksDirectly(INamedTypeSymbol type, bool expand, Compilation compilation, HashSet<INamedTypeSymbol> seen, List<INamedTypeSymbol> next)
        {
            for (INamedTypeSymbol? level = type; level is not null; level = level.BaseType)
            {
                if (TagReader.FindDataSubject(level) is not null)
                {
                    return true; // a subject, or a subclass of one
                }
            }

            if (!expand)
            {
                return false;
            }

            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (member is not (IPropertySymbol or IFieldSymbol) || member.IsStatic)
                    {
                        continue;
                    }

                    foreach (AttributeData attribute in member.GetAttributes())
                    {
                        if (WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SubjectLinkAttribute")
                            && attribute.ConstructorArguments.Length == 1
                            && attribute.ConstructorArguments[0].Scalar() is INamedTypeSymbol target
                            && seen.Add(target))
                        {
                            next.Add(target); // [SubjectLink(typeof(X))] links when X is a subject or is linked to one
                        }
                    }

                    if (MemberShape.TypeOf(member) is INamedTypeSymbol navigation && TagReader.FindDataSubject(navigation) is not null)
                    {
                        return true;
                    }

                    if (member.Name.Length > 2 && member.Name.EndsWith("Id", System.StringComparison.Ordinal))
                    {
                        foreach (ISymbol candidate in compilation.GetSymbolsWithName(member.Name.Substring(0, member.Name.Length - 2), SymbolFilter.Type))
                        {
                            if (candidate is INamedTypeSymbol named && seen.Add(named))
                            {
                                next.Add(named);
                            }
                        }
                    }
                }
            }

            return false;
        }
    }
}
