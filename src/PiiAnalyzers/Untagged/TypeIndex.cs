using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pii.Analyzers.Vocabulary;
using Pii.Tagging;

namespace Pii.Analyzers.Untagged
{
    /// <summary>
    /// What PII001 must know about the project's types beyond the one being analyzed: which describe a person
    /// (<c>[DataSubject]</c> types, ASP.NET Core Identity users, and the types that they, types named after a person or
    /// something of one (Customer, Order), or a tagged member hold as a single value) and which
    /// a <c>DbContext</c> exposes as <c>DbSet&lt;T&gt;</c>. Built once per compilation, on first use, from source types only.
    /// </summary>
    internal sealed class TypeIndex
    {
        private readonly HashSet<INamedTypeSymbol> personTypes = new(SymbolEqualityComparer.Default);
        private readonly HashSet<INamedTypeSymbol> entityTypes = new(SymbolEqualityComparer.Default);

        private TypeIndex()
        {
        }

        /// <summary>Builds the index by walking the compilation's own types.</summary>
        public static TypeIndex Build(Compilation compilation, CancellationToken cancellationToken)
        {
            var index = new TypeIndex();
            var stack = new Stack<INamespaceOrTypeSymbol>();
            stack.Push(compilation.Assembly.GlobalNamespace);
            while (stack.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                INamespaceOrTypeSymbol current = stack.Pop();
                if (current is INamespaceSymbol ns)
                {
                    foreach (INamespaceOrTypeSymbol member in ns.GetMembers())
                    {
                        stack.Push(member);
                    }

                    continue;
                }

                var type = (INamedTypeSymbol)current;
                foreach (INamedTypeSymbol nested in type.GetTypeMembers())
                {
                    stack.Push(nested);
                }

                index.Add(type);
            }

            return index;
        }

        /// <summary>Whether the type is known to describe a person whatever its name.</summary>
        public bool IsPersonType(INamedTypeSymbol type) => personTypes.Contains(type.OriginalDefinition);

        /// <summary>Whether a <c>DbContext</c> of the project exposes the type as <c>DbSet&lt;T&gt;</c>.</summary>
        public bool IsDbSetEntity(INamedTypeSymbol type) => entityTypes.Contains(type.OriginalDefinition);

        /// <summary>Whether the type is a person root: a <c>[DataSubject]</c> or a subclass of Identity's user.</summary>
        public static bool IsPersonRoot(INamedTypeSymbol type)
        {
            if (TagReader.FindDataSubject(type) is not null)
            {
                return true;
            }

            for (INamedTypeSymbol? b = type.BaseType; b is not null; b = b.BaseType)
            {
                if (b.Name == "IdentityUser" && IsNamespace(b.ContainingNamespace, "Microsoft", "AspNetCore", "Identity"))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The element type of a collection, the underlying type of a nullable, or the type itself.</summary>
        public static ITypeSymbol ElementOf(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType;
            }

            if (type is INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                && (generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || IsEnumerable(generic)))
            {
                return generic.TypeArguments[0];
            }

            return type;
        }

        private static bool IsEnumerable(INamedTypeSymbol type)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
            {
                return true;
            }

            foreach (INamedTypeSymbol implemented in type.AllInterfaces)
            {
                if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Whether <paramref name="ns"/> is exactly the namespace <c>parts[0].parts[1]...</c>.</summary>
        internal static bool IsNamespace(INamespaceSymbol? ns, params string[] parts)
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

        private static bool IsDbContext(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? b = type.BaseType; b is not null; b = b.BaseType)
            {
                if (b.Name == "DbContext" && IsNamespace(b.ContainingNamespace, "Microsoft", "EntityFrameworkCore"))
                {
                    return true;
                }
            }

            return false;
        }

        private void Add(INamedTypeSymbol type)
        {
            if (type.TypeKind is not (TypeKind.Class or TypeKind.Struct))
            {
                return;
            }

            bool root = IsPersonRoot(type);
            bool context = !root && IsDbContext(type);

            // A type named after a person or something of one (Customer, Order) holds that person's parts too.
            bool holder = root || !context && PersonalDataNames.IsAboutPeople(type.Name);
            if (root)
            {
                personTypes.Add(type.OriginalDefinition);
            }

            if (context)
            {
                // The context's own DbSets and those of its base contexts, metadata included (IdentityDbContext.Users).
                for (INamedTypeSymbol? level = type; level is not null; level = level.BaseType)
                {
                    foreach (ISymbol member in level.GetMembers())
                    {
                        if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } set }
                            && IsNamespace(set.ContainingNamespace, "Microsoft", "EntityFrameworkCore")
                            && set.TypeArguments[0] is INamedTypeSymbol entity)
                        {
                            entityTypes.Add(entity.OriginalDefinition);
                        }
                    }
                }

                return;
            }

            foreach (ISymbol member in type.GetMembers())
            {
                ITypeSymbol? memberType = member switch
                {
                    IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                    IFieldSymbol { IsImplicitlyDeclared: false, IsStatic: false } field => field.Type,
                    _ => null,
                };
                if (memberType is null)
                {
                    continue;
                }

                // A person's own parts (an address, a profile): a single value held by a person root or by a type named
                // after a person or something of one, or the value of a tagged member anywhere. Collections of other entities (a customer's orders) are not parts of the person.
                bool single = ReferenceEquals(ElementOf(memberType), memberType) || memberType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
                if ((holder && single || TagReader.IsTagged(member))
                    && ElementOf(memberType) is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } part
                    && part.Locations.Length > 0 && part.Locations[0].IsInSource)
                {
                    personTypes.Add(part.OriginalDefinition);
                }
            }
        }
    }
}
