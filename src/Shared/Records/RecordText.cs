using System.Text.RegularExpressions;

namespace Pii.Records
{
    /// <summary>
    /// The approved baseline's form of a record's JSON: the record without source lines, which change with every edit
    /// above a member. One function for the generator (which compares the baseline with it) and the record tool (which
    /// writes it on acceptance), so that both produce the same bytes.
    /// </summary>
    internal static class RecordText
    {
        // The generator writes a field's source as exactly these lines; the file is a JSON string without line breaks.
        private static readonly Regex Source = new(
            "\"source\": \\{\\n *\"file\": \"(?:[^\"\\\\\\n]|\\\\.)*\",\\n *\"line\": [0-9]+\\n *\\}",
            RegexOptions.CultureInvariant);

        /// <summary>The record's JSON with every field's <c>source</c> set to <c>null</c>.</summary>
        public static string WithoutSources(string json) => Source.Replace(json, "\"source\": null");
    }
}
