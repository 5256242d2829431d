using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Parsing
{
    /// <summary>
    /// The record of processing's view of one tagged type (<see cref="RecordTypeSpec"/>): its subject, reached by the
    /// links of <see cref="EntityLinks"/>, and where its members are declared. Runs inside <see cref="TypeParser"/>.
    /// </summary>
    internal static class RecordTypeParser
    {
        /// <summary>How the record names a type: namespace and containing types, no <c>global::</c>, type parameters kept.</summary>
        public static readonly SymbolDisplayFormat TypeFormat = new(
            globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
            typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
            genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters);

        public static RecordMemberSpec Member(ISymbol member, INamedTypeSymbol? ownedType, ImmutableArray<MemberTag> tags)
        {
            var descriptions = new List<PurposeNote>();
            foreach (MemberTag tag in tags)
            {
                if (tag.Description is { Length: > 0 } description && !descriptions.Any(d => d.Purpose == tag.Purpose))
                {
                    descriptions.Add(new PurposeNote(tag.Purpose, description));
                }
            }

            return new RecordMemberSpec(member.Name, LocationInfo.From(member.Locations.FirstOrDefault()), ownedType?.ToDisplayString(TypeFormat), descriptions.ToEquatableArray());
        }

        public static RecordTypeSpec Parse(Compilation compilation, INamedTypeSymbol type, List<RecordMemberSpec> members, CancellationToken cancellationToken)
        {
            string name = type.ToDisplayString(TypeFormat);
            string? key = EntityLinks.KeyOf(type)?.Name;
            AttributeData? subject = TagReader.FindDataSubject(type);
            string? description = subject?.NamedArguments.FirstOrDefault(a => a.Key == "Description").Value.Value as string;

            ImmutableArray<LinkStep>? chain = EntityLinks.ChainToSubject(type, Reachable(compilation, type, cancellationToken), out _);
            if (chain is not { } steps)
            {
                return new RecordTypeSpec(name, type.Name, null, null, description, subject is not null, key, null, members.ToEquatableArray());
            }

            INamedTypeSymbol root = steps.IsEmpty ? type : steps[steps.Length - 1].Target;
            string rootName = root.ToDisplayString(TypeFormat);
            string? rootKey = EntityLinks.KeyOf(root)?.Name;
            string? rootDescription = TagReader.FindDataSubject(root)?.NamedArguments.FirstOrDefault(a => a.Key == "Description").Value.Value as string;
            LinkRecordSpec? link = steps.IsEmpty ? null : new LinkRecordSpec(steps[0].Member.Name, steps[0].Target.ToDisplayString(TypeFormat), steps[0].TargetKey.Name);
            return new RecordTypeSpec(
                name,
                type.Name,
                SubjectKind(root),
                new SubjectRootSpec(rootName, SubjectKind(root), rootKey is null ? null : rootName + "." + rootKey, rootDescription),
                description,
                subject is not null,
                key,
                link,
                members.ToEquatableArray());
        }

        /// <summary>The kind of a <c>[DataSubject]</c>: its <c>Kind</c>, or the type's name.</summary>
        public static string SubjectKind(INamedTypeSymbol subject)
        {
            string? kind = TagReader.FindDataSubject(subject)?.NamedArguments.FirstOrDefault(a => a.Key == "Kind").Value.Value as string;
            return kind is { Length: > 0 } ? kind : subject.Name;
        }

        /// <summary>
        /// The types a chain from <paramref name="type"/> may pass through: what its <c>[SubjectLink]</c>s, navigations
        /// to data subjects and <c>{Entity}Id</c> members name, and theirs, as far as a chain may reach.
        /// </summary>
        private static IReadOnlyCollection<INamedTypeSymbol> Reachable(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var reachable = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { type };
            var frontier = new List<INamedTypeSymbol> { type };
            for (int depth = 0; depth < EntityLinks.MaxChain && frontier.Count > 0; depth++)
            {
                var next = new List<INamedTypeSymbol>();
                foreach (INamedTypeSymbol current in frontier)
                {
                    foreach (INamedTypeSymbol target in Targets(compilation, current, cancellationToken))
                    {
                        if (reachable.Add(target))
                        {
                            next.Add(target);
                        }
                    }
                }

                frontier = next;
            }

            return reachable;
        }

        private static IEnumerable<INamedTypeSymbol> Targets(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (ISymbol member in EntityLinks.DataMembers(type))
            {
                foreach (AttributeData attribute in member.GetAttributes())
                {
                    if (WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SubjectLinkAttribute")
                        && attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0].Value is INamedTypeSymbol linked)
                    {
                        yield return linked;
                    }
                }

                if (MemberShape.TypeOf(member) is INamedTypeSymbol { TypeKind: TypeKind.Class } navigation
                    && TagReader.FindDataSubject(navigation) is not null)
                {
                    yield return navigation;
                }

                if (member.Name.Length > 2 && member.Name.EndsWith("Id", StringComparison.Ordinal) && member.Name != type.Name + "Id")
                {
                    foreach (ISymbol candidate in compilation.GetSymbolsWithName(member.Name.Substring(0, member.Name.Length - 2), SymbolFilter.Type, cancellationToken))
                    {
                        if (candidate is INamedTypeSymbol { TypeKind: TypeKind.Class } target)
                        {
                            yield return target;
                        }
                    }
                }
            }
        }
    }
}
