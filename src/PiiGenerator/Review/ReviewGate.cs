using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Pii.Generator.Model;

namespace Pii.Generator.Review
{
    /// <summary>The record of an assembly, or why there is none: <see cref="Enabled"/> is false when the record is off or the runtime has no record types.</summary>
    internal sealed record RecordOutcome(RecordSpec? Record, bool Enabled, string? Failure);

    /// <summary>The approved baseline: an additional file, read as text (<see langword="null"/> when unreadable).</summary>
    internal sealed record BaselineFile(string Path, string? Text);

    /// <summary>The build settings the record uses, from the analyzer config (Pii.targets makes them visible).</summary>
    internal sealed record RecordOptions(string? ProjectDirectory, string? Namespace, bool Accept, bool Enabled)
    {
        public static RecordOptions From(Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions options)
        {
            options.TryGetValue("build_property.ProjectDir", out string? directory);
            options.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
            options.TryGetValue("build_property.PiiAcceptRecord", out string? accept);
            options.TryGetValue("build_property.PiiRecord", out string? enabled);
            return new RecordOptions(
                string.IsNullOrWhiteSpace(directory) ? null : directory,
                NamespaceName(rootNamespace),
                string.Equals(accept?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase),
                !string.Equals(enabled?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));
        }

        /// <summary>The project's root namespace made a valid C# namespace (<c>My-App</c> → <c>My_App</c>), or <see langword="null"/> for the global one.</summary>
        private static string? NamespaceName(string? rootNamespace)
        {
            if (string.IsNullOrWhiteSpace(rootNamespace))
            {
                return null;
            }

            var parts = new List<string>();
            foreach (string part in rootNamespace!.Trim().Split('.'))
            {
                var name = new System.Text.StringBuilder();
                foreach (char c in part)
                {
                    name.Append(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
                }

                if (name.Length == 0 || !Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsIdentifierStartCharacter(name[0]))
                {
                    name.Insert(0, '_');
                }

                string identifier = name.ToString();
                parts.Add(Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(identifier) != Microsoft.CodeAnalysis.CSharp.SyntaxKind.None ? "@" + identifier : identifier);
            }

            return string.Join(".", parts);
        }
    }

    /// <summary>PII007: compares the approved baseline with the computed record and reports each difference.</summary>
    internal static class ReviewGate
    {
        public static void Report(SourceProductionContext output, RecordSpec record, BaselineFile baseline, string approved)
        {
            string name = System.IO.Path.GetFileName(baseline.Path);
            if (baseline.Text is null)
            {
                output.ReportDiagnostic(Diagnostic.Create(RecordDiagnostics.BaselineDifference, Location.None, name, "the baseline file cannot be read"));
                return;
            }

            if (Normalize(baseline.Text).TrimEnd() == approved.TrimEnd())
            {
                return;
            }

            SourceText text = SourceText.From(baseline.Text);
            JsonTree? before = JsonTree.Parse(baseline.Text, out string? error);
            JsonTree? after = JsonTree.Parse(approved, out _);
            if (before is null || after is null)
            {
                output.ReportDiagnostic(Diagnostic.Create(RecordDiagnostics.BaselineDifference, At(baseline.Path, text, 0), name, "the baseline is not valid JSON (" + error + ")"));
                return;
            }

            // Same entries in another order or layout (a hand edit, an editor's reformatting) is no change to review.
            List<RecordDifference> differences = RecordDiff.Compare(before, after);
            foreach (RecordDifference difference in differences.Take(RecordDiagnostics.MaxDifferences))
            {
                Location location = difference.Member is { } member && record.Fields.FirstOrDefault(f => f.Member == member)?.Location is { } declared
                    ? declared.ToLocation()
                    : At(baseline.Path, text, difference.BaselineLine ?? 0);
                output.ReportDiagnostic(Diagnostic.Create(RecordDiagnostics.BaselineDifference, location, name, difference.Message));
            }

            if (differences.Count > RecordDiagnostics.MaxDifferences)
            {
                output.ReportDiagnostic(Diagnostic.Create(
                    RecordDiagnostics.BaselineDifference,
                    At(baseline.Path, text, 0),
                    name,
                    $"{differences.Count - RecordDiagnostics.MaxDifferences} more differences are not listed"));
            }
        }

        /// <summary>Git may check the baseline out with CRLF line ends, an editor may add a BOM: the comparison is on content.</summary>
        private static string Normalize(string text)
        {
            string normalized = text.Replace("\r\n", "\n");
            if (normalized.Length > 0 && normalized[0] == '\uFEFF')
            {
                normalized = normalized.Substring(1);
            }

            return normalized;
        }

        private static Location At(string path, SourceText text, int line)
        {
            if (text.Lines.Count == 0)
            {
                return Location.Create(path, default, default);
            }

            TextLine textLine = text.Lines[System.Math.Min(line, text.Lines.Count - 1)];
            LinePositionSpan span = text.Lines.GetLinePositionSpan(textLine.Span);
            return Location.Create(path, textLine.Span, span);
        }
    }
}
