using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Reflection;
using System.Text.Json;

namespace Pii.Benchmarks
{
    /// <summary>
    /// Export the way ASP.NET Core Identity's personal-data download does it: on every request, list the
    /// type's properties and read their <see cref="PersonalDataAttribute"/>s by reflection, then write the
    /// same document as the generated code (value, kebab-case category, purposes with kebab-case legal basis
    /// and retention). Nothing is cached between calls.
    /// </summary>
    public static class ReflectionExporter
    {
        public static void Write(BenchCustomer customer, Utf8JsonWriter writer)
        {
            writer.WriteStartObject();
            foreach (PropertyInfo property in typeof(BenchCustomer).GetProperties())
            {
                PersonalDataAttribute[] tags = property.GetCustomAttributes<PersonalDataAttribute>().ToArray();
                if (tags.Length == 0)
                {
                    continue;
                }

                writer.WritePropertyName(property.Name);
                writer.WriteStartObject();
                WriteValue(writer, property.GetValue(customer));

                DataCategory category = DataCategory.Unspecified;
                foreach (PersonalDataAttribute tag in tags)
                {
                    if (tag.Category != DataCategory.Unspecified)
                    {
                        category = tag.Category;
                        break;
                    }
                }

                writer.WriteString("category", Kebab(category));
                writer.WriteStartArray("purposes");
                foreach (PersonalDataAttribute tag in tags)
                {
                    writer.WriteStartObject();
                    writer.WriteString("purpose", tag.Purpose);
                    writer.WriteString("legalBasis", Kebab(tag.LegalBasis));
                    if (tag.Retention is not null)
                    {
                        writer.WriteString("retention", tag.Retention);
                    }

                    if (tag.RetentionTrigger is not null)
                    {
                        writer.WriteString("retentionTrigger", tag.RetentionTrigger);
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
                    writer.WriteNull("value");
                    break;
                case string text:
                    writer.WriteString("value", text);
                    break;
                case DateOnly date:
                    writer.WriteString("value", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case Enum named:
                    writer.WriteString("value", named.ToString());
                    break;
                case IPAddress address:
                    writer.WriteString("value", address.ToString());
                    break;
                case IEnumerable items:
                    writer.WriteStartArray("value");
                    foreach (object? item in items)
                    {
                        writer.WriteStringValue(item is null ? null : Convert.ToString(item, CultureInfo.InvariantCulture));
                    }

                    writer.WriteEndArray();
                    break;
                default:
                    writer.WriteString("value", Convert.ToString(value, CultureInfo.InvariantCulture));
                    break;
            }
        }

        /// <summary><c>EmailAddress</c> → <c>email-address</c>, computed on each call.</summary>
        private static string Kebab(Enum value) => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
    }
}
