using System.Collections.Generic;

namespace Pii.Records
{
    /// <summary>
    /// The record of processing activities of one assembly (Art. 30(1) GDPR), as the generator computed it from the
    /// tags and the assembly's declarations. The generated <c>PersonalDataProcessingRecord.Value</c> is one; the same
    /// content is in <c>PersonalDataProcessingRecord.Json</c> and in <c>processing-record.json</c> next to the build
    /// output, and <see cref="ProcessingRecordJson.Parse(string)"/> reads it back.
    /// </summary>
    /// <param name="SchemaVersion">The version of the JSON format (docs/processing-record.schema.json).</param>
    /// <param name="Assembly">The assembly the record was computed for.</param>
    /// <param name="Controller">The controller (Art. 30(1)(a)), or <see langword="null"/> when none is declared (PII010).</param>
    /// <param name="DataProtectionOfficer">The data protection officer, or <see langword="null"/> when none is declared.</param>
    /// <param name="Purposes">Every purpose, with its legal basis, subjects, categories and recipients (Art. 30(1)(b)-(d)), by name.</param>
    /// <param name="Subjects">The categories of data subjects (Art. 30(1)(c)), by kind.</param>
    /// <param name="Entities">The types holding personal data, with how each leads to its subject, by type.</param>
    /// <param name="Recipients">The recipients (Art. 30(1)(d)), by name.</param>
    /// <param name="Transfers">The transfers to third countries with their safeguards (Art. 30(1)(e)), by recipient and country.</param>
    /// <param name="SecurityMeasures">The technical and organisational security measures (Art. 30(1)(g)), ordered.</param>
    /// <param name="Retention">The retention of each category of data per purpose (Art. 30(1)(f)), by purpose and category.</param>
    /// <param name="Fields">The data map: every tagged member, by member.</param>
    public sealed record ProcessingRecord(
        int SchemaVersion,
        string Assembly,
        ControllerEntry? Controller,
        ContactEntry? DataProtectionOfficer,
        IReadOnlyList<PurposeEntry> Purposes,
        IReadOnlyList<SubjectEntry> Subjects,
        IReadOnlyList<EntityEntry> Entities,
        IReadOnlyList<RecipientEntry> Recipients,
        IReadOnlyList<TransferEntry> Transfers,
        IReadOnlyList<string> SecurityMeasures,
        IReadOnlyList<RetentionEntry> Retention,
        IReadOnlyList<FieldEntry> Fields)
    {
        /// <summary>The version of the JSON format this library writes and reads.</summary>
        public const int CurrentSchemaVersion = 1;
    }

    /// <summary>The controller: name and contact details, and the representative in the Union when there is one.</summary>
    public sealed record ControllerEntry(string Name, string? Contact, string? Address, string? Representative);

    /// <summary>A person or function and how to reach them.</summary>
    public sealed record ContactEntry(string Name, string? Contact);

    /// <summary>One purpose of processing.</summary>
    /// <param name="Name">The purpose's name, as on the tags.</param>
    /// <param name="Description">What the purpose is, in words; <see langword="null"/> when not described (PII010).</param>
    /// <param name="LegalBasis">The Art. 6(1) basis.</param>
    /// <param name="Article">The basis as an article reference, for example <c>"Art. 6(1)(a)"</c>.</param>
    /// <param name="SpecialCategoryConditions">The Art. 9(2) conditions under which it processes special categories.</param>
    /// <param name="Retention">How long its data is kept, as an ISO 8601 duration; <see langword="null"/> when members differ (see <see cref="ProcessingRecord.Retention"/>).</param>
    /// <param name="RetentionTrigger">The event the retention counts from, in words.</param>
    /// <param name="Subjects">The kinds of data subjects whose data it uses.</param>
    /// <param name="Categories">The categories of personal data it uses.</param>
    /// <param name="SpecialCategories">The special categories (Art. 9(1)) it uses.</param>
    /// <param name="Recipients">The names of the recipients that receive its data.</param>
    /// <param name="Fields">The members (<see cref="FieldEntry.Member"/>) it uses.</param>
    public sealed record PurposeEntry(
        string Name,
        string? Description,
        LegalBasis LegalBasis,
        string Article,
        IReadOnlyList<SpecialCategoryCondition> SpecialCategoryConditions,
        string? Retention,
        string? RetentionTrigger,
        IReadOnlyList<string> Subjects,
        IReadOnlyList<DataCategory> Categories,
        IReadOnlyList<SpecialCategory> SpecialCategories,
        IReadOnlyList<string> Recipients,
        IReadOnlyList<string> Fields);

