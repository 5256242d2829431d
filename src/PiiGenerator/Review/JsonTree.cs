using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Pii.Generator.Review
{
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// A parsed JSON value that remembers where it stood in the text, so that a difference can point at the line of
    /// the approved baseline. Enough JSON for the record's baseline (RFC 8259 without surrogate-pair validation).
    /// </summary>
    internal sealed class JsonTree
    {
        private JsonTree(JsonKind kind, int start, int line)
        {
            Kind = kind;
            Start = start;
            Line = line;
        }

        public JsonKind Kind { get; }

        /// <summary>Gets the offset of the value's first character.</summary>
        public int Start { get; }

        /// <summary>Gets the 0-based line of the value's first character.</summary>
        public int Line { get; }

        /// <summary>Gets the text of a string or number, else <see langword="null"/>.</summary>
        public string? Text { get; private set; }

        public List<KeyValuePair<string, JsonTree>> Properties { get; } = new();

        public List<JsonTree> Items { get; } = new();

        /// <summary>A property of an object, or <see langword="null"/>.</summary>
        public JsonTree? this[string name]
        {
            get
            {
                foreach (KeyValuePair<string, JsonTree> property in Properties)
                {
                    if (property.Key == name)
                    {
                        return property.Value;
                    }
                }

                return null;
            }
        }

        /// <summary>The value as the record compares it: a string's text, a number, <c>true</c>/<c>false</c>, <see langword="null"/> for null.</summary>
        public string? Scalar => Kind switch
        {
            JsonKind.String or JsonKind.Number => Text,
            JsonKind.True => "true",
            JsonKind.False => "false",
            _ => null,
        };

        /// <summary>Parses <paramref name="json"/>; on failure returns <see langword="null"/> with the reason and line.</summary>
        public static JsonTree? Parse(string json, out string? error)
        {
            var reader = new Reader(json);
            try
            {
                JsonTree value = reader.Value(0);
                reader.SkipSpace();
                if (!reader.AtEnd)
                {
                    throw reader.Fail("text after the end of the JSON value");
                }

                error = null;
                return value;
            }
            catch (JsonTreeException e)
            {
                error = e.Message;
                return null;
            }
        }

        private sealed class JsonTreeException : System.Exception
        {
            public JsonTreeException(string message)
                : base(message)
            {
            }
        }

        private sealed class Reader
        {
            private const int MaxDepth = 64;
            private readonly string _text;
            private int _at;
            private int _line;

            public Reader(string text) => _text = text;

            public bool AtEnd => _at >= _text.Length;

            public JsonTreeException Fail(string what) => new($"{what} at line {_line + 1}");

            public void SkipSpace()
            {
                while (_at < _text.Length && _text[_at] is ' ' or '\t' or '\r' or '\n')
                {
                    // A line ends at \n, at \r\n and at a lone \r, as the compiler's SourceText counts lines.
                    if (_text[_at] == '\n' || (_text[_at] == '\r' && (_at + 1 >= _text.Length || _text[_at + 1] != '\n')))
                    {
                        _line++;
                    }

                    _at++;
                }
            }

            public JsonTree Value(int depth)
            {
                if (depth > MaxDepth)
                {
                    throw Fail("nesting too deep");
                }

                SkipSpace();
                if (AtEnd)
                {
                    throw Fail("unexpected end of the text");
                }

                char c = _text[_at];
                switch (c)
                {
                    case '{':
                        return Object(depth);
                    case '[':
                        return Array(depth);
                    case '"':
                        {
                            var node = new JsonTree(JsonKind.String, _at, _line);
                            node.Text = String();
                            return node;
                        }

                    case 't':
                        return Literal("true", JsonKind.True);
                    case 'f':
                        return Literal("false", JsonKind.False);
                    case 'n':
                        return Literal("null", JsonKind.Null);
                    default:
                        if (c == '-' || (c >= '0' && c <= '9'))
                        {
                            return Number();
                        }

                        throw Fail($"unexpected '{c}'");
                }
            }

            private JsonTree Object(int depth)
            {
                var node = new JsonTree(JsonKind.Object, _at, _line);
                _at++;
                SkipSpace();
                if (Take('}'))
                {
                    return node;
                }

                do
                {
                    SkipSpace();
                    if (AtEnd || _text[_at] != '"')
                    {
                        throw Fail("a property name was expected");
                    }

                    string name = String();
                    SkipSpace();
                    if (!Take(':'))
                    {
                        throw Fail("':' was expected");
                    }

                    node.Properties.Add(new KeyValuePair<string, JsonTree>(name, Value(depth + 1)));
                    SkipSpace();
                }
                while (Take(','));

                if (!Take('}'))
                {
                    throw Fail("',' or '}' was expected");
                }

                return node;
            }

            private JsonTree Array(int depth)
            {
                var node = new JsonTree(JsonKind.Array, _at, _line);
                _at++;
                SkipSpace();
                if (Take(']'))
                {
                    return node;
                }

                do
                {
                    node.Items.Add(Value(depth + 1));
                    SkipSpace();
                }
                while (Take(','));

                if (!Take(']'))
                {
                    throw Fail("',' or ']' was expected");
                }

                return node;
            }

            private string String()
            {
                _at++;
                var text = new StringBuilder();
                while (true)
                {
                    if (AtEnd)
                    {
                        throw Fail("unterminated string");
                    }

                    char c = _text[_at++];
                    if (c == '"')
                    {
                        return text.ToString();
                    }

                    if (c is '\u2028' or '\u2029' or '\u0085')
                    {
                        _line++;
                    }

                    if (c < ' ')
                    {
                        throw Fail("control character in a string");
                    }

                    if (c != '\\')
                    {
                        text.Append(c);
                        continue;
                    }

                    if (AtEnd)
                    {
                        throw Fail("unterminated escape");
                    }

                    char escape = _text[_at++];
                    switch (escape)
                    {
                        case '"': text.Append('"'); break;
                        case '\\': text.Append('\\'); break;
                        case '/': text.Append('/'); break;
                        case 'b': text.Append('\b'); break;
                        case 'f': text.Append('\f'); break;
                        case 'n': text.Append('\n'); break;
                        case 'r': text.Append('\r'); break;
                        case 't': text.Append('\t'); break;
                        case 'u':
                            if (_at + 4 > _text.Length || !int.TryParse(_text.Substring(_at, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                            {
                                throw Fail("invalid \\u escape");
                            }

                            text.Append((char)code);
                            _at += 4;
                            break;
                        default:
                            throw Fail($"invalid escape '\\{escape}'");
                    }
                }
            }

            private JsonTree Number()
            {
                var node = new JsonTree(JsonKind.Number, _at, _line);
                int start = _at;
                while (_at < _text.Length && (char.IsDigit(_text[_at]) || _text[_at] is '-' or '+' or '.' or 'e' or 'E'))
                {
                    _at++;
                }

                string number = _text.Substring(start, _at - start);
                if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out _))
                {
                    throw Fail($"invalid number '{number}'");
                }

                node.Text = number;
                return node;
            }

            private JsonTree Literal(string word, JsonKind kind)
            {
                if (string.CompareOrdinal(_text, _at, word, 0, word.Length) != 0)
                {
                    throw Fail($"unexpected '{_text[_at]}'");
                }

                var node = new JsonTree(kind, _at, _line);
                _at += word.Length;
                return node;
            }

            private bool Take(char c)
            {
                if (_at < _text.Length && _text[_at] == c)
                {
                    _at++;
                    return true;
                }

                return false;
            }
        }
    }
}
