using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pii.Tagging;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// The legal bases the long-form tags of the compilation give each purpose that no <c>[ProcessingPurpose]</c> declares,
    /// with the first member (by full name) that gives each. One purpose has one legal basis: a declared purpose's tags are
    /// checked against the declaration, and an undeclared one's against each other, which needs every tag of the compilation,
    /// read once, the first time a tag with an undeclared purpose is checked.
    /// </summary>
    internal sealed class PurposeBases
    {
        private readonly Compilation compilation;
        private readonly ImmutableArray<PurposeDeclaration> purposes;
        private Dictionary<string, SortedDictionary<LegalBasis, string>>? bases;

        public PurposeBases(Compilation compilation, ImmutableArray<PurposeDeclaration> purposes)
        {
            this.compilation = compilation;
            this.purposes = purposes;
        }

        /// <summary>The conflict <paramref name="tag"/> takes part in, worded to follow "cannot be honoured: ", or null.</summary>
        public string? Conflict(MemberTag tag, CancellationToken cancellationToken)
        {
            if (tag.Problem is not null || tag.LegalBasis == LegalBasis.Unspecified || PurposeDeclaration.Find(purposes, tag.Purpose) is not null)
            {
                return null;
            }

            Dictionary<string, SortedDictionary<LegalBasis, string>> all = LazyInitializer.EnsureInitialized(ref bases, () => Read(cancellationToken))!;
            if (!all.TryGetValue(tag.Purpose, out SortedDictionary<LegalBasis, string>? given) || given.Count < 2)
            {
                return null;
            }

            string listed = string.Join(", ", given.Select(b => $"{b.Key} ({b.Value})"));
            return $"purpose '{tag.Purpose}' is given {given.Count} legal bases by the tags of this project: {listed}; one purpose has one legal basis, and the record of processing can state only one: declare the purpose once with [assembly: ProcessingPurpose] and use the short form, or give the other processing a purpose of its own";
        }

        private Dictionary<string, SortedDictionary<LegalBasis, string>> Read(CancellationToken cancellationToken)
        {
            var found = new Dictionary<string, SortedDictionary<LegalBasis, string>>(System.StringComparer.Ordinal);
            var types = new List<INamedTypeSymbol>();
            Collect(compilation.Assembly.GlobalNamespace, types, cancellationToken);
            foreach (INamedTypeSymbol type in types.OrderBy(t => t.ToDisplayString(), System.StringComparer.Ordinal))
            {
                foreach (ISymbol member in type.GetMembers().OrderBy(m => m.Name, System.StringComparer.Ordinal))
                {
                    if (member is not (IPropertySymbol or IFieldSymbol) || member.IsImplicitlyDeclared)
                    {
                        continue;
                    }

                    foreach (MemberTag tag in TagReader.ReadTags(member, purposes))
                    {
                        if (tag.Problem is null && tag.LegalBasis != LegalBasis.Unspecified && PurposeDeclaration.Find(purposes, tag.Purpose) is null)
                        {
                            if (!found.TryGetValue(tag.Purpose, out SortedDictionary<LegalBasis, string>? given))
                            {
                                found[tag.Purpose] = given = new SortedDictionary<LegalBasis, string>();
                            }

                            if (!given.ContainsKey(tag.LegalBasis))
                            {
                                given[tag.LegalBasis] = $"{type.Name}.{member.Name}";
                            }
                        }
                    }
                }
            }

            return found;
        }

        private static void Collect(INamespaceOrTypeSymbol container, List<INamedTypeSymbol> types, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (ISymbol member in container.GetMembers())
            {
                if (member is INamespaceSymbol ns)
                {
                    Collect(ns, types, cancellationToken);
                }
                else if (member is INamedTypeSymbol type)
                {
                    types.Add(type);
                    Collect(type, types, cancellationToken);
                }
            }
        }
    }
}
