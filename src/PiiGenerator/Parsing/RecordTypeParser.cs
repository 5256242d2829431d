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
            ImmutableArray<LinkStep>? chain = EntityLinks.ChainToSubject(type, EntityLinks.Reachable(compilation, type, cancellationToken), out _);
            if (chain is not { } steps)
            {
                return new RecordTypeSpec(name, type.Name, null, key, null, members.ToEquatableArray(), EntityLinks.IsOwnedType(type));
            }

            INamedTypeSymbol root = steps.IsEmpty ? type : steps[steps.Length - 1].Target;
            string rootName = root.ToDisplayString(TypeFormat);
            string? rootKey = EntityLinks.KeyOf(root)?.Name;
            string? rootDescription = TagReader.FindDataSubject(root)?.NamedArguments.FirstOrDefault(a => a.Key == "Description").Value.Scalar() as string;
            LinkRecordSpec? link = steps.IsEmpty ? null : new LinkRecordSpec(steps[0].Member.Name, steps[0].Target.ToDisplayString(TypeFormat), steps[0].TargetKey.Name);
            return new RecordTypeSpec(
                name,
                type.Name,
                new SubjectRootSpec(rootName, SubjectKind(root), rootKey is null ? null : rootName + "." + rootKey, rootDescription),
                key,
                link,
                members.ToEquatableArray(),
                EntityLinks.IsOwnedType(type));
        }

        /// <summary>The kind of a <c>[DataSubject]</c>: its <c>Kind</c>, or the type's name.</summary>
        private static string SubjectKind(INamedTypeSymbol subject)
        {
            string? kind = TagReader.FindDataSubject(subject)?.NamedArguments.FirstOrDefault(a => a.Key == "Kind").Value.Scalar() as string;
            return kind is { Length: > 0 } ? kind : subject.Name;
        }
    }
}
