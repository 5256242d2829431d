using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>What <see cref="OwnedTypeRules.Check"/> decides about a member.</summary>
    internal enum OwnedStop
    {
        /// <summary>Generated code follows the member into the object (or each element) it holds.</summary>
        Follow,

        /// <summary>Not a part of the owner: a reviewed member, a value, a link to a subject or another row, the owner itself, a backing field.</summary>
        NotAPart,

        // The rest stop generated code at a part that may hold personal data (PII013 reports it when it does).
        Framework,
        Struct,
        NotAClass,
        OtherAssembly,
        Generic,
        CannotName,
        ArrayShape,
        Unreadable,
        BackReference,
    }

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
        /// Whether generated code follows <paramref name="member"/> of <paramref name="owner"/> into the object it holds, or
        /// into each element of a collection: the class (or element class), the collection's shape, and what stopped it.
        /// It follows into a class of <paramref name="assembly"/> that is not generic and that generated code can name
        /// (<see cref="GeneratedTypeRules"/>), or into a class of another assembly whose own generated code it can call
        /// (<see cref="GeneratedTypeRules.CallableClassOf"/>), held by a member it can read, that does not declare a member of the owner's type
        /// (a back-reference: a navigation, not a part). Not parts: a member marked <c>[NotPersonalData]</c>, values of the
        /// framework's special types, the owner's own type, a <c>[DataSubject]</c>, a collection of entities (a key and not EF
        /// Core's <c>[Owned]</c>: rows of their own) and a private or protected field holding a collection (the backing field
        /// of the property that exposes it, or the elements would be exported and erased twice).
        /// </summary>
        public static (OwnedStop Stop, INamedTypeSymbol? Type, CollectionShape Collection) Check(
            INamedTypeSymbol owner, ISymbol member, IAssemblySymbol assembly, MemberAccessRules access)
        {
            if (TagReader.IsNotPersonalData(member))
            {
                return (OwnedStop.NotAPart, null, CollectionShape.None); // reviewed: for example a read-only view over another member
            }

            CollectionShape collection = CollectionShape.None;
            ITypeSymbol? memberType = MemberShape.TypeOf(member);
            INamedTypeSymbol? ownedType;
            if (Element(memberType) is { } element)
            {
                (ownedType, collection) = element;
                if (IsBackingField(member) || (EntityLinks.KeyOf(ownedType) is not null && !EntityLinks.IsOwnedType(ownedType)))
                {
                    return (OwnedStop.NotAPart, ownedType, collection);
                }
            }
            else if (memberType is IArrayTypeSymbol array)
            {
                // Not an array of one dimension of a class: of structs, of arrays, or of more dimensions.
                return array is { Rank: 1, ElementType: INamedTypeSymbol { SpecialType: SpecialType.None } item }
                    ? (Stopped(item, assembly), item, CollectionShape.Array)
                    : (OwnedStop.ArrayShape, null, CollectionShape.Array);
            }
            else
            {
                ownedType = memberType as INamedTypeSymbol;

                // The framework's collection of something other than a class (List<ContactInfo>, a Dictionary's KeyValuePair,
                // ContactInfo?) stops at the element.
                if (ownedType is not null && IsFramework(ownedType, assembly) && EntityLinks.HeldClass(ownedType) is { } item
                    && !SymbolEqualityComparer.Default.Equals(item, ownedType))
                {
                    ownedType = item;
                }
            }

            if (ownedType is null || ownedType.SpecialType != SpecialType.None)
            {
                return (OwnedStop.NotAPart, ownedType, collection);
            }

            OwnedStop stop = Stopped(ownedType, assembly);
            if (stop != OwnedStop.Follow)
            {
                return (stop, ownedType, collection);
            }

            if (SymbolEqualityComparer.Default.Equals(ownedType.OriginalDefinition, owner.OriginalDefinition) || TagReader.FindDataSubject(ownedType) is not null)
            {
                return (OwnedStop.NotAPart, ownedType, collection);
            }

            if (access.Read(member) == AccessKind.None)
            {
                return (OwnedStop.Unreadable, ownedType, collection);
            }

            foreach (ISymbol declared in ownedType.GetMembers())
            {
                if (ReadMembers.IsInstanceData(declared) && SymbolEqualityComparer.Default.Equals(MemberShape.TypeOf(declared), owner))
                {
                    return (OwnedStop.BackReference, ownedType, collection);
                }
            }

            // As declared, not as the member holds it (Contact, not Contact?): specs name the type.
            return (OwnedStop.Follow, (INamedTypeSymbol)ownedType.WithNullableAnnotation(NullableAnnotation.NotAnnotated), collection);
        }

        /// <summary>
        /// Whether a field holding a collection is taken for the backing field of a property that exposes it (EF Core's
        /// <c>private readonly List&lt;Address&gt; _addresses</c> behind <c>IReadOnlyList&lt;Address&gt; Addresses</c>), whose
        /// elements would otherwise be exported and erased twice: a field that only its type (and derived types) can use. A
        /// public or internal field is the collection itself.
        /// </summary>
        private static bool IsBackingField(ISymbol member) =>
            member is IFieldSymbol { DeclaredAccessibility: Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal };

        /// <summary>
        /// The class a collection holds, and the collection's shape: an array of one dimension, or a type that is or implements
        /// <c>IEnumerable&lt;T&gt;</c> of one class (<c>List&lt;T&gt;</c>, <c>ISet&lt;T&gt;</c>, <c>ObservableCollection&lt;T&gt;</c>, ...).
        /// </summary>
        public static (INamedTypeSymbol Element, CollectionShape Shape)? Element(ITypeSymbol? type)
        {
            if (type is IArrayTypeSymbol { Rank: 1, ElementType: INamedTypeSymbol { TypeKind: TypeKind.Class } arrayElement })
            {
                return ((INamedTypeSymbol)arrayElement.WithNullableAnnotation(NullableAnnotation.NotAnnotated), CollectionShape.Array);
            }

            // Generated code only enumerates a collection of owned objects, so any IEnumerable<T> will do and its shape is not kept.
            return type is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Interface or TypeKind.Struct } other
                && EntityLinks.HeldClass(other) is { TypeKind: TypeKind.Class, SpecialType: SpecialType.None } item
                && !SymbolEqualityComparer.Default.Equals(item, other)
                    ? ((INamedTypeSymbol)item.WithNullableAnnotation(NullableAnnotation.NotAnnotated), CollectionShape.ReadOnlyInterface)
                    : null;
        }

        /// <summary>Why a member of <paramref name="owner"/> that <see cref="Check"/> stopped at is not followed, worded to follow "because".</summary>
        public static string Describe(OwnedStop stop, INamedTypeSymbol? type, ISymbol member) => stop switch
        {
            OwnedStop.Framework => $"generated code does not look inside {type!.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)}",
            OwnedStop.Struct => $"{type!.Name} is a struct (generated code follows objects of classes and record classes, which it can change in place)",
            OwnedStop.NotAClass => $"{type!.Name} is not a class",
            OwnedStop.OtherAssembly => $"{type!.Name} is declared in {type.ContainingAssembly?.Name ?? "another assembly"}, whose build generated no code for it that this project can call",
            OwnedStop.Generic => $"{type!.Name} is generic (generated code follows objects of classes that are not)",
            OwnedStop.CannotName => $"generated code cannot name {type!.Name} (it is private, protected, file-local or nested in a generic type)",
            OwnedStop.ArrayShape => "generated code follows arrays of one dimension of classes, not arrays of arrays or of more dimensions",
            OwnedStop.Unreadable => $"generated code cannot read {member.Name} (no getter it can call)",
            OwnedStop.BackReference => $"{type!.Name} declares a member of type {member.ContainingType.Name}, which makes {member.Name} a navigation, not a part",
            _ => $"{member.Name} is not followed",
        };

        /// <summary>What stops generated code at an object of <paramref name="type"/> whatever holds it, or <see cref="OwnedStop.Follow"/>.</summary>
        private static OwnedStop Stopped(INamedTypeSymbol type, IAssemblySymbol assembly)
        {
            if (IsFramework(type, assembly))
            {
                return OwnedStop.Framework;
            }

            if (type.TypeKind != TypeKind.Class)
            {
                return type.TypeKind == TypeKind.Struct ? OwnedStop.Struct : OwnedStop.NotAClass;
            }

            if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly))
            {
                // Followed through the code that project's build generated for it, when that code can be called from here.
                return GeneratedTypeRules.CallableClassOf(type) is not null ? OwnedStop.Follow : OwnedStop.OtherAssembly;
            }

            // Generic itself: a class nested in a generic type (IsGenericType counts the containing type's type arguments)
            // cannot be named, which CanGenerateFor says.
            if (type.Arity > 0)
            {
                return OwnedStop.Generic;
            }

            return GeneratedTypeRules.CanGenerateFor(type, out _) && !type.IsGenericType ? OwnedStop.Follow : OwnedStop.CannotName;
        }

        /// <summary>
        /// The first tagged member (<c>Type.Member</c>) inside a value of <paramref name="type"/>: in the object, or inside an
        /// object it holds, at any depth, through structs and classes of any assembly, collections, arrays, and the type
        /// arguments of the framework's generic types (a <c>Dictionary&lt;string, Address&gt;</c> holds addresses). Not looked
        /// into: a <c>[DataSubject]</c> and a class with a key that is not EF Core's <c>[Owned]</c> (other rows, with code and
        /// links of their own), the framework's other types, and a member marked <c>[NotPersonalData]</c>.
        /// <see langword="null"/> when there is none.
        /// </summary>
        public static string? FirstTag(ITypeSymbol type, IAssemblySymbol assembly)
        {
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            var pending = new Queue<INamedTypeSymbol>();
            Enqueue(type);
            while (pending.Count > 0 && seen.Count <= MaxTypes)
            {
                INamedTypeSymbol current = pending.Dequeue();
                if (IsFramework(current, assembly))
                {
                    foreach (ITypeSymbol argument in current.TypeArguments)
                    {
                        Enqueue(argument);
                    }

                    continue;
                }

                foreach (ISymbol member in ReadMembers.Of(current))
                {
                    if (TagReader.IsTagged(member))
                    {
                        return current.Name + "." + member.Name;
                    }

                    if (!TagReader.IsNotPersonalData(member) && MemberShape.TypeOf(member) is { } memberType)
                    {
                        Enqueue(memberType);
                    }
                }
            }

            return null;

            void Enqueue(ITypeSymbol candidate)
            {
                // To the elements of arrays and collections (a collection class of the application, Allergies : List<Allergy>,
                // holds them too), a few levels at most: A : IEnumerable<B> with B : IEnumerable<A> would go on for ever.
                INamedTypeSymbol? named = null;
                for (int level = 0; level < 8; level++)
                {
                    while (candidate is IArrayTypeSymbol array)
                    {
                        candidate = array.ElementType;
                    }

                    if (candidate is not INamedTypeSymbol { SpecialType: SpecialType.None } current)
                    {
                        return;
                    }

                    named = current;
                    if (EntityLinks.HeldClass(current) is not { } held || SymbolEqualityComparer.Default.Equals(held, current))
                    {
                        break;
                    }

                    candidate = held;
                    named = null;
                }

                if (named is null)
                {
                    return;
                }

                var plain = (INamedTypeSymbol)named.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                if (plain.TypeKind is TypeKind.Class or TypeKind.Struct
                    && TagReader.FindDataSubject(plain) is null
                    && (plain.TypeKind == TypeKind.Struct || EntityLinks.KeyOf(plain) is null || EntityLinks.IsOwnedType(plain))
                    && seen.Add(plain))
                {
                    pending.Enqueue(plain);
                }
            }
        }

        /// <summary>A type of the framework (<c>System.*</c>, <c>Microsoft.*</c>, from another assembly): its members are not the application's data.</summary>
        internal static bool IsFramework(INamedTypeSymbol type, IAssemblySymbol assembly)
        {
            if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly))
            {
                return false;
            }

            INamespaceSymbol? root = type.ContainingNamespace;
            while (root?.ContainingNamespace is { IsGlobalNamespace: false } parent)
            {
                root = parent;
            }

            return root is { Name: "System" or "Microsoft" };
        }
    }
}
