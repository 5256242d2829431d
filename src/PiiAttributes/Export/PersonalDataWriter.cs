using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;

namespace Pii.Export
{
    /// <summary>
    /// Writes one tagged member as <c>"Name":{"value":…,"category":"…","purposes":[…]}</c>. Used by generated code,
    /// which passes everything constant per member pre-encoded: the name, the category and the purposes as UTF-8 JSON.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static class PersonalDataWriter
    {
        /// <summary>Writes a text member.</summary>
        public static void WriteText(Utf8JsonWriter writer, JsonEncodedText name, string? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            writer.WriteString(PersonalDataJson.Value, value);
            End(writer, category, purposes);
        }

        /// <summary>Writes a Boolean member.</summary>
        public static void WriteBoolean(Utf8JsonWriter writer, JsonEncodedText name, bool? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                writer.WriteBoolean(PersonalDataJson.Value, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes an integer member.</summary>
        public static void WriteInteger(Utf8JsonWriter writer, JsonEncodedText name, long? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                writer.WriteNumber(PersonalDataJson.Value, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes an unsigned integer member.</summary>
        public static void WriteUnsigned(Utf8JsonWriter writer, JsonEncodedText name, ulong? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                writer.WriteNumber(PersonalDataJson.Value, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes a floating-point member.</summary>
        public static void WriteDouble(Utf8JsonWriter writer, JsonEncodedText name, double? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                WriteFloatingValue(writer, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes a single-precision member.</summary>
        public static void WriteSingle(Utf8JsonWriter writer, JsonEncodedText name, float? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                WriteFloatingValue(writer, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>
        /// NaN and the infinities as text, the names System.Text.Json's <c>AllowNamedFloatingPointLiterals</c> reads: JSON has
        /// no number for them, and <see cref="Utf8JsonWriter.WriteNumber(JsonEncodedText, double)"/> throws, which left an
        /// export cut off in the middle of an object.
        /// </summary>
        private static string NonFinite(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";

        /// <summary>
        /// Writes a floating-point value as the <c>"value"</c> property of a member written out by generated code (a
        /// special-category member, with its <c>"specialCategory"</c>): NaN and the infinities as their names, as above.
        /// </summary>
        /// <param name="writer">The writer, inside the member's object.</param>
        /// <param name="value">The value.</param>
        public static void WriteFloatingValue(Utf8JsonWriter writer, double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value))
            {
                writer.WriteString(PersonalDataJson.Value, NonFinite(value));
            }
            else
            {
                writer.WriteNumber(PersonalDataJson.Value, value);
            }
        }

        /// <inheritdoc cref="WriteFloatingValue(Utf8JsonWriter, double)"/>
        public static void WriteFloatingValue(Utf8JsonWriter writer, float value)
        {
            if (float.IsNaN(value) || float.IsInfinity(value))
            {
                writer.WriteString(PersonalDataJson.Value, NonFinite(value));
            }
            else
            {
                writer.WriteNumber(PersonalDataJson.Value, value);
            }
        }

        /// <summary>Writes a decimal member.</summary>
        public static void WriteDecimal(Utf8JsonWriter writer, JsonEncodedText name, decimal? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                writer.WriteNumber(PersonalDataJson.Value, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes a date and time member in ISO 8601.</summary>
        public static void WriteDateTime(Utf8JsonWriter writer, JsonEncodedText name, DateTime? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                writer.WriteString(PersonalDataJson.Value, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes a date, time and offset member in ISO 8601.</summary>
        public static void WriteDateTimeOffset(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                writer.WriteString(PersonalDataJson.Value, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes a <see cref="Guid"/> member.</summary>
        public static void WriteGuid(Utf8JsonWriter writer, JsonEncodedText name, Guid? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                writer.WriteString(PersonalDataJson.Value, v);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

#if NET6_0_OR_GREATER
        /// <summary>Writes a date member as <c>yyyy-MM-dd</c>, without allocating.</summary>
        public static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, DateOnly? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                Span<char> text = stackalloc char[10];
                v.TryFormat(text, out int written, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                writer.WriteString(PersonalDataJson.Value, text.Slice(0, written));
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes a time member as <c>HH:mm:ss.FFFFFFF</c>, without allocating.</summary>
        public static void WriteTime(Utf8JsonWriter writer, JsonEncodedText name, TimeOnly? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is { } v)
            {
                Span<char> text = stackalloc char[16];
                v.TryFormat(text, out int written, "HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture);
                writer.WriteString(PersonalDataJson.Value, text.Slice(0, written));
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }
#endif

        /// <summary>Writes a binary member as Base64.</summary>
        public static void WriteBytes(Utf8JsonWriter writer, JsonEncodedText name, byte[]? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is not null)
            {
                writer.WriteBase64String(PersonalDataJson.Value, value);
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        /// <summary>Writes a collection of texts as an array.</summary>
        public static void WriteTexts(Utf8JsonWriter writer, JsonEncodedText name, IEnumerable<string?>? value, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            Start(writer, name);
            if (value is not null)
            {
                writer.WriteStartArray(PersonalDataJson.Value);
                foreach (string? item in value)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
            }
            else
            {
                writer.WriteNull(PersonalDataJson.Value);
            }

            End(writer, category, purposes);
        }

        private static void Start(Utf8JsonWriter writer, JsonEncodedText name)
        {
            writer.WritePropertyName(name);
            writer.WriteStartObject();
        }

        private static void End(Utf8JsonWriter writer, JsonEncodedText category, ReadOnlySpan<byte> purposes)
        {
            writer.WriteString(PersonalDataJson.Category, category);
            writer.WritePropertyName(PersonalDataJson.Purposes);
            writer.WriteRawValue(purposes, skipInputValidation: true);
            writer.WriteEndObject();
        }
    }
}
