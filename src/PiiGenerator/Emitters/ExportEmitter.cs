using System.Linq;
using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Emitters
{
    /// <summary>
    /// Writes the export: each tagged member as <c>{"value":…,"category":…,"purposes":[…]}</c>, names and
    /// purposes pre-encoded, members that are not portable left out of the portability scope.
    /// </summary>
    internal static class ExportEmitter
    {
        private const string Json = "global::Pii.Export.PersonalDataJson";
        private const string Scope = "global::Pii.Export.ExportScope";

        public static void Write(SourceWriter writer, TypeSpec type, string signatureSuffix)
        {
            writer.Line("/// <summary>");
            writer.Line($"/// Writes the personal data of <paramref name=\"value\"/> as a JSON object: every tagged member with its");
            writer.Line("/// category and purposes (legal basis and retention). <see cref=\"global::Pii.Export.ExportScope.Portability\"/>");
            writer.Line("/// keeps only data processed on consent or contract (Art. 20 GDPR).");
            writer.Line("/// </summary>");
            writer.Line("/// <param name=\"value\">The object to export.</param>");
            writer.Line("/// <param name=\"writer\">The JSON writer.</param>");
            writer.Line("/// <param name=\"scope\">Access (Art. 15) or portability (Art. 20).</param>");
            writer.OpenBlock($"public static void WritePersonalData{type.TypeParameters}(this {type.FullName} value, global::System.Text.Json.Utf8JsonWriter writer, {Scope} scope = {Scope}.Access){signatureSuffix}");
            writer.Line("if (value is null) throw new global::System.ArgumentNullException(nameof(value));");
            writer.Line("if (writer is null) throw new global::System.ArgumentNullException(nameof(writer));");
            writer.Line("writer.WriteStartObject();");
            writer.Line("WritePersonalDataMembers(value, writer, scope);");
            writer.Line("writer.WriteEndObject();");
            writer.CloseBlock();
            writer.Line();

            writer.Line("/// <summary>Writes the members of <paramref name=\"value\"/> into the JSON object being written. For generated code, here");
            writer.Line("/// and in the projects that reference this one: an object held by another is written inside its holder's.</summary>");
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.OpenBlock($"public static void WritePersonalDataMembers{type.TypeParameters}({type.FullName} value, global::System.Text.Json.Utf8JsonWriter writer, {Scope} scope){signatureSuffix}");
            bool first = true;
            foreach (MemberSpec member in type.Members)
            {
                if (!first)
                {
                    writer.Line();
                }

                first = false;
                if (member.Read == AccessKind.None)
                {
                    writer.Line($"// {member.Name}: not exported, it has no getter that generated code can call (PII006)");
                    continue;
                }

                if (member.IsOwned && !member.IsPortable)
                {
                    writer.OpenBlock($"if (scope == {Scope}.Access)");
                    WriteOwned(writer, member);
                    writer.CloseBlock();
                    continue;
                }

                if (member.IsOwned)
                {
                    WriteOwned(writer, member);
                    continue;
                }

                writer.Line($"// {member.Name}: {Describe(member)}");
                if (!member.IsPortable)
                {
                    writer.OpenBlock($"if (scope == {Scope}.Access)");
                    WriteMember(writer, type, member, $"{member.Name}AccessJson");
                    writer.CloseBlock();
                }
                else if (member.Purposes.All(p => p.IsPortable))
                {
                    WriteMember(writer, type, member, $"{member.Name}AccessJson");
                }
                else
                {
                    WriteMember(writer, type, member, $"scope == {Scope}.Portability ? {MetadataEmitter.PortabilityJson(member)} : {member.Name}AccessJson");
                }
            }

            writer.CloseBlock();
        }

        public static string Describe(MemberSpec member) =>
            string.Join(", ", member.Purposes.Select(p => $"{p.Name} ({Literals.Kebab(p.LegalBasis.ToString()).Replace('-', ' ')}{(p.Retention is null ? string.Empty : ", " + p.Retention)})"));

        private static void WriteOwned(SourceWriter writer, MemberSpec member)
        {
            string what = member.Collection == CollectionShape.None ? "owned; its tagged members are" : "owned objects; the tagged members of each are";
            writer.Line($"// {member.Name}: {what} exported in place ({string.Join(", ", member.Purposes.Select(p => p.Name))})");
            writer.Line($"writer.WritePropertyName({member.Name}Name);");
            writer.OpenBlock($"if ({MemberAccess.Read(member, "value")} is {{ }} {Local(member)})");
            if (member.Collection != CollectionShape.None)
            {
                // A collection of owned objects: an array of them, a null element as null.
                writer.Line("writer.WriteStartArray();");
                writer.OpenBlock($"foreach ({member.ElementType}? item in {Local(member)})");
                writer.OpenBlock("if (item is null)");
                writer.Line("writer.WriteNullValue();");
                writer.Line("continue;");
                writer.CloseBlock();
                writer.Line();
                writer.Line("writer.WriteStartObject();");
                writer.Line($"{member.OwnedClass}.WritePersonalDataMembers(item, writer, scope);");
                writer.Line("writer.WriteEndObject();");
                writer.CloseBlock();
                writer.Line();
                writer.Line("writer.WriteEndArray();");
            }
            else
            {
                writer.Line("writer.WriteStartObject();");
                writer.Line($"{member.OwnedClass}.WritePersonalDataMembers({Local(member)}, writer, scope);");
                writer.Line("writer.WriteEndObject();");
            }

            writer.CloseBlock();
            writer.OpenBlock("else");
            writer.Line("writer.WriteNullValue();");
            writer.CloseBlock();
        }

        private static void WriteMember(SourceWriter writer, TypeSpec type, MemberSpec member, string purposesJson)
        {
            if (member.SpecialCategory is null && (type.DateWriters || member.Kind is not (ValueKind.DateOnly or ValueKind.TimeOnly)))
            {
                // Everything constant is pre-encoded; the runtime helper writes {"value":…,"category":…,"purposes":[…]}.
                writer.Line($"global::Pii.Export.PersonalDataWriter.{WriterMethod(member)}(writer, {member.Name}Name, {ValueArgument(member, MemberAccess.Read(member, "value"))}, {Category(member)}, {purposesJson});");
                return;
            }

            writer.Line($"writer.WritePropertyName({member.Name}Name);");
            writer.Line("writer.WriteStartObject();");
            WriteValue(writer, member, Texts(member, MemberAccess.Read(member, "value")));
            writer.Line($"writer.WriteString({Json}.Category, {Category(member)});");
            if (member.SpecialCategory is not null)
            {
                writer.Line($"writer.WriteString({Json}.SpecialCategory, {member.Name}SpecialCategory);");
            }

            if (member.Condition is not null)
            {
                writer.Line($"writer.WriteString({Json}.Article9Condition, {member.Name}Condition);");
            }

            writer.Line($"writer.WritePropertyName({Json}.Purposes);");
            writer.Line($"writer.WriteRawValue({purposesJson}, skipInputValidation: true);");
            writer.Line("writer.WriteEndObject();");
        }

        /// <summary>
        /// The member's encoded category, a field of the runtime's <c>DataCategoryJson</c> shared by every type. The tag
        /// reader turns a value outside the enum into <c>Unspecified</c>, so every category has its field.
        /// </summary>
        private static string Category(MemberSpec member) => $"global::Pii.Export.DataCategoryJson.{member.Category}";

        /// <summary>
        /// The <c>PersonalDataWriter</c> method for the member's value. Each has its own name, so that binding the call
        /// needs no overload resolution (the generated code has one such call per tagged member).
        /// </summary>
        private static string WriterMethod(MemberSpec member) => member.Kind switch
        {
            ValueKind.Boolean => "WriteBoolean",
            ValueKind.Number => member.UnderlyingType switch
            {
                "byte" or "ushort" or "uint" or "ulong" => "WriteUnsigned",
                "float" => "WriteSingle",
                "double" => "WriteDouble",
                "decimal" => "WriteDecimal",
                _ => "WriteInteger",
            },
            ValueKind.DateTime => "WriteDateTime",
            ValueKind.DateTimeOffset => "WriteDateTimeOffset",
            ValueKind.Guid => "WriteGuid",
            ValueKind.DateOnly => "WriteDate",
            ValueKind.TimeOnly => "WriteTime",
            ValueKind.ByteArray => "WriteBytes",
            ValueKind.StringCollection => "WriteTexts",
            _ => "WriteText",
        };

        /// <summary>The value as the parameter type of <see cref="WriterMethod"/>'s method.</summary>
        private static string ValueArgument(MemberSpec member, string read)
        {
            string nullable = member.CanBeNull ? "?" : string.Empty;
            return member.Kind switch
            {
                ValueKind.Char or ValueKind.IpAddress => $"{read}{nullable}.ToString()",
                ValueKind.Enum when member.CanBeNull => $"{read} is {{ }} {Local(member)} ? {member.Name}Text({Local(member)}) : null",
                ValueKind.Enum => $"{member.Name}Text({read})",
                ValueKind.Other => $"global::Pii.Redaction.Redactor.Format({read})",
                ValueKind.StringCollection => Texts(member, read),
                _ => read,
            };
        }

        /// <summary>
        /// A collection of text as <c>IEnumerable&lt;string?&gt;?</c>: the read itself, except for an <c>ImmutableArray</c>, whose
        /// default value (nothing assigned yet) throws when enumerated, and is read as null.
        /// </summary>
        internal static string Texts(MemberSpec member, string read)
        {
            if (member.Collection != CollectionShape.ImmutableArray)
            {
                return read;
            }

            string items = Literals.Camel(member.Name) + "Texts";
            return $"({read} is {{ IsDefault: false }} {items} ? (global::System.Collections.Generic.IEnumerable<{member.ElementType}>){items} : null)";
        }

        private static void WriteValue(SourceWriter writer, MemberSpec member, string read)
        {
            const string Name = Json + ".Value";
            string local = Local(member);
            switch (member.Kind)
            {
                case ValueKind.String:
                    writer.Line($"writer.WriteString({Name}, {read});");
                    return;
                case ValueKind.IpAddress:
                    writer.Line($"writer.WriteString({Name}, {read}{(member.CanBeNull ? "?" : string.Empty)}.ToString());");
                    return;
                case ValueKind.Other when !member.IsNullableValueType:
                    writer.Line($"writer.WriteString({Name}, global::Pii.Redaction.Redactor.Format({read}));");
                    return;
            }

            if (member.CanBeNull || member.Collection == CollectionShape.ImmutableArray)
            {
                writer.OpenBlock($"if ({read} is {{ }} {local})");
                WriteNonNull(writer, member, local);
                writer.CloseBlock();
                writer.OpenBlock("else");
                writer.Line($"writer.WriteNull({Name});");
                writer.CloseBlock();
            }
            else
            {
                WriteNonNull(writer, member, read);
            }
        }

        private static void WriteNonNull(SourceWriter writer, MemberSpec member, string value)
        {
            const string Name = Json + ".Value";
            switch (member.Kind)
            {
                case ValueKind.Boolean:
                    writer.Line($"writer.WriteBoolean({Name}, {value});");
                    break;
                case ValueKind.Number when member.UnderlyingType is "double" or "float":
                    writer.Line($"global::Pii.Export.PersonalDataWriter.WriteFloatingValue(writer, {value});"); // NaN and the infinities have no JSON number
                    break;
                case ValueKind.Number:
                    writer.Line($"writer.WriteNumber({Name}, {value});");
                    break;
                case ValueKind.DateTime:
                case ValueKind.DateTimeOffset:
                case ValueKind.Guid:
                    writer.Line($"writer.WriteString({Name}, {value});");
                    break;
                case ValueKind.DateOnly:
                    WriteFormatted(writer, value, "yyyy-MM-dd", 10);
                    break;
                case ValueKind.TimeOnly:
                    WriteFormatted(writer, value, "HH:mm:ss.FFFFFFF", 16);
                    break;
                case ValueKind.Char:
                    writer.Line($"writer.WriteString({Name}, {value}.ToString());");
                    break;
                case ValueKind.Enum:
                    writer.Line($"writer.WriteString({Name}, {member.Name}Text({value}));");
                    break;
                case ValueKind.ByteArray:
                    writer.Line($"writer.WriteBase64String({Name}, {value});");
                    break;
                case ValueKind.StringCollection:
                    writer.Line($"writer.WriteStartArray({Name});");
                    writer.OpenBlock($"foreach (string? item in {value})");
                    writer.Line("writer.WriteStringValue(item);");
                    writer.CloseBlock();
                    writer.Line("writer.WriteEndArray();");
                    break;
                default:
                    writer.Line($"writer.WriteString({Name}, global::Pii.Redaction.Redactor.Format({value}));");
                    break;
            }
        }

        /// <summary>Formats into a stack buffer, so exporting a date allocates nothing (DateOnly and TimeOnly exist only where spans do).</summary>
        private static void WriteFormatted(SourceWriter writer, string value, string format, int length)
        {
            writer.OpenBlock();
            writer.Line($"global::System.Span<char> text = stackalloc char[{length}];");
            writer.Line($"{value}.TryFormat(text, out int written, \"{format}\", global::System.Globalization.CultureInfo.InvariantCulture);");
            writer.Line($"writer.WriteString({Json}.Value, text.Slice(0, written));");
            writer.CloseBlock();
        }

        /// <summary>Writes a switch from enum values to their names, so export needs no reflection over the enum.</summary>
        public static void WriteEnumTexts(SourceWriter writer, TypeSpec type)
        {
            foreach (MemberSpec member in type.Members.Where(m => m.Kind == ValueKind.Enum && m.Read != AccessKind.None))
            {
                writer.OpenBlock($"private static string {member.Name}Text({member.UnderlyingType} value) => value switch");
                foreach (string name in member.EnumMembers)
                {
                    writer.Line($"{member.UnderlyingType}.{Literals.Identifier(name)} => {Literals.CSharp(name)},");
                }

                writer.Line("_ => value.ToString(\"D\"),");
                writer.CloseBlock("};");
                writer.Line();
            }
        }

        public static string Local(MemberSpec member) => Literals.Camel(member.Name) + "Value";
    }
}
