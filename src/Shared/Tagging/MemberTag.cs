namespace Pii.Tagging
{
    /// <summary>
    /// One <c>[PersonalData]</c> or <c>[SensitivePersonalData]</c> tag on a member, with the short form resolved
    /// against the assembly's purpose declarations. Problems are kept as text, for PII003 to report; the
    /// generator still exports and erases a member whose tag has a problem (failing safe), but leaves out what is invalid.
    /// </summary>
    internal sealed record MemberTag(
        string Purpose,
        LegalBasis LegalBasis,
        string? Retention,
        string? RetentionTrigger,
        string? RetentionStartsAt,
        DataCategory Category,
        ErasureStrategy Erasure,
        RedactionKind Redaction,
        Protection Protection,
        bool BlindIndex,
        string? Description,
        SpecialCategory? SpecialCategory,
        SpecialCategoryCondition? Condition,
        bool IsSensitive,
        string? Problem)
    {
        /// <summary>Gets whether a <c>[SensitivePersonalData]</c> tag lacks its special category or Art. 9(2) condition (PII005).</summary>
        public bool LacksArticle9Condition => IsSensitive && (SpecialCategory is null || Condition is null);

        /// <summary>Gets the canonical retention when it is a valid ISO 8601 duration.</summary>
        public string? ValidRetention => Retention is not null && IsoDuration.TryParse(Retention, out IsoDuration d) ? d.ToString() : null;
    }
}
