using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json;

namespace Pii.Benchmarks
{
    /// <summary>
    /// Export by reflection with the metadata cached, the best a runtime library does: the type's properties
    /// and their <see cref="PersonalDataAttribute"/>s are read once, in the static constructor, and each tagged
    /// member's encoded name, kebab-case category and purposes (kebab-case legal basis) are computed there.
    /// Each call only reads the values with <see cref="PropertyInfo.GetValue(object)"/>, which boxes value
    /// types, and writes the same document as the generated code.
    /// </summary>
    public static class CachedReflectionExporter
    {
        private static readonly JsonEncodedText ValueName = JsonEncodedText.Encode("value");
        private static readonly JsonEncodedText CategoryName = JsonEncodedText.Encode("category");
        private static readonly JsonEncodedText PurposesName = JsonEncodedText.Encode("purposes");
        private static readonly JsonEncodedText PurposeName = JsonEncodedText.Encode("purpose");
        private static readonly JsonEncodedText LegalBasisName = JsonEncodedText.Encode("legalBasis");
        private static readonly JsonEncodedText RetentionName = JsonEncodedText.Encode("retention");
        private static readonly JsonEncodedText RetentionTriggerName = JsonEncodedText.Encode("retentionTrigger");

        private static readonly Member[] Members;

        static CachedReflectionExporter()
        {
            var members = new List<Member>();
            foreach (PropertyInfo property in typeof(BenchCustomer).GetProperties())
            {
                PersonalDataAttribute[] tags = property.GetCustomAttributes<PersonalDataAttribute>().ToArray();
                if (tags.Length == 0)
                {
                    continue;
                }

                DataCategory category = DataCategory.Unspecified;
                foreach (PersonalDataAttribute tag in tags)
                {
                    if (tag.Category != DataCategory.Unspecified)
                    {
                        category = tag.Category;
                        break;
                    }
                }

                Purpose[] purposes = tags
                    .Select(tag => new Purpose(tag.Purpose, Kebab(tag.LegalBasis), tag.Retention, tag.RetentionTrigger))
                    .ToArray();
                members.Add(new Member(property, JsonEncodedText.Encode(property.Name), Kebab(category), purposes));
            }

            Members = members.ToArray();
        }

        public static void Write(BenchCustomer customer, Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            foreach (Member member in Members)
            {
                writer.WritePropertyName(member.Name);
                writer.WriteStartObject();
                WriteValue(writer, member.Property.GetValue(customer));
                writer.WriteString(CategoryName, member.Category);
                writer.WriteStartArray(PurposesName);
                foreach (Purpose purpose in member.Purposes)
                {
                    writer.WriteStartObject();
                    writer.WriteString(PurposeName, purpose.Name);
                    writer.WriteString(LegalBasisName, purpose.LegalBasis);
                    if (purpose.Retention is not null)
                    {
                        writer.WriteString(RetentionName, purpose.Retention);
                    }

                    if (purpose.RetentionTrigger is not null)
                    {
                        writer.WriteString(RetentionTriggerName, purpose.RetentionTrigger);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        private static void WriteValue(Utf8JsonWriter writer, object? value)
        {
            switch (value)
            {
                case null:
                    writer.WriteNull(ValueName);
                    break;
                case string text:
                    writer.WriteString(ValueName, text);
                    break;
                case DateOnly date:
                    Span<char> formatted = stackalloc char[10];
                    date.TryFormat(formatted, out int written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    writer.WriteString(ValueName, formatted.Slice(0, written));
                    break;
                case Enum named:
                    writer.WriteString(ValueName, named.ToString());
                    break;
                case IPAddress address:
                    writer.WriteString(ValueName, address.ToString());
                    break;
                case IEnumerable items:
                    writer.WriteStartArray(ValueName);
                    foreach (object? item in items)
                    {
                        writer.WriteStringValue(item is null ? null : Convert.ToString(item, CultureInfo.InvariantCulture));
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteString(ValueName, Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        /// <summary><c>EmailAddress</c> → <c>email-address</c>; called only while building the cache.</summary>
        private static string Kebab(Enum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

        private sealed record Purpose(string Name, string LegalBasis, string? Retention, string? RetentionTrigger);

        private sealed record Member(PropertyInfo Property, JsonEncodedText Name, string Category, Purpose[] Purposes);
    }
}
