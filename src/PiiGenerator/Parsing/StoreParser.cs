using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Pii.Generator.Emitters;
using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Parsing
{
    /// <summary>Turns an EF Core <c>DbContext</c> into a <see cref="StoreSpec"/>: its <c>DbSet</c>s, their tagged members and their links to data subjects.</summary>
    internal static class StoreParser
    {
        /// <summary>Builds the spec, or returns <see langword="null"/> when the context exposes no tagged entity type or cannot be named from generated code.</summary>
        public static StoreSpec? Parse(Compilation compilation, INamedTypeSymbol context, CancellationToken cancellationToken)
        {
            if (!GeneratedTypeRules.CanGenerateFor(context, out bool isPublic) || context.IsGenericType)
            {
                return null;
            }

            ImmutableArray<INamedTypeSymbol> entities = EntityLinks.EntityTypes(context);
            TypeParser parser = TypeParser.For(compilation);
            var access = new MemberAccessRules(compilation);
            var tagged = new Dictionary<INamedTypeSymbol, TypeSpec>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol entity in entities)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!entity.IsGenericType && parser.Parse(entity, cancellationToken) is { } spec)
                {
                    tagged.Add(entity, spec);
                }
            }

            // The encrypted members of what the entities hold: ConfigureProtection finds them in the model by type and name.
            var heldEncrypted = new List<StoreHeldSpec>();
            var encryptedTypes = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            List<HeldType> heldTypes = EntityLinks.HeldTypes(entities, compilation.Assembly, cancellationToken);
            foreach (HeldType held in heldTypes)
            {
                foreach (StoreHeldSpec member in HeldEncrypted(held, entities))
                {
                    heldEncrypted.Add(member);
                    encryptedTypes.Add(held.Type);
                }
            }

            // The declared types of the members that hold them (Address, Money?, List<Address>): a property of one of these
            // types stores the whole object as one value, which would keep its encrypted members in plain text.
            var holders = new SortedSet<string>(System.StringComparer.Ordinal);
            if (encryptedTypes.Count > 0)
            {
                foreach (INamedTypeSymbol type in entities.Concat(heldTypes.Select(h => h.Type)))
                {
                    foreach (ISymbol member in EntityLinks.DataMembers(type))
                    {
                        if (MemberShape.TypeOf(member) is { } memberType && EntityLinks.HeldClass(memberType) is { } held
                            && encryptedTypes.Contains(held))
                        {
                            holders.Add(memberType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
                        }
                    }
                }
            }

            // A context with neither tagged entities nor encrypted members in what they hold has nothing to generate.
            if (tagged.Count == 0 && heldEncrypted.Count == 0)
            {
                return null;
            }

            // The entities whose rows hold such members: re-encryption reads their tables for them.
            var holdingEncrypted = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol entity in encryptedTypes.Count == 0 ? ImmutableArray<INamedTypeSymbol>.Empty : entities)
            {
                if (EntityLinks.HeldTypes(new[] { entity }, entities, compilation.Assembly, cancellationToken).Any(h => encryptedTypes.Contains(h.Type)))
                {
                    holdingEncrypted.Add(entity);
                }
            }

            // Every entity's chain to its subject; entities without one are left to PII009.
            var chains = new Dictionary<INamedTypeSymbol, ImmutableArray<LinkStep>>(SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol entity in entities)
            {
                if (EntityLinks.ChainToSubject(entity, entities, out _) is { } chain)
                {
                    chains.Add(entity, chain);
                }
            }

            // A member is crypto-shredded or not by the entity that declares it (in a hierarchy, its table's one column).
            var shredLinks = new Dictionary<string, StoreShredLink?>(System.StringComparer.Ordinal);
            foreach (INamedTypeSymbol entity in tagged.Keys)
            {
                shredLinks[entity.ToDisplayString(TypeNames.FullyQualified)] = ShredLink(entity, chains, tagged);
            }

            var entitySpecs = new List<StoreEntitySpec>();
            foreach (KeyValuePair<INamedTypeSymbol, TypeSpec> pair in tagged)
            {
                var linkedFrom = entities
                    .Where(e => chains.TryGetValue(e, out ImmutableArray<LinkStep> c) && c.Length > 0 && SymbolEqualityComparer.Default.Equals(c[0].Target, pair.Key))
                    .Select(e => e.Name);
                string fullName = pair.Key.ToDisplayString(TypeNames.FullyQualified);
                StoreShredLink? shredding = shredLinks[fullName];
                INamedTypeSymbol root = RootEntity(pair.Key, tagged);
                (string Name, string Type)? integerKey = IntegerKey(root);
                List<StoreMemberSpec> unreached = UnreachedOwned(pair.Key, parser, compilation, access, entities).ToList();
                entitySpecs.Add(new StoreEntitySpec(
                    pair.Key.Name,
                    fullName,
                    TypeNames.QualifiedClassName(pair.Key),
                    pair.Value.Members.Where(m => !IsEntityNavigation(pair.Key, m, entities)).Select(m => Shred(Member(pair.Key, m, parser, entities, cancellationToken), m.Write != AccessKind.Direct ? null : shredLinks.TryGetValue(m.DeclaringType, out StoreShredLink? declared) ? declared : shredding))
                        .Concat(unreached).ToEquatableArray(),
                    linkedFrom.ToEquatableArray(),
                    pair.Value.Members.Any(m => m.IsPortable) || unreached.Count > 0, // the library's code exports what is portable inside
                    root.ToDisplayString(TypeNames.FullyQualified),
                    integerKey?.Name,
                    shredding,
                    holdingEncrypted.Contains(pair.Key),
                    integerKey?.Type));
            }

            var subjects = new List<StoreSubjectSpec>();
            foreach (INamedTypeSymbol subject in entities)
            {
                if (TagReader.FindDataSubject(subject) is null || EntityLinks.KeyOf(subject) is not { } key || MemberShape.TypeOf(key) is not { } keyType)
                {
                    continue;
                }

                var linked = new List<StoreLinkSpec>();
                foreach (INamedTypeSymbol entity in entities)
                {
                    if (!chains.TryGetValue(entity, out ImmutableArray<LinkStep> chain)
                        || !SymbolEqualityComparer.Default.Equals(chain.Length == 0 ? entity : chain[chain.Length - 1].Target, subject))
                    {
                        continue;
                    }

                    string condition = chain.Length == 0
                        ? $"row.{Literals.Identifier(key.Name)} == subjectKey"
                        : Condition(chain, 0, "row");
                    linked.Add(new StoreLinkSpec(
                        entity.Name,
                        entity.ToDisplayString(TypeNames.FullyQualified),
                        chain.Length == 0 ? string.Empty : chain[0].Target.Name,
                        chain.Length,
                        condition,
                        tagged.ContainsKey(entity)));
                }

                if (!linked.Any(l => l.Tagged))
                {
                    continue;
                }

                IEnumerable<string> suppressible = tagged.TryGetValue(subject, out TypeSpec? subjectSpec)
                    ? subjectSpec.Members
                        .Where(m => m.Kind == ValueKind.String && m.Read == AccessKind.Direct && m.Category is DataCategory.EmailAddress or DataCategory.PhoneNumber)
                        .Select(m => m.Name)
                    : Enumerable.Empty<string>();

                subjects.Add(new StoreSubjectSpec(
                    subject.Name,
                    subject.ToDisplayString(TypeNames.FullyQualified),
                    key.Name,
                    keyType.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeNames.FullyQualified),
                    suppressible.ToEquatableArray(),
                    linked.OrderByDescending(l => l.Depth).ThenBy(l => l.Name, System.StringComparer.Ordinal).ToEquatableArray()));
            }

            return new StoreSpec(
                TypeNames.HintName(context).Replace(".PersonalData.g.cs", ".PersonalDataStore.g.cs"),
                TypeNames.Namespace(context),
                context.Name,
                context.ToDisplayString(TypeNames.FullyQualified),
                TypeNames.ClassName(context),
                isPublic,
                entities.Any(e => e.Name == "SuppressedIdentifier" && e.ContainingNamespace?.ToDisplayString() == "Pii.Store"),
                entitySpecs.ToEquatableArray(),
                subjects.ToEquatableArray(),
                tagged.Values.SelectMany(t => t.Members).SelectMany(m => m.Purposes).Select(p => p.Name).Distinct().OrderBy(n => n, System.StringComparer.Ordinal).ToEquatableArray(),
                // An entity whose personal data is all in owned objects has no tag of its own, and nor may the owned types
                // between it and the tagged ones.
                // An entity of a referenced project whose build generated its class (a store of its own there) is left to that
                // class; otherwise the class is written here, internal, so that it cannot clash with one that project writes
                // later, and out of this project's record (its data is declared, and recorded, by the project that tags it).
                tagged.Where(pair => !TypeParser.FoundByTags(pair.Key) && (parser.Declares(pair.Key) || GeneratedTypeRules.CallableClassOf(pair.Key) is null))
                    .SelectMany(pair => new[] { parser.Declares(pair.Key) ? pair.Value : pair.Value with { IsPublic = false, Record = null } }
                        .Concat(parser.UntaggedOwnedTypes(pair.Key, cancellationToken)))
                    .ToEquatableArray(),
                heldEncrypted.ToEquatableArray(),
                holders.ToEquatableArray(),
                HeldOnlyOwners(holdingEncrypted, tagged, entities).ToEquatableArray(),
                NotShredded(entitySpecs, heldEncrypted).ToEquatableArray());
        }

        /// <summary>
        /// The encrypted members tagged <c>CryptoShred</c> that are not shredded here: an entity's whose subject is too far
        /// (or has no usable key), and a held type's, both encrypted under the application's key ring instead.
        /// </summary>
        private static SortedSet<string> NotShredded(List<StoreEntitySpec> entitySpecs, List<StoreHeldSpec> heldEncrypted)
        {
            var names = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (StoreEntitySpec entity in entitySpecs)
            {
                foreach (StoreMemberSpec member in entity.Members)
                {
                    if (member.Erasure == ErasureStrategy.CryptoShred && member.ProtectionCodec is not null && !member.Shredded)
                    {
                        names.Add(member.DeclaringType.Replace("global::", string.Empty) + "." + member.Name);
                    }
                }
            }

            foreach (StoreHeldSpec member in heldEncrypted)
            {
                if (member.CryptoShred)
                {
                    names.Add(member.Type.Replace("global::", string.Empty) + "." + member.Member);
                }
            }

            return names;
        }

        /// <summary>
        /// The entities without tagged members (of their own, or in owned objects Pii follows) that hold encrypted members
        /// all the same, in keyed <c>OwnsMany</c> elements or structs: re-encryption reads their tables too, by their root type.
        /// </summary>
        private static IEnumerable<StoreHeldOwnerSpec> HeldOnlyOwners(HashSet<INamedTypeSymbol> holdingEncrypted, Dictionary<INamedTypeSymbol, TypeSpec> tagged, ImmutableArray<INamedTypeSymbol> entities)
        {
            var roots = new HashSet<string>(System.StringComparer.Ordinal);
            var isEntity = new HashSet<INamedTypeSymbol>(entities, SymbolEqualityComparer.Default);
            foreach (INamedTypeSymbol entity in entities)
            {
                if (!holdingEncrypted.Contains(entity) || tagged.ContainsKey(entity) || entity.IsGenericType || !GeneratedTypeRules.CanGenerateFor(entity, out _))
                {
                    continue;
                }

                // A table is read through its topmost entity type, whose rows include the derived ones.
                INamedTypeSymbol root = RootEntity(entity, isEntity.Contains);
                if (roots.Add(root.ToDisplayString(TypeNames.FullyQualified)))
                {
                    (string Name, string Type)? key = IntegerKey(root);
                    yield return new StoreHeldOwnerSpec(root.ToDisplayString(TypeNames.FullyQualified), key?.Name, key?.Type);
                }
            }
        }

        /// <summary>
        /// The encrypted members tagged <c>CryptoShred</c> that are not shredded here: an entity's whose subject is too far
        /// (or has no usable key), and a held type's, both encrypted under the application's key ring instead.
        /// </summary>
        private static SortedSet<string> NotShredded(List<StoreEntitySpec> entitySpecs, List<HeldType> heldTypes, ImmutableArray<INamedTypeSymbol> entities)
        {
            var names = new SortedSet<string>(System.StringComparer.Ordinal);
            foreach (StoreEntitySpec entity in entitySpecs)
            {
                foreach (StoreMemberSpec member in entity.Members)
                {
                    if (member.Erasure == ErasureStrategy.CryptoShred && member.ProtectionCodec is not null && !member.Shredded)
                    {
                        names.Add(member.DeclaringType.Replace("global::", string.Empty) + "." + member.Name);
                    }
                }
            }

            foreach (HeldType held in heldTypes)
            {
                foreach (ISymbol member in EntityLinks.HeldMembers(held, entities))
                {
                    if (TagReader.ReadTags(member, ImmutableArray<PurposeDeclaration>.Empty).Any(tag => tag.Erasure == ErasureStrategy.CryptoShred && tag.Protection == Protection.Encrypted))
                    {
                        names.Add(held.Type.ToDisplayString() + "." + member.Name);
                    }
                }
            }

            return names;
        }

        /// <summary>
        /// The entities without tagged members (of their own, or in owned objects Pii follows) that hold encrypted members
        /// all the same, in keyed <c>OwnsMany</c> elements or structs: re-encryption reads their tables too, by their root type.
        /// </summary>
        private static IEnumerable<StoreHeldOwnerSpec> HeldOnlyOwners(ImmutableArray<INamedTypeSymbol> entities, Dictionary<INamedTypeSymbol, TypeSpec> tagged, HashSet<INamedTypeSymbol> encryptedTypes, IAssemblySymbol assembly, CancellationToken cancellationToken)
        {
            if (encryptedTypes.Count == 0)
            {
                yield break;
            }

            var roots = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (INamedTypeSymbol entity in entities)
            {
                if (tagged.ContainsKey(entity) || entity.IsGenericType || !GeneratedTypeRules.CanGenerateFor(entity, out _)
                    || !EntityLinks.HeldTypes(new[] { entity }, entities, assembly, cancellationToken).Any(h => encryptedTypes.Contains(h.Type)))
                {
                    continue;
                }

                // A table is read through its topmost entity type, whose rows include the derived ones.
                INamedTypeSymbol root = entity;
                for (INamedTypeSymbol? level = entity.BaseType; level is not null; level = level.BaseType)
                {
                    if (entities.Contains(level, SymbolEqualityComparer.Default))
                    {
                        root = level;
                    }
                }

                if (roots.Add(root.ToDisplayString(TypeNames.FullyQualified)))
                {
                    (string Name, string Type)? key = IntegerKey(root);
                    yield return new StoreHeldOwnerSpec(root.ToDisplayString(TypeNames.FullyQualified), key?.Name, key?.Type);
                }
            }
        }

        /// <summary>
        /// The members of a held type tagged <c>Protection.Encrypted</c> whose type has a codec (any other is PII003): all of
        /// a plain type's, and of a type derived from an entity those declared below the entity (EF Core maps the entity's on
        /// the entity, where the entity's own converters are).
        /// </summary>
        private static IEnumerable<StoreHeldSpec> HeldEncrypted(HeldType held, ImmutableArray<INamedTypeSymbol> entities)
        {
            foreach (ISymbol member in EntityLinks.HeldMembers(held, entities))
            {
                ImmutableArray<MemberTag> tags = TagReader.ReadTags(member, ImmutableArray<PurposeDeclaration>.Empty);
                if (MemberShape.TypeOf(member) is { } type && ProtectionRules.StoredCodec(tags, MemberShape.Of(type)) is { } codec)
                {
                    // A converter works on the value type: EF Core applies it to the non-null values of a nullable member.
                    yield return new StoreHeldSpec(
                        held.Type.ToDisplayString(TypeNames.FullyQualified),
                        member.Name,
                        codec,
                        type.ToDisplayString(TypeNames.FullyQualified).TrimEnd('?'),
                        tags.Any(tag => tag.Erasure == ErasureStrategy.CryptoShred));
                }
            }
        }

        /// <summary>The condition on <paramref name="row"/> that follows the chain from step <paramref name="index"/> to the subject's key.</summary>
        private static string Condition(ImmutableArray<LinkStep> chain, int index, string row)
        {
            LinkStep step = chain[index];
            string member = Literals.Identifier(step.Member.Name);
            string key = Literals.Identifier(step.TargetKey.Name);
            if (index == chain.Length - 1)
            {
                return step.IsNavigation ? $"{row}.{member}!.{key} == subjectKey" : $"{row}.{member} == subjectKey";
            }

            if (step.IsNavigation)
            {
                return Condition(chain, index + 1, $"{row}.{member}!");
            }

            string parent = "parent" + (index + 1);
            string target = step.Target.ToDisplayString(TypeNames.FullyQualified);
            return $"db.Set<{target}>().Any({parent} => {parent}.{key} == {row}.{member} && {Condition(chain, index + 1, parent)})";
        }

        /// <summary>
        /// The data subject whose key encrypts the entity's crypto-shredded members: the entity itself when it is a subject,
        /// or the subject one link away. Null when the subject is farther (PII006; the members are then encrypted under the
        /// application's key ring) or has no usable key.
        /// </summary>
        private static StoreShredLink? ShredLink(INamedTypeSymbol entity, Dictionary<INamedTypeSymbol, ImmutableArray<LinkStep>> chains, Dictionary<INamedTypeSymbol, TypeSpec> tagged)
        {
            if (!chains.TryGetValue(entity, out ImmutableArray<LinkStep> chain) || chain.Length > 1)
            {
                return null;
            }

            // A nullable navigation ("Customer? Customer") gives its target annotated: the type is the same.
            var target = (INamedTypeSymbol)(chain.Length == 0 ? entity : chain[0].Target).WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            var subject = (INamedTypeSymbol)RootEntity(target, tagged).WithNullableAnnotation(NullableAnnotation.NotAnnotated);
            if (EntityLinks.KeyOf(subject) is not IPropertySymbol { GetMethod: not null } key
                || key.GetMethod.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal)
                || MemberShape.TypeOf(key) is not { } keyType)
            {
                return null;
            }

            return new StoreShredLink(
                subject.ToDisplayString(TypeNames.FullyQualified),
                subject.Name,
                key.Name,
                keyType.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(TypeNames.FullyQualified),
                chain.Length == 0,
                chain.Length == 0 ? null : chain[0].Member.Name,
                chain.Length > 0 && chain[0].IsNavigation);
        }

        /// <summary>Marks a crypto-shredded member whose subject's key can be found; any other (also one with a blind index, PII003) stays encrypted under the key ring.</summary>
        private static StoreMemberSpec Shred(StoreMemberSpec member, StoreShredLink? link) =>
            link is not null && member.Erasure == ErasureStrategy.CryptoShred && member.ProtectionCodec is not null && member.NotSetBased is null && !member.BlindIndex
                ? member with { Shredded = true }
                : member;

        /// <summary>The topmost base type that is also a tagged entity of the context (its table, in table-per-hierarchy), or the type itself.</summary>
        private static INamedTypeSymbol RootEntity(INamedTypeSymbol type, Dictionary<INamedTypeSymbol, TypeSpec> tagged) =>
            RootEntity(type, tagged.ContainsKey);

        /// <summary>The topmost base type that <paramref name="isEntity"/> accepts, or the type itself.</summary>
        private static INamedTypeSymbol RootEntity(INamedTypeSymbol type, System.Func<INamedTypeSymbol, bool> isEntity)
        {
            INamedTypeSymbol root = type;
            for (INamedTypeSymbol? level = type.BaseType; level is not null; level = level.BaseType)
            {
                if (isEntity(level))
                {
                    root = level;
                }
            }

            return root;
        }

        /// <summary>
        /// The type's key when it is one readable integer member (rows can then be paged by key): its name and the C# keyword
        /// of its type (<c>int</c>); or null.
        /// </summary>
        private static (string Name, string Type)? IntegerKey(INamedTypeSymbol type) =>
            EntityLinks.KeyOf(type) is IPropertySymbol { GetMethod: not null, Type.SpecialType: SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64 } key
                && key.GetMethod.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal
                ? (key.Name, key.Type.SpecialType switch { SpecialType.System_Int16 => "short", SpecialType.System_Int32 => "int", _ => "long" })
                : null;

        private static StoreMemberSpec Member(INamedTypeSymbol type, MemberSpec member, TypeParser parser, ImmutableArray<INamedTypeSymbol> entities, CancellationToken cancellationToken)
        {
            string? cleared = null;
            string? anonymized = null;
            string? notSetBased = null;
            string? emptyCollection = null;
            var owned = new List<StoreOwnedSpec>();
            if (member.Hidden)
            {
                // The entity's statements and queries name row.Nick, which is the hiding member (and EF Core maps one of the two).
                notSetBased = "a derived entity hides it with a member of the same name (new), which the store's queries would name instead: rename one of them";
            }
            else if (member.IsOwned)
            {
                // No statement writes into an owned object: erasure loads the rows and erases it in memory (EraseAsync).
                notSetBased = member.Read != AccessKind.Direct
                    ? "generated code cannot read the owned object (no accessible getter)"
                    : OwnedType(type, member.Name) is not { } ownedType ? "the owned object's type cannot be found"
                    : Flatten(ownedType, new[] { member.Name }, parser, entities, owned, cancellationToken);
            }
            else if (member.Kind == ValueKind.StringCollection && !(member.CanBeNull && member.Erasure is ErasureStrategy.Clear or ErasureStrategy.DeleteRecord or ErasureStrategy.Retain))
            {
                // A collection a statement would have to write as an empty one: whether EF Core can compare it in SQL depends on
                // its mapping (a primitive collection or a value converter), so it is erased on the loaded rows instead.
                notSetBased = member.Read != AccessKind.Direct || member.Write != AccessKind.Direct
                    ? "generated code cannot read or write the collection from the store (no accessible getter and setter)"
                    : !member.ErasureSupported ? $"{member.Erasure} cannot be applied to it (PII006)"
                    : ErasureEmitter.EmptyCollection(member) is null ? $"Pii knows no empty {member.Type} to write into it"
                    : null;
                if (notSetBased is null)
                {
                    owned.Add(new StoreOwnedSpec(member.Name, PurposesOf(type, member.Name, parser), member.Erasure, member.RetentionStartMember is not null, EquatableArray<string>.Empty));
                    emptyCollection = ErasureEmitter.EmptyCollection(member);
                }
            }
            else if (member.Read != AccessKind.Direct)
            {
                notSetBased = "generated code cannot read it in a query (no accessible getter)";
            }
            else
            {
                bool scalar = member.Kind is ValueKind.String or ValueKind.Boolean or ValueKind.Number or ValueKind.Char or ValueKind.DateTime
                    or ValueKind.DateTimeOffset or ValueKind.DateOnly or ValueKind.TimeOnly or ValueKind.Guid or ValueKind.Enum;
                if (member.CanBeNull)
                {
                    cleared = $"({member.Type})null";
                }
                else if (member.Kind == ValueKind.String)
                {
                    cleared = "\"\"";
                }
                else if (scalar)
                {
                    cleared = $"default({member.Type})";
                }

                if (scalar || member.Kind is ValueKind.IpAddress or ValueKind.ByteArray)
                {
                    anonymized = ErasureEmitter.AnonymousValue(member);
                }

                bool writable = member.Erasure switch
                {
                    ErasureStrategy.Anonymize => anonymized is not null,
                    ErasureStrategy.Pseudonymize => member.Kind == ValueKind.String,
                    ErasureStrategy.Retain => true,
                    _ => cleared is not null,
                };
                if (!writable)
                {
                    notSetBased = $"a statement cannot {member.Erasure.ToString().ToLowerInvariant()} a {member.Kind} member";
                }
                else if (member.IsProtected && !member.CanBeNull && (member.Erasure != ErasureStrategy.Retain || member.RetentionStartMember is not null))
                {
                    // PII006: a statement recognises only null in ciphertext (the purge clears a Retain member with a date).
                    notSetBased = "an encrypted member that cannot be null cannot be erased by a statement: make it nullable";
                }
                else if (member.IsProtected && !(member.Erasure is ErasureStrategy.Retain or ErasureStrategy.DeleteRecord or ErasureStrategy.Clear or ErasureStrategy.CryptoShred))
                {
                    // PII006 reports it; the statements find the rows that still hold a value by comparing the column, which holds ciphertext.
                    notSetBased = "an encrypted member can only be cleared to null, deleted with its record or retained by a statement";
                }
            }

            ValueKind startKind = ValueKind.Other;
            bool startNullable = false;
            if (member.RetentionStartMember is { } start && RetentionStartRules.Find(type, start) is { } date && MemberShape.TypeOf(date) is { } startType)
            {
                MemberShape shape = MemberShape.Of(startType);
                startKind = shape.Kind;
                startNullable = shape.CanBeNull;
            }

            return new StoreMemberSpec(
                member.Name,
                member.DeclaringType,
                member.Type,
                member.Kind,
                member.CanBeNull,
                member.Erasure,
                member.Category,
                cleared,
                anonymized,
                notSetBased,
                startKind is ValueKind.DateTime or ValueKind.DateOnly or ValueKind.DateTimeOffset ? member.RetentionStartMember : null,
                startKind,
                startNullable,
                member.ProtectionCodec,
                member.BlindIndex,
                OwnedClass: member.IsOwned && notSetBased is null ? member.OwnedClass : null,
                OwnedElement: member.IsOwned && notSetBased is null && member.Collection != CollectionShape.None ? member.ElementType : null,
                Owned: notSetBased is null ? owned.ToEquatableArray() : default,
                EmptyCollection: emptyCollection,
                Purposes: PurposesOf(type, member.Name, parser),
                OwnPurposes: parser.Declares(type) || member.IsOwned ? default : member.Purposes);
        }

        /// <summary>
        /// The members of an entity from a referenced project that hold personal data in objects this project's generated code
        /// does not follow (<see cref="OwnedTypeRules.Check"/>: for example a class of that project for which its build generated
        /// no code that can be called from here). The store cannot erase them, and says so in every receipt and purge result
        /// (<c>NotErasable</c>), rather than leave them out without a word; PII013 cannot report them, in a project that does not
        /// declare them.
        /// </summary>
        private static IEnumerable<StoreMemberSpec> UnreachedOwned(INamedTypeSymbol entity, TypeParser parser, Compilation compilation, MemberAccessRules access, ImmutableArray<INamedTypeSymbol> entities)
        {
            if (parser.Declares(entity))
            {
                yield break; // PII013 reports these in the project itself
            }

            foreach (ISymbol member in ReadMembers.Of(entity))
            {
                if (TagReader.IsTagged(member)
                    || MemberShape.TypeOf(member) is not { SpecialType: SpecialType.None } type
                    || OwnedTypeRules.Check(entity, member, compilation.Assembly, access) is not { Stop: not (OwnedStop.Follow or OwnedStop.NotAPart) } check
                    || (check.Type is { } held && entities.Contains(held, SymbolEqualityComparer.Default)) // a navigation: its rows are the context's
                    || OwnedTypeRules.FirstTag(type, compilation.Assembly) is not { } tag)
                {
                    continue;
                }

                yield return new StoreMemberSpec(
                    member.Name,
                    member.ContainingType.ToDisplayString(TypeNames.FullyQualified),
                    type.ToDisplayString(TypeNames.FullyQualified),
                    ValueKind.Owned,
                    CanBeNull: true,
                    ErasureStrategy.Clear,
                    DataCategory.Unspecified,
                    Cleared: null,
                    Anonymized: null,
                    NotSetBased: $"it holds personal data ({tag}) where generated code does not follow: {OwnedTypeRules.Describe(check.Stop, check.Type, member)}",
                    RetentionStart: null,
                    RetentionStartKind: ValueKind.Other,
                    RetentionStartNullable: false,
                    ProtectionCodec: null,
                    BlindIndex: false);
            }
        }

        /// <summary>
        /// The list of a member's purposes that the store's code passes on: the one the generated class of the member's type
        /// declares, or, for an entity of a referenced project (whose class declares it internal to that project), the store's
        /// own copy, named <c>{Type}_{hash}__{Member}Purposes</c> (<see cref="TypeNames.UniqueName"/>: <c>Billing.Address</c>'s and
        /// <c>Shipping.Address</c>'s stay apart, and with two underscores <c>A</c>'s <c>B_C</c> and <c>A_B</c>'s <c>C</c> too) (<see cref="StoreMemberSpec.OwnPurposes"/>).
        /// </summary>
        private static string PurposesOf(INamedTypeSymbol type, string member, TypeParser parser) =>
            parser.Declares(type) ? $"{TypeNames.QualifiedClassName(type)}.{member}Purposes" : $"{TypeNames.UniqueName(type)}__{member}Purposes";

        /// <summary>
        /// Whether a member read as owned is a navigation to an entity of the context (its key configured where Pii cannot
        /// see it): that entity's rows are exported and erased through its own <c>DbSet</c>, so the store leaves the member out
        /// (reporting it would keep a delete-record owner from ever being deleted).
        /// </summary>
        private static bool IsEntityNavigation(INamedTypeSymbol type, MemberSpec member, ImmutableArray<INamedTypeSymbol> entities) =>
            member.IsOwned && OwnedType(type, member.Name) is { } target && entities.Contains(target, SymbolEqualityComparer.Default);

        /// <summary>The type of the owner's member <paramref name="name"/> (a collection's element type), declared there or in a base type.</summary>
        private static INamedTypeSymbol? OwnedType(INamedTypeSymbol owner, string name)
        {
            for (INamedTypeSymbol? level = owner; level is not null; level = level.BaseType)
            {
                foreach (ISymbol candidate in level.GetMembers(name))
                {
                    if (OwnedTypeRules.Element(MemberShape.TypeOf(candidate)) is { } element)
                    {
                        return element.Element;
                    }

                    if (MemberShape.TypeOf(candidate) is INamedTypeSymbol type)
                    {
                        return (INamedTypeSymbol)type.WithNullableAnnotation(NullableAnnotation.NotAnnotated);
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// Adds the tagged members of an owned type, and of the owned types inside it, with their paths and the owned objects
        /// on the way (leaving out an object inside whose type is an entity of the context, erased through its DbSet); returns
        /// why it cannot, or null: a nesting deeper than eight owned objects (a type that owns itself through another).
        /// </summary>
        private static string? Flatten(INamedTypeSymbol ownedType, string[] objects, TypeParser parser, ImmutableArray<INamedTypeSymbol> entities, List<StoreOwnedSpec> into, CancellationToken cancellationToken) =>
            Flatten(ownedType, objects, parser, entities, into, new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default), cancellationToken);

        /// <summary>As above; <paramref name="onPath"/> holds the types of the objects above, so that a cycle ends at once, not eight objects down each way.</summary>
        private static string? Flatten(INamedTypeSymbol ownedType, string[] objects, TypeParser parser, ImmutableArray<INamedTypeSymbol> entities, List<StoreOwnedSpec> into, HashSet<INamedTypeSymbol> onPath, CancellationToken cancellationToken)
        {
            if (objects.Length > 8 || !onPath.Add(ownedType))
            {
                return "its owned objects nest more than eight deep, or in a cycle";
            }

            if (parser.Parse(ownedType, cancellationToken) is not { } spec)
            {
                return "the owned object's type cannot be read";
            }

            string prefix = string.Join(".", objects) + ".";
            bool referenced = !parser.Declares(ownedType); // its purpose lists are internal to its project: copied
            foreach (MemberSpec member in spec.Members)
            {
                if (!member.IsOwned)
                {
                    into.Add(new StoreOwnedSpec(prefix + member.Name, PurposesOf(ownedType, member.Name, parser), member.Erasure, member.RetentionStartMember is not null, objects.ToEquatableArray(),
                        referenced ? member.Purposes : default));
                    continue;
                }

                if (OwnedType(ownedType, member.Name) is not { } inner)
                {
                    return "an owned object's type inside it cannot be found";
                }

                if (entities.Contains(inner, SymbolEqualityComparer.Default))
                {
                    continue; // an entity of the context: its rows are erased through its own DbSet
                }

                if (Flatten(inner, objects.Concat(new[] { member.Name }).ToArray(), parser, entities, into, onPath, cancellationToken) is { } reason)
                {
                    return reason;
                }
            }

            onPath.Remove(ownedType);
            return null;
        }
    }
}
