using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Pii.Generator.Model;

namespace Pii.Generator.Emitters
{
    /// <summary>
    /// Writes a <see cref="RecordSpec"/> as the JSON of docs/processing-record.md: two-space indentation, <c>\n</c>
    /// line ends, every property present, non-ASCII text as it is. The same spec always gives the same text.
    /// </summary>
    internal static class RecordJson
    {
        /// <summary>The record, each field with its source file and line relative to <paramref name="projectDirectory"/>.</summary>
        public static string Write(RecordSpec record, string? projectDirectory)
        {
            var json = new JsonText();
            json.OpenObject();
            json.Number("schemaVersion", 1);
            json.String("assembly", record.Assembly);
            if (record.Controller is { } controller)
            {
                json.OpenObject("controller");
                json.String("name", controller.Name);
                json.String("contact", controller.Contact);
                json.String("address", controller.Address);
                json.String("representative", controller.Representative);
                json.CloseObject();
            }
            else
            {
                json.Null("controller");
            }

            if (record.DataProtectionOfficer is { } officer)
            {
                json.OpenObject("dataProtectionOfficer");
                json.String("name", officer.Name);
                json.String("contact", officer.Contact);
                json.CloseObject();
            }
            else
            {
                json.Null("dataProtectionOfficer");
            }

            json.OpenArray("purposes");
            foreach (PurposeRecordSpec purpose in record.Purposes)
            {
                json.OpenObject();
                json.String("name", purpose.Name);
                json.String("description", purpose.Description);
                json.String("legalBasis", purpose.LegalBasis.ToString());
                json.String("article", RecordArticles.Of(purpose.LegalBasis));
                json.Strings("specialCategoryConditions", purpose.Conditions);
                json.String("retention", purpose.Retention);
                json.String("retentionTrigger", purpose.RetentionTrigger);
                json.Strings("subjects", purpose.Subjects);
                json.Strings("categories", purpose.Categories);
                json.Strings("specialCategories", purpose.SpecialCategories);
                json.Strings("recipients", purpose.Recipients);
                json.Strings("fields", purpose.Fields);
                json.CloseObject();
            }

            json.CloseArray();

            json.OpenArray("subjects");
            foreach (SubjectRecordSpec subject in record.Subjects)
            {
                json.OpenObject();
                json.String("kind", subject.Kind);
                json.String("description", subject.Description);
                json.String("root", subject.Root);
                json.String("key", subject.Key);
                json.Strings("entities", subject.Entities);
                json.CloseObject();
            }

            json.CloseArray();

            json.OpenArray("entities");
            foreach (EntityRecordSpec entity in record.Entities)
            {
                json.OpenObject();
                json.String("type", entity.Type);
                json.String("name", entity.Name);
                json.String("subject", entity.Subject);
                json.String("key", entity.Key);
                if (entity.Link is { } link)
                {
                    json.OpenObject("link");
                    json.String("member", link.Member);
                    json.String("target", link.Target);
                    json.String("targetKey", link.TargetKey);
                    json.CloseObject();
                }
                else
                {
                    json.Null("link");
                }

                json.CloseObject();
            }

            json.CloseArray();

            json.OpenArray("recipients");
            foreach (RecipientSpec recipient in record.Recipients)
            {
                json.OpenObject();
                json.String("name", recipient.Name);
                json.String("role", recipient.Role.ToString());
                json.String("country", recipient.Country);
                json.Strings("purposes", recipient.Purposes);
                json.String("description", recipient.Description);
                json.CloseObject();
            }

            json.CloseArray();

            json.OpenArray("transfers");
            foreach (TransferSpec transfer in record.Transfers)
            {
                json.OpenObject();
                json.String("recipient", transfer.Recipient);
                json.String("country", transfer.Country);
                json.String("safeguard", transfer.Safeguard.ToString());
                json.String("article", RecordArticles.Of(transfer.Safeguard));
                json.String("details", transfer.Details);
                json.CloseObject();
            }

            json.CloseArray();

            json.Strings("securityMeasures", record.SecurityMeasures);

            json.OpenArray("retention");
            foreach (RetentionSpec retention in record.Retention)
            {
                json.OpenObject();
                json.String("purpose", retention.Purpose);
                json.String("category", retention.Category.ToString());
                json.String("retention", retention.Retention);
                json.String("trigger", retention.Trigger);
                json.CloseObject();
            }

            json.CloseArray();

            json.OpenArray("fields");
            foreach (FieldRecordSpec field in record.Fields)
            {
                json.OpenObject();
                json.String("member", field.Member);
                json.String("type", field.Type);
                json.String("name", field.Name);
                json.String("subject", field.Subject);
                json.String("category", field.Category.ToString());
                json.String("specialCategory", field.SpecialCategory?.ToString());
                json.OpenArray("purposes");
                foreach (PurposeSpec purpose in field.Purposes)
                {
                    json.OpenObject();
                    json.String("name", purpose.Name);
                    json.String("legalBasis", purpose.LegalBasis.ToString());
                    json.String("retention", purpose.Retention);
                    json.String("retentionTrigger", purpose.RetentionTrigger);
                    json.CloseObject();
                }

                json.CloseArray();
                json.String("erasure", field.Erasure.ToString());
                json.String("redaction", field.Redaction.ToString());
                if (field.Location is { } location)
                {
                    json.OpenObject("source");
                    json.String("file", RelativePath(location.Path, projectDirectory));
                    json.Number("line", location.Line);
                    json.CloseObject();
                }
                else
                {
                    json.Null("source");
                }

                json.CloseObject();
            }

            json.CloseArray();
            json.CloseObject();
            return json.ToString();
        }

