using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace Pii.Records
{
    /// <summary>
    /// Reads the JSON form of a <see cref="ProcessingRecord"/> (docs/processing-record.md, schema version
    /// <see cref="ProcessingRecord.CurrentSchemaVersion"/>) back into the model.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The reader is strict about structure: a missing required property, a value of the wrong JSON type, an enum
    /// name that is not a member (names are the C# member names, matched ordinally and case-sensitively; numbers
    /// are refused) and an unsupported <c>schemaVersion</c> all throw a <see cref="FormatException"/> whose message
    /// starts with the JSON path of the problem, for example <c>$.fields[3].category: 'Emial' is not a DataCategory</c>.
    /// </para>
    /// <para>
    /// <see langword="null"/> is accepted exactly where the model has a nullable type; such a property may also be
    /// left out, which reads as <see langword="null"/>. Every other property is required. Properties the reader does
    /// not know are ignored, so a record written by a newer generator of the same schema version still reads.
    /// Lists are read into arrays in the order written. The reader walks a <see cref="JsonDocument"/> by hand: no
    /// reflection, so it is trimming- and AOT-safe.
    /// </para>
    /// </remarks>
    public static class ProcessingRecordJson
    {
        private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow, AllowDuplicateProperties = false };

        /// <summary>Reads a record from its JSON text.</summary>
        /// <param name="json">The record's JSON.</param>
        /// <returns>The record.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
        /// <exception cref="FormatException">The text is not JSON, or not a record of the supported schema version; the message names the JSON path.</exception>
        public static ProcessingRecord Parse(string json)
        {
            if (json is null)
            {
                throw new ArgumentNullException(nameof(json));
            }

            using JsonDocument document = Open(() => JsonDocument.Parse(json, DocumentOptions));
            return ReadRecord(document.RootElement);
        }

        /// <summary>Reads a record from its UTF-8 JSON bytes (a leading byte order mark is skipped).</summary>
        /// <param name="utf8Json">The record's JSON as UTF-8.</param>
        /// <returns>The record.</returns>
        /// <exception cref="FormatException">The bytes are not JSON, or not a record of the supported schema version; the message names the JSON path.</exception>
        public static ProcessingRecord Parse(ReadOnlySpan<byte> utf8Json)
        {
            if (utf8Json.Length >= 3 && utf8Json[0] == 0xEF && utf8Json[1] == 0xBB && utf8Json[2] == 0xBF)
            {
                utf8Json = utf8Json.Slice(3);
            }

            ReadOnlyMemory<byte> bytes = utf8Json.ToArray();
            using JsonDocument document = Open(() => JsonDocument.Parse(bytes, DocumentOptions));
            return ReadRecord(document.RootElement);
        }

        /// <summary>Reads a record from a stream of UTF-8 JSON (a leading byte order mark is skipped). The stream is read to its end and left open.</summary>
        /// <param name="utf8Json">The stream.</param>
        /// <returns>The record.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is <see langword="null"/>.</exception>
        /// <exception cref="FormatException">The content is not JSON, or not a record of the supported schema version; the message names the JSON path.</exception>
        public static ProcessingRecord Parse(Stream utf8Json)
        {
            if (utf8Json is null)
            {
                throw new ArgumentNullException(nameof(utf8Json));
            }

            using JsonDocument document = Open(() => JsonDocument.Parse(utf8Json, DocumentOptions));
            return ReadRecord(document.RootElement);
        }

        private static JsonDocument Open(Func<JsonDocument> parse)
        {
            try
            {
                return parse();
            }
            catch (JsonException e)
            {
                string where = e.LineNumber is long line
                    ? string.Format(CultureInfo.InvariantCulture, " (line {0}, byte {1})", line + 1, (e.BytePositionInLine ?? 0) + 1)
                    : string.Empty;
                throw new FormatException("$: not valid JSON" + where + ": " + e.Message, e);
            }
        }

        private static ProcessingRecord ReadRecord(JsonElement root)
        {
            const string Path = "$";
            ExpectObject(root, Path);

            // The version first: a record of another version may differ in any other property.
            int version = ReadInt(root, Path, "schemaVersion");
            if (version != ProcessingRecord.CurrentSchemaVersion)
            {
                throw new FormatException(string.Format(
                    CultureInfo.InvariantCulture,
                    "$.schemaVersion: schema version {0} is not supported; this library reads schema version {1}",
                    version,
                    ProcessingRecord.CurrentSchemaVersion));
            }

            return new ProcessingRecord(
                version,
                ReadString(root, Path, "assembly"),
                ReadNullableObject(root, Path, "controller", ReadController),
                ReadNullableObject(root, Path, "dataProtectionOfficer", ReadContact),
                ReadList(root, Path, "purposes", ReadPurpose),
                ReadList(root, Path, "subjects", ReadSubject),
                ReadList(root, Path, "entities", ReadEntity),
                ReadList(root, Path, "recipients", ReadRecipient),
                ReadList(root, Path, "transfers", ReadTransfer),
                ReadStringList(root, Path, "securityMeasures"),
                ReadList(root, Path, "retention", ReadRetention),
                ReadList(root, Path, "fields", ReadField));
        }

        private static ControllerEntry ReadController(JsonElement e, string path) => new(
            ReadString(e, path, "name"),
            ReadNullableString(e, path, "contact"),
            ReadNullableString(e, path, "address"),
            ReadNullableString(e, path, "representative"));

        private static ContactEntry ReadContact(JsonElement e, string path) => new(
            ReadString(e, path, "name"),
            ReadNullableString(e, path, "contact"));

        private static PurposeEntry ReadPurpose(JsonElement e, string path) => new(
            ReadString(e, path, "name"),
            ReadNullableString(e, path, "description"),
            ReadEnum<LegalBasis>(e, path, "legalBasis", nameof(LegalBasis)),
            ReadString(e, path, "article"),
            ReadEnumList<SpecialCategoryCondition>(e, path, "specialCategoryConditions", nameof(SpecialCategoryCondition)),
            ReadNullableString(e, path, "retention"),
            ReadNullableString(e, path, "retentionTrigger"),
            ReadStringList(e, path, "subjects"),
            ReadEnumList<DataCategory>(e, path, "categories", nameof(DataCategory)),
            ReadEnumList<SpecialCategory>(e, path, "specialCategories", nameof(SpecialCategory)),
            ReadStringList(e, path, "recipients"),
            ReadStringList(e, path, "fields"));

        private static SubjectEntry ReadSubject(JsonElement e, string path) => new(
            ReadString(e, path, "kind"),
            ReadNullableString(e, path, "description"),
            ReadString(e, path, "root"),
            ReadNullableString(e, path, "key"),
            ReadStringList(e, path, "entities"));

        private static EntityEntry ReadEntity(JsonElement e, string path) => new(
            ReadString(e, path, "type"),
            ReadString(e, path, "name"),
            ReadNullableString(e, path, "subject"),
            ReadNullableString(e, path, "key"),
            ReadNullableObject(e, path, "link", ReadLink));

        private static LinkEntry ReadLink(JsonElement e, string path) => new(
            ReadString(e, path, "member"),
            ReadString(e, path, "target"),
            ReadString(e, path, "targetKey"));

        private static RecipientEntry ReadRecipient(JsonElement e, string path) => new(
            ReadString(e, path, "name"),
            ReadEnum<RecipientRole>(e, path, "role", nameof(RecipientRole)),
            ReadNullableString(e, path, "country"),
            ReadStringList(e, path, "purposes"),
            ReadNullableString(e, path, "description"));

        private static TransferEntry ReadTransfer(JsonElement e, string path) => new(
            ReadString(e, path, "recipient"),
            ReadString(e, path, "country"),
            ReadEnum<TransferSafeguard>(e, path, "safeguard", nameof(TransferSafeguard)),
            ReadString(e, path, "article"),
            ReadNullableString(e, path, "details"));

        private static RetentionEntry ReadRetention(JsonElement e, string path) => new(
            ReadString(e, path, "purpose"),
            ReadEnum<DataCategory>(e, path, "category", nameof(DataCategory)),
            ReadNullableString(e, path, "retention"),
            ReadNullableString(e, path, "trigger"));

        private static FieldEntry ReadField(JsonElement e, string path) => new(
            ReadString(e, path, "member"),
            ReadString(e, path, "type"),
            ReadString(e, path, "name"),
            ReadNullableString(e, path, "subject"),
            ReadEnum<DataCategory>(e, path, "category", nameof(DataCategory)),
            ReadNullableEnum<SpecialCategory>(e, path, "specialCategory", nameof(SpecialCategory)),
            ReadList(e, path, "purposes", ReadFieldPurpose),
            ReadEnum<ErasureStrategy>(e, path, "erasure", nameof(ErasureStrategy)),
            ReadEnum<RedactionKind>(e, path, "redaction", nameof(RedactionKind)),
            ReadNullableObject(e, path, "source", ReadSource));

        private static FieldPurpose ReadFieldPurpose(JsonElement e, string path) => new(
            ReadString(e, path, "name"),
            ReadEnum<LegalBasis>(e, path, "legalBasis", nameof(LegalBasis)),
            ReadNullableString(e, path, "retention"),
            ReadNullableString(e, path, "retentionTrigger"));

        private static SourceLocation ReadSource(JsonElement e, string path) => new(
            ReadString(e, path, "file"),
            ReadInt(e, path, "line"));

        // ----- properties -----

        private static JsonElement Required(JsonElement obj, string path, string name)
        {
            if (!obj.TryGetProperty(name, out JsonElement value))
            {
                throw new FormatException(path + "." + name + ": the required property is missing");
            }

            return value;
        }

        /// <summary>The property's value, or <see langword="null"/> when it is absent or JSON null.</summary>
        private static JsonElement? Optional(JsonElement obj, string name) =>
            obj.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null ? value : null;

        private static string ReadString(JsonElement obj, string path, string name) =>
            AsString(Required(obj, path, name), path + "." + name);

        private static string? ReadNullableString(JsonElement obj, string path, string name) =>
            Optional(obj, name) is JsonElement value ? AsString(value, path + "." + name) : null;

        private static int ReadInt(JsonElement obj, string path, string name)
        {
            JsonElement value = Required(obj, path, name);
            string at = path + "." + name;
            if (value.ValueKind != JsonValueKind.Number)
            {
                throw WrongType(at, "an integer", value);
            }

            if (!value.TryGetInt32(out int result))
            {
                throw new FormatException(at + ": expected an integer, found " + value.GetRawText());
            }

            return result;
        }

        private static T ReadEnum<T>(JsonElement obj, string path, string name, string enumName)
            where T : struct, Enum =>
            AsEnum<T>(Required(obj, path, name), path + "." + name, enumName);

        private static T? ReadNullableEnum<T>(JsonElement obj, string path, string name, string enumName)
            where T : struct, Enum =>
            Optional(obj, name) is JsonElement value ? AsEnum<T>(value, path + "." + name, enumName) : null;

        private static T? ReadNullableObject<T>(JsonElement obj, string path, string name, Func<JsonElement, string, T> read)
            where T : class
        {
            if (Optional(obj, name) is not JsonElement value)
            {
                return null;
            }

            string at = path + "." + name;
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw WrongType(at, "an object or null", value);
            }

            return read(value, at);
        }

        private static T[] ReadList<T>(JsonElement obj, string path, string name, Func<JsonElement, string, T> read)
        {
            JsonElement array = Required(obj, path, name);
            string at = path + "." + name;
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw WrongType(at, "an array", array);
            }

            T[] result = new T[array.GetArrayLength()];
            int i = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                string itemPath = at + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                ExpectObject(item, itemPath);
                result[i] = read(item, itemPath);
                i++;
            }

            return result;
        }

        private static string[] ReadStringList(JsonElement obj, string path, string name) =>
            ReadValues(obj, path, name, AsString);

        private static T[] ReadEnumList<T>(JsonElement obj, string path, string name, string enumName)
            where T : struct, Enum =>
            ReadValues(obj, path, name, (item, itemPath) => AsEnum<T>(item, itemPath, enumName));

        private static T[] ReadValues<T>(JsonElement obj, string path, string name, Func<JsonElement, string, T> read)
        {
            JsonElement array = Required(obj, path, name);
            string at = path + "." + name;
            if (array.ValueKind != JsonValueKind.Array)
            {
                throw WrongType(at, "an array", array);
            }

            T[] result = new T[array.GetArrayLength()];
            int i = 0;
            foreach (JsonElement item in array.EnumerateArray())
            {
                result[i] = read(item, at + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
                i++;
            }

            return result;
        }

        // ----- values -----

        private static void ExpectObject(JsonElement value, string path)
        {
            if (value.ValueKind != JsonValueKind.Object)
            {
                throw WrongType(path, "an object", value);
            }
        }

        private static string AsString(JsonElement value, string path)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                throw WrongType(path, "a string", value);
            }

            return value.GetString()!;
        }

        private static T AsEnum<T>(JsonElement value, string path, string enumName)
            where T : struct, Enum
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                throw WrongType(path, Article(enumName) + " " + enumName + " name (a string)", value);
            }

            string name = value.GetString()!;

            // Only a member name: Enum.TryParse alone would also take numbers ("3"), lists ("A, B"), spaces and any case.
            if (IsIdentifier(name) && Enum.TryParse(name, ignoreCase: false, out T result))
            {
                return result;
            }

            throw new FormatException(path + ": '" + name + "' is not " + Article(enumName) + " " + enumName);
        }

        private static string Article(string word) => "AEIOU".IndexOf(word[0]) >= 0 ? "an" : "a";

        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_'))
            {
                return false;
            }

            foreach (char c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static FormatException WrongType(string path, string expected, JsonElement found) =>
            new(path + ": expected " + expected + ", found " + Describe(found));

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string (" + Shorten(value.GetRawText()) + ")",
            JsonValueKind.Number => "a number (" + Shorten(value.GetRawText()) + ")",
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            JsonValueKind.Null => "null",
            _ => "nothing",
        };

        private static string Shorten(string text) => text.Length <= 60 ? text : text.Substring(0, 57) + "...";
    }
}
