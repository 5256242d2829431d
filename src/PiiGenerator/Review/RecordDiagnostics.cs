using Microsoft.CodeAnalysis;

namespace Pii.Generator.Review
{
    /// <summary>
    /// The diagnostics of the record of processing. The generator reports them because it is what computes the record;
    /// they are warnings, and errors under <c>&lt;PiiEnforce&gt;true&lt;/PiiEnforce&gt;</c> like the analyzers' ones.
    /// </summary>
    internal static class RecordDiagnostics
    {
        public const string BaselineDifferenceId = "PII007";
        public const string IncompleteRecordId = "PII010";
        public const string AcceptCommand = "dotnet build -p:PiiAcceptRecord=true";
        public const int MaxDifferences = 25;
        private const string HelpLinkBase = "https://github.com/pii-dotnet/pii/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor BaselineDifference = new(
            BaselineDifferenceId,
            "Record of processing differs from the approved baseline",
            "The record of processing differs from the approved baseline {0}: {1}. After review, accept it with '" + AcceptCommand + "', which rewrites the baseline for the pull request.",
            "Privacy",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The approved baseline (PersonalData.approved.json) is the record of processing a privacy officer last reviewed. Any new personal data, purpose, recipient, transfer, or longer retention shows here first, so that the change is reviewed in the pull request that makes it.",
            helpLinkUri: HelpLinkBase + BaselineDifferenceId + ".md");

        public const string LanguageVersionId = "PII014";

        public static readonly DiagnosticDescriptor LanguageVersionTooOld = new(
            LanguageVersionId,
            "Pii's generated code needs C# 8 or later",
            "Pii generates no {0} for this project: that code needs C# {1} or later, and the project compiles C# {2}; set <LangVersion>{1}</LangVersion> or later (netstandard2.0 and .NET Framework projects default to 7.3)",
            "Privacy",
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "The generated code uses nullable annotations and patterns of C# 8, and the EF Core store's code those of C# 10. Without them the tags would have no effect: nothing is generated, and this error says why.",
            helpLinkUri: HelpLinkBase + LanguageVersionId + ".md");

        public static readonly DiagnosticDescriptor IncompleteRecord = new(
            IncompleteRecordId,
            "The record of processing is incomplete",
            "The record of processing is incomplete: {0}",
            "Privacy",
            DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Art. 30(1) GDPR lists what a record of processing contains. Parts that the code cannot know (the controller, recipients, transfers, security measures) are declared with assembly attributes; a required part left empty is reported rather than left blank.",
            helpLinkUri: HelpLinkBase + IncompleteRecordId + ".md");
    }
}
