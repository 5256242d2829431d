using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>One step from an entity towards its data subject: a foreign key (or navigation) to a target entity's key.</summary>
    internal sealed class LinkStep
    {
        public LinkStep(INamedTypeSymbol from, ISymbol member, bool isNavigation, INamedTypeSymbol target, ISymbol targetKey)
        {
            From = from;
            Member = member;
            IsNavigation = isNavigation;
            Target = target;
            TargetKey = targetKey;
        }

        /// <summary>Gets the entity the step starts from.</summary>
        public INamedTypeSymbol From { get; }

        /// <summary>Gets the foreign key member, or the navigation when <see cref="IsNavigation"/>.</summary>
        public ISymbol Member { get; }

        /// <summary>Gets whether <see cref="Member"/> is a navigation to <see cref="Target"/> rather than a key value.</summary>
        public bool IsNavigation { get; }

        /// <summary>Gets the entity the step leads to.</summary>
        public INamedTypeSymbol Target { get; }

        /// <summary>Gets the key member of <see cref="Target"/>.</summary>
        public ISymbol TargetKey { get; }
    }

    /// <summary>
    /// How an entity of an EF Core model reaches its data subject, as the generated queries need it: a chain of
    /// foreign keys (<c>[SubjectLink]</c>, a <c>{Target}Id</c> member, or a navigation to a data subject) that ends
    /// at a <c>[DataSubject]</c>'s key. Shared by the generator, which turns the chain into a query, and the analyzers,
    /// which report an entity whose chain cannot be built.
    /// </summary>
    internal static class EntityLinks
    {
        /// <summary>Chains longer than this are not followed (and are almost certainly a modelling mistake).</summary>
        public const int MaxChain = 6;

        /// <summary>
        /// Whether the type carries EF Core's <c>[Owned]</c>: stored inside whatever entity holds it, even when it declares a
        /// key (a collection of owned objects in a table of its own), so it is no entity of its own.
        /// </summary>
        public static bool IsOwnedType(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "OwnedAttribute" } owned && owned.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Every type the assembly declares, nested types included (namespaces first, then each type's nested types).</summary>
        public static IEnumerable<INamedTypeSymbol> DeclaredTypes(IAssemblySymbol assembly)
        {
            var pending = new Stack<INamespaceOrTypeSymbol>();
            pending.Push(assembly.GlobalNamespace);
            while (pending.Count > 0)
            {
                foreach (ISymbol member in pending.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol ns)
                    {
                        pending.Push(ns);
                    }
                    else if (member is INamedTypeSymbol type)
                    {
                        pending.Push(type);
                        yield return type;
                    }
                }
            }
        }

        /// <summary>Whether the type derives from <c>Microsoft.EntityFrameworkCore.DbContext</c>.</summary>
        public static bool IsDbContext(INamedTypeSymbol type)
        {
            for (INamedTypeSymbol? current = type.BaseType; current is not null; current = current.BaseType)
            {
                if (current.Name == "DbContext" && current.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore")
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The entity types a context exposes as <c>DbSet&lt;T&gt;</c> properties, its base contexts' included, in declaration order.</summary>
        public static ImmutableArray<INamedTypeSymbol> EntityTypes(INamedTypeSymbol context)
        {
            var types = new List<INamedTypeSymbol>();
            var levels = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? level = context; level is not null && !(level.Name == "DbContext" && level.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore"); level = level.BaseType)
            {
                levels.Insert(0, level);
            }

            foreach (INamedTypeSymbol level in levels)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { Name: "DbSet", TypeArguments.Length: 1 } set }
                        && set.ContainingNamespace?.ToDisplayString() == "Microsoft.EntityFrameworkCore"
                        && set.TypeArguments[0] is INamedTypeSymbol entity
                        && !types.Contains(entity, SymbolEqualityComparer.Default))
                    {
                        types.Add(entity);
                    }
                }
            }

            return types.ToImmutableArray();
        }

        /// <summary>The key member of an entity: a <c>[Key]</c> member, <c>Id</c>, or <c>{Type}Id</c>; for a data subject, its <c>Key</c> setting first.</summary>
        public static ISymbol? KeyOf(INamedTypeSymbol type)
        {
            string? declared = null;
            if (TagReader.FindDataSubject(type) is { } subject)
            {
                foreach (KeyValuePair<string, TypedConstant> named in subject.NamedArguments)
                {
                    if (named.Key == "Key" && named.Value.Scalar() is string key)
                    {
                        declared = key;
                    }
                }
            }

            ISymbol? byId = null;
            ISymbol? byTypeId = null;
            foreach (ISymbol member in DataMembers(type))
            {
                if (declared is not null)
                {
                    if (member.Name == declared)
                    {
                        return member;
                    }

                    continue;
                }

                foreach (AttributeData attribute in member.GetAttributes())
                {
                    if (attribute.AttributeClass is { Name: "KeyAttribute" })
                    {
                        return member;
                    }
                }

                if (member.Name == "Id")
                {
                    byId ??= member;
                }
                else if (member.Name == type.Name + "Id")
                {
                    byTypeId ??= member;
                }
            }

            return declared is null ? byId ?? byTypeId : null;
        }

        /// <summary>
        /// Builds the chain from <paramref name="type"/> to a data subject among <paramref name="entities"/> (the entity
        /// types of one context). Returns an empty chain for a data subject itself, and <see langword="null"/> with the
        /// reason in <paramref name="problem"/> when there is no chain a query can follow.
        /// </summary>
        public static ImmutableArray<LinkStep>? ChainToSubject(INamedTypeSymbol type, IReadOnlyCollection<INamedTypeSymbol> entities, out string? problem)
        {
            var chain = new List<LinkStep>();
            var visited = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            INamedTypeSymbol current = type;
            problem = null;
            while (TagReader.FindDataSubject(current) is null)
            {
                if (!visited.Add(current) || chain.Count >= MaxChain)
                {
                    problem = $"the links from {type.Name} go round in a circle or are longer than {MaxChain} steps";
                    return null;
                }

                LinkStep? step = StepOf(current, entities, out problem);
                if (step is null)
                {
                    return null;
                }

                chain.Add(step);
                current = step.Target;
            }

            return chain.ToImmutableArray();
        }

        /// <summary>
        /// The types a chain from <paramref name="type"/> may pass through when no <c>DbContext</c> lists them: what its
        /// <c>[SubjectLink]</c>s, navigations to data subjects and <c>{Entity}Id</c> members name (the rules of
        /// <see cref="ChainToSubject"/>), and theirs, as far as a chain may reach. The entities to pass to it then.
        /// </summary>
        public static IReadOnlyCollection<INamedTypeSymbol> Reachable(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var reachable = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { type };
            var frontier = new List<INamedTypeSymbol> { type };
            for (int depth = 0; depth < MaxChain && frontier.Count > 0; depth++)
            {
                var next = new List<INamedTypeSymbol>();
                foreach (INamedTypeSymbol current in frontier)
                {
                    foreach (INamedTypeSymbol target in Targets(compilation, current, cancellationToken))
                    {
                        if (reachable.Add(target))
                        {
                            next.Add(target);
                        }
                    }
                }

                frontier = next;
            }

            return reachable;
        }

        private static IEnumerable<INamedTypeSymbol> Targets(Compilation compilation, INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            foreach (ISymbol member in DataMembers(type))
            {
                foreach (AttributeData attribute in member.GetAttributes())
                {
                    if (WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SubjectLinkAttribute")
                        && attribute.ConstructorArguments.Length == 1
                        && attribute.ConstructorArguments[0].Scalar() is INamedTypeSymbol linked)
                    {
                        yield return linked;
                    }
                }

                if (MemberShape.TypeOf(member) is INamedTypeSymbol { TypeKind: TypeKind.Class } navigation
                    && TagReader.FindDataSubject(navigation) is not null)
                {
                    yield return navigation;
                }

                if (member.Name.Length > 2 && member.Name.EndsWith("Id", StringComparison.Ordinal) && member.Name != type.Name + "Id")
                {
                    foreach (ISymbol candidate in compilation.GetSymbolsWithName(member.Name.Substring(0, member.Name.Length - 2), SymbolFilter.Type, cancellationToken))
                    {
                        if (candidate is INamedTypeSymbol { TypeKind: TypeKind.Class } target)
                        {
                            yield return target;
                        }
                    }
                }
            }
        }

        /// <summary>The one step from <paramref name="type"/> towards its subject, by the rules in the class summary, in that order.</summary>
        private static LinkStep? StepOf(INamedTypeSymbol type, IReadOnlyCollection<INamedTypeSymbol> entities, out string? problem)
        {
            problem = null;

            // 1. An explicit [SubjectLink(typeof(Target))].
            foreach (ISymbol member in DataMembers(type))
            {
                foreach (AttributeData attribute in member.GetAttributes())
                {
                    if (!WellKnownTypes.IsPiiAttribute(attribute.AttributeClass, "SubjectLinkAttribute"))
                    {
                        continue;
                    }

                    if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Scalar() is not INamedTypeSymbol target)
                    {
                        problem = $"the [SubjectLink] on {type.Name}.{member.Name} names no type";
                        return null;
                    }

                    if (!Contains(entities, target))
                    {
                        problem = $"{type.Name}.{member.Name} links to {target.Name}, which is not an entity of this context (no DbSet<{target.Name}>)";
                        return null;
                    }

                    return KeyStep(type, member, target, out problem);
                }
            }

            // 2. A navigation to a data subject of the context.
            foreach (ISymbol member in DataMembers(type))
            {
                if (MemberShape.TypeOf(member) is INamedTypeSymbol navigation
                    && TagReader.FindDataSubject(navigation) is not null
                    && Contains(entities, navigation))
                {
                    // Prefer the navigation's foreign key when the entity declares it: the query then needs no join.
                    foreach (ISymbol candidate in DataMembers(type))
                    {
                        if (candidate.Name == member.Name + "Id")
                        {
                            return KeyStep(type, candidate, navigation, out problem);
                        }
                    }

                    if (KeyOf(navigation) is not { } navigationKey)
                    {
                        problem = $"{navigation.Name} has no key member (Id, {navigation.Name}Id or [Key])";
                        return null;
                    }

                    return new LinkStep(type, member, isNavigation: true, navigation, navigationKey);
                }
            }

            // 3. A {Target}Id member whose target is an entity of the context; a data subject wins over other entities.
            LinkStep? best = null;
            foreach (ISymbol member in DataMembers(type))
            {
                if (member.Name.Length <= 2 || !member.Name.EndsWith("Id", StringComparison.Ordinal) || member.Name == type.Name + "Id")
                {
                    continue;
                }

                string targetName = member.Name.Substring(0, member.Name.Length - 2);
                foreach (INamedTypeSymbol entity in entities)
                {
                    if (entity.Name != targetName || SymbolEqualityComparer.Default.Equals(entity, type))
                    {
                        continue;
                    }

                    LinkStep? step = KeyStep(type, member, entity, out string? stepProblem);
                    if (step is null)
                    {
                        problem ??= stepProblem;
                        continue;
                    }

                    if (TagReader.FindDataSubject(entity) is not null)
                    {
                        problem = null;
                        return step;
                    }

                    best ??= step;
                }
            }

            if (best is not null)
            {
                problem = null;
                return best;
            }

            problem ??= $"{type.Name} has no [SubjectLink], no navigation to a data subject and no {{Entity}}Id member that names an entity of this context";
            return null;
        }

        private static LinkStep? KeyStep(INamedTypeSymbol type, ISymbol member, INamedTypeSymbol target, out string? problem)
        {
            problem = null;
            if (KeyOf(target) is not { } key)
            {
                problem = $"{target.Name} has no key member (Id, {target.Name}Id or [Key])";
                return null;
            }

            ITypeSymbol? memberType = MemberShape.TypeOf(member);
            ITypeSymbol? keyType = MemberShape.TypeOf(key);
            if (memberType is null || keyType is null || !SameValueType(memberType, keyType))
            {
                problem = $"{type.Name}.{member.Name} ({memberType?.ToDisplayString() ?? "?"}) cannot be compared with {target.Name}.{key.Name} ({keyType?.ToDisplayString() ?? "?"})";
                return null;
            }

            return new LinkStep(type, member, isNavigation: false, target, key);
        }

        /// <summary>Whether two types hold the same values once <c>Nullable&lt;T&gt;</c> and nullable annotations are set aside.</summary>
        private static bool SameValueType(ITypeSymbol left, ITypeSymbol right) =>
            SymbolEqualityComparer.Default.Equals(Underlying(left), Underlying(right));

        private static ITypeSymbol Underlying(ITypeSymbol type) =>
            type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable ? nullable.TypeArguments[0] : type;

        private static bool Contains(IReadOnlyCollection<INamedTypeSymbol> entities, INamedTypeSymbol type)
        {
            foreach (INamedTypeSymbol entity in entities)
            {
                if (SymbolEqualityComparer.Default.Equals(entity, type))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// The classes and structs of <paramref name="assembly"/> (or public in another project that references Pii) that the entities hold other than as entities of the
        /// context: owned types, complex types, the elements of collections of them, and types reached by a navigation that
        /// are not a <c>DbSet</c> of the context (EF Core may map those as entities of their own). Each comes with the
        /// first path that reaches it (<c>Patient.Home.Location</c>) and the entity at its start. Generic types are left
        /// out (generated code cannot name them), and so are the entities; a type derived from an entity is held and says so
        /// (EF Core maps it with the entity, whose members it inherits).
        /// </summary>
        public static List<HeldType> HeldTypes(ImmutableArray<INamedTypeSymbol> entities, IAssemblySymbol assembly, CancellationToken cancellationToken) =>
            HeldTypes(entities, entities, assembly, cancellationToken);

        /// <summary>The types held from <paramref name="roots"/> only (see the other overload), entities being <paramref name="entities"/>.</summary>
        public static List<HeldType> HeldTypes(IEnumerable<INamedTypeSymbol> roots, ImmutableArray<INamedTypeSymbol> entities, IAssemblySymbol assembly, CancellationToken cancellationToken) =>
            HeldTypes(roots, entities, assembly, null, cancellationToken);

        /// <summary>
        /// The types held from <paramref name="roots"/>; the types of the assembly that are held too but that generated code
        /// cannot name (generic, private or file-local: not followed) go to <paramref name="unnamed"/>.
        /// </summary>
        public static List<HeldType> HeldTypes(IEnumerable<INamedTypeSymbol> roots, ImmutableArray<INamedTypeSymbol> entities, IAssemblySymbol assembly, List<HeldType>? unnamed, CancellationToken cancellationToken)
        {
            var held = new List<HeldType>();
            var seen = new HashSet<INamedTypeSymbol>(entities, SymbolEqualityComparer.Default);
            var pending = new Stack<HeldType>();
            foreach (INamedTypeSymbol root in roots)
            {
                pending.Push(new HeldType(root, root.Name, root.Name, false));
            }

            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                HeldType holder = pending.Pop();
                foreach (ISymbol member in DataMembers(holder.Type))
                {
                    if (MemberShape.TypeOf(member) is not { } memberType
                        || HeldClass(memberType) is not { TypeKind: TypeKind.Class or TypeKind.Struct } annotated
                        || !seen.Add(annotated))
                    {
                        continue;
                    }

                    var type = (INamedTypeSymbol)annotated.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                    var found = new HeldType(type, holder.Owner, holder.Path + "." + member.Name, DerivesFromAny(type, entities));
                    if (!type.IsGenericType && IsOfTheApplication(type, assembly))
                    {
                        held.Add(found);
                        pending.Push(found);
                    }
                    else if (SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly))
                    {
                        unnamed?.Add(new HeldType(type.OriginalDefinition, found.Owner, found.Path, found.DerivesFromEntity));
                    }
                }
            }

            return held;
        }

        /// <summary>
        /// The members EF Core maps on a held type: all of a plain type's, and of a type derived from an entity those declared
        /// below the nearest entity base (the entity's own are mapped on the entity).
        /// </summary>
        public static IEnumerable<ISymbol> HeldMembers(HeldType held, ImmutableArray<INamedTypeSymbol> entities)
        {
            var inherited = new HashSet<string>(StringComparer.Ordinal);
            for (INamedTypeSymbol? level = held.Type.BaseType; held.DerivesFromEntity && level is not null; level = level.BaseType)
            {
                if (entities.Contains(level, SymbolEqualityComparer.Default))
                {
                    inherited.UnionWith(DataMembers(level).Select(m => m.Name));
                    break;
                }
            }

            return DataMembers(held.Type).Where(member => !inherited.Contains(member.Name));
        }

        /// <summary>The class or struct a member holds: its type, or the element type of an array or collection; null for a built-in type.</summary>
        public static INamedTypeSymbol? HeldClass(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
            {
                return array.ElementType as INamedTypeSymbol;
            }

            if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None)
            {
                return null;
            }

            // A collection, generic or not (class Allergies : List<Allergy>), holds its elements.
            foreach (INamedTypeSymbol candidate in named.AllInterfaces.Insert(0, named))
            {
                if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return candidate.TypeArguments[0] as INamedTypeSymbol;
                }
            }

            return named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? named.TypeArguments[0] as INamedTypeSymbol : named;
        }

        /// <summary>
        /// Declared in the assembly and visible to its other types (not private, nor inside a private type, nor file-local), or
        /// public in another project of the application (one that references Pii): generated code can name it.
        /// </summary>
        private static bool IsOfTheApplication(INamedTypeSymbol type, IAssemblySymbol assembly)
        {
            if (!SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, assembly))
            {
                return type.DeclaredAccessibility == Accessibility.Public && type.ContainingType is null && WellKnownTypes.ReferencesPii(type.ContainingAssembly);
            }

            for (INamedTypeSymbol? level = type; level is not null; level = level.ContainingType)
            {
                if (level.IsFileLocal || level.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool DerivesFromAny(INamedTypeSymbol type, ImmutableArray<INamedTypeSymbol> entities)
        {
            for (INamedTypeSymbol? level = type.BaseType; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                if (entities.Contains(level, SymbolEqualityComparer.Default))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The instance properties and fields of a type and its bases, most derived first, each name once.</summary>
        public static IEnumerable<ISymbol> DataMembers(INamedTypeSymbol type)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (IsDataMember(member) && seen.Add(member.Name))
                    {
                        yield return member;
                    }
                }
            }
        }

        /// <summary>Whether <see cref="DataMembers"/> counts the member: an instance property (no indexer, no explicit implementation) or field.</summary>
        public static bool IsDataMember(ISymbol member) => member switch
        {
            IPropertySymbol property => !property.IsStatic && !property.IsIndexer && property.ExplicitInterfaceImplementations.IsEmpty,
            IFieldSymbol field => !field.IsStatic && !field.IsConst && !field.IsImplicitlyDeclared,
            _ => false,
        };
    }

    /// <summary>
    /// A type the entities hold (<see cref="EntityLinks.HeldTypes(ImmutableArray{INamedTypeSymbol}, IAssemblySymbol, CancellationToken)"/>),
    /// the entity whose member leads to it, the path, and whether it derives from an entity.
    /// </summary>
    internal sealed class HeldType
    {
        public HeldType(INamedTypeSymbol type, string owner, string path, bool derivesFromEntity)
        {
            Type = type;
            Owner = owner;
            Path = path;
            DerivesFromEntity = derivesFromEntity;
        }

        public bool DerivesFromEntity { get; }

        public INamedTypeSymbol Type { get; }

        public string Owner { get; }

        public string Path { get; }
    }
}
