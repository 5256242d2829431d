using Pii.Tagging;

namespace Pii.Generator.Model
{
    /// <summary>
    /// Everything the store emitter needs to write the subject-wide operations of one EF Core <c>DbContext</c>: its
    /// tagged entity types, its data subjects, and for each subject the entities linked to it with the query condition
    /// that finds the subject's rows, and every purpose its members are tagged with (ordinal order), against which an
    /// erasure request's purposes are checked. <see cref="OwnersOnly"/> are entity types whose personal data is all in owned
    /// objects: no tag of theirs makes the type pipeline find them, so their code is written from here. <see cref="HeldEncrypted"/>
    /// are the encrypted members of the types the entities hold, <see cref="HeldHolders"/> the declared types of the members
    /// that hold those types, and <see cref="HeldOnlyOwners"/> the entities that hold them without being tagged.
    /// <see cref="NotShredded"/> names the members tagged <c>CryptoShred</c> that this context encrypts under the key ring
    /// instead (<c>Shop.Address.Street</c>): the record of processing must not count them as crypto-shredded. Plain data
    /// only, so the pipeline caches it.
    /// </summary>
    internal sealed record StoreSpec(
        string HintName,
        string? Namespace,
        string ContextName,
        string ContextFullName,
        string ClassName,
        bool IsPublic,
        bool HasSuppressionList,
        EquatableArray<StoreEntitySpec> Entities,
        EquatableArray<StoreSubjectSpec> Subjects,
        EquatableArray<string> Purposes,
        EquatableArray<TypeSpec> OwnersOnly = default,
        EquatableArray<StoreHeldSpec> HeldEncrypted = default,
        EquatableArray<string> HeldHolders = default,
        EquatableArray<StoreHeldOwnerSpec> HeldOnlyOwners = default,
        EquatableArray<string> NotShredded = default);

    /// <summary>An entity with no tagged members Pii follows that holds encrypted members all the same: its table's root type and integer key.</summary>
    internal sealed record StoreHeldOwnerSpec(string RootEntity, string? RootIntegerKey, string? RootIntegerKeyType);

    /// <summary>
    /// A member stored encrypted in a type the entities hold other than as an entity of the context (an owned type, a complex
    /// type, or a type reached by a navigation; <c>EntityLinks.HeldTypes</c>): its declaring type and name, the runtime codec of
    /// its type, the type its value converter works on, and whether it is tagged <c>CryptoShred</c> (it is not shredded
    /// here: <see cref="StoreSpec.NotShredded"/>). <c>ConfigureProtection</c> finds such members in the model by
    /// type and name, wherever the model maps them.
    /// </summary>
    internal sealed record StoreHeldSpec(string Type, string Member, string Codec, string ConvertedType, bool CryptoShred);

    /// <summary>
    /// An entity type of the context with tagged members, and the context's entity types that link to it directly.
    /// <see cref="Portable"/> is false when no member serves a consent or contract purpose (and, for an entity of another
    /// assembly, nothing is held in objects the store cannot see into): a portability export leaves it out.
    /// <see cref="RootEntity"/> is the topmost tagged base entity (the hierarchy's table), or the entity itself;
    /// <see cref="RootIntegerKey"/> names its key when that is one integer member, <see cref="RootIntegerKeyType"/> its C# type. <see cref="HoldsEncrypted"/> is true when a
    /// type it holds (<see cref="StoreSpec.HeldEncrypted"/>) has encrypted members: re-encryption reads its rows for them.
    /// </summary>
    internal sealed record StoreEntitySpec(
        string Name,
        string FullName,
        string PersonalDataClass,
        EquatableArray<StoreMemberSpec> Members,
        EquatableArray<string> LinkedFrom,
        bool Portable,
        string RootEntity,
        string? RootIntegerKey,
        StoreShredLink? Shredding = null,
        bool HoldsEncrypted = false,
        string? RootIntegerKeyType = null);

    /// <summary>
    /// How the crypto-shredded members of an entity find their subject's key: <see cref="Subject"/> is the data subject's
    /// entity type (the table that holds the key id), reached directly: the entity itself (<see cref="IsSubject"/>), or
    /// through <see cref="Link"/>, the entity's foreign key member or, when <see cref="LinkIsNavigation"/>, its navigation
    /// (the same link erasure follows).
    /// </summary>
    internal sealed record StoreShredLink(string Subject, string SubjectName, string KeyName, string KeyType, bool IsSubject, string? Link, bool LinkIsNavigation);

    /// <summary>
    /// A tagged member as set-based statements see it. <see cref="Cleared"/> and <see cref="Anonymized"/> are C#
    /// expressions of the value each strategy writes; <see cref="NotSetBased"/> says why a statement cannot write the member.
    /// <see cref="ProtectionCodec"/> is set for a member stored encrypted: the runtime codec of its type. A member no statement
    /// can write but erasure can reach on the loaded rows has <see cref="Owned"/>: the tagged members it holds, at every depth
    /// (an owned object, with <see cref="OwnedClass"/>, the generated class that erases it in memory, and for a collection of
    /// them <see cref="OwnedElement"/>, their type), or itself (a collection of text, with <see cref="EmptyCollection"/>, the
    /// value erasure writes into it).
    /// </summary>
    internal sealed record StoreMemberSpec(
        string Name,
        string DeclaringType,
        string Type,
        ValueKind Kind,
        bool CanBeNull,
        ErasureStrategy Erasure,
        DataCategory Category,
        string? Cleared,
        string? Anonymized,
        string? NotSetBased,
        string? RetentionStart,
        ValueKind RetentionStartKind,
        bool RetentionStartNullable,
        string? ProtectionCodec,
        bool BlindIndex,
        bool Shredded = false,
        string? OwnedClass = null,
        EquatableArray<StoreOwnedSpec> Owned = default,
        string? EmptyCollection = null,
        string? OwnedElement = null,
        string Purposes = "",
        EquatableArray<PurposeSpec> OwnPurposes = default);

    /// <summary>
    /// A tagged member erased on the loaded rows, as the store's erasure plans and reports it: <see cref="Path"/> below the
    /// entity (<c>Address.City</c>, or the member's own name), <see cref="Purposes"/>, the generated field that holds its
    /// purposes, <see cref="Dated"/> when it has a <c>RetentionStartsAt</c> date of its own (decided row by row), and
    /// <see cref="Objects"/>, the owned objects on its path that the EF Core model must map as owned or complex
    /// (<c>["Address"]</c>; empty for a member of the entity itself).
    /// </summary>
    internal sealed record StoreOwnedSpec(string Path, string Purposes, ErasureStrategy Erasure, bool Dated, EquatableArray<string> Objects, EquatableArray<PurposeSpec> OwnPurposes = default);

    /// <summary>A data subject of the context: its key, the identifiers erasure may suppress, and its linked entities, dependents first.</summary>
    internal sealed record StoreSubjectSpec(
        string Name,
        string FullName,
        string KeyName,
        string KeyType,
        EquatableArray<string> SuppressibleMembers,
        EquatableArray<StoreLinkSpec> Linked);

    /// <summary>
    /// An entity type linked to a subject. <see cref="Condition"/> is the body of <c>row =&gt; …</c> that is true for the
    /// subject's rows, with <c>subjectKey</c> and <c>db</c> in scope; <see cref="Tagged"/> is false for a type that only
    /// carries the link (its rows are counted when a parent is to be deleted).
    /// </summary>
    internal sealed record StoreLinkSpec(
        string Name,
        string FullName,
        string Parent,
        int Depth,
        string Condition,
        bool Tagged);
}
