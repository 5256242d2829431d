using System.Globalization;
using System.Text.Json;

namespace Pii.Benchmarks
{
    /// <summary>
    /// Export written by hand, the way a developer would write it without a generator: straight-line
    /// <see cref="Utf8JsonWriter"/> calls with plain string property names (encoded on every call) and the
    /// purposes written member by member. Produces the same document as the generated code.
    /// </summary>
    public static class HandWrittenExporter
    {
        public static void Write(BenchCustomer customer, Utf8JsonWriter writer)
        {
            writer.WriteStartObject();

            writer.WriteStartObject("Email");
            writer.WriteString("value", customer.Email);
            writer.WriteString("category", "email-address");
            writer.WriteStartArray("purposes");
            WritePurpose(writer, "Login", "legitimate-interests", "P30D");
            WritePurpose(writer, "Marketing", "consent", "P2Y");
            writer.WriteEndArray();
            writer.WriteEndObject();

            writer.WriteStartObject("FirstName");
            writer.WriteString("value", customer.FirstName);
            writer.WriteString("category", "name");
            WriteOnePurpose(writer, "Account", "contract", "P30D");
            writer.WriteEndObject();

            writer.WriteStartObject("LastName");
            writer.WriteString("value", customer.LastName);
            writer.WriteString("category", "name");
            WriteOnePurpose(writer, "Account", "contract", "P30D");
            writer.WriteEndObject();

            writer.WriteStartObject("Phone");
            writer.WriteString("value", customer.Phone);
            writer.WriteString("category", "phone-number");
            WriteOnePurpose(writer, "Support", "legitimate-interests", "P1Y");
            writer.WriteEndObject();

            writer.WriteStartObject("BirthDate");
            if (customer.BirthDate is { } birthDate)
            {
                writer.WriteString("value", birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("value");
            }

            writer.WriteString("category", "date-of-birth");
            WriteOnePurpose(writer, "Account", "contract", "P30D");
            writer.WriteEndObject();

            writer.WriteStartObject("Gender");
            writer.WriteString("value", customer.Gender.ToString());
            writer.WriteString("category", "gender");
            WriteOnePurpose(writer, "Marketing", "consent", "P2Y");
            writer.WriteEndObject();

            writer.WriteStartObject("VatNumber");
            writer.WriteString("value", customer.VatNumber);
            writer.WriteString("category", "tax-identifier");
            WriteOnePurpose(writer, "Tax", "legal-obligation", "P7Y");
            writer.WriteEndObject();

            writer.WriteStartObject("SignupIp");
            writer.WriteString("value", customer.SignupIp?.ToString());
            writer.WriteString("category", "ip-address");
            WriteOnePurpose(writer, "Security", "legitimate-interests", "P90D");
            writer.WriteEndObject();

            writer.WriteStartObject("Interests");
            writer.WriteStartArray("value");
            foreach (string interest in customer.Interests)
            {
                writer.WriteStringValue(interest);
            }

            writer.WriteEndArray();
            writer.WriteString("category", "preferences");
            WriteOnePurpose(writer, "Marketing", "consent", "P2Y");
            writer.WriteEndObject();

            writer.WriteStartObject("UserName");
            writer.WriteString("value", customer.UserName);
            writer.WriteString("category", "account-identifier");
            WriteOnePurpose(writer, "Account", "contract", "P30D");
            writer.WriteEndObject();

            writer.WriteEndObject();
        }

        private static void WriteOnePurpose(Utf8JsonWriter writer, string purpose, string legalBasis, string retention)
        {
            writer.WriteStartArray("purposes");
            WritePurpose(writer, purpose, legalBasis, retention);
            writer.WriteEndArray();
        }

        private static void WritePurpose(Utf8JsonWriter writer, string purpose, string legalBasis, string retention)
        {
            writer.WriteStartObject();
            writer.WriteString("purpose", purpose);
            writer.WriteString("legalBasis", legalBasis);
            writer.WriteString("retention", retention);
            writer.WriteEndObject();
        }
    }
}
