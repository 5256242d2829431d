using Microsoft.CodeAnalysis;

namespace Pii.Analyzers
{
    /// <summary>
    /// Every diagnostic Pii reports. Each has a page under docs/diagnostics, which its help link points to. All are
    /// warnings by default; <c>&lt;PiiEnforce&gt;true&lt;/PiiEnforce&gt;</c> makes them errors (see Pii.targets).
    /// </summary>
    internal static class Descriptors
    {
        public const string Category = "Privacy";

        /// <summary>Where the diagnostic pages are published: docs/diagnostics/{ID}.md of the repository.</summary>
        public const string HelpLinkBase = "https://github.com/pii-dotnet/pii/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor UntaggedPersonalData = Create(
            DiagnosticIds.UntaggedPersonalData,
            "Personal data is not tagged",
            "'{0}' looks like personal data ({1}) but has no tag: add [PersonalData(\"<purpose>\")] or, after review, [NotPersonalData(\"<reason>\")]",
            "A member whose name or type says it holds personal data must carry a decision: [PersonalData] with its purpose, legal basis and retention, or [NotPersonalData] with the reason it is not. Untagged personal data is left out of export, erasure and the record of processing.");

        public static readonly DiagnosticDescriptor UntaggedSpecialCategoryData = Create(
            DiagnosticIds.UntaggedPersonalData,
            "Personal data is not tagged",
            "'{0}' looks like special-category data ({1}) but has no tag: add [SensitivePersonalData(\"<purpose>\", SpecialCategory.{2}, SpecialCategoryCondition.<Art. 9(2) condition>)] or, after review, [NotPersonalData(\"<reason>\")]",
            "A member whose name says it holds special-category data (Art. 9 GDPR) must be tagged with [SensitivePersonalData] and the Art. 9(2) condition that allows processing it.");

        public static readonly DiagnosticDescriptor PersonalDataLogged = Create(
            DiagnosticIds.PersonalDataLogged,
            "Personal data reaches a log",
            "{0} reaches {1} unredacted: log a redacted value instead (the generated ToRedactedString(), a Pii or Microsoft.Extensions.Compliance redactor, or a classified [LoggerMessage] parameter)",
            "A log line, trace or exception message is a copy of personal data that export does not show and erasure does not remove. Tagged members and objects with tagged members must be redacted before they are written there.");

        public static readonly DiagnosticDescriptor InvalidTag = Create(
            DiagnosticIds.InvalidTag,
            "Personal-data tag is invalid",
            "{0} cannot be honoured: {1}",
            "A [PersonalData] or [SensitivePersonalData] tag must name a purpose with a legal basis and an ISO 8601 retention, given on the tag or by the assembly's [ProcessingPurpose] declaration; consent and legitimate interest need a description. Until then the record of processing cannot state them and erasure cannot compute legal holds. A tag is also reported where generated code cannot honour it: on a stored type no code is generated for (a struct, a private, file-local or generic-nested class), or an option the member or its type does not support.");

        public static readonly DiagnosticDescriptor NoSubjectLink = Create(
            DiagnosticIds.NoSubjectLink,
            "Personal data has no link to a data subject",
            "'{0}' holds personal data but has no link to a data subject: mark the foreign key [SubjectLink(typeof(<Subject>))], name it {{Subject}}Id, mark '{0}' [DataSubject] if it is the person, [Owned] if another entity owns it (OwnsOne/OwnsMany), or [NotMapped] if it is never stored",
            "Export and erasure requests are made for a data subject. A type with tagged members that cannot be reached from a [DataSubject] cannot be exported or erased for anyone. A type marked [NotMapped] is never stored and is not reported.");

        public static readonly DiagnosticDescriptor UnreachedPersonalData = Create(
            DiagnosticIds.UnreachedPersonalData,
            "Personal data is held where generated code does not reach it",
            "'{0}' holds personal data ({1}) that the generated export, erasure and redaction of '{2}' leave out, because {3}: {4}",
            "Generated code exports, erases and redacts an owned object in place, through the code it writes for the object's class. It does not follow a member into a struct, a class of another assembly, a generic class, a class it cannot name, or the values of a framework type such as a dictionary: tagged members inside such an object are silently left out of the holder's export and erasure.");

