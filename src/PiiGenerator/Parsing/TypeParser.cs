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

        // A member of another assembly (an entity of a class library in this project's store, a base class) means the purposes
        // that assembly declares, as its own build read them.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<IAssemblySymbol, ImmutableArray<PurposeDeclaration>> _otherPurposes = new(SymbolEqualityComparer.Default);
        private readonly MemberAccessRules _access;
        private readonly bool _utf8Literals;
        private readonly bool _dateWriters;

        // Read by every type that holds the owned type; the walk below it is the same each time.
        private readonly System.Collections.Concurrent.ConcurrentDictionary<INamedTypeSymbol, EquatableArray<PurposeSpec>> _ownedPurposes = new(SymbolEqualityComparer.Default);

        /// <summary>The purposes declared by the assembly that declares <paramref name="member"/>.</summary>
        private ImmutableArray<PurposeDeclaration> PurposesOf(ISymbol member) =>
            member.ContainingAssembly is not { } assembly || SymbolEqualityComparer.Default.Equals(assembly, _compilation.Assembly)
                ? _purposes
                : _otherPurposes.GetOrAdd(assembly, ReadDeclarations);

        private static readonly System.Func<IAssemblySymbol, ImmutableArray<PurposeDeclaration>> ReadDeclarations = PurposeDeclaration.ReadAll;

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

        /// <summary>
        /// Whether <paramref name="type"/> is declared by the compilation's own assembly: not by a referenced project, which
        /// in an IDE may come as a compilation of its own (source symbols too), not as metadata.
        /// </summary>
        public bool Declares(INamedTypeSymbol type) => SymbolEqualityComparer.Default.Equals(type.ContainingAssembly, _compilation.Assembly);

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
            foreach (ISymbol member in ReadMembers.Of(type))
            {
                cancellationToken.ThrowIfCancellationRequested();
                ImmutableArray<MemberTag> tags = TagReader.ReadTags(member, PurposesOf(member));
                if (tags.Length > 0)
                {
                    if (GeneratedTypeRules.Unnameable(MemberShape.TypeOf(member)) is not null)
                    {
                        continue; // generated code cannot declare a value of its type (PII003 reports the tag)
                    }

                    members.Add(ParseTagged(type, member, tags));
                    recordMembers.Add(RecordTypeParser.Member(member, null, tags));
                }
                else if (IsPlainCandidate(member) && (member.Name == keyName || TagReader.IsNotPersonalData(member)))
                {
                    plain.Add(new PlainMemberSpec(
                        member.Name,
                        MemberShape.TypeOf(member)!.SpecialType == SpecialType.System_String,
                        IsHidden(type, member) ? member.ContainingType.ToDisplayString(TypeNames.FullyQualified) : null));
                }
                else if (ParseOwned(type, member) is { } owned)
                {
                    members.Add(owned);
                    recordMembers.Add(RecordTypeParser.Member(member, OwnedTypeRules.Element(MemberShape.TypeOf(member))?.Element ?? MemberShape.TypeOf(member) as INamedTypeSymbol, ImmutableArray<MemberTag>.Empty));
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

        private static string? SubjectKeyName(INamedTypeSymbol type, AttributeData subject)
        {
            foreach (var named in subject.NamedArguments)
            {
                if (named.Key == "Key" && named.Value.Scalar() is string key)
                {
                    return key;
                }
            }

            foreach (INamedTypeSymbol level in BaseFirst(type))
            {
                foreach (ISymbol member in level.GetMembers())
                {
                    if (ReadMembers.IsInstanceData(member) && (member.Name == "Id" || member.Name == type.Name + "Id"))
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
            AddPurposes(purposes, tags);

            AccessKind write = _access.Write(member);
            Protection protection = ProtectionRules.ProtectionOf(tags);
            bool supported = ErasureRules.CanApply(erasure, member, shape, write, _access.UnsafeAccessorsAvailable, protection, out _);

            // A reference type declared where nullable annotations are off (#nullable disable, a project without <Nullable>)
            // is written as nullable: the generated code (nullable enabled) passes null to erase it, which would be a warning.
            ITypeSymbol written = memberType is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.None }
                ? memberType.WithNullableAnnotation(NullableAnnotation.Annotated)
                : memberType;

            return new MemberSpec(
                member.Name,
                member.ContainingType.ToDisplayString(TypeNames.FullyQualified),
                member is IFieldSymbol,
                written.ToDisplayString(TypeNames.FullyQualified),
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
                protection == Protection.Encrypted && shape.Kind == ValueKind.String && ProtectionRules.HasBlindIndex(tags),
                IsHidden(type, member));
        }

        /// <summary>
        /// Whether <paramref name="type"/>, or a type between it and the member's declaring type, declares another member of
        /// the same name (<c>public new int Nick</c> over a tagged <c>string? Nick</c>): <c>value.Nick</c> would be that one. An
        /// override is the same member.
        /// </summary>
        private static bool IsHidden(INamedTypeSymbol type, ISymbol member)
        {
            for (INamedTypeSymbol? level = type;
                level is not null && !SymbolEqualityComparer.Default.Equals(level.OriginalDefinition, member.ContainingType.OriginalDefinition);
                level = level.BaseType)
            {
                foreach (ISymbol other in level.GetMembers(member.Name))
                {
                    if (!(other is IPropertySymbol property && ReadMembers.Overrides(property, member)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// A member that holds an object of a class with tagged members (owned: exported, erased and redacted in place), or a
        /// collection of them. The tags may be the class's own or those of owned objects inside it, at any depth
        /// (<see cref="OwnedPurposes"/>: a <c>Contact</c> holding an <c>Address</c> with tagged members is owned). A collection's
        /// element type must have no key of its own (a class with one is an entity, whose rows the EF Core store reaches
        /// through its own <c>DbSet</c>) unless it carries EF Core's <c>[Owned]</c>; and a collection in a private or protected
        /// field is taken for the backing field of a property. A member marked <c>[NotPersonalData]</c> is not followed.
        /// </summary>
        private MemberSpec? ParseOwned(INamedTypeSymbol owner, ISymbol member)
        {
            if (OwnedTarget(owner, member) is not { } target)
            {
                return null;
            }

            (INamedTypeSymbol ownedType, CollectionShape collection, EquatableArray<PurposeSpec> purposes) = target;
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
                purposes,
                DataCategory.Unspecified,
                null,
                null,
                ErasureStrategy.Clear,
                ErasureSupported: true,
                RedactionKind.Erase,
                null,
                TypeNames.QualifiedClassName(ownedType),
                null,
                false,
                IsHidden(owner, member));
        }

        /// <summary>
        /// The class a member holds as an owned object (or a collection of them), the collection's shape, and the purposes of
        /// the tags inside it (<see cref="OwnedPurposes"/>), or <see langword="null"/> when the member is not one.
        /// </summary>
        private (INamedTypeSymbol Type, CollectionShape Collection, EquatableArray<PurposeSpec> Purposes)? OwnedTarget(INamedTypeSymbol owner, ISymbol member)
        {
            return OwnedCandidate(owner, member) is { } candidate && OwnedPurposes(candidate.Type) is { IsEmpty: false } purposes
                ? (candidate.Type, candidate.Collection, purposes)
                : null;
        }

        /// <summary>
        /// The class a member holds, when it may be an owned object whatever its tags (<see cref="OwnedTypeRules.Check"/>: the
        /// rule PII013 reports by when it is not followed and personal data is inside).
        /// </summary>
        private (INamedTypeSymbol Type, CollectionShape Collection)? OwnedCandidate(INamedTypeSymbol owner, ISymbol member) =>
            OwnedTypeRules.Check(owner, member, _compilation.Assembly, _access) is (OwnedStop.Follow, { } type, var collection) ? (type, collection) : null;

        /// <summary>
        /// The purposes of the tags in an owned type, so that the owner knows whether any of it is portable: its own tags,
        /// and those of the owned objects inside it at any depth (a <c>Contact</c> that only holds a tagged <c>Address</c>). An
        /// entity (a key, and not EF Core's <c>[Owned]</c>) with no tag of its own is not looked through: what it refers to
        /// belongs to it, not to the holder. Empty when there is no tag: the member is not owned.
        /// Computed once per type; the walk visits each type once, so cycles end.
        /// </summary>
        private EquatableArray<PurposeSpec> OwnedPurposes(INamedTypeSymbol ownedType) =>
            _ownedPurposes.GetOrAdd(ownedType, type =>
            {
                var purposes = new List<PurposeSpec>();
                var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { type };
                var pending = new Queue<INamedTypeSymbol>();
                pending.Enqueue(type);
                while (pending.Count > 0)
                {
                    INamedTypeSymbol current = pending.Dequeue();
                    List<ISymbol> members = ReadMembers.Of(current); // as Parse reads them, so that a type counted here gets code

                    // An entity with tags of its own is owned by what refers to it (its code exports what it holds); one without is not.
                    bool passesThrough = EntityLinks.KeyOf(current) is null || EntityLinks.IsOwnedType(current) || members.Any(TagReader.IsTagged);
                    foreach (ISymbol member in members)
                    {
                        ImmutableArray<MemberTag> tags = TagReader.ReadTags(member, PurposesOf(member));
                        AddPurposes(purposes, tags);

                        if (tags.IsEmpty && passesThrough && OwnedCandidate(current, member) is { } inner && seen.Add(inner.Type))
                        {
                            pending.Enqueue(inner.Type);
                        }
                    }
                }

                return purposes.ToEquatableArray();
            });

        /// <summary>Adds each tag's purpose that is not in <paramref name="purposes"/> yet, in the tags' order.</summary>
        private static void AddPurposes(List<PurposeSpec> purposes, ImmutableArray<MemberTag> tags)
        {
            foreach (MemberTag tag in tags)
            {
                if (!purposes.Any(p => p.Name == tag.Purpose))
                {
                    purposes.Add(new PurposeSpec(tag.Purpose, tag.LegalBasis, tag.ValidRetention, tag.RetentionTrigger));
                }
            }
        }

        /// <summary>
        /// The specs of the owned types that <paramref name="type"/> reaches through types without a tag of their own, at any
        /// depth: no tag leads the pipeline to a <c>Contact</c> that only holds a tagged <c>Address</c>, but the code around it
        /// calls its code, so it is generated with the type that reaches it. A tagged type on the way is not entered: the
        /// pipeline parses it, and the types it reaches, itself.
        /// </summary>
        public IEnumerable<TypeSpec> UntaggedOwnedTypes(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default) { type };
            var pending = new Queue<INamedTypeSymbol>();
            pending.Enqueue(type);
            while (pending.Count > 0)
            {
                INamedTypeSymbol owner = pending.Dequeue();
                foreach (ISymbol member in ReadMembers.Of(owner))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    // As Parse decides: a member whose tags cannot be read is taken as owned there, so it is followed here too.
                    if (!TagReader.ReadTags(member, PurposesOf(member)).IsEmpty || OwnedTarget(owner, member) is not { } target || FoundByTags(target.Type)
                        || !Declares(target.Type) // its project's code, called from here
                        || !seen.Add(target.Type))
                    {
                        continue;
                    }

                    pending.Enqueue(target.Type);
                    if (Parse(target.Type, cancellationToken) is { } spec)
                    {
                        yield return spec;
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
            || type.GetMembers().Any(m => ReadMembers.IsInstanceData(m) && TagReader.IsTagged(m));

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
            string? name = RetentionStartRules.FirstStart(tags);
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
