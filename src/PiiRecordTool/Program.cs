using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Pii.Records;

namespace Pii.RecordTool
{
    /// <summary>
    /// <c>Pii.RecordTool &lt;assembly&gt; &lt;output directory&gt; [--accept &lt;baseline&gt;]</c>: writes
    /// processing-record.json, .html, .fides.yml and .ico.csv next to the build output, and with <c>--accept</c> rewrites
    /// the approved baseline. Run by Pii.targets after every build; errors are printed in MSBuild's format.
    /// </summary>
    internal static class Program
    {
        public const string JsonFile = "processing-record.json";
        public const string HtmlFile = "processing-record.html";
        public const string FidesFile = "processing-record.fides.yml";
        public const string IcoFile = "processing-record.ico.csv";

        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        public static int Main(string[] args)
        {
            if (args.Length is not (2 or 4) || (args.Length == 4 && args[2] != "--accept"))
            {
                Console.Error.WriteLine("usage: Pii.RecordTool <assembly> <output directory> [--accept <baseline file>]");
                return 2;
            }

            try
            {
                return Run(args[0], args[1], args.Length == 4 ? args[3] : null);
            }
            catch (Exception e)
            {
                // Whatever went wrong, the build says so in its own format rather than with a stack trace.
                Console.Error.WriteLine($"Pii.RecordTool : error PII: the record of processing could not be written: {e.Message}");
                return 1;
            }
        }

        private static int Run(string assembly, string output, string? accept)
        {
            output = Path.GetFullPath(output);
            string? json = RecordReader.Read(assembly);
            if (json is null)
            {
                // No tags and no declarations (or an older generator): nothing to record, and nothing stale left behind.
                foreach (string file in new[] { JsonFile, HtmlFile, FidesFile, IcoFile })
                {
                    File.Delete(Path.Combine(output, file));
                }

                Console.WriteLine($"Pii: {Path.GetFileName(assembly)} has no record of processing");
                return 0;
            }

            ProcessingRecord record = ProcessingRecordJson.Parse(json);
            Directory.CreateDirectory(output);
            var written = new List<string>();
            Write(Path.Combine(output, JsonFile), json, written);
            Write(Path.Combine(output, HtmlFile), ProcessingRecordHtml.Render(record), written);
            Write(Path.Combine(output, FidesFile), FidesDataset.Render(record), written);
            Write(Path.Combine(output, IcoFile), IcoRecordCsv.Render(record), written);
            Console.WriteLine(written.Count == 0
                ? $"Pii: the record of processing in {output} is up to date"
                : $"Pii: wrote {string.Join(", ", written)} to {output}");

            if (accept is not null)
            {
                string? directory = Path.GetDirectoryName(Path.GetFullPath(accept));
                if (directory is not null)
                {
                    Directory.CreateDirectory(directory);
                }

                bool changed = Write(accept, RecordText.WithoutSources(json), new List<string>());
                Console.WriteLine(changed
                    ? $"Pii: accepted the record of processing into {accept}; commit it with the change for review"
                    : $"Pii: {accept} already holds this record of processing");
            }

            return 0;
        }

        /// <summary>Writes a file only when its content changes, so that an unchanged record keeps its timestamp.</summary>
        private static bool Write(string path, string text, List<string> written)
        {
            byte[] bytes = Utf8.GetBytes(text);
            if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                return false;
            }

            File.WriteAllBytes(path, bytes);
            written.Add(Path.GetFileName(path));
            return true;
        }
    }
}
