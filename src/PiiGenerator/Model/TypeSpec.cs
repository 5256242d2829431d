namespace Pii.Generator.Model
{
    /// <summary>
    /// Everything the emitters need to write the personal-data code of one type, and what the record of processing
    /// needs of it (<see cref="Record"/>; set aside before the type's file is emitted, so that a change there does not
    /// emit the file again). Plain strings, enums and equatable arrays only: no symbols, syntax or
    /// compilation, so the pipeline caches it.
    /// </summary>
    internal sealed record TypeSpec(
        string HintName,
        string? Namespace,
        string Name,
        string FullName,
        string ClassName,
        bool IsPublic,
        string TypeParameters,
        EquatableArray<string> Constraints,
        bool IsDataSubject,
        EquatableArray<MemberSpec> Members,
        EquatableArray<PlainMemberSpec> PlainMembers,
        bool Utf8Literals,
        bool DateWriters,
        RecordTypeSpec? Record);
}
