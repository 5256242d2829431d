using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Pii.Generator;

namespace Pii.Benchmarks
{
    /// <summary>
    /// The model that the compile-time benchmarks bind: <see cref="FileCount"/> files of <see cref="ClassesPerFile"/>
    /// entity classes of 20 properties each, every third class outside file <see cref="EditedFile"/> a data subject with
    /// 5–8 long-form tags; its references (.NET 10 and Pii.dll), options and generator driver. Shared by
    /// <see cref="CompilationBenchmarks"/> and <see cref="GeneratedCodeBenchmarks"/>.
    /// </summary>
    internal static class CompilationModel
    {
        /// <summary>Number of source files.</summary>
        public const int FileCount = 100;

        /// <summary>Entity classes per file.</summary>
        public const int ClassesPerFile = 20;

        /// <summary>The file edited by <see cref="CompilationBenchmarks.GeneratorIncrementalEdit"/>: it has no tagged class.</summary>
        public const int EditedFile = 0;

        /// <summary>The class of <see cref="EditedFile"/> whose property is renamed by the edit.</summary>
        public const int EditedClass = 5;

        /// <summary>
        /// The members that tagged classes tag, in order; a tagged class tags the first 5 to 8 of them. Long-form
        /// tags on consent or legitimate interests need a description (PII003), so those carry one.
        /// </summary>
        public static readonly (string Property, string Tag)[] Taggable =
        {
            ("Email", "[PersonalData(\"Marketing\", \"P2Y\", LegalBasis.Consent, Category = DataCategory.EmailAddress, Description = \"Newsletter and offers by e-mail\")]"),
            ("Name", "[PersonalData(\"Account\", \"P30D\", LegalBasis.Contract, Category = DataCategory.Name)]"),
            ("Phone", "[PersonalData(\"Support\", \"P1Y\", LegalBasis.LegitimateInterests, Category = DataCategory.PhoneNumber, Description = \"Answering support requests\")]"),
            ("BirthDate", "[PersonalData(\"Account\", \"P30D\", LegalBasis.Contract, Category = DataCategory.DateOfBirth)]"),
            ("Street", "[PersonalData(\"Shipping\", \"P1Y\", LegalBasis.Contract, Category = DataCategory.PostalAddress)]"),
            ("City", "[PersonalData(\"Shipping\", \"P1Y\", LegalBasis.Contract, Category = DataCategory.PostalAddress)]"),
            ("IpAddress", "[PersonalData(\"Security\", \"P90D\", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress, Description = \"Fraud and abuse prevention\")]"),
            ("Notes", "[PersonalData(\"Support\", \"P1Y\", LegalBasis.LegitimateInterests, Category = DataCategory.Correspondence, Description = \"Answering support requests\")]"),
            ("PostalCode", "[PersonalData(\"Shipping\", \"P1Y\", LegalBasis.Contract, Category = DataCategory.PostalAddress)]"), // the adopted model only
        };

        /// <summary>The parse options of every tree of the model and of the generator's output.</summary>
        public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

