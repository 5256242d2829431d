using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Pii.Generator.Model
{
    /// <summary>
    /// The record of processing of one assembly (Art. 30 GDPR), as plain data: what the JSON, the typed model and the
    /// review gate are made from. Mirrors <c>Pii.Records.ProcessingRecord</c>; lists are already in their documented order.
    /// </summary>
    internal sealed record RecordSpec(
        string Assembly,
        ControllerSpec? Controller,
        ContactSpec? DataProtectionOfficer,
        EquatableArray<PurposeRecordSpec> Purposes,
        EquatableArray<SubjectRecordSpec> Subjects,
        EquatableArray<EntityRecordSpec> Entities,
        EquatableArray<RecipientSpec> Recipients,
        EquatableArray<TransferSpec> Transfers,
        EquatableArray<string> SecurityMeasures,
        EquatableArray<RetentionSpec> Retention,
        EquatableArray<FieldRecordSpec> Fields,
        EquatableArray<RecordProblem> Problems);

    internal sealed record ControllerSpec(string Name, string? Contact, string? Address, string? Representative);

    internal sealed record ContactSpec(string Name, string? Contact);

    /// <summary>A purpose; the enum lists (conditions, categories) hold member names, sorted, so the spec stays equatable.</summary>
    internal sealed record PurposeRecordSpec(
        string Name,
        string? Description,
        LegalBasis LegalBasis,
        EquatableArray<string> Conditions,
        string? Retention,
        string? RetentionTrigger,
        EquatableArray<string> Subjects,
        EquatableArray<string> Categories,
        EquatableArray<string> SpecialCategories,
        EquatableArray<string> Recipients,
        EquatableArray<string> Fields);

    internal sealed record SubjectRecordSpec(string Kind, string? Description, string Root, string? Key, EquatableArray<string> Entities);

    internal sealed record EntityRecordSpec(string Type, string Name, string? Subject, string? Key, LinkRecordSpec? Link);

    internal sealed record LinkRecordSpec(string Member, string Target, string TargetKey);

    internal sealed record RecipientSpec(string Name, RecipientRole Role, string? Country, EquatableArray<string> Purposes, string? Description);

    internal sealed record TransferSpec(string Recipient, string Country, TransferSafeguard Safeguard, string? Details);

    internal sealed record RetentionSpec(string Purpose, DataCategory Category, string? Retention, string? Trigger);

    /// <summary>A data-map row. <see cref="Location"/> is the member's declaration, for diagnostics and the relative source path.</summary>
    internal sealed record FieldRecordSpec(
        string Member,
        string Type,
        string Name,
        string? Subject,
        DataCategory Category,
        SpecialCategory? SpecialCategory,
        SpecialCategoryCondition? Condition,
        EquatableArray<PurposeSpec> Purposes,
        ErasureStrategy Erasure,
        RedactionKind Redaction,
        LocationInfo? Location);

    /// <summary>A required part of the record that is empty or invalid (PII010).</summary>
    internal sealed record RecordProblem(string Message, LocationInfo? Location);

    /// <summary>
    /// A source location as plain data, so that specs holding it stay equatable: the path and the line and column span,
    /// not the character offsets, so that typing on a line above a member does not change the record. Turned back into
    /// a <see cref="Location"/> to report.
    /// </summary>
    internal sealed record LocationInfo(string Path, LinePositionSpan Lines)
    {
        public int Line => Lines.Start.Line + 1;

        public static LocationInfo? From(Location? location) =>
            location is { IsInSource: true } ? new LocationInfo(location.SourceTree!.FilePath, location.GetLineSpan().Span) : null;

        public Location ToLocation() => Location.Create(Path, default, Lines);
    }
}
