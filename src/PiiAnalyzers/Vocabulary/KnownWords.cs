using System.Collections.Generic;

namespace Pii.Analyzers.Vocabulary
{
    /// <summary>
    /// Every word of the vocabulary (terms, word classes, and neutral words that help splitting), folded and lower case, in
    /// a trie that <see cref="NameWords"/> walks to split compounds such as "telefoonnummer" or "EMAILADDRESS".
    /// </summary>
    internal static class KnownWords
    {
        /// <summary>A word that may be a piece of a split compound.</summary>
        public const int Piece = 1;

        /// <summary>A word recognized only as a whole token (<see cref="VocabularyData.NotSegmentPieces"/>).</summary>
        public const int WholeOnly = 2;

        /// <summary>The trie; values are <see cref="Piece"/> or <see cref="WholeOnly"/>.</summary>
        public static readonly CharTrie Trie = Build();

        /// <summary>Whether <paramref name="word"/> (folded, lower case) is a vocabulary word.</summary>
        public static bool Contains(string word) => Trie.Find(word) > 0;

        private static CharTrie Build()
        {
            var builder = new CharTrie.Builder();
            foreach (string word in VocabularyData.NotSegmentPieces)
            {
                builder.Add(word, WholeOnly);
            }

            var words = new List<string>();
            foreach (TermGroup group in VocabularyData.Terms)
            {
                foreach (string phrase in group.Phrases)
                {
                    AddWords(phrase, words);
                }
            }

            foreach (string[] list in new[]
            {
                VocabularyData.Stopwords, VocabularyData.NumberWords, VocabularyData.NumberPrefixWords, VocabularyData.IdWords,
                VocabularyData.Transparent, VocabularyData.Metadata, VocabularyData.PersonTypeWords, VocabularyData.PersonWords,
                VocabularyData.OrganizationWords, VocabularyData.NonPersonTypeWords, VocabularyData.PersonRelatedTypeWords,
                VocabularyData.NegatingPrefixes, VocabularyData.AddressQualifiers, VocabularyData.TypeSuffixes,
                VocabularyData.ByWords, VocabularyData.Participles, VocabularyData.ReferenceWords,
                VocabularyData.CredentialCarrierWords, VocabularyData.InfrastructureTypeWords, VocabularyData.NeutralWords,
                VocabularyData.AuthoredContentWords, VocabularyData.AccountWords, VocabularyData.LegalPersonPrefixes,
            })
            {
                foreach (string entry in list)
                {
                    AddWords(entry, words);
                }
            }

            foreach (string word in words)
            {
                builder.Add(word, Piece);
            }

            return builder.Build();
        }

        /// <summary>Adds the letter runs of <paramref name="text"/> that are at least two letters long.</summary>
        private static void AddWords(string text, List<string> words)
        {
            string folded = NameWords.FoldKey(text, keepSeparators: true);
            int start = -1;
            for (int i = 0; i <= folded.Length; i++)
            {
                bool letter = i < folded.Length && folded[i] >= 'a' && folded[i] <= 'z';
                if (letter)
                {
                    if (start < 0)
                    {
                        start = i;
                    }
                }
                else if (start >= 0)
                {
                    if (i - start >= 2)
                    {
                        words.Add(folded.Substring(start, i - start));
                    }

                    start = -1;
                }
            }
        }
    }
}