        /// <summary>The references: the .NET 10 reference assemblies and Pii.dll.</summary>
        public static readonly ImmutableArray<MetadataReference> References = Basic.Reference.Assemblies.Net100.References.All
            .Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(PersonalDataAttribute).Assembly.Location))
            .ToImmutableArray();

        /// <summary>The number of classes with tags in the model.</summary>
        public static int TaggedClassCount { get; } = CountTaggedClasses();

        /// <summary>Parses the <see cref="FileCount"/> files of the model (not adopted, no logging, no edit).</summary>
        public static List<SyntaxTree> ParseModel()
        {
            var trees = new List<SyntaxTree>(FileCount);
            for (int file = 0; file < FileCount; file++)
            {
                trees.Add(Parse(file, edit: null));
            }

            return trees;
        }

        /// <summary>The model's compilation of <paramref name="trees"/>: a library with nullable on.</summary>
        public static CSharpCompilation Create(IEnumerable<SyntaxTree> trees) =>
            CSharpCompilation.Create(
                "Model",
                trees,
                References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        /// <summary>A new driver with a new <see cref="PersonalDataGenerator"/>; <paramref name="record"/> false is <c>PiiRecord=false</c>.</summary>
        public static GeneratorDriver CreateDriver(bool record = true) =>
            CSharpGeneratorDriver.Create(
                new[] { new PersonalDataGenerator().AsSourceGenerator() },
                additionalTexts: null,
                parseOptions: ParseOptions,
                optionsProvider: record ? null : new RecordOffOptions(),
                driverOptions: default);

        public static bool IsTagged(int file, int classInFile) => file != EditedFile && classInFile % 3 == 0;

        private static int CountTaggedClasses()
        {
            int count = 0;
            for (int file = 0; file < FileCount; file++)
            {
                for (int c = 0; c < ClassesPerFile; c++)
                {
                    count += IsTagged(file, c) ? 1 : 0;
                }
            }

            return count;
        }

        /// <summary>Parses one file of the model (see <see cref="Source"/>).</summary>
        public static SyntaxTree Parse(int file, string? edit, bool adopted = false, bool logging = false, bool mapping = false, bool rows = true) =>
            CSharpSyntaxTree.ParseText(Source(file, edit, adopted, logging, mapping, rows), ParseOptions, path: $"Model/Entities{file:D3}.cs", encoding: Encoding.UTF8);

        /// <summary>
        /// One file of the model: an enum and <see cref="ClassesPerFile"/> entity classes of 20 properties. With an
        /// <paramref name="edit"/>, one property of one class is renamed (Notes → NotesA or NotesB). In the
        /// <paramref name="adopted"/> model every class is a subject that tags all nine personal members; with
        /// <paramref name="logging"/> each class also has a method of four log calls and an exception, of which every tenth class's last
        /// leaks a tagged member; with <paramref name="mapping"/> each class also has a view class whose members copy the
        /// entity's and, unless <paramref name="rows"/> is false, a record built through calls (see <see cref="AppendView"/>).
        /// </summary>
        internal static string Source(int file, string? edit, bool adopted, bool logging = false, bool mapping = false, bool rows = true)
        {
            var s = new StringBuilder(64 * 1024);
            s.Append("using System;\nusing System.Collections.Generic;\nusing Pii;\n");
            s.Append(logging ? "using Microsoft.Extensions.Logging;\n\n" : "\n");
            s.Append($"namespace Model.Part{file:D3}\n{{\n");
            s.Append($"    public enum Status{file:D3}\n    {{\n        Active,\n        Suspended,\n        Closed,\n    }}\n");
            for (int c = 0; c < ClassesPerFile; c++)
            {
                int index = file * ClassesPerFile + c;
                var tagged = new HashSet<string>();
                if (adopted || IsTagged(file, c))
                {
                    foreach ((string property, _) in Taggable.Take(adopted ? Taggable.Length : 5 + index % 4))
                    {
                        tagged.Add(property);
                    }
                }

                string notes = edit is not null && file == EditedFile && c == EditedClass ? "Notes" + edit : "Notes";
                s.Append(tagged.Count > 0 ? "\n    [DataSubject]" : string.Empty);
                s.Append($"\n    public class Entity{index:D4}\n    {{\n");
                void Property(string type, string name, string initializer = "")
                {
                    if (tagged.Contains(name))
                    {
                        s.Append("        ").Append(Taggable.First(t => t.Property == name).Tag).Append('\n');
                    }

                    s.Append($"        public {type} {name} {{ get; set; }}{initializer}\n");
                }

                Property("int", "Id");
                Property("Guid", "ExternalId");
                Property("string", "Name", " = \"\";");
                Property("string?", "Email");
                Property("string?", "Phone");
                Property("DateTime", "CreatedAt");
                Property("DateTime?", "UpdatedAt");
                Property("decimal", "Balance");
                Property("bool", "IsActive");
                Property($"Status{file:D3}", "Status");
                Property("string?", "Street");
                Property("string?", "City");
                Property("string", "PostalCode", " = \"\";");
                Property("DateOnly?", "BirthDate");
                Property("long", "Version");
                Property("string?", notes);
                Property("int", "LoginCount");
                Property("double", "Score");
                Property("List<string>", "Tags", " = new();");
                Property("string?", "IpAddress");
                if (logging)
                {
                    s.Append("\n        public void Audit(ILogger logger)\n        {\n");
                    s.Append("            logger.LogInformation(\"Entity {Id} is {Status}\", Id, Status);\n");
                    s.Append("            logger.LogInformation(\"Mail to {Email}\", Pii.Redaction.Redactor.Redact(Email, RedactionKind.EmailMask));\n");
                    s.Append("            string summary = $\"{Id}: {LoginCount} logins, score {Score}\";\n");
                    s.Append("            logger.LogDebug(summary);\n");
                    s.Append("            if (!IsActive)\n            {\n                throw new InvalidOperationException($\"Entity {Id} is inactive\");\n            }\n\n");
                    s.Append(index % 10 == 0
                        ? "            logger.LogWarning(\"Contact {Phone}\", Phone);\n"
                        : "            logger.LogWarning(\"Contact {Id}\", ExternalId);\n");
                    s.Append("        }\n");
                }

                s.Append("    }\n");
                if (mapping)
                {
                    AppendView(s, index, rows);
                }
            }

            s.Append("}\n");
            return s.ToString();
        }

        /// <summary>
        /// A view of entity <paramref name="index"/> with ten members and two mapping methods: eight initializer
        /// assignments from the entity (six of tagged members, through <c>?.</c>, a string method, interpolation and
        /// <c>ToString</c>) and two assignments back to tagged members. The copies are tagged as their sources are,
        /// except in every tenth view, where <c>Caption</c> (assigned the e-mail) and <c>Extra</c> (assigned to the notes)
        /// are not: PII012 reports those two. Then a positional record built through its constructor and given the phone
        /// through a method: its <c>Caption</c> receives the e-mail and its <c>Reach</c> the phone, both tagged except in
        /// every tenth row (a third and fourth report there).
        /// </summary>
        private static void AppendView(StringBuilder s, int index, bool rows)
        {
            bool leaky = index % 10 == 0;
            string Tag(string source) => Taggable.First(t => t.Property == source).Tag + "\n        ";
            s.Append($"\n    public class Entity{index:D4}View\n    {{\n");
            s.Append($"        {Tag("Name")}public string Label {{ get; set; }} = \"\";\n");
            s.Append($"        {(leaky ? string.Empty : Tag("Email"))}public string? Caption {{ get; set; }}\n");
            s.Append($"        {Tag("Phone")}public string? Detail {{ get; set; }}\n");
            s.Append($"        {Tag("Street")}public string Footer {{ get; set; }} = \"\";\n");
            s.Append($"        {Tag("BirthDate")}public string? Born {{ get; set; }}\n");
            s.Append($"        {Tag("Street")}public string? Line {{ get; set; }}\n");
            s.Append($"        {(leaky ? string.Empty : Tag("Notes"))}public string? Extra {{ get; set; }}\n");
            s.Append("        public int Key { get; set; }\n");
            s.Append("        public string Kind { get; set; } = \"\";\n");
            s.Append("        public double Rank { get; set; }\n");
            s.Append($"\n        public static Entity{index:D4}View From(Entity{index:D4} e) => new Entity{index:D4}View\n        {{\n");
            s.Append("            Label = e.Name,\n            Caption = e.Email,\n            Detail = e.Phone?.Trim(),\n");
            s.Append("            Footer = $\"{e.Street}, {e.PostalCode} {e.City}\",\n            Born = e.BirthDate?.ToString(\"yyyy-MM-dd\"),\n");
            s.Append("            Key = e.Id,\n            Kind = e.Status.ToString(),\n            Rank = e.Score,\n        };\n");
            s.Append($"\n        public void Apply(Entity{index:D4} e)\n        {{\n            e.Notes = Extra?.Trim();\n            e.Street = Line ?? e.Street;\n        }}\n");
            s.Append("    }\n");
            if (!rows)
            {
                return; // the model of runs N-P, for the paired probe (Pii012Probe.cs)
            }

            // A positional record built through its constructor, then given a phone through a method: the e-mail lands in
            // Caption and the phone in Reach, both tagged except in every tenth row.
            string caption = leaky ? string.Empty : Tag("Email").Replace("[PersonalData(", "[property: PersonalData(").TrimEnd() + " ";
            s.Append($"\n    public record Entity{index:D4}Row(int Key, {caption}string? Caption, string Kind)\n    {{\n");
            s.Append($"        {(leaky ? string.Empty : Tag("Phone"))}public string? Reach {{ get; private set; }}\n\n");
            s.Append("        public void Call(string? phone) => Reach = phone?.Trim();\n\n");
            s.Append($"        public static Entity{index:D4}Row Of(Entity{index:D4} e)\n        {{\n");
            s.Append($"            var row = new Entity{index:D4}Row(e.Id, e.Email, e.Status.ToString());\n            row.Call(e.Phone);\n            return row;\n        }}\n    }}\n");
        }
    }
}
