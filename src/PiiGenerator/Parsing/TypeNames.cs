using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis;
using Pii.Tagging;

namespace Pii.Generator.Parsing
{
    /// <summary>The names of a type's generated class and file, made the same way for a type and for the types that own it.</summary>
    internal static class TypeNames
    {
        public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary>
        /// <c>Customer</c> → <c>CustomerPersonalData</c>; <c>Outer.Inner</c> → <c>Outer_InnerPersonalData</c>; <c>Entity&lt;TKey&gt;</c> →
        /// <c>EntityOfTKeyPersonalData</c>. When that name is taken it gets a stable suffix (<c>CustomerPersonalData_1f0c9a3e</c>):
        /// when the namespace declares a type or namespace of that name (the project's own <c>CustomerPersonalData</c>), or
        /// when another type spells the same and this one is not the plain top-level, non-generic one (<c>Outer.Inner</c> beside
        /// <c>Outer_Inner</c>: the nested one). A type of another assembly has the name its own build gave it, which is read
        /// from that assembly.
        /// </summary>
        public static string ClassName(INamedTypeSymbol type)
        {
            string simple = SimpleName(type);
            string name = simple + "PersonalData";
            if (type.ContainingAssembly is not ISourceAssemblySymbol)
            {
                if (GeneratedTypeRules.CallableClassOf(type) is { } callable)
                {
                    return callable.Name;
                }

                // The class that project's build generated (by an earlier Pii, with internal members), or the name for one
                // this project writes for it: suffixed when that project declares the plain name or its Extensions itself.
                string suffixed = name + Suffix(type);
                if (type.ContainingNamespace is not { } declaring)
                {
                    return name;
                }

                foreach (string candidate in new[] { name, suffixed })
                {
                    if (IsGeneratedFor(declaring.GetTypeMembers(candidate), type))
                    {
                        return candidate;
                    }
                }

                return declaring.GetTypeMembers(name).IsEmpty && declaring.GetTypeMembers(name + "Extensions").IsEmpty && declaring.GetTypeMembers(suffixed).IsEmpty
                    ? name
                    : suffixed;
            }

            if (type.ContainingNamespace is not { } ns)
            {
                return name;
            }

            Siblings siblings = SiblingsOf(ns);
            bool plain = type.ContainingType is null && type.Arity == 0;
            return siblings.Declared.Contains(name) || siblings.Declared.Contains(name + "Extensions") || (!plain && siblings.SharedSimpleNames.Contains(simple))
                ? name + Suffix(type)
                : name;
        }