    /// <summary>A category of data subjects: a <c>[DataSubject]</c> kind and the types that belong to it.</summary>
    /// <param name="Kind">The kind, for example <c>"customer"</c>.</param>
    /// <param name="Description">The subject type's description.</param>
    /// <param name="Root">The <c>[DataSubject]</c> type.</param>
    /// <param name="Key">The subject type's key member (<c>Type.Member</c>), or <see langword="null"/> when it has none.</param>
    /// <param name="Entities">The types whose data belongs to subjects of this kind, the root included.</param>
    public sealed record SubjectEntry(string Kind, string? Description, string Root, string? Key, IReadOnlyList<string> Entities);

    /// <summary>A type that holds personal data, and how it leads to its data subject.</summary>
    /// <param name="Type">The type's full name.</param>
    /// <param name="Name">The type's name.</param>
    /// <param name="Subject">The kind of subject it belongs to, or <see langword="null"/> when no link leads to one (PII004).</param>
    /// <param name="Key">Its key member's name, or <see langword="null"/> for an owned type.</param>
    /// <param name="Link">Its first step towards the subject, or <see langword="null"/> for the subject itself and for owned types.</param>
    public sealed record EntityEntry(string Type, string Name, string? Subject, string? Key, LinkEntry? Link);

    /// <summary>A member of an entity that refers to another entity's key: one step towards the data subject.</summary>
    /// <param name="Member">The foreign key (or navigation) member's name.</param>
    /// <param name="Target">The full name of the type it leads to.</param>
    /// <param name="TargetKey">The key member of the target.</param>
    public sealed record LinkEntry(string Member, string Target, string TargetKey);

    /// <summary>A recipient of personal data.</summary>
    /// <param name="Name">The recipient's name.</param>
    /// <param name="Role">What it is to the controller.</param>
    /// <param name="Country">Where it processes the data (ISO 3166-1 alpha-2), when declared.</param>
    /// <param name="Purposes">The purposes for which it receives data.</param>
    /// <param name="Description">What it does with the data.</param>
    public sealed record RecipientEntry(string Name, RecipientRole Role, string? Country, IReadOnlyList<string> Purposes, string? Description);

    /// <summary>A transfer to a third country.</summary>
    /// <param name="Recipient">The recipient's name.</param>
    /// <param name="Country">The country (ISO 3166-1 alpha-2).</param>
    /// <param name="Safeguard">What makes it lawful.</param>
    /// <param name="Article">The safeguard's article, for example <c>"Art. 46(2)(c)"</c>.</param>
    /// <param name="Details">Where the safeguard is documented.</param>
    public sealed record TransferEntry(string Recipient, string Country, TransferSafeguard Safeguard, string Article, string? Details);

    /// <summary>How long one category of data is kept for one purpose.</summary>
    /// <param name="Purpose">The purpose.</param>
    /// <param name="Category">The category.</param>
    /// <param name="Retention">The longest retention among the members of that category for that purpose (ISO 8601), or <see langword="null"/> when one has none.</param>
    /// <param name="Trigger">The event it counts from, in words.</param>
    public sealed record RetentionEntry(string Purpose, DataCategory Category, string? Retention, string? Trigger);

    /// <summary>One tagged member: the data map's row.</summary>
    /// <param name="Member">The member as <c>Namespace.Type.Member</c>.</param>
    /// <param name="Type">The declaring type's full name.</param>
    /// <param name="Name">The member's name.</param>
    /// <param name="Subject">The kind of subject its data belongs to, or <see langword="null"/>.</param>
    /// <param name="Category">What kind of personal data it holds.</param>
    /// <param name="SpecialCategory">The special category (Art. 9(1)), if any.</param>
    /// <param name="Purposes">Its purposes, each with legal basis and retention.</param>
    /// <param name="Erasure">How erasure treats it.</param>
    /// <param name="Redaction">How redacted views show it.</param>
    /// <param name="Source">Where it is declared, relative to the project; <see langword="null"/> in the approved baseline.</param>
    public sealed record FieldEntry(
        string Member,
        string Type,
        string Name,
        string? Subject,
        DataCategory Category,
        SpecialCategory? SpecialCategory,
        IReadOnlyList<FieldPurpose> Purposes,
        ErasureStrategy Erasure,
        RedactionKind Redaction,
        SourceLocation? Source);

    /// <summary>One purpose of a member.</summary>
    public sealed record FieldPurpose(string Name, LegalBasis LegalBasis, string? Retention, string? RetentionTrigger);

    /// <summary>A place in the project's source: a path relative to the project directory, with forward slashes, and a 1-based line.</summary>
    public sealed record SourceLocation(string File, int Line);
}