        public static readonly DiagnosticDescriptor SpecialCategoryWithoutCondition = Create(
            DiagnosticIds.SpecialCategoryWithoutCondition,
            "Special-category data without an Article 9(2) condition",
            "'{0}' holds special-category data ({1}) without an Art. 9(2) condition: tag it [SensitivePersonalData(..., SpecialCategory.<category>, SpecialCategoryCondition.<condition>)]",
            "Processing special categories of personal data (health, beliefs, biometrics, ...) is prohibited unless one of the conditions of Art. 9(2) GDPR applies. The tag must name it.");

        public static readonly DiagnosticDescriptor ErasureStrategyNotApplicable = Create(
            DiagnosticIds.ErasureStrategyNotApplicable,
            "Erasure strategy cannot be applied to this member",
            "'{0}' cannot be erased with {1}: {2}",
            "Generated erasure writes members without reflection. A member with no setter, with a setter generated code cannot reach, or of a type the strategy does not fit would be reported as not erasable at run time: the subject's data would stay. Members of a type marked [NotMapped] are never stored and are not reported.");

        public static readonly DiagnosticDescriptor TaggedTypeNotInModel = Create(
            DiagnosticIds.TaggedTypeNotInModel,
            "Tagged type is reachable from no DbSet",
            "Tagged type '{0}' is reachable from no DbSet of '{1}': add a DbSet, or mark '{0}' [NotMapped] if it is never stored",
            "Generated export and erasure of an EF Core DbContext cover the entity types of its DbSet properties and the types they own. A type with tagged members that is neither would be missed: its data would not be exported or erased. A type marked [NotMapped] is never stored and is not reported.",
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor EntityLinkNotQueryable = Create(
            DiagnosticIds.EntityLinkNotQueryable,
            "Entity's link to a data subject cannot be turned into a query",
            "Entity '{0}' of '{1}' has personal data but its link to a data subject cannot be turned into a query: {2}",
            "Generated export and erasure of an EF Core DbContext find a subject's rows by following foreign keys from each entity to a [DataSubject] of the same context. An entity whose chain cannot be built is left out of them: its data would not be exported or erased.");

        public static readonly DiagnosticDescriptor EncryptedMemberInQuery = Create(
            DiagnosticIds.EncryptedMemberInQuery,
            "An encrypted member is used in a database query that cannot work on ciphertext",
            "'{0}' is stored encrypted, so the database cannot {1}",
            "A member tagged Protection = Protection.Encrypted is stored as AES-GCM ciphertext with a random nonce: every encryption of the same value differs. A database query (an expression tree, such as the lambda of a Queryable method) that orders by it, compares it as a range, searches in it or compares it with a value runs on the ciphertext and silently returns wrong or no rows. Comparing it with null works.");

        public static readonly DiagnosticDescriptor CopiedPersonalData = Create(
            DiagnosticIds.CopiedPersonalData,
            "Personal data is copied into an untagged member",
            "'{0}' holds personal data: {1} ({2}); tag it as its source is tagged or, after review, mark it [NotPersonalData(\"<reason>\")]",
            "A member that is assigned a tagged member's value, or whose value is assigned to a tagged member, holds the same personal data under another name: a view model, a DTO, a message. Without a decision it is left out of redaction and of the log check (PII002), and nobody has decided whether it may hold that data.",
            WellKnownDiagnosticTags.CompilationEnd);

        public static readonly DiagnosticDescriptor[] All =
        [
            UntaggedPersonalData, UntaggedSpecialCategoryData, PersonalDataLogged, InvalidTag, NoSubjectLink, SpecialCategoryWithoutCondition, ErasureStrategyNotApplicable,
            TaggedTypeNotInModel, EntityLinkNotQueryable, EncryptedMemberInQuery, CopiedPersonalData, UnreachedPersonalData,
        ];

        private static DiagnosticDescriptor Create(string id, string title, string message, string description, params string[] customTags) => new(
            id,
            title,
            message,
            Category,
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: description,
            helpLinkUri: HelpLinkBase + id + ".md",
            customTags: customTags);
    }
}
