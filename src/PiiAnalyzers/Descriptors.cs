using Microsoft.CodeAnalysis;

namespace Pii.Analyzers
{
    /// <summary>Every diagnostic Pii reports. Each has a page under docs/diagnostics, which its help link points to.</summary>
    internal static class Descriptors
    {
        public const string Category = "Privacy";

        /// <summary>Where the diagnostic pages are published: docs/diagnostics/{ID}.md of the repository.</summary>
        public const string HelpLinkBase = "https://github.com/pii-dotnet/pii/blob/main/docs/diagnostics/";

        public static readonly DiagnosticDescriptor InvalidTag = new(
            DiagnosticIds.InvalidTag,
            title: "Personal-data tag is invalid",
            messageFormat: "The tag on '{0}' cannot be honoured: {1}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "A [PersonalData] or [SensitivePersonalData] tag must name a purpose with a legal basis and an ISO 8601 retention, given on the tag or by the assembly's [ProcessingPurpose] declaration. Until it does, the record of processing cannot state them and erasure cannot compute legal holds.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.InvalidTag + ".md");

        public static readonly DiagnosticDescriptor ErasureStrategyNotApplicable = new(
            DiagnosticIds.ErasureStrategyNotApplicable,
            title: "Erasure strategy cannot be applied to this member",
            messageFormat: "'{0}' cannot be erased with {1}: {2}",
            Category,
            DiagnosticSeverity.Error,
            isEnabledByDefault: true,
            description: "Generated erasure writes members without reflection. A member with no setter, with a setter that generated code cannot reach, or of a type the strategy does not fit would be reported as not erasable at run time: the subject's data would stay.",
            helpLinkUri: HelpLinkBase + DiagnosticIds.ErasureStrategyNotApplicable + ".md");

        public static readonly DiagnosticDescriptor[] All = [InvalidTag, ErasureStrategyNotApplicable];
    }
}
