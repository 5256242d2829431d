using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Parsing
{
    /// <summary>Turns a type symbol into a <see cref="TypeSpec"/>. Runs inside the pipeline's transforms; keeps no symbol.</summary>
    internal sealed class TypeParser
    {
        // One parser per compilation: the purpose declarations and the well-known types are read once, not once per
        // tagged member. The table holds the compilation weakly, so parsers go with their compilations.
        private static readonly ConditionalWeakTable<Compilation, TypeParser> Parsers = new();

        private readonly Compilation _compilation;
        private readonly ImmutableArray<PurposeDeclaration> _purposes;
        private readonly MemberAccessRules _access;
        private readonly bool _utf8Literals;
        private readonly bool _dateWriters;

        private TypeParser(Compilation compilation, bool utf8Literals)
        {
            _compilation = compilation;
            _purposes = PurposeDeclaration.ReadAll(compilation.Assembly);
            _access = new MemberAccessRules(compilation);
            _utf8Literals = utf8Literals;

            // The netstandard2.0 build of Pii.dll has no DateOnly, so no WriteDate or WriteTime; a .NET 6 or 7 project
            // gets that build and still has DateOnly members, whose export then formats the value itself.
            _dateWriters = compilation.GetTypeByMetadataName("Pii.Export.PersonalDataWriter") is { } writer
                && !writer.GetMembers("WriteDate").IsEmpty
                && !writer.GetMembers("WriteTime").IsEmpty;
        }

        /// <summary>The parser of a compilation, made on first use.</summary>
        public static TypeParser For(Compilation compilation) =>
            Parsers.GetValue(compilation, static c => new TypeParser(c, (c as CSharpCompilation)?.LanguageVersion >= LanguageVersion.CSharp11));

        /// <summary>Builds the spec, or returns <see langword="null"/> for a type the generator cannot write code for.</summary>
        public TypeSpec? Parse(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (!GeneratedTypeRules.CanGenerateFor(type, out bool isPublic))
            {
                return null;
            }

            AttributeData? subject = TagReader.FindDataSubject(type);
            string? keyName = subject is null ? null : SubjectKeyName(type, subject);

            var members = new List<MemberSpec>();
            var recordMembers = new List<RecordMemberSpec>();
            var plain = new List<PlainMemberSpec>();
            var seen = new HashSet<string>();
            foreach (INamedTypeSymbol level in BaseFirst(type))
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (!IsInstanceDataMember(member) || !seen.Add(member.Name))
                    {
                        continue;
                    }

                    ImmutableArray<MemberTag> tags = TagReader.ReadTags(member, _purposes);
                    if (tags.Length > 0)
                    {
                        members.Add(ParseTagged(type, member, tags));
                        recordMembers.Add(RecordTypeParser.Member(member, null, tags));
                    }
                    else if (IsPlainCandidate(member) && (member.Name == keyName || TagReader.IsNotPersonalData(member)))
                    {
                        plain.Add(new PlainMemberSpec(member.Name, MemberShape.TypeOf(member)!.SpecialType == SpecialType.System_String));
                    }
                    else if (ParseOwned(type, member) is { } owned)
                    {
                        members.Add(owned);
                        recordMembers.Add(RecordTypeParser.Member(member, OwnedElement(MemberShape.TypeOf(member))?.Element ?? MemberShape.TypeOf(member) as INamedTypeSymbol, ImmutableArray<MemberTag>.Empty));
                    }
                }
            }

            if (members.Count == 0)
            {
                return null;
            }

            return new TypeSpec(
                TypeNames.HintName(type),
                TypeNames.Namespace(type),
                type.Name,
                type.ToDisplayString(TypeNames.FullyQualified),
                TypeNames.ClassName(type),
                isPublic,
                type.TypeParameters.Length == 0 ? string.Empty : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">",
                type.TypeParameters.Select(TypeConstraints.Of).Where(c => c.Length > 0).ToEquatableArray(),
                subject is not null,
                members.ToEquatableArray(),
                plain.ToEquatableArray(),
                _utf8Literals,
                _dateWriters,
                RecordTypeParser.Parse(_compilation, type, recordMembers, cancellationToken));
        }

        private static IEnumerable<INamedTypeSymbol> BaseFirst(INamedTypeSymbol type)
        {
            var chain = new List<INamedTypeSymbol>();
            for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                chain.Add(current);
            }

            chain.Reverse();
            return chain;
        }

        private static bool IsInstanceDataMember(ISymbol member) => member switch
        {
            IPropertySymbol property => !property.IsStatic && !property.IsIndexer && !property.IsImplicitlyDeclared,
            IFieldSymbol field => !field.IsStatic && !field.IsConst && !field.IsImplicitlyDeclared,
            _ => false,
        };

        private static string? SubjectKeyName(INamedTypeSymbol type, AttributeData subject)
        {
            foreach (var named in subject.NamedArguments)
            {
                if (named.Key == "Key" && named.Value.Value is string key)
                {
                    return key;
                }
            }

            foreach (INamedTypeSymbol level in BaseFirst(type))
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (IsInstanceDataMember(member) && (member.Name == "Id" || member.Name == type.Name + "Id"))
                    {
                        return member.Name;
                    }
                }
            }

            return null;
        }

        private bool IsPlainCandidate(ISymbol member)
        {
            if (_access.Read(member) != AccessKind.Direct || MemberShape.TypeOf(member) is not { } type)
            {
                return false;
            }

            MemberShape shape = MemberShape.Of(type);
            return shape.Kind is not (ValueKind.Other or ValueKind.Owned or ValueKind.StringCollection or ValueKind.ByteArray);
        }

        private MemberSpec ParseTagged(INamedTypeSymbol type, ISymbol member, ImmutableArray<MemberTag> tags)
        {
            ITypeSymbol memberType = MemberShape.TypeOf(member)!;
            MemberShape shape = MemberShape.Of(memberType);

            DataCategory category = tags.Select(t => t.Category).FirstOrDefault(c => c != DataCategory.Unspecified);
            ErasureStrategy erasure = ErasureRules.StrategyOf(tags, shape);
            RedactionKind redaction = tags.Select(t => t.Redaction).FirstOrDefault(r => r != RedactionKind.Default);
            SpecialCategory? special = tags.Select(t => t.SpecialCategory).FirstOrDefault(s => s is not null);
            SpecialCategoryCondition? condition = tags.Select(t => t.Condition).FirstOrDefault(c => c is not null);
            if (redaction == RedactionKind.Default)
            {
                redaction = category == DataCategory.EmailAddress ? RedactionKind.EmailMask
                    : category == DataCategory.IpAddress || shape.Kind == ValueKind.IpAddress ? RedactionKind.TruncateIp
                    : RedactionKind.Erase;
            }

            var purposes = new List<PurposeSpec>();
            foreach (MemberTag tag in tags)
            {
                if (!purposes.Any(p => p.Name == tag.Purpose))
                {
                    purposes.Add(new PurposeSpec(tag.Purpose, tag.LegalBasis, tag.ValidRetention, tag.RetentionTrigger));
                }
            }

            AccessKind write = _access.Write(member);
            Protection protection = ProtectionRules.ProtectionOf(tags);
            bool supported = ErasureRules.CanApply(erasure, member, shape, write, _access.UnsafeAccessorsAvailable, protection, out _);

            return new MemberSpec(
                member.Name,
                member.ContainingType.ToDisplayString(TypeNames.FullyQualified),
                member is IFieldSymbol,
                memberType.ToDisplayString(TypeNames.FullyQualified),
                shape.Kind,
                shape.CanBeNull,
                !SymbolEqualityComparer.IncludeNullability.Equals(shape.ValueType, shape.Type),
                shape.Collection,
                shape.ValueType.ToDisplayString(TypeNames.FullyQualified),
                ElementType(shape.ValueType),
                shape.Kind == ValueKind.Enum ? EnumMembers(shape.ValueType) : EquatableArray<string>.Empty,
                _access.Read(member),
                write,
                purposes.ToEquatableArray(),
                category,
                special,
                special is null ? null : condition,
                erasure,
                supported,
                redaction,
                RetentionStartMember(type, tags),
                null,
                ProtectionRules.StoredCodec(tags, shape),
                protection == Protection.Encrypted && shape.Kind == ValueKind.String && ProtectionRules.HasBlindIndex(tags));
        }

        /// <summary>
        /// A member that holds an object of a class with tagged members (owned: exported, erased and redacted in place), or a
        /// collection of them. The tags may be the class's own or those of owned objects inside it, at any depth up to
        /// <see cref="MaxOwnedDepth"/> (a <c>Contact</c> holding an <c>Address</c> with tagged members is owned). A collection's
        /// element type must have no key of its own (a class with one is an entity, whose rows the EF Core store reaches
        /// through its own <c>DbSet</c>) unless it carries EF Core's <c>[Owned]</c>; and a collection must be a property (a
        /// field is the backing field of one). A member marked <c>[NotPersonalData]</c> is not followed.
        /// </summary>
        private MemberSpec? ParseOwned(INamedTypeSymbol owner, ISymbol member)
        {
            if (OwnedTarget(owner, member, 1) is not { } target)
            {
                return null;
            }

            (INamedTypeSymbol ownedType, CollectionShape collection, List<PurposeSpec> purposes) = target;
            ITypeSymbol memberType = MemberShape.TypeOf(member)!;
            string elementType = ownedType.ToDisplayString(TypeNames.FullyQualified);
            return new MemberSpec(
                member.Name,
                member.ContainingType.ToDisplayString(TypeNames.FullyQualified),
                member is IFieldSymbol,
                collection == CollectionShape.None ? elementType : memberType.ToDisplayString(TypeNames.FullyQualified),
                ValueKind.Owned,
                CanBeNull: true,
                IsNullableValueType: false,
                collection,
                elementType,
                collection == CollectionShape.None ? null : elementType,
                EquatableArray<string>.Empty,
                _access.Read(member),
                AccessKind.None,
                purposes.ToEquatableArray(),
                DataCategory.Unspecified,
                null,
                null,
                ErasureStrategy.Clear,
                ErasureSupported: true,
                RedactionKind.Erase,
                null,
                TypeNames.QualifiedClassName(ownedType),
                null,
                false);
        }

        /// <summary>How deep owned objects are followed: deeper nesting, or a cycle of owned types, is left out.</summary>
        internal const int MaxOwnedDepth = 8;

        /// <summary>
        /// The class a member holds as an owned object (or a collection of them), the collection's shape, and the purposes of
        /// the tags inside it (the class's own and its owned objects'), or <see langword="null"/> when the member is not one.
        /// </summary>
        private (INamedTypeSymbol Type, CollectionShape Collection, List<PurposeSpec> Purposes)? OwnedTarget(INamedTypeSymbol owner, ISymbol member, int depth)
        {
            if (TagReader.IsNotPersonalData(member))
            {
                return null; // reviewed: for example a read-only view over another member
            }

            CollectionShape collection = CollectionShape.None;
            ITypeSymbol? memberType = MemberShape.TypeOf(member);
            INamedTypeSymbol? ownedType = memberType as INamedTypeSymbol;
            if (OwnedElement(memberType) is { } element)
            {
                // A field holding a collection is the backing field of the property that exposes it (EF Core's pattern):
                // the property is the member, or the elements would be exported and erased twice.
                (ownedType, collection) = element;
                if (member is IFieldSymbol || (EntityLinks.KeyOf(ownedType) is not null && !EntityLinks.IsOwnedType(ownedType)))
                {
                    return null;
                }
            }

            if (ownedType is not { TypeKind: TypeKind.Class }
                || ownedType.SpecialType != SpecialType.None
                || !SymbolEqualityComparer.Default.Equals(ownedType.ContainingAssembly, _compilation.Assembly)
                || SymbolEqualityComparer.Default.Equals(ownedType.OriginalDefinition, owner.OriginalDefinition)
                || ownedType.IsGenericType
                || TagReader.FindDataSubject(ownedType) is not null
                || !GeneratedTypeRules.CanGenerateFor(ownedType, out _)
                || _access.Read(member) == AccessKind.None)
            {
                return null;
            }

            return OwnedPurposes(ownedType, owner, depth) is { Count: > 0 } purposes ? (ownedType, collection, purposes) : null;
        }

        /// <summary>
        /// The purposes of an owned type's tags and of the owned objects inside it, so that the owner knows whether any of it
        /// is portable; <see langword="null"/> when the type refers back to its owner (it is a navigation, not a part).
        /// </summary>
        private List<PurposeSpec>? OwnedPurposes(INamedTypeSymbol ownedType, INamedTypeSymbol owner, int depth)
        {
            var purposes = new List<PurposeSpec>();
            foreach (INamedTypeSymbol level in BaseFirst(ownedType))
            {
                foreach (ISymbol ownedMember in level.GetMembers())
                {
                    if (!IsInstanceDataMember(ownedMember))
                    {
                        continue;
                    }

                    if (SymbolEqualityComparer.Default.Equals(MemberShape.TypeOf(ownedMember), owner))
                    {
                        return null;
                    }

                    ImmutableArray<MemberTag> tags = TagReader.ReadTags(ownedMember, _purposes);
                    foreach (MemberTag tag in tags)
                    {
                        AddPurpose(purposes, new PurposeSpec(tag.Purpose, tag.LegalBasis, tag.ValidRetention, tag.RetentionTrigger));
                    }

                    if (tags.IsEmpty && depth < MaxOwnedDepth && OwnedTarget(ownedType, ownedMember, depth + 1) is { } inner)
                    {
                        foreach (PurposeSpec purpose in inner.Purposes)
                        {
                            AddPurpose(purposes, purpose);
                        }
                    }
                }
            }

            return purposes;
        }

        private static void AddPurpose(List<PurposeSpec> purposes, PurposeSpec purpose)
        {
            if (!purposes.Any(p => p.Name == purpose.Name))
            {
                purposes.Add(purpose);
            }
        }

        /// <summary>
        /// The specs of the owned types that <paramref name="spec"/>'s type reaches, at any depth, and that no tag of their
        /// own leads the pipeline to: a <c>Contact</c> that only holds a tagged <c>Address</c>. The code around such a type
        /// calls its code, so it is generated with the type that reaches it.
        /// </summary>
        public IEnumerable<TypeSpec> UntaggedOwnedTypes(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { type };
            var pending = new Queue<(INamedTypeSymbol Type, int Depth)>();
            pending.Enqueue((type, 1));
            while (pending.Count > 0)
            {
                (INamedTypeSymbol owner, int depth) = pending.Dequeue();
                foreach (INamedTypeSymbol level in BaseFirst(owner))
                {
                    foreach (ISymbol member in level.GetMembers())
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        if (!IsInstanceDataMember(member) || TagReader.IsTagged(member) || OwnedTarget(owner, member, depth) is not { } target || !seen.Add(target.Type))
                        {
                            continue;
                        }

                        // As declared, not as the member holds it (Contact, not Contact?): the spec names the type.
                        var ownedType = (INamedTypeSymbol)target.Type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                        if (depth < MaxOwnedDepth)
                        {
                            pending.Enqueue((ownedType, depth + 1));
                        }

                        if (!FoundByTags(ownedType) && Parse(ownedType, cancellationToken) is { } spec)
                        {
                            yield return spec;
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Whether the generator's type pipeline finds the type by a tag of its own: a tagged member it declares, or
        /// <c>[DataSubject]</c> on it.
        /// </summary>
        internal static bool FoundByTags(INamedTypeSymbol type) =>
            TagReader.FindDataSubject(type) is not null
            || type.GetMembers().Any(m => m is IPropertySymbol or IFieldSymbol && TagReader.IsTagged(m));

        /// <summary>
        /// The class a collection holds, and the collection's shape: an array, or a type that is or implements
        /// <c>IEnumerable&lt;T&gt;</c> of one class (<c>List&lt;T&gt;</c>, <c>ISet&lt;T&gt;</c>, <c>ObservableCollection&lt;T&gt;</c>, ...).
        /// </summary>
        internal static (INamedTypeSymbol Element, CollectionShape Shape)? OwnedElement(ITypeSymbol? type)
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

        private static string? ElementType(ITypeSymbol type) => type switch
        {
            IArrayTypeSymbol array => array.ElementType.ToDisplayString(TypeNames.FullyQualified),
            INamedTypeSymbol { TypeArguments.Length: 1 } named => named.TypeArguments[0].ToDisplayString(TypeNames.FullyQualified),
            _ => null,
        };

        private static EquatableArray<string> EnumMembers(ITypeSymbol enumType)
        {
            var names = new List<string>();
            var values = new HashSet<object>();
            foreach (ISymbol member in enumType.GetMembers())
            {
                if (member is IFieldSymbol { HasConstantValue: true, ConstantValue: { } value } field && values.Add(value))
                {
                    names.Add(field.Name);
                }
            }

            return names.ToEquatableArray();
        }

        private string? RetentionStartMember(INamedTypeSymbol type, ImmutableArray<MemberTag> tags)
        {
            string? name = tags.Select(t => t.RetentionStartsAt).FirstOrDefault(n => n is not null);
            if (name is null)
            {
                return null;
            }

            return RetentionStartRules.Find(type, name) is { } member && RetentionStartRules.IsDate(member) && _access.Read(member) == AccessKind.Direct
                ? name
                : null;
        }
    }
}
