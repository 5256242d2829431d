using System;
using System.Text;

namespace Pii.Generator.Emitters
{
    /// <summary>Writes indented C# line by line. Lines end with <c>\n</c> on every platform, so output is byte-for-byte deterministic.</summary>
    internal sealed class SourceWriter
    {
        private const int IndentSize = 4;
        private readonly StringBuilder _text = new();
        private int _indent;

        public SourceWriter Line(string line = "")
        {
            if (line.Length > 0)
            {
                _text.Append(' ', _indent * IndentSize);
                _text.Append(line);
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
