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

            return name.Append(".PersonalData.g.cs").ToString();
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
