using Pii.Generator.Model;
using Pii.Tagging;

namespace Pii.Generator.Emitters
{
    /// <summary>
    /// Writes the redacted view for logs: <c>Customer { Id = 42, Email = j***@example.com, Name = [redacted] }</c>.
    /// Only the subject's key and members marked <c>[NotPersonalData]</c> appear as they are.
    /// </summary>
    internal static class RedactionEmitter
    {
        private const string Redactor = "global::Pii.Redaction.Redactor";
        private const string Options = "global::Pii.Redaction.RedactionOptions";
        private const string Text = "global::Pii.Redaction.RedactedText";

        public static void Write(SourceWriter writer, TypeSpec type, string signatureSuffix)
        {
            writer.Line("/// <summary>Returns a view of <paramref name=\"value\"/> for logs in which no tagged value appears unredacted.</summary>");
            writer.Line("/// <param name=\"value\">The object.</param>");
            writer.Line("/// <param name=\"options\">The key for keyed-hash redaction; without one those members are erased.</param>");
            writer.Line("/// <returns>The redacted text.</returns>");
            writer.OpenBlock($"public static string ToRedactedString{type.TypeParameters}(this {type.FullName}? value, {Options}? options = null){signatureSuffix}");
            writer.OpenBlock("if (value is null)");
            writer.Line("return \"null\";");
            writer.CloseBlock();
            writer.Line();
            writer.Line("var builder = new global::System.Text.StringBuilder();");
            writer.Line("AppendRedacted(value, builder, options);");
            writer.Line("return builder.ToString();");
            writer.CloseBlock();
            writer.Line();

            writer.Line("/// <summary>Appends the redacted view of <paramref name=\"value\"/>. For generated code, here and in the projects that");
            writer.Line("/// reference this one: an object held by another is redacted inside its holder's view.</summary>");
            writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.OpenBlock($"public static void AppendRedacted{type.TypeParameters}({type.FullName} value, global::System.Text.StringBuilder builder, {Options}? options){signatureSuffix}");
            writer.Line($"{Text}.Append(builder, {Literals.CSharp(type.Name + " { ")});");
            string separator = string.Empty;
            foreach (PlainMemberSpec plain in type.PlainMembers)
            {
                string target = plain.HiddenIn is { } declaring ? $"(({declaring})value)" : "value"; // a member hidden by a "new" one
                string read = plain.IsString ? $"{target}.{Literals.Identifier(plain.Name)}" : $"{Redactor}.Format({target}.{Literals.Identifier(plain.Name)})";
                writer.Line($"{Text}.AppendMember(builder, {Literals.CSharp(separator + plain.Name + " = ")}, {read});");
                separator = ", ";
            }

            foreach (MemberSpec member in type.Members)
            {
                string label = Literals.CSharp(separator + member.Name + " = ");
                separator = ", ";
                if (member.Read == AccessKind.None)
                {
                    writer.Line($"{Text}.AppendMember(builder, {label}, {Redactor}.Erased);");
                    continue;
                }

                string read = MemberAccess.Read(member, "value");
                if (member.IsOwned)
                {
                    string local = ExportEmitter.Local(member);
                    writer.Line($"{Text}.Append(builder, {label});");
                    writer.OpenBlock($"if ({read} is {{ }} {local})");
                    if (member.Collection != CollectionShape.None)
                    {
                        // [ { ... }, null, { ... } ]
                        writer.Line($"{Text}.Append(builder, \"[\");");
                        writer.Line("string itemSeparator = \" \";");
                        writer.OpenBlock($"foreach ({member.ElementType}? item in {local})");
                        writer.Line($"{Text}.Append(builder, itemSeparator);");
                        writer.Line("itemSeparator = \", \";");
                        writer.OpenBlock("if (item is null)");
                        writer.Line($"{Text}.Append(builder, \"null\");");
                        writer.CloseBlock();
                        writer.OpenBlock("else");
                        writer.Line($"{member.OwnedClass}.AppendRedacted(item, builder, options);");
                        writer.CloseBlock();
                        writer.CloseBlock();
                        writer.Line();
                        writer.Line($"{Text}.Append(builder, \" ]\");");
                    }
                    else
                    {
                        writer.Line($"{member.OwnedClass}.AppendRedacted({local}, builder, options);");
                    }

                    writer.CloseBlock();
                    writer.OpenBlock("else");
                    writer.Line($"{Text}.Append(builder, \"null\");");
                    writer.CloseBlock();
                    continue;
                }

                writer.Line($"{Text}.AppendMember(builder, {label}, {Redacted(member, read)});");
            }

            writer.Line($"{Text}.Append(builder, \" }}\");");
            writer.CloseBlock();
        }

        private static string Redacted(MemberSpec member, string read)
        {
            string kind = $"global::Pii.RedactionKind.{member.Redaction}";
            if (member.Redaction == RedactionKind.Erase || member.Kind == ValueKind.ByteArray)
            {
                // The value is never turned into text: only whether there is one shows.
                return member.CanBeNull ? $"{read} is null ? \"null\" : {Redactor}.Erased" : $"{Redactor}.Erased";
            }

            return member.Kind switch
            {
                ValueKind.String => $"{Redactor}.Redact({read}, {kind}, options)",
                ValueKind.IpAddress => $"{Redactor}.Redact({read}{(member.CanBeNull ? "?" : string.Empty)}.ToString(), {kind}, options)",
                ValueKind.StringCollection => $"{Redactor}.RedactEach({ExportEmitter.Texts(member, read)}, {kind}, options)",
                _ => $"{Redactor}.Redact({Redactor}.Format({read}), {kind}, options)",
            };
        }
    }
}