        /// <summary>
        /// The path relative to the project directory with forward slashes, so that the record does not depend on where
        /// the repository is checked out; the file name alone when the project directory is unknown or not above it.
        /// </summary>
        public static string RelativePath(string path, string? projectDirectory)
        {
            string normalized = path.Replace('\\', '/');
            if (projectDirectory is { Length: > 0 })
            {
                string directory = projectDirectory.Replace('\\', '/');
                if (!directory.EndsWith("/", StringComparison.Ordinal))
                {
                    directory += "/";
                }

                if (normalized.StartsWith(directory, StringComparison.OrdinalIgnoreCase))
                {
                    return normalized.Substring(directory.Length);
                }
            }

            int slash = normalized.LastIndexOf('/');
            return slash < 0 ? normalized : normalized.Substring(slash + 1);
        }

        /// <summary>An indented JSON text built property by property.</summary>
        private sealed class JsonText
        {
            private readonly StringBuilder _text = new();
            private readonly Stack<bool> _hasItems = new();

            public void OpenObject(string? name = null) => Open(name, '{');

            public void CloseObject() => Close('}');

            public void OpenArray(string name) => Open(name, '[');

            public void CloseArray() => Close(']');

            public void String(string name, string? value)
            {
                Property(name);
                _text.Append(value is null ? "null" : Literals.Json(value, asciiOnly: false));
            }

            public void Null(string name)
            {
                Property(name);
                _text.Append("null");
            }

            public void Number(string name, int value)
            {
                Property(name);
                _text.Append(value.ToString(CultureInfo.InvariantCulture));
            }

            public void Strings(string name, IEnumerable<string> values)
            {
                OpenArray(name);
                foreach (string value in values)
                {
                    Item();
                    _text.Append(Literals.Json(value, asciiOnly: false));
                }

                CloseArray();
            }

            public override string ToString() => _text.Append('\n').ToString();

            private void Open(string? name, char bracket)
            {
                if (name is null)
                {
                    Item();
                }
                else
                {
                    Property(name);
                }

                _text.Append(bracket);
                _hasItems.Push(false);
            }

            private void Close(char bracket)
            {
                bool hadItems = _hasItems.Pop();
                if (hadItems)
                {
                    NewLine();
                }

                _text.Append(bracket);
            }

            private void Property(string name)
            {
                Item();
                _text.Append('"').Append(name).Append("\": ");
            }

            private void Item()
            {
                if (_hasItems.Count == 0)
                {
                    return;
                }

                if (_hasItems.Peek())
                {
                    _text.Append(',');
                }
                else
                {
                    _hasItems.Pop();
                    _hasItems.Push(true);
                }

                NewLine();
            }

            private void NewLine() => _text.Append('\n').Append(' ', _hasItems.Count * 2);
        }
    }
}
