using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace Pii.Generator.Parsing
{
    /// <summary>The names of a type's generated class and file, made the same way for a type and for the types that own it.</summary>
    internal static class TypeNames
    {
        public static readonly SymbolDisplayFormat FullyQualified = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        /// <summary><c>Customer</c> → <c>CustomerPersonalData</c>; <c>Outer.Inner</c> → <c>Outer_InnerPersonalData</c>; <c>Entity&lt;TKey&gt;</c> → <c>EntityOfTKeyPersonalData</c>.</summary>
        public static string ClassName(INamedTypeSymbol type) => SimpleName(type) + "PersonalData";

        /// <summary>The class's name qualified with <c>global::</c> and the namespace.</summary>
        public static string QualifiedClassName(INamedTypeSymbol type)
        {
            string ns = Namespace(type) is { } name ? name + "." : string.Empty;
            return "global::" + ns + ClassName(type);
        }

        public static string SimpleName(INamedTypeSymbol type)
        {
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

            AppendMetadataName(name, type);
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!(char.IsLetterOrDigit(c) || c == '.' || c == '_'))
                {
                    name[i] = '_';
                }
            }

            // File names compare without case (AddSource would throw on Customer and customer in one namespace): a type whose
            // name differs from a sibling's only by case gets its own file name, the same on every run.
            if (HasCaseTwin(type))
            {
                name.Append('_').Append(StableHash(type.ToDisplayString()).ToString("x8", System.Globalization.CultureInfo.InvariantCulture));
            }

            return name.Append(".PersonalData.g.cs").ToString();
        }

        /// <summary>Whether the type, a type it is nested in, or a namespace it is in has a sibling whose name differs only by case.</summary>
        private static bool HasCaseTwin(INamedTypeSymbol type)
        {
            for (ISymbol? level = type; level is not null and not INamespaceSymbol { IsGlobalNamespace: true }; level = level.ContainingSymbol)
            {
                if (level.ContainingSymbol is INamespaceOrTypeSymbol parent && CaseTwins.GetValue(parent, FindCaseTwins).Contains(level.MetadataName))
                {
                    return true;
                }
            }

            return false;
        }

        // The names among each namespace's or type's members that another member's name equals but for case: computed once per
        // symbol (symbols belong to one compilation, and go with it), not once per type of a namespace of thousands.
        private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<INamespaceOrTypeSymbol, HashSet<string>> CaseTwins = new();

        private static HashSet<string> FindCaseTwins(INamespaceOrTypeSymbol parent)
        {
            var twins = new HashSet<string>(System.StringComparer.Ordinal);
            var byFolded = new Dictionary<string, string>(System.StringComparer.OrdinalIgnoreCase);
            IEnumerable<ISymbol> members = parent is INamespaceSymbol ns ? ns.GetMembers() : ((INamedTypeSymbol)parent).GetTypeMembers();
            foreach (ISymbol member in members)
            {
                if (byFolded.TryGetValue(member.MetadataName, out string? other))
                {
                    if (!string.Equals(other, member.MetadataName, System.StringComparison.Ordinal))
                    {
                        twins.Add(other);
                        twins.Add(member.MetadataName);
                    }
                }
                else
                {
                    byFolded.Add(member.MetadataName, member.MetadataName);
                }
            }

            return twins;
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
