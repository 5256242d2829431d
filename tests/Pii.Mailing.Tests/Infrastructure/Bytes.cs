using System;
using System.Text;

namespace Pii.Mailing.Tests.Infrastructure;

internal static class Bytes
{
    /// <summary>Whether <paramref name="text"/> lies anywhere in <paramref name="file"/>, in UTF-8 (SQLite's text encoding) or UTF-16.</summary>
    public static bool Contain(byte[] file, string text) =>
        file.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || file.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0;
}
