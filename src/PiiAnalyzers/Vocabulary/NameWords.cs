using System;
using System.Collections.Generic;
using System.Text;

namespace Pii.Analyzers.Vocabulary
{
    /// <summary>
    /// Splits identifiers into lower-case, accent-folded words, whatever their casing and separators:
    /// "CustomerEmailAddress", "email_addr", "billingPhoneNo", "IPAddress", "EMAILADDRESS", "telefoonnummer", "Prénom".
    /// </summary>
    internal static class NameWords
    {
        /// <summary>Longer single-case runs are left whole rather than split against the vocabulary.</summary>
        private const int MaxSegmentedLength = 48;

        /// <summary>Shortest single-case run that is split against the vocabulary; shorter ones are left whole.</summary>
        private const int MinSegmentedLength = 5;

        /// <summary>Shortest known word allowed next to an unknown piece when a compound is only partly known.</summary>
        private const int MinPartialPiece = 4;

        [ThreadStatic]
        private static char[]? buffer;

        [ThreadStatic]
        private static int[]? scratch;

        /// <summary>
        /// Splits <paramref name="identifier"/> into words: at separators (anything not a letter or digit), between
        /// letters and digits, at lower-to-upper case changes, and before the last capital of an acronym that starts a word
        /// ("IPAddress" → ip, address; "IDs" and "IPv4" stay whole). Each word is folded to lower-case ASCII where it has an
        /// ASCII form ("Prénom" → prenom, "Straße" → strasse). A single-case run that is not a known word is split against
        /// the vocabulary ("EMAILADDRESS" → email, address; "telefoonnummer" → telefoon, nummer); when it cannot be, it is
        /// left whole.
        /// </summary>
        /// <param name="identifier">Any identifier, with or without a leading <c>@</c> or underscores.</param>
        /// <returns>The words, in order; empty when the identifier has no letters or digits.</returns>
        public static IReadOnlyList<string> Split(string identifier)
        {
            if (identifier is null)
            {
                throw new ArgumentNullException(nameof(identifier));
            }

            var words = new List<string>(4);
            int start = -1;
            for (int i = 0; i <= identifier.Length; i++)
            {
                if (i == identifier.Length || !char.IsLetterOrDigit(identifier[i]))
                {
                    if (start >= 0)
                    {
                        AddToken(identifier, start, i, words);
                        start = -1;
                    }
                }
                else if (start < 0)
                {
                    start = i;
                }
                else if (IsBoundary(identifier, i))
                {
                    AddToken(identifier, start, i, words);
                    start = i;
                }
            }

            return words;
        }

        /// <summary>
        /// Folds <paramref name="text"/> to lower-case ASCII letters and digits. Other characters are dropped, or become a
        /// single space when <paramref name="keepSeparators"/> is set. Used to key vocabulary phrases.
        /// </summary>
        internal static string FoldKey(string text, bool keepSeparators)
        {
            var builder = new StringBuilder(text.Length);
            foreach (char c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    string? folded = Fold(char.ToLowerInvariant(c));
                    if (folded is null)
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }
                    else
                    {
                        builder.Append(folded);
                    }
                }
                else if (keepSeparators && builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }
            }

