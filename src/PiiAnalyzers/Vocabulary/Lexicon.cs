using System;
using System.Collections.Generic;
using System.Text;

namespace Pii.Analyzers.Vocabulary
{
    /// <summary>The classes a word can belong to (a word can belong to several).</summary>
    [Flags]
    internal enum WordFlags : uint
    {
        None = 0,
        Stopword = 1 << 0,
        Transparent = 1 << 1,
        Metadata = 1 << 2,
        PersonType = 1 << 3,
        Person = 1 << 4,
        Organization = 1 << 5,
        NonPersonType = 1 << 6,
        PersonRelatedType = 1 << 7,
        NegatingPrefix = 1 << 8,
        AddressQualifier = 1 << 9,
        TypeSuffix = 1 << 10,
        By = 1 << 11,
        Participle = 1 << 12,
        Reference = 1 << 13,
        CredentialCarrier = 1 << 14,
        InfrastructureType = 1 << 15,
        SystemPrefix = 1 << 16,
    }

    /// <summary>One term of the vocabulary, as matched.</summary>
    internal sealed class Term
    {
        public Term(TermGroup group, string text)
        {
            Category = group.Category;
            Special = group.Special;
            Rule = group.Rule;
            Flags = group.Flags;
            Text = text;
        }

        public DataCategory Category { get; }

        public SpecialCategory? Special { get; }

        public TermRule Rule { get; }

        public TermFlags Flags { get; }

        /// <summary>The phrase as written in the vocabulary ("date of birth"); the verdict's matched term.</summary>
        public string Text { get; }

        public bool Has(TermFlags flag) => (Flags & flag) != 0;
    }

    /// <summary>
    /// The vocabulary compiled once into lookup tables: word classes in a dictionary, terms in a trie keyed by the letters
    /// of their words without stopwords ("date of birth" → "datebirth"), so that an identifier's consecutive words are
    /// matched by walking their characters, without building strings.
    /// </summary>
    internal static class Lexicon
    {
        /// <summary>Plural endings tried, in order, on an unknown word.</summary>
        private static readonly string[] PluralSuffixes = ["es", "s", "en", "n"];

        /// <summary>The class of every known word.</summary>
        private static readonly Dictionary<string, WordFlags> WordClasses = BuildWordClasses();

        /// <summary>The terms; <see cref="TermTrie"/> values index into it.</summary>
        public static readonly Term[] Terms;

        /// <summary>Term keys (letters of the phrase's words, stopwords dropped) to indexes in <see cref="Terms"/>.</summary>
        public static readonly CharTrie TermTrie;

        /// <summary>Keys that two term groups both define (the first group wins); kept so that a test can forbid them.</summary>
        internal static readonly IReadOnlyList<string> ConflictingKeys;

        static Lexicon()
        {
            var terms = new List<Term>();
            var keys = new Dictionary<string, int>(StringComparer.Ordinal);
            var conflicts = new List<string>();
            var builder = new CharTrie.Builder();
            foreach (TermGroup group in VocabularyData.Terms)
            {
                var groupKeys = new HashSet<string>(StringComparer.Ordinal);
                foreach (string phrase in group.Phrases)
                {
                    var term = new Term(group, phrase);
                    int index = terms.Count;
                    terms.Add(term);
                    foreach (string variant in Variants(phrase, group.Flags))
                    {
                        string key = Key(variant);
                        if (key.Length == 0 || !groupKeys.Add(key))
                        {
                            continue;
                        }

                        if (keys.TryGetValue(key, out int existing))
                        {
                            if (terms[existing].Category != group.Category || terms[existing].Special != group.Special
                                || terms[existing].Rule != group.Rule)
                            {
                                conflicts.Add(key);
                            }

                            continue;
                        }

                        keys.Add(key, index);
                        builder.Add(key, index);
                    }
                }
            }

            Terms = terms.ToArray();
            TermTrie = builder.Build();
            ConflictingKeys = conflicts;
        }

        /// <summary>The classes of <paramref name="word"/> (folded, lower case).</summary>
        public static WordFlags Flags(string word) => WordClasses.TryGetValue(word, out WordFlags flags) ? flags : WordFlags.None;

        /// <summary>Whether <paramref name="word"/> belongs to any of <paramref name="flags"/>.</summary>
        public static bool Is(string word, WordFlags flags) => (Flags(word) & flags) != 0;

