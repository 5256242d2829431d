using System;
using System.Text;

namespace Pii.Generator.Emitters
{
    /// <summary>Writes indented C# line by line. Lines end with <c>\n</c> on every platform, so output is byte-for-byte deterministic.</summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;
        private static readonly char[] LineBreaks = { '\r', '\n', '\u0085', '\u2028', '\u2029' };
        private readonly StringBuilder _text = new();
        private int _indent;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * IndentSize);
                int start = _text.Length;
                _text.Append(line);

                // A comment that quotes the user's text (a purpose "a\nb") stays one line: a line break would end the comment.
                if (line.StartsWith("//", StringComparison.Ordinal) && line.IndexOfAny(LineBreaks) >= 0)
                {
                    for (int i = start; i < _text.Length; i++)
                    {
                        if (Array.IndexOf(LineBreaks, _text[i]) >= 0)
                        {
                            _text[i] = ' ';
                        }
                    }
                }
            }

            _text.Append('\n');
            return this;
        }

        public SourceWriter OpenBlock(string? header = null)
        {
            if (header is not null)
            {
                Line(header);
            }

            Line("{");
            _indent++;
            return this;
        }

        public SourceWriter CloseBlock(string closing = "}")
        {
            _indent = Math.Max(0, _indent - 1);
            return Line(closing);
        }

        public override string ToString() => _text.ToString();
    }
}
