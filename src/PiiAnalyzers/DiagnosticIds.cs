namespace Pii.Analyzers
{
    /// <summary>The diagnostic IDs: a public contract. New diagnostics take the next free number.</summary>
    internal static class DiagnosticIds
    {
        public const string InvalidTag = "PII003";
        public const string ErasureStrategyNotApplicable = "PII006";
    }
}
