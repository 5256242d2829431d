using System.Collections.Generic;
using System.Linq;
using System.Text;
using Pii.Generator.Model;

namespace Pii.Generator.Emitters
{
    /// <summary>
    /// Writes what is constant per member: its pre-encoded JSON name and category, its purposes as
    /// <c>PurposeTag</c>s for erasure, and its purposes as pre-built UTF-8 JSON for each export scope.
    /// </summary>
    internal static class MetadataEmitter
    {
        public static void Write(SourceWriter writer, TypeSpec type)
        {
            foreach (MemberSpec member in type.Members)
            {
                writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {member.Name}Name = global::Pii.Export.PersonalDataJson.Encode({Literals.CSharp(member.Name)});");
                if (member.IsOwned)
                {
                    writer.Line();
                    continue;
                }

                if (member.SpecialCategory is { } special)
                {
                    writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {member.Name}SpecialCategory = global::Pii.Export.PersonalDataJson.Encode({Literals.CSharp(Literals.Kebab(special.ToString()))});");
                    if (member.Condition is { } condition)
                    {
                        writer.Line($"private static readonly global::System.Text.Json.JsonEncodedText {member.Name}Condition = global::Pii.Export.PersonalDataJson.Encode({Literals.CSharp(Literals.Kebab(condition.ToString()))});");
                    }
                }

                string declaration = $"internal static readonly global::Pii.Erasure.PurposeTag[] {member.Name}Purposes =";
                if (member.Purposes.Count == 1)
                {
                    writer.Line($"{declaration} {{ {PurposeTag(member.Purposes[0])} }};");
                }
                else
                {
                    writer.OpenBlock(declaration);
                    foreach (PurposeSpec purpose in member.Purposes)
                    {
                        writer.Line(PurposeTag(purpose) + ",");
                    }

                    writer.CloseBlock("};");
                }
                WriteJson(writer, type, $"{member.Name}AccessJson", PurposesJson(member.Purposes));
                if (member.IsPortable && member.Purposes.Any(p => !p.IsPortable))
                {
                    WriteJson(writer, type, $"{member.Name}PortabilityJson", PurposesJson(member.Purposes.Where(p => p.IsPortable)));
                }

                writer.Line();
            }
        }

        internal static string PurposeTag(PurposeSpec purpose)
        {
            string retention = purpose.Retention is null ? "null" : $"global::Pii.IsoDuration.Parse({Literals.CSharp(purpose.Retention)})";
            return $"new global::Pii.Erasure.PurposeTag({Literals.CSharp(purpose.Name)}, global::Pii.LegalBasis.{purpose.LegalBasis}, {retention})";
        }

        /// <summary>The name of the raw JSON to write for a member in the portability scope.</summary>
        public static string PortabilityJson(MemberSpec member) =>
            member.Purposes.Any(p => !p.IsPortable) ? $"{member.Name}PortabilityJson" : $"{member.Name}AccessJson";

        private static void WriteJson(SourceWriter writer, TypeSpec type, string name, string json)
        {
            if (type.Utf8Literals)
            {
                writer.Line($"private static global::System.ReadOnlySpan<byte> {name} => {Literals.CSharp(json)}u8;");
            }
            else
            {
                writer.Line($"private static readonly byte[] {name} = global::System.Text.Encoding.UTF8.GetBytes({Literals.CSharp(json)});");
            }
        }

        private static string PurposesJson(IEnumerable<PurposeSpec> purposes)
        {
            var json = new StringBuilder("[");
            foreach (PurposeSpec purpose in purposes)
            {
                if (json.Length > 1)
                {
                    json.Append(',');
                }

                json.Append("{\"purpose\":").Append(Literals.Json(purpose.Name))
                    .Append(",\"legalBasis\":").Append(Literals.Json(Literals.Kebab(purpose.LegalBasis.ToString())));
                if (purpose.Retention is not null)
                {
                    json.Append(",\"retention\":").Append(Literals.Json(purpose.Retention));
                }

                if (purpose.RetentionTrigger is not null)
                {
                    json.Append(",\"retentionTrigger\":").Append(Literals.Json(purpose.RetentionTrigger));
                }

                json.Append('}');
            }

            return json.Append(']').ToString();
        }
    }
}
