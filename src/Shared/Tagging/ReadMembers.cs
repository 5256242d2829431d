using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>
    /// Which declarations of a type's members generated code reads their tags from: one rule for the generator (which
    /// writes code for them) and the analyzers (which report a tag it does not read).
    /// </summary>
    internal static class ReadMembers
    {
        /// <summary>
        /// The instance data members of the type and its bases, base first, each name once: its first declaration, as a
        /// derived member that hides it or a private field of the same name are other data. One exception: an untagged
        /// member that a tagged <c>override</c> further down overrides gives way to the override, which carries the
        /// decision (<c>value.Email</c> binds to the override in any case).
        /// </summary>
        public static List<ISymbol> Of(INamedTypeSymbol type)
        {
            var chain = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                chain.Insert(0, level);
            }

            var members = new List<ISymbol>();
            var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
            foreach (INamedTypeSymbol level in chain)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (!IsInstanceData(member))
                    {
                        continue;
                    }

                    if (!index.TryGetValue(member.Name, out int at))
                    {
                        index.Add(member.Name, members.Count);
                        members.Add(member);
                    }
                    else if (member is IPropertySymbol { IsOverride: true } property && Overrides(property, members[at])
                        && TagReader.IsTagged(member) && !TagReader.IsTagged(members[at]))
                    {
                        members[at] = member;
                    }
                }
            }

            return members;
        }

        /// <summary>
        /// An instance property (not an indexer, nor an explicit interface implementation, which <c>value.Name</c> cannot
        /// reach) or field that the source declares.
        /// </summary>
        public static bool IsInstanceData(ISymbol member) => member switch
        {
            IPropertySymbol property => !property.IsStatic && !property.IsIndexer && !property.IsImplicitlyDeclared && property.ExplicitInterfaceImplementations.IsEmpty,
            IFieldSymbol field => !field.IsStatic && !field.IsConst && !field.IsImplicitlyDeclared,
            _ => false,
        };

        /// <summary>Whether <paramref name="property"/> overrides <paramref name="overridden"/>, directly or through other overrides.</summary>
        public static bool Overrides(IPropertySymbol property, ISymbol overridden)
        {
            for (IPropertySymbol? current = property.OverriddenProperty; current is not null; current = current.OverriddenProperty)
            {
                if (SymbolEqualityComparer.Default.Equals(current, overridden))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