        /// <summary>
        /// The words the classifier reasons with: stopwords dropped, and an unknown plural replaced by its known singular
        /// ("Addresses" → address, "Allergies" → allergy, "Opmerkingen" → opmerking).
        /// </summary>
        public static string[] Normalize(IReadOnlyList<string> words)
        {
            int count = 0;
            foreach (string word in words)
            {
                if (!Is(word, WordFlags.Stopword))
                {
                    count++;
                }
            }

            var result = new string[count];
            int i = 0;
            foreach (string word in words)
            {
                if (!Is(word, WordFlags.Stopword))
                {
                    result[i++] = Canonical(word);
                }
            }

            return result;
        }

        /// <summary>The known singular of an unknown word, or the word itself.</summary>
        private static string Canonical(string word)
        {
            if (word.Length < 4 || KnownWords.Contains(word) || char.IsDigit(word[0]))
            {
                return word;
            }

            if (word.EndsWith("ies", StringComparison.Ordinal) && KnownWords.Contains(word.Substring(0, word.Length - 3) + "y"))
            {
                return word.Substring(0, word.Length - 3) + "y";
            }

            foreach (string suffix in PluralSuffixes)
            {
                if (word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    string singular = word.Substring(0, word.Length - suffix.Length);
                    if (KnownWords.Contains(singular))
                    {
                        return singular;
                    }
                }
            }

            return word;
        }

        /// <summary>The phrase and, for numbered terms, the phrase with each number (and id) word around it.</summary>
        private static IEnumerable<string> Variants(string phrase, TermFlags flags)
        {
            if ((flags & (TermFlags.Numbered | TermFlags.NumberedOrId)) == 0)
            {
                yield return phrase;
                yield break;
            }

            foreach (string number in VocabularyData.NumberWords)
            {
                yield return phrase + " " + number;
            }

            foreach (string number in VocabularyData.NumberPrefixWords)
            {
                yield return number + " " + phrase;
            }

            if ((flags & TermFlags.NumberedOrId) != 0)
            {
                foreach (string id in VocabularyData.IdWords)
                {
                    yield return phrase + " " + id;
                }
            }
        }

        /// <summary>The trie key of a phrase: its folded words without stopwords, concatenated.</summary>
        private static string Key(string phrase)
        {
            var key = new StringBuilder(phrase.Length);
            foreach (string word in NameWords.FoldKey(phrase, keepSeparators: true).Split(' '))
            {
                if (word.Length > 0 && !Array.Exists(VocabularyData.Stopwords, s => s == word))
                {
                    key.Append(word);
                }
            }

            return key.ToString();
        }

        private static Dictionary<string, WordFlags> BuildWordClasses()
        {
            var classes = new Dictionary<string, WordFlags>(StringComparer.Ordinal);
            Add(VocabularyData.Stopwords, WordFlags.Stopword);
            Add(VocabularyData.Transparent, WordFlags.Transparent);
            Add(VocabularyData.Metadata, WordFlags.Metadata);
            Add(VocabularyData.PersonTypeWords, WordFlags.PersonType | WordFlags.Person);
            Add(VocabularyData.PersonWords, WordFlags.Person);
            Add(VocabularyData.OrganizationWords, WordFlags.Organization);
            Add(VocabularyData.NonPersonTypeWords, WordFlags.NonPersonType);
            Add(VocabularyData.PersonRelatedTypeWords, WordFlags.PersonRelatedType);
            Add(VocabularyData.NegatingPrefixes, WordFlags.NegatingPrefix);
            Add(VocabularyData.AddressQualifiers, WordFlags.AddressQualifier);
            Add(VocabularyData.TypeSuffixes, WordFlags.TypeSuffix);
            Add(VocabularyData.ByWords, WordFlags.By);
            Add(VocabularyData.Participles, WordFlags.Participle);
            Add(VocabularyData.ReferenceWords, WordFlags.Reference);
            Add(VocabularyData.CredentialCarrierWords, WordFlags.CredentialCarrier);
            Add(VocabularyData.InfrastructureTypeWords, WordFlags.InfrastructureType);
            Add(VocabularyData.SystemPrefixes, WordFlags.SystemPrefix);
            return classes;

            void Add(string[] words, WordFlags flags)
            {
                foreach (string word in words)
                {
                    string key = NameWords.FoldKey(word, keepSeparators: false);
                    classes[key] = classes.TryGetValue(key, out WordFlags existing) ? existing | flags : flags;
                }
            }
        }
    }
}
