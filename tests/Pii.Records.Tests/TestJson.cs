using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pii.Records;

namespace Pii.Records.Tests;

/// <summary>
/// Writes a <see cref="ProcessingRecord"/> in the documented JSON format (docs/processing-record.md), for the
/// reader's tests: the generator's writer is not in this library.
/// </summary>
internal static class TestJson
{
    public static string Write(ProcessingRecord record)
    {
        using MemoryStream stream = new();
        using (Utf8JsonWriter json = new(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", record.SchemaVersion);
            json.WriteString("assembly", record.Assembly);
            if (record.Controller is ControllerEntry controller)
            {
                json.WriteStartObject("controller");
                json.WriteString("name", controller.Name);
                json.WriteString("contact", controller.Contact);
                json.WriteString("address", controller.Address);
                json.WriteString("representative", controller.Representative);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("controller");
            }

            if (record.DataProtectionOfficer is ContactEntry dpo)
            {
                json.WriteStartObject("dataProtectionOfficer");
                json.WriteString("name", dpo.Name);
                json.WriteString("contact", dpo.Contact);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("dataProtectionOfficer");
            }

            Objects(json, "purposes", record.Purposes, p =>
            {
                json.WriteString("name", p.Name);
                json.WriteString("description", p.Description);
                json.WriteString("legalBasis", p.LegalBasis.ToString());
                json.WriteString("article", p.Article);
                Names(json, "specialCategoryConditions", p.SpecialCategoryConditions);
                json.WriteString("retention", p.Retention);
                json.WriteString("retentionTrigger", p.RetentionTrigger);
                Strings(json, "subjects", p.Subjects);
                Names(json, "categories", p.Categories);
                Names(json, "specialCategories", p.SpecialCategories);
                Strings(json, "recipients", p.Recipients);
                Strings(json, "fields", p.Fields);
            });
            Objects(json, "subjects", record.Subjects, s =>
            {
                json.WriteString("kind", s.Kind);
                json.WriteString("description", s.Description);
                json.WriteString("root", s.Root);
                json.WriteString("key", s.Key);
                Strings(json, "entities", s.Entities);
            });
            Objects(json, "entities", record.Entities, e =>
            {
                json.WriteString("type", e.Type);
                json.WriteString("name", e.Name);
                json.WriteString("subject", e.Subject);
                json.WriteString("key", e.Key);
                if (e.Link is LinkEntry link)
                {
                    json.WriteStartObject("link");
                    json.WriteString("member", link.Member);
                    json.WriteString("target", link.Target);
                    json.WriteString("targetKey", link.TargetKey);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("link");
                }
            });
            Objects(json, "recipients", record.Recipients, r =>
            {
                json.WriteString("name", r.Name);
                json.WriteString("role", r.Role.ToString());
                json.WriteString("country", r.Country);
                Strings(json, "purposes", r.Purposes);
                json.WriteString("description", r.Description);
            });
            Objects(json, "transfers", record.Transfers, t =>
            {
                json.WriteString("recipient", t.Recipient);
                json.WriteString("country", t.Country);
                json.WriteString("safeguard", t.Safeguard.ToString());
                json.WriteString("article", t.Article);
                json.WriteString("details", t.Details);
            });
            Strings(json, "securityMeasures", record.SecurityMeasures);
            Objects(json, "retention", record.Retention, r =>
            {
                json.WriteString("purpose", r.Purpose);
                json.WriteString("category", r.Category.ToString());
                json.WriteString("retention", r.Retention);
                json.WriteString("trigger", r.Trigger);
            });
            Objects(json, "fields", record.Fields, f =>
            {
                json.WriteString("member", f.Member);
                json.WriteString("type", f.Type);
                json.WriteString("name", f.Name);
                json.WriteString("subject", f.Subject);
                json.WriteString("category", f.Category.ToString());
                json.WriteString("specialCategory", f.SpecialCategory?.ToString());
                Objects(json, "purposes", f.Purposes, p =>
                {
                    json.WriteString("name", p.Name);
                    json.WriteString("legalBasis", p.LegalBasis.ToString());
                    json.WriteString("retention", p.Retention);
                    json.WriteString("retentionTrigger", p.RetentionTrigger);
                });
                json.WriteString("erasure", f.Erasure.ToString());
                json.WriteString("redaction", f.Redaction.ToString());
                if (f.Source is SourceLocation source)
                {
                    json.WriteStartObject("source");
                    json.WriteString("file", source.File);
                    json.WriteNumber("line", source.Line);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("source");
                }
            });
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Objects<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items, System.Action<T> write)
    {
        json.WriteStartArray(name);
        foreach (T item in items)
        {
            json.WriteStartObject();
            write(item);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> items)
    {
        json.WriteStartArray(name);
        foreach (string item in items)
        {
            json.WriteStringValue(item);
        }

        json.WriteEndArray();
    }

    private static void Names<T>(Utf8JsonWriter json, string name, IReadOnlyList<T> items)
        where T : struct, System.Enum
    {
        json.WriteStartArray(name);
        foreach (T item in items)
        {
            json.WriteStringValue(item.ToString());
        }

        json.WriteEndArray();
    }
}
