using Microsoft.CodeAnalysis;
using Pii.Tagging;

namespace Pii.Analyzers
{
    /// <summary>
    /// Questions about well-known types the analyzers ask by name and namespace, so that no type is resolved up front:
    /// is this type, or a base of it, <c>Microsoft.EntityFrameworkCore.DbContext</c>; does this symbol carry
    /// <c>[LoggerMessage]</c>; is this type declared not stored (<c>[NotMapped]</c>).
    /// </summary>
    internal static class SymbolFacts
    {
        /// <summary>Whether <paramref name="ns"/> is exactly the namespace <c>parts[0].parts[1]...</c>.</summary>
        public static bool IsNamespace(INamespaceSymbol? ns, params string[] parts)
        {
            for (int i = parts.Length - 1; i >= 0; i--)
            {
                if (ns is null || ns.Name != parts[i])
                {
                    return false;
                }

                ns = ns.ContainingNamespace;
            }

            return ns is { IsGlobalNamespace: true };
        }

        /// <summary>Whether the type is named <paramref name="name"/> in the namespace <paramref name="ns"/>.</summary>
        public static bool Is(INamedTypeSymbol? type, string name, params string[] ns) =>
            type is not null && type.Name == name && IsNamespace(type.ContainingNamespace, ns);

        /// <summary>Whether <paramref name="type"/> (with <paramref name="self"/>) or one of its base types is <c>ns.name</c>.</summary>
        public static bool DerivesFrom(INamedTypeSymbol type, bool self, string name, params string[] ns)
        {
            for (INamedTypeSymbol? t = self ? type : type.BaseType; t is not null; t = t.BaseType)
            {
                if (Is(t, name, ns))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the symbol carries an attribute of the class <c>ns.name</c>.</summary>
        public static bool HasAttribute(ISymbol symbol, string name, params string[] ns)
        {
            foreach (AttributeData attribute in symbol.GetAttributes())
            {
                if (Is(attribute.AttributeClass, name, ns))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether the type is an entity as Pii reads one: it has a key or is a data subject, and is not marked [NotMapped].</summary>
        public static bool IsStored(INamedTypeSymbol type) =>
            !IsNotMapped(type) && (EntityLinks.KeyOf(type) is not null || TagReader.FindDataSubject(type) is not null);

        /// <summary>
        /// Whether the type itself carries <c>System.ComponentModel.DataAnnotations.Schema.NotMappedAttribute</c>: EF Core
        /// leaves it out of the model unless it is configured explicitly, and Pii reads it as "never stored" (a DTO or
        /// view model whose tags serve redaction). A base type's attribute does not count: EF Core would ignore the derived
        /// type too, but Pii keeps checking it, the side on which a mistake is only a warning.
        /// </summary>
        public static bool IsNotMapped(INamedTypeSymbol type) =>
            HasAttribute(type, "NotMappedAttribute", "System", "ComponentModel", "DataAnnotations", "Schema");
    }
}
