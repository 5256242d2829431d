using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Pii.Analyzers.Vocabulary;
using Pii.Tagging;

namespace Pii.Analyzers.Untagged
{
    /// <summary>
    /// What PII001 must know about the project's types beyond the one being analyzed: which describe a person
    /// (<c>[DataSubject]</c> types, ASP.NET Core Identity users, and the types that they, types named after a person or
    /// something of one (Customer, Order), or a tagged member hold as a single value) and which
    /// a <c>DbContext</c> exposes as <c>DbSet&lt;T&gt;</c>. One instance per compilation, source types only.
    /// </summary>
    /// <remarks>
    /// Nothing is bound ahead of need. A syntax-only index, built once, maps each type name to the members whose declared
    /// type mentions it; asked whether a type is a person's part, the index binds only those members, on the asking thread,
    /// and remembers the answer. A project whose members mention no other project type costs one walk of its syntax.
    /// (An earlier version bound every member of every type up front, on one thread while the others waited: on the
    /// 2,000-type benchmark model that was most of the analyzer's cost.)
    /// </remarks>
    internal sealed class TypeIndex
    {
        private readonly Compilation compilation;
        private readonly object gate = new();
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> parts = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, bool> subjectParts = new(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<SyntaxTree, SemanticModel> models = new();
        private Dictionary<string, List<SyntaxNode>>? mentions;
        private HashSet<INamedTypeSymbol>? entityTypes;

        public TypeIndex(Compilation compilation)
        {
            this.compilation = compilation;
        }

        /// <summary>
        /// Whether the type is a person's part: held as a single value by a person root or by a type named after a person
        /// or something of one, or held (single or in a collection) by a tagged member anywhere in the project.
        /// </summary>
        public bool IsPersonType(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            IsPart(type, parts, rootsOnly: false, cancellationToken);

        /// <summary>
        /// Whether the type is a data subject's part: held as a single value by a person root (a <c>[DataSubject]</c>, an
        /// Identity user), or held by a tagged member; not by a type that is only named after people.
        /// </summary>
        public bool IsSubjectPart(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            IsPart(type, subjectParts, rootsOnly: true, cancellationToken);

        private bool IsPart(INamedTypeSymbol type, ConcurrentDictionary<INamedTypeSymbol, bool> cache, bool rootsOnly, CancellationToken cancellationToken)
        {
            INamedTypeSymbol definition = type.OriginalDefinition;
            if (cache.TryGetValue(definition, out bool known))
            {
                return known;
            }

            bool part = false;
            if (Mentions(cancellationToken).TryGetValue(definition.Name, out List<SyntaxNode>? candidates))
            {
                foreach (SyntaxNode candidate in candidates)
                {
                    if (HoldsAsPart(candidate, definition, rootsOnly, cancellationToken))
                    {
                        part = true;
                        break;
                    }
                }
            }

            cache.TryAdd(definition, part);
            return part;
        }

        /// <summary>Whether a <c>DbContext</c> of the project exposes the type as <c>DbSet&lt;T&gt;</c>.</summary>
        public bool IsDbSetEntity(INamedTypeSymbol type, CancellationToken cancellationToken) =>
            EntityTypes(cancellationToken).Contains(type.OriginalDefinition);

        /// <summary>Whether the type is a person root: a <c>[DataSubject]</c> or a subclass of Identity's user.</summary>
        public static bool IsPersonRoot(INamedTypeSymbol type)
        {
            if (TagReader.FindDataSubject(type) is not null)
            {
                return true;
            }

            return SymbolFacts.DerivesFrom(type, self: false, "IdentityUser", "Microsoft", "AspNetCore", "Identity");
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

            // The definition's interfaces are computed once per definition; a constructed type's would be substituted anew.
            foreach (INamedTypeSymbol implemented in type.OriginalDefinition.AllInterfaces)
            {
                if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsDbContext(INamedTypeSymbol type) => SymbolFacts.DerivesFrom(type, self: false, "DbContext", "Microsoft", "EntityFrameworkCore");

        /// <summary>
        /// Whether the member declared by <paramref name="declaration"/> (a property, a field's variable or a record's
        /// parameter) holds <paramref name="part"/> as a person's part; with <paramref name="rootsOnly"/>, as a person
        /// root's.
        /// </summary>
        private bool HoldsAsPart(SyntaxNode declaration, INamedTypeSymbol part, bool rootsOnly, CancellationToken cancellationToken)
        {
            SemanticModel model = models.GetOrAdd(declaration.SyntaxTree, tree => compilation.GetSemanticModel(tree));
            ISymbol? member = model.GetDeclaredSymbol(declaration, cancellationToken);
            if (member is IParameterSymbol { ContainingSymbol: IMethodSymbol { ContainingType: { } record } } parameter)
            {
                member = FirstProperty(record, parameter.Name); // a record's positional property
            }

            ITypeSymbol? memberType = member switch
            {
                IPropertySymbol { IsStatic: false, IsIndexer: false } property => property.Type,
                IFieldSymbol { IsStatic: false } field => field.Type,
                _ => null,
            };
            if (memberType is null || SourcePart(memberType) is not { } held || !SymbolEqualityComparer.Default.Equals(held.OriginalDefinition, part))
            {
                return false;
            }

            if (TagReader.IsTagged(member!))
            {
                return true;
            }

            // Collections of other entities (a customer's orders) are not parts of the person, and neither is an entity of
            // its own that a person only refers to (an employee's department).
            bool single = ReferenceEquals(held, memberType) || memberType is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T };
            INamedTypeSymbol holder = member!.ContainingType;
            return single
                && (IsPersonRoot(holder) || !rootsOnly && !IsDbContext(holder) && PersonalDataNames.IsAboutPeople(holder.Name))
                && PersonalDataNames.IsPersonsPart(holder.Name, member.Name, holder.MemberNames, held.Name, HasKey(held));
        }

        /// <summary>
        /// Whether the type has an identity of its own, as EF Core's annotations and conventions find it: not an
        /// <c>[Owned]</c>, <c>[ComplexType]</c> or <c>[Keyless]</c> type, and a <c>[PrimaryKey]</c> or the key member
        /// <see cref="EntityLinks.KeyOf"/> finds (<c>[Key]</c>, <c>Id</c>, <c>{Type}Id</c>, a base type's included).
        /// </summary>
        private static bool HasKey(INamedTypeSymbol type)
        {
            foreach (AttributeData attribute in type.GetAttributes())
            {
                switch (attribute.AttributeClass?.Name)
                {
                    case "OwnedAttribute" or "ComplexTypeAttribute" or "KeylessAttribute":
                        return false;
                    case "PrimaryKeyAttribute":
                        return true;
                }
            }

            return EntityLinks.KeyOf(type) is not null;
        }

        private static IPropertySymbol? FirstProperty(INamedTypeSymbol type, string name)
        {
            foreach (ISymbol member in type.GetMembers(name))
            {
                if (member is IPropertySymbol property)
                {
                    return property;
                }
            }

            return null;
        }

        /// <summary>The syntax-only index: type name → the member declarations whose declared type mentions it.</summary>
        private Dictionary<string, List<SyntaxNode>> Mentions(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref mentions) is { } built)
            {
                return built;
            }

            lock (gate)
            {
                if (mentions is not null)
                {
                    return mentions;
                }

                var index = new Dictionary<string, List<SyntaxNode>>(StringComparer.Ordinal);
                foreach (SyntaxTree tree in compilation.SyntaxTrees)
                {
                    foreach (TypeDeclarationSyntax type in TypeDeclarations(tree.GetRoot(cancellationToken)))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (type.ParameterList is { } parameters)
                        {
                            foreach (ParameterSyntax parameter in parameters.Parameters)
                            {
                                AddMentions(index, parameter.Type, parameter);
                            }
                        }

                        foreach (MemberDeclarationSyntax member in type.Members)
                        {
                            if (member is PropertyDeclarationSyntax property)
                            {
                                AddMentions(index, property.Type, property);
                            }
                            else if (member is FieldDeclarationSyntax field)
                            {
                                foreach (VariableDeclaratorSyntax variable in field.Declaration.Variables)
                                {
                                    AddMentions(index, field.Declaration.Type, variable);
                                }
                            }
                        }
                    }
                }

                Volatile.Write(ref mentions, index);
                return index;
            }
        }

        /// <summary>Records <paramref name="declaration"/> under every type name its declared type mentions.</summary>
        private static void AddMentions(Dictionary<string, List<SyntaxNode>> index, TypeSyntax? type, SyntaxNode declaration)
        {
            switch (type)
            {
                case IdentifierNameSyntax identifier:
                    AddMention(index, identifier.Identifier.ValueText, declaration);
                    break;
                case GenericNameSyntax generic:
                    AddMention(index, generic.Identifier.ValueText, declaration);
                    foreach (TypeSyntax argument in generic.TypeArgumentList.Arguments)
                    {
                        AddMentions(index, argument, declaration);
                    }

                    break;
                case QualifiedNameSyntax qualified:
                    AddMentions(index, qualified.Right, declaration);
                    break;
                case AliasQualifiedNameSyntax alias:
                    AddMentions(index, alias.Name, declaration);
                    break;
                case NullableTypeSyntax nullable:
                    AddMentions(index, nullable.ElementType, declaration);
                    break;
                case ArrayTypeSyntax array:
                    AddMentions(index, array.ElementType, declaration);
                    break;
                case TupleTypeSyntax tuple:
                    foreach (TupleElementSyntax element in tuple.Elements)
                    {
                        AddMentions(index, element.Type, declaration);
                    }

                    break;
                default:
                    break; // predefined types (string, int), pointers, function pointers: never a part
            }
        }

        private static void AddMention(Dictionary<string, List<SyntaxNode>> index, string name, SyntaxNode declaration)
        {
            if (!index.TryGetValue(name, out List<SyntaxNode>? list))
            {
                index[name] = list = new List<SyntaxNode>();
            }

            if (list.Count == 0 || !ReferenceEquals(list[list.Count - 1], declaration))
            {
                list.Add(declaration);
            }
        }

        /// <summary>The entity types of the project's <c>DbContext</c>s, their base contexts' included; found on first need.</summary>
        private HashSet<INamedTypeSymbol> EntityTypes(CancellationToken cancellationToken)
        {
            if (Volatile.Read(ref entityTypes) is { } built)
            {
                return built;
            }

            lock (gate)
            {
                if (entityTypes is not null)
                {
                    return entityTypes;
                }

                var entities = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
                var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
                foreach (SyntaxTree tree in compilation.SyntaxTrees)
                {
                    SemanticModel? model = null;
                    foreach (TypeDeclarationSyntax declaration in TypeDeclarations(tree.GetRoot(cancellationToken)))
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (declaration is not ClassDeclarationSyntax { BaseList: not null })
                        {
                            continue; // a DbContext derives from one
                        }

                        model ??= compilation.GetSemanticModel(tree);
                        if (model.GetDeclaredSymbol(declaration, cancellationToken) is { } type && seen.Add(type) && IsDbContext(type))
                        {
                            AddDbSets(type, entities);
                        }
                    }
                }

                Volatile.Write(ref entityTypes, entities);
                return entities;
            }
        }

