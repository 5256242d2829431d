using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Pii.Analyzers.Vocabulary;

namespace Pii.Analyzers.Untagged
{
    /// <summary>
    /// Builds the classifier's <see cref="NameContext"/> for a property or field, caching per compilation each type's
    /// member names and each file's <see cref="UntaggedOptions"/>.
    /// </summary>
    internal sealed class MemberContext
    {
        private readonly ConcurrentDictionary<INamedTypeSymbol, string[]> memberNames = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<SyntaxTree, UntaggedOptions> options = new();
        private readonly AnalyzerConfigOptionsProvider optionsProvider;

        public MemberContext(AnalyzerConfigOptionsProvider optionsProvider)
        {
            this.optionsProvider = optionsProvider;
        }

        /// <summary>The context of <paramref name="member"/>.</summary>
        public NameContext For(ISymbol member, ITypeSymbol memberType, bool containingTypeIsPersonType)
        {
            INamedTypeSymbol type = member.ContainingType;
            // The classifier skips the member's own name among the siblings, so the type's names are shared as they are.
            string[] names = memberNames.GetOrAdd(type, NamesOf);
            return new NameContext(member.Name, TypeName(memberType), type.Name, names, containingTypeIsPersonType);
        }

        /// <summary>The PII001 options that apply to a file.</summary>
        public UntaggedOptions OptionsFor(SyntaxTree tree) => options.GetOrAdd(tree, t => UntaggedOptions.Read(optionsProvider.GetOptions(t)));

        /// <summary>
        /// The simple name the classifier understands: nullable unwrapped, <c>Byte[]</c> and <c>Char[]</c> kept as
        /// arrays, and the element type of other collections (a <c>List&lt;string&gt;</c> of e-mail addresses holds text).
        /// </summary>
        public static string TypeName(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Byte or SpecialType.System_Char } array)
            {
                return array.ElementType.Name + "[]";
            }

            if (type.SpecialType == SpecialType.System_String)
            {
                return type.Name;
            }

            ITypeSymbol element = TypeIndex.ElementOf(type);
            if (!SymbolEqualityComparer.Default.Equals(element, type))
            {
                return TypeName(element);
            }

            return type.Name;
        }

        private static string[] NamesOf(INamedTypeSymbol type)
        {
            var names = new List<string>();
            for (INamedTypeSymbol? t = type; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
            {
                foreach (ISymbol member in t.GetMembers())
                {
                    if (member is IPropertySymbol { IsIndexer: false, IsImplicitlyDeclared: false } or IFieldSymbol { IsImplicitlyDeclared: false, IsConst: false }
                        && !member.IsStatic && member.CanBeReferencedByName && !names.Contains(member.Name))
                    {
                        names.Add(member.Name);
                    }
                }
            }

            return names.ToArray();
        }
    }
}
