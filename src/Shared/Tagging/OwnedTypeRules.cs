using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>
    /// Which held objects generated code follows into: one rule for the generator (which exports, erases and redacts an owned
    /// object in place, through the code it writes for the object's class) and the analyzers (PII013 reports personal data
    /// held where that code does not go).
    /// </summary>
    internal static class OwnedTypeRules
    {
        /// <summary>How many types <see cref="FirstTag"/> looks into before it gives up: far more than any model nests.</summary>
        private const int MaxTypes = 64;

        /// <summary>
        /// Whether generated code follows a member into an object of <paramref name="type"/>: a class of
        /// <paramref name="assembly"/>, not generic, that generated code at namespace level can name (<see cref="GeneratedTypeRules"/>).
        /// </summary>
        public static bool CanFollow(INamedTypeSymbol type, IAssemblySymbol assembly) => Check(type, assembly) == Hindrance.None;

        /// <summary>Why generated code does not follow a member into an object of <paramref name="type"/>, or <see langword="null"/> when it does.</summary>
        public static string? Obstacle(INamedTypeSymbol type, IAssemblySymbol assembly) => Check(type, assembly) switch
        {
            Hindrance.None => null,
            Hindrance.Framework => $"generated code does not look inside {type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}",
            Hindrance.Struct => $"{type.Name} is a struct (generated code follows objects of classes and record classes, which it can change in place)",
            Hindrance.NotAClass => $"{type.Name} is not a class",
            Hindrance.OtherAssembly => $"{type.Name} is declared in {type.ContainingAssembly?.Name ?? "another assembly"} (generated code follows objects of this assembly's classes)",
            Hindrance.Generic => $"{type.Name} is generic (generated code follows objects of classes that are not)",
            _ => $"generated code cannot name {type.Name} (it is private, protected, file-local or nested in a generic type)",
        };

        private enum Hindrance
        {
            None,
            Framework,
            Struct,
            NotAClass,
            OtherAssembly,
            Generic,
            CannotName,
        }

        private static Hindrance Check(INamedTypeSymbol type, IAssemblySymbol assembly)
        {
            if (IsFramework(type))
            {
                return Hindrance.Framework;
            }

            if (type.TypeKind != TypeKind.Class)
            {
                return type.TypeKind == TypeKind.Struct ? Hindrance.Struct : Hindrance.NotAClass;
            }

            if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly))
            {
                return Hindrance.OtherAssembly;
            }

            if (type.IsGenericType)
            {
                return Hindrance.Generic;
            }

            return GeneratedTypeRules.CanGenerateFor(type, out _) ? Hindrance.None : Hindrance.CannotName;
        }

        /// <summary>
        /// The first tagged member (<c>Type.Member</c>) inside an object of <paramref name="type"/>: its own, or one inside an
        /// object it holds, at any depth, through structs and classes of any assembly, and through the type arguments of the
        /// framework's generic types (a <c>Dictionary&lt;string, Address&gt;</c> holds addresses). Not looked into: a
        /// <c>[DataSubject]</c> and an entity with a key that is not EF Core's <c>[Owned]</c> (other rows, with code and links
        /// of their own), the framework's other types, and a member marked <c>[NotPersonalData]</c>. <see langword="null"/>
        /// when there is none.
        /// </summary>
        public static string? FirstTag(INamedTypeSymbol type)
        {
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Queue<INamedTypeSymbol>();
            Enqueue(type);
            while (pending.Count > 0 && seen.Count <= MaxTypes)
            {
                INamedTypeSymbol current = pending.Dequeue();
                if (IsFramework(current))
                {
                    foreach (ITypeSymbol argument in current.TypeArguments)
                    {
                        if (argument is INamedTypeSymbol named)
                        {
                            Enqueue(named);
                        }
                    }

                    continue;
                }

                foreach (ISymbol member in ReadMembers.Of(current))
                {
                    if (TagReader.IsTagged(member))
                    {
                        return current.Name + "." + member.Name;
                    }

                    if (!TagReader.IsNotPersonalData(member) && MemberShape.TypeOf(member) is { } memberType && EntityLinks.HeldClass(memberType) is { } held)
                    {
                        Enqueue(held);
                    }
                }
            }

            return null;

            void Enqueue(INamedTypeSymbol candidate)
            {
                var plain = (INamedTypeSymbol)candidate.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                if (plain.TypeKind is TypeKind.Class or TypeKind.Struct
                    && plain.SpecialType == SpecialType.None
                    && TagReader.FindDataSubject(plain) is null
                    && (EntityLinks.KeyOf(plain) is null || EntityLinks.IsOwnedType(plain))
                    && seen.Add(plain))
                {
                    pending.Enqueue(plain);
                }
            }
        }

        /// <summary>A type of the framework (<c>System.*</c>, <c>Microsoft.*</c>): its members are not the application's data.</summary>
        private static bool IsFramework(INamedTypeSymbol type)
        {
            INamespaceSymbol? root = type.ContainingNamespace;
            while (root?.ContainingNamespace is { IsGlobalNamespace: false } parent)
            {
                root = parent;
            }

            return root is { Name: "System" or "Microsoft" };
        }
    }
}
