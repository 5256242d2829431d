#if NET
using System;
using System.Globalization;
using System.Text;

namespace Pii.Encryption
{
    /// <summary>
    /// What a key id may be: 1 to 64 printable ASCII characters without spaces (<c>!</c> to <c>~</c>), because every
    /// envelope carries it, as ASCII after a one-byte length.
    /// </summary>
    internal static class KeyIdRules
    {
        public const int MaxLength = 64;

        /// <summary>Gets what is wrong with a key id, as a sentence, or null when it is a valid id.</summary>
        public static string? Problem(string? keyId)
        {
            if (string.IsNullOrEmpty(keyId))
            {
                return "A key id must not be empty.";
            }

            if (keyId.Length > MaxLength)
            {
                return $"The key id '{Shown(keyId)}' has {keyId.Length} characters; at most {MaxLength} are allowed.";
            }

            for (int i = 0; i < keyId.Length; i++)
            {
                if (!IsAllowed(keyId[i]))
                {
                    return $"The key id '{Shown(keyId)}' has U+{(int)keyId[i]:X4} at position {i}; a key id is printable ASCII without spaces ('!' to '~').";
                }
            }

            return null;
        }

        /// <summary>Tells whether the bytes of an envelope's key id are a valid id.</summary>
        public static bool IsValid(ReadOnlySpan<byte> keyId)
        {
            if (keyId.IsEmpty || keyId.Length > MaxLength)
            {
                return false;
            }

            foreach (byte b in keyId)
            {
                if (!IsAllowed((char)b))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Tells whether a character may appear in a key id.</summary>
        public static bool IsAllowed(char c) => c is >= '!' and <= '~';

        /// <summary>The id for a message: at most 64 characters, with anything not printable written as <c>\uXXXX</c>.</summary>
        private static string Shown(string keyId)
        {
            var shown = new StringBuilder();
            foreach (char c in keyId.Length > MaxLength ? keyId.Substring(0, MaxLength) : keyId)
            {
                if (c is >= ' ' and <= '~')
                {
                    shown.Append(c);
                }
                else
                {
                    shown.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return keyId.Length > MaxLength ? shown.Append("...").ToString() : shown.ToString();
        }
    }
}
#endif