            return builder.ToString().Trim();
        }

        /// <summary>Whether a word starts at <paramref name="i"/>, inside a run of letters and digits.</summary>
        private static bool IsBoundary(string s, int i)
        {
            char previous = s[i - 1];
            char current = s[i];
            if (char.IsDigit(previous) != char.IsDigit(current))
            {
                return true;
            }

            if (char.IsLower(previous) && char.IsUpper(current))
            {
                return true;
            }

            // "IPAddress": the last capital of an acronym starts the next word, unless what follows is a single lower-case
            // letter that ends the word, as in the plural "IDs" or in "IPv4".
            return char.IsUpper(previous) && char.IsUpper(current) && i + 1 < s.Length && char.IsLower(s[i + 1])
                && !(i + 2 == s.Length || !char.IsLetter(s[i + 2]) || char.IsUpper(s[i + 2]));
        }

        /// <summary>Folds <c>identifier[start..end)</c> and adds it as one word, or as the pieces of a known compound.</summary>
        private static void AddToken(string identifier, int start, int end, List<string> words)
        {
            int capacity = (end - start) * 2;
            char[] chars = buffer is { } existing && existing.Length >= capacity ? existing : (buffer = new char[Math.Max(capacity, 64)]);
            int length = 0;
            bool letters = false;
            for (int i = start; i < end; i++)
            {
                char c = char.ToLowerInvariant(identifier[i]);
                letters |= !char.IsDigit(c);
                string? folded = c < '\u0080' ? null : Fold(c);
                if (folded is null)
                {
                    chars[length++] = c;
                }
                else
                {
                    foreach (char f in folded)
                    {
                        chars[length++] = f;
                    }
                }
            }

            if (!letters || length < MinSegmentedLength || length > MaxSegmentedLength || KnownWords.Trie.Find(chars, 0, length) > 0
                || !Segment(chars, length, words))
            {
                words.Add(new string(chars, 0, length));
            }
        }

        /// <summary>
        /// Splits <c>chars[0..length)</c> into known words: first into known words only (fewest pieces); failing that, into
        /// known words of at least <see cref="MinPartialPiece"/> letters around one unknown piece of at least that length
        /// ("handelsnaam" → handels, naam). Adds the pieces and returns true, or adds nothing and returns false.
        /// </summary>
        private static bool Segment(char[] chars, int length, List<string> words)
        {
            int size = length + 1;
            int[] table = scratch is { } existing && existing.Length >= size * 4 ? existing : (scratch = new int[Math.Max(size * 4, 256)]);

            // Full cover: cost[i] = fewest known pieces covering chars[0..i), from[i] = where the last piece starts.
            int cost = 0, from = size;
            for (int i = 0; i < size; i++)
            {
                table[cost + i] = i == 0 ? 0 : int.MaxValue;
            }

            for (int i = 0; i < length; i++)
            {
                if (table[cost + i] == int.MaxValue)
                {
                    continue;
                }

                int node = CharTrie.Root;
                for (int j = i; j < length; j++)
                {
                    node = KnownWords.Trie.Child(node, chars[j]);
                    if (node == CharTrie.None)
                    {
                        break;
                    }

                    if (KnownWords.Trie.Value(node) == KnownWords.Piece && j > i && table[cost + i] + 1 < table[cost + j + 1])
                    {
                        table[cost + j + 1] = table[cost + i] + 1;
                        table[from + j + 1] = i;
                    }
                }
            }

            if (table[cost + length] != int.MaxValue && table[cost + length] > 1)
            {
                Emit(chars, length, table, from, unknownStart: -1, words);
                return true;
            }

            // Partial cover with exactly one unknown piece. State (i, u): best[i + u*size] = unknown letters * 64 + pieces.
            int best = size * 2;
            for (int k = 0; k < size * 2; k++)
            {
                table[best + k] = k == 0 ? 0 : int.MaxValue;
            }

            // from[] records where the last piece of state (i, 1) or (i, 0) started; the unknown piece is found on emit.
            int fromKnown = 0;
            for (int i = 0; i < length; i++)
            {
                for (int u = 0; u < 2; u++)
                {
                    int here = table[best + i + u * size];
                    if (here == int.MaxValue)
                    {
                        continue;
                    }

                    int node = CharTrie.Root;
                    for (int j = i; j < length; j++)
                    {
                        node = KnownWords.Trie.Child(node, chars[j]);
                        if (node == CharTrie.None)
                        {
                            break;
                        }

                        int pieceLength = j - i + 1;
                        if (pieceLength >= MinPartialPiece && KnownWords.Trie.Value(node) == KnownWords.Piece
                            && here + 1 < table[best + j + 1 + u * size])
                        {
                            table[best + j + 1 + u * size] = here + 1;
                            table[fromKnown + j + 1 + u * size] = i;
                        }
                    }

                    if (u == 0)
                    {
                        for (int j = i + MinPartialPiece; j <= length; j++)
                        {
                            int candidate = here + ((j - i) * 64) + 1;
                            if (candidate < table[best + j + size])
                            {
                                table[best + j + size] = candidate;
                                table[fromKnown + j + size] = -1 - i; // negative: an unknown piece starting at i
                            }
                        }
                    }
                }
            }

            int result = table[best + length + size];
            if (result == int.MaxValue || result / 64 > length - MinPartialPiece)
            {
                return false;
            }

            // Walk back through the states, collecting piece starts, then add the pieces in order.
            int pieces = result % 64;
            int[] starts = new int[pieces];
            int position = length, state = 1, index = pieces;
            while (position > 0)
            {
                int origin = table[fromKnown + position + state * size];
                int pieceStart = origin < 0 ? -1 - origin : origin;
                if (origin < 0)
                {
                    state = 0;
                }

                starts[--index] = pieceStart;
                position = pieceStart;
            }

            for (int k = 0; k < pieces; k++)
            {
                int end = k + 1 < pieces ? starts[k + 1] : length;
                words.Add(new string(chars, starts[k], end - starts[k]));
            }

            return true;
        }

        /// <summary>Adds the pieces of a full cover recorded in <paramref name="table"/>.</summary>
        private static void Emit(char[] chars, int length, int[] table, int from, int unknownStart, List<string> words)
        {
            _ = unknownStart;
            int first = words.Count;
            for (int end = length; end > 0;)
            {
                int start = table[from + end];
                words.Insert(first, new string(chars, start, end - start));
                end = start;
            }
        }

        /// <summary>The ASCII form of an accented or ligature letter (already lower case), or null when there is none.</summary>
        private static string? Fold(char c) => c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' => "a",
            'æ' => "ae",
            'ç' or 'ć' or 'ĉ' or 'ċ' or 'č' => "c",
            'ď' or 'đ' or 'ð' => "d",
            'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ĕ' or 'ė' or 'ę' or 'ě' => "e",
            'ĝ' or 'ğ' or 'ġ' or 'ģ' => "g",
            'ĥ' or 'ħ' => "h",
            'ì' or 'í' or 'î' or 'ï' or 'ĩ' or 'ī' or 'ĭ' or 'į' or 'ı' => "i",
            'ĳ' => "ij",
            'ĵ' => "j",
            'ķ' => "k",
            'ĺ' or 'ļ' or 'ľ' or 'ŀ' or 'ł' => "l",
            'ñ' or 'ń' or 'ņ' or 'ň' => "n",
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'ŏ' or 'ő' => "o",
            'œ' => "oe",
            'ŕ' or 'ŗ' or 'ř' => "r",
            'ś' or 'ŝ' or 'ş' or 'š' => "s",
            'ß' => "ss",
            'ţ' or 'ť' or 'ŧ' => "t",
            'þ' => "th",
            'ù' or 'ú' or 'û' or 'ü' or 'ũ' or 'ū' or 'ŭ' or 'ů' or 'ű' or 'ų' => "u",
            'ŵ' => "w",
            'ý' or 'ÿ' or 'ŷ' => "y",
            'ź' or 'ż' or 'ž' => "z",
            _ => null,
        };
    }
}