        /// <summary>Whether one of <paramref name="classes"/> is a generated class of <paramref name="type"/>: it extends it with <c>WritePersonalData</c>.</summary>
        private static bool IsGeneratedFor(System.Collections.Immutable.ImmutableArray<INamedTypeSymbol> classes, INamedTypeSymbol type)
        {
            foreach (INamedTypeSymbol candidate in classes)
            {
                foreach (ISymbol member in candidate.GetMembers("WritePersonalData"))
                {
                    if (member is IMethodSymbol { IsExtensionMethod: true } method
                        && SymbolEqualityComparer.Default.Equals(method.Parameters[0].Type.OriginalDefinition, type.OriginalDefinition))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// A name for the type that no other type shares, for members the store declares per type of a referenced project:
        /// <see cref="SimpleName"/>, <c>_</c> and the eight hex digits of a hash of its full name (<c>Address_1f0c9a3e</c>).
        /// </summary>
        public static string UniqueName(INamedTypeSymbol type) => SimpleName(type) + Suffix(type);

        /// <summary>The class's name qualified with <c>global::</c> and the namespace.</summary>
        public static string QualifiedClassName(INamedTypeSymbol type)
        {
            string ns = Namespace(type) is { } name ? name + "." : string.Empty;
            return "global::" + ns + ClassName(type);
        }

        public static string SimpleName(INamedTypeSymbol type)
        {
            if (type.ContainingType is null && type.Arity == 0)
            {
                return type.Name; // most types: no string to build
            }

            var name = new StringBuilder();
            if (type.ContainingType is { } outer)
            {
                name.Append(SimpleName(outer)).Append('_');
            }

            name.Append(type.Name);
            for (int i = 0; i < type.TypeParameters.Length; i++)
            {
                name.Append(i == 0 ? "Of" : "And").Append(type.TypeParameters[i].Name);
            }

            return name.ToString();
        }

        public static string? Namespace(INamedTypeSymbol type) =>
            type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : null;

        /// <summary>A file name unique per type: its metadata name with only letters, digits, dots and underscores.</summary>
        public static string HintName(INamedTypeSymbol type)
        {
            var name = new StringBuilder();
            if (Namespace(type) is { } ns)
            {
                name.Append(ns).Append('.');
            }

            string local = FileName(type);
            name.Append(local);
            for (int i = 0; i < name.Length; i++)
            {
                if (!IsFileNameChar(name[i]))
                {
                    name[i] = '_';
                }
            }

            // File names compare without case (AddSource throws on Customer and customer in one namespace), and the metadata name
            // loses its '+' and '`' (Outer+Inner and Outer_Inner): a type whose name another type's spells the same, or that sits
            // in a namespace with a twin but for case, gets its own file name, the same on every run.
            if ((type.ContainingNamespace is { } containing && SiblingsOf(containing).SharedFileNames.Contains(local)) || InCaseTwinNamespace(type))
            {
                name.Append(Suffix(type));
            }

            return name.Append(".PersonalData.g.cs").ToString();
        }

        private static bool IsFileNameChar(char c) => char.IsLetterOrDigit(c) || c == '.' || c == '_';

        /// <summary>The type's metadata name, with the types it is nested in, as a file name: <c>Outer+Inner`1</c> → <c>Outer_Inner_1</c>.</summary>
        private static string FileName(INamedTypeSymbol type)
        {
            if (type.ContainingType is null)
            {
                return AsFileName(type.MetadataName);
            }

            var name = new StringBuilder();
            AppendMetadataName(name, type);
            return AsFileName(name.ToString());
        }

        /// <summary>The name with every character a file name does not get (all but letters, digits and <c>_</c>) as <c>_</c>.</summary>
        private static string AsFileName(string name)
        {
            StringBuilder? file = null; // built only for a name that needs a change: most need none
            for (int i = 0; i < name.Length; i++)
            {
                if (!IsFileNameChar(name[i]) || name[i] == '.')
                {
                    (file ??= new StringBuilder(name))[i] = '_';
                }
            }

            return file?.ToString() ?? name;
        }

        /// <summary><c>_</c> and eight hex digits of a hash of the type's full name: the same in every process and on every run.</summary>
        private static string Suffix(INamedTypeSymbol type) =>
            "_" + StableHash(type.ToDisplayString()).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Whether a namespace the type is in has a sibling namespace or type whose name differs only by case.</summary>
        private static bool InCaseTwinNamespace(INamedTypeSymbol type)
        {
            for (INamespaceSymbol? level = type.ContainingNamespace; level is { IsGlobalNamespace: false }; level = level.ContainingNamespace)
            {
                if (level.ContainingNamespace is { } parent && SiblingsOf(parent).CaseTwins.Contains(level.MetadataName))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The names a namespace's types would share: computed once per namespace (a source type's namespace lists the
        /// types of its own assembly; symbols belong to one compilation and go with it), not once per type of thousands.</summary>
        private sealed class Siblings
        {
            /// <summary>The names of the namespace's direct members, types (not generic) and namespaces.</summary>
            public readonly HashSet<string> Declared = new(System.StringComparer.Ordinal);

            /// <summary>Simple names (<see cref="SimpleName"/>) that two of the namespace's types, at any nesting, spell alike.</summary>
            public readonly HashSet<string> SharedSimpleNames = new(System.StringComparer.Ordinal);

            /// <summary>File names (<see cref="FileName"/>) that two types spell alike but for case.</summary>
            public readonly HashSet<string> SharedFileNames = new(System.StringComparer.OrdinalIgnoreCase);

            /// <summary>Names of the namespace's direct members (namespaces and types) that another member's name equals as a file name: but for case, or for characters a file name cannot hold.</summary>
            public readonly HashSet<string> CaseTwins = new(System.StringComparer.Ordinal);
        }

        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamespaceSymbol, Siblings> SiblingsTable = new();

        private static Siblings SiblingsOf(INamespaceSymbol ns) => SiblingsTable.GetValue(ns, Find);

        private static Siblings Find(INamespaceSymbol ns)
        {
            var siblings = new Siblings();

            var byFileName = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
            {
                string file = AsFileName(member.MetadataName);
                if (byFileName.TryGetValue(file, out string? other))
                {
                    if (!string.Equals(other, member.MetadataName, System.StringComparison.Ordinal))
                    {
                        siblings.CaseTwins.Add(other);
                        siblings.CaseTwins.Add(member.MetadataName);
                    }
                }
                else
                {
                    byFileName.Add(file, member.MetadataName);
                }

                if (member is INamespaceSymbol or INamedTypeSymbol { Arity: 0 })
                {
                    siblings.Declared.Add(member.Name);
                }
            }

            var simpleNames = new HashSet<string>(System.StringComparer.Ordinal);
            var fileNames = new HashSet<string>(System.StringComparer.OrdinalIgnoreCase);
            var pending = new Stack<INamedTypeSymbol>(ns.GetTypeMembers());
            while (pending.Count > 0)
            {
                INamedTypeSymbol type = pending.Pop();
                string simple = SimpleName(type);
                if (!simpleNames.Add(simple))
                {
                    siblings.SharedSimpleNames.Add(simple);
                }

                string file = FileName(type);
                if (!fileNames.Add(file))
                {
                    siblings.SharedFileNames.Add(file);
                }

                foreach (INamedTypeSymbol nested in type.GetTypeMembers())
                {
                    pending.Push(nested);
                }
            }

            return siblings;
        }

        /// <summary>FNV-1a over the name's characters: the same in every process, unlike <c>string.GetHashCode</c>.</summary>
        private static uint StableHash(string text)
        {
            uint hash = 2166136261;
            foreach (char c in text)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }

        private static void AppendMetadataName(StringBuilder name, INamedTypeSymbol type)
        {
            if (type.ContainingType is { } outer)
            {
                AppendMetadataName(name, outer);
                name.Append('+');
            }

            name.Append(type.MetadataName);
        }
    }
}
