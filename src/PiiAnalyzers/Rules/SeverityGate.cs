using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Pii.Analyzers.Rules
{
    /// <summary>
    /// Whether a diagnostic ID is switched off (<c>severity = none</c>) for a file, so that a rule does not run where
    /// its findings are not wanted.
    /// </summary>
    /// <remarks>
    /// The rules run inside one analyzer (<see cref="PiiAnalyzer"/>), which the compiler cannot skip while some of its
    /// diagnostics are still on; asking here first spares the work for files where a rule's findings are not wanted.
    /// (It also kept <c>severity = none</c> effective when <c>PiiEnforce</c> was implemented with <c>WarningsAsErrors</c>;
    /// it now uses a global analyzer config, which .editorconfig overrides.) Answers are cached per syntax tree.
    /// </remarks>
    internal sealed class SeverityGate
    {
        private readonly Compilation compilation;
        private readonly AnalyzerConfigOptionsProvider options;
        private readonly ImmutableArray<string> ids;
        private readonly ConcurrentDictionary<SyntaxTree, bool> off = new();

        /// <summary>A gate for a rule that reports <paramref name="ids"/>.</summary>
        public SeverityGate(Compilation compilation, AnalyzerConfigOptionsProvider options, ImmutableArray<string> ids)
        {
            this.compilation = compilation;
            this.options = options;
            this.ids = ids;
        }

        /// <summary>A gate for every ID the rule supports.</summary>
        public static SeverityGate For(Compilation compilation, AnalyzerOptions options, ImmutableArray<DiagnosticDescriptor> descriptors)
        {
            ImmutableArray<string>.Builder ids = ImmutableArray.CreateBuilder<string>();
            foreach (DiagnosticDescriptor descriptor in descriptors)
            {
                if (!ids.Contains(descriptor.Id))
                {
                    ids.Add(descriptor.Id);
                }
            }

            return new SeverityGate(compilation, options.AnalyzerConfigOptionsProvider, ids.ToImmutable());
        }

        /// <summary>Whether every ID of the rule is switched off for <paramref name="tree"/>.</summary>
        public bool IsOff(SyntaxTree? tree, CancellationToken cancellationToken)
        {
            if (tree is null)
            {
                return false;
            }

            if (off.TryGetValue(tree, out bool cached))
            {
                return cached;
            }

            bool result = true;
            foreach (string id in ids)
            {
                if (!IsSuppressed(tree, id, cancellationToken))
                {
                    result = false;
                    break;
                }
            }

            off[tree] = result;
            return result;
        }

        private bool IsSuppressed(SyntaxTree tree, string id, CancellationToken cancellationToken)
        {
            ReportDiagnostic report;
            if (compilation.Options.SyntaxTreeOptionsProvider is { } provider
                && (provider.TryGetDiagnosticValue(tree, id, cancellationToken, out report) || provider.TryGetGlobalDiagnosticValue(id, cancellationToken, out report)))
            {
                return report == ReportDiagnostic.Suppress;
            }

            if (compilation.Options.SpecificDiagnosticOptions.TryGetValue(id, out report))
            {
                return report == ReportDiagnostic.Suppress;
            }

            // Bulk settings: the category's, then all analyzers'.
            AnalyzerConfigOptions file = options.GetOptions(tree);
            return IsNone(file, "dotnet_analyzer_diagnostic.category-" + Descriptors.Category + ".severity")
                ?? IsNone(file, "dotnet_analyzer_diagnostic.severity")
                ?? false;
        }

        private static bool? IsNone(AnalyzerConfigOptions file, string key) =>
            file.TryGetValue(key, out string? value) && value is not null ? string.Equals(value.Trim(), "none", System.StringComparison.OrdinalIgnoreCase) : null;
    }
}
