using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Pii.Generator.Emitters
{
    /// <summary>Escapes text for the C# and JSON literals the emitters write. Culture-invariant throughout.</summary>
    internal static class Literals
    {
        /// <summary>A C# regular string literal, quotes included.</summary>
        public static string CSharp(string value)
        {
            var text = new StringBuilder("\"");
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': text.Append("\\\""); break;
                    case '\\': text.Append("\\\\"); break;
                    case '\n': text.Append("\\n"); break;
                    case '\r': text.Append("\\r"); break;
                    case '\t': text.Append("\\t"); break;
                    default:
                        if (c < ' ' || c > '~')
                        {
                            text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            text.Append(c);
                        }

                        break;
                }
            }

            return text.Append('"').ToString();
        }

        /// <summary>
        /// A JSON string, quotes included. By default everything outside printable ASCII and the HTML-sensitive characters
        /// are escaped (as System.Text.Json's default encoder does); with <paramref name="asciiOnly"/> false only what JSON
        /// requires (quotes, backslashes, control characters) is, and a lone surrogate, which has no UTF-8 form, becomes
        /// U+FFFD: readable text for documents such as the record of processing.
        /// </summary>
        public static string Json(string value, bool asciiOnly = true)
        {
            var text = new StringBuilder(value.Length + 2).Append('"');
            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c == '"' || c == '\\' || c < ' ' || (asciiOnly && (c > '~' || c == '<' || c == '>' || c == '&' || c == '\'' || c == '+' || c == '`')))
                {
                    text.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
                else if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]) : i > 0 && char.IsHighSurrogate(value[i - 1])))
                {
                    text.Append('\uFFFD');
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.Append('"').ToString();
        }

        /// <summary><c>EmailAddress</c> → <c>email-address</c>: the spelling of enum values in documents.</summary>
        public static string Kebab(string name)
        {
            var text = new StringBuilder();
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (char.IsUpper(c))
                {
                    if (i > 0)
                    {
                        text.Append('-');
                    }

                    text.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    text.Append(c);
                }
            }

            return text.ToString();
        }

        /// <summary>A member name as C# source: <c>@event</c> for a member named with a keyword.</summary>
        public static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        /// <summary>
        /// <c>Email</c> → <c>email</c>, for field and local names; a name that does not start with an upper-case letter gets
        /// a '_' in front (<c>email</c> → <c>_email</c>), so that <c>Home</c> and <c>home</c>, both members, get two locals.
        /// </summary>
        public static string Camel(string name) =>
            name.Length == 0 ? name
            : char.IsUpper(name[0]) ? char.ToLowerInvariant(name[0]) + name.Substring(1)
            : "_" + name;
    }
}
