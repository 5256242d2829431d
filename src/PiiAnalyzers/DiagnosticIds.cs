namespace Pii.Analyzers
{
    /// <summary>The diagnostic IDs: a public contract. New diagnostics take the next free number.</summary>
    internal static class DiagnosticIds
    {
        public const string UntaggedPersonalData = "PII001";
        public const string PersonalDataLogged = "PII002";
        public const string InvalidTag = "PII003";
        public const string NoSubjectLink = "PII004";
        public const string SpecialCategoryWithoutCondition = "PII005";
        public const string ErasureStrategyNotApplicable = "PII006";
        public const string TaggedTypeNotInModel = "PII008";
        public const string EntityLinkNotQueryable = "PII009";
        public const string EncryptedMemberInQuery = "PII011";
        public const string CopiedPersonalData = "PII012";
        public const string UnreachedPersonalData = "PII013";
    }
}