        /// <summary>The context's own DbSets and those of its base contexts, metadata included (IdentityDbContext.Users).</summary>
        private static void AddDbSets(INamedTypeSymbol context, HashSet<INamedTypeSymbol> entities)
        {
            for (INamedTypeSymbol? level = context; level is not null; level = level.BaseType)
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (member is IPropertySymbol { IsStatic: false, Type: INamedTypeSymbol { TypeArguments.Length: 1 } set }
                        && SymbolFacts.Is(set, "DbSet", "Microsoft", "EntityFrameworkCore")
                        && set.TypeArguments[0] is INamedTypeSymbol entity)
                    {
                        entities.Add(entity.OriginalDefinition);
                    }
                }
            }
        }

        /// <summary>The type declarations of a file, nested ones included, without descending into members' bodies.</summary>
        private static IEnumerable<TypeDeclarationSyntax> TypeDeclarations(SyntaxNode root) =>
            root.DescendantNodes(node => node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax)
                .OfType<TypeDeclarationSyntax>()
                .Where(type => type is not InterfaceDeclarationSyntax);

        /// <summary>The class or struct of the project that a member's type is, or holds as element or nullable value.</summary>
        private static INamedTypeSymbol? SourcePart(ITypeSymbol memberType)
        {
            if (memberType.SpecialType != SpecialType.None || memberType.TypeKind == TypeKind.Enum)
            {
                return null; // string, numbers, dates' neighbours: never a part, and no interfaces to look at
            }

            return ElementOf(memberType) is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } part
                && part.Locations.Length > 0 && part.Locations[0].IsInSource
                    ? part
                    : null;
        }
    }
}
