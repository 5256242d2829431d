namespace Pii.Generator.Model
{
    /// <summary>
    /// What the record of processing needs of one tagged type beyond its <see cref="TypeSpec"/>: its name as the record
    /// writes it, the data subject it leads to, and where its members are declared. Parsed with the type, so that a
    /// keystroke elsewhere does not make the record look at the type's symbols again.
    /// </summary>
    /// <param name="Type">The type's full name without <c>global::</c>, as the record writes it.</param>
    /// <param name="Name">The type's name.</param>
    /// <param name="SubjectRoot">The <c>[DataSubject]</c> type the chain ends at (the type itself for a subject; <see langword="null"/> when no chain leads to one), so that the record lists the subject even when it has no tagged member.</param>
    /// <param name="Key">The key member's name, or <see langword="null"/> (an owned type).</param>
    /// <param name="Link">The first step towards the subject, or <see langword="null"/>.</param>
    /// <param name="Members">The tagged and owned members, in the order of <see cref="TypeSpec.Members"/>.</param>
    /// <param name="OwnedByAttribute">Whether the type carries EF Core's <c>[Owned]</c>: part of its owner even with a key.</param>
    internal sealed record RecordTypeSpec(
        string Type,
        string Name,
        SubjectRootSpec? SubjectRoot,
        string? Key,
        LinkRecordSpec? Link,
        EquatableArray<RecordMemberSpec> Members,
        bool OwnedByAttribute = false);

    /// <summary>The <c>[DataSubject]</c> a type's links end at.</summary>
    internal sealed record SubjectRootSpec(string Type, string Kind, string? Key, string? Description);

    /// <param name="Name">The member's name.</param>
    /// <param name="Location">Where it is declared.</param>
    /// <param name="OwnedType">For an owned member, the record name of its type.</param>
    /// <param name="Descriptions">The descriptions its tags give, per purpose.</param>
    internal sealed record RecordMemberSpec(string Name, LocationInfo? Location, string? OwnedType, EquatableArray<PurposeNote> Descriptions);

    /// <summary>A description a tag gives its purpose.</summary>
    internal sealed record PurposeNote(string Purpose, string Description);
}
