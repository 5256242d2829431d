using System.Collections.Generic;

namespace Pii.Analyzers.Vocabulary
{
    /// <summary>
    /// A compact, read-only character trie (first-child/next-sibling arrays) built once from the vocabulary. Lookups walk
    /// characters of existing strings or buffers, so matching allocates nothing.
    /// </summary>
    internal sealed class CharTrie
    {
        /// <summary>The node a walk starts from.</summary>
        public const int Root = 0;

        /// <summary>Returned by <see cref="Child"/> when there is no such child.</summary>
        public const int None = -1;

        private readonly char[] labels;
        private readonly int[] firstChild;
        private readonly int[] nextSibling;
        private readonly int[] values;

        private CharTrie(char[] labels, int[] firstChild, int[] nextSibling, int[] values)
        {
            this.labels = labels;
            this.firstChild = firstChild;
            this.nextSibling = nextSibling;
            this.values = values;
        }

        /// <summary>The child of <paramref name="node"/> labelled <paramref name="c"/>, or <see cref="None"/>.</summary>
        public int Child(int node, char c)
        {
            for (int child = firstChild[node]; child != None; child = nextSibling[child])
            {
                if (labels[child] == c)
                {
                    return child;
                }
            }

            return None;
        }

        /// <summary>The value stored at <paramref name="node"/>, or -1 when no key ends there.</summary>
        public int Value(int node) => values[node];

        /// <summary>The value stored for <paramref name="key"/>, or -1.</summary>
        public int Find(string key)
        {
            int node = Root;
            foreach (char c in key)
            {
                node = Child(node, c);
                if (node == None)
                {
                    return -1;
                }
            }

            return values[node];
        }

        /// <summary>The value stored for <c>buffer[start..start+length]</c>, or -1.</summary>
        public int Find(char[] buffer, int start, int length)
        {
            int node = Root;
            for (int i = start; i < start + length; i++)
            {
                node = Child(node, buffer[i]);
                if (node == None)
                {
                    return -1;
                }
            }

            return values[node];
        }

        /// <summary>Collects keys and values, then freezes them into a <see cref="CharTrie"/>.</summary>
        public sealed class Builder
        {
            private readonly List<char> labels = ['\0'];
            private readonly List<int> firstChild = [None];
            private readonly List<int> nextSibling = [None];
            private readonly List<int> values = [-1];

            /// <summary>Adds <paramref name="key"/> with <paramref name="value"/> (&gt;= 0). An existing value is kept.</summary>
            /// <returns>True when the key was new.</returns>
            public bool Add(string key, int value)
            {
                int node = Root;
                foreach (char c in key)
                {
                    int child = Find(node, c);
                    if (child == None)
                    {
                        child = labels.Count;
                        labels.Add(c);
                        firstChild.Add(None);
                        nextSibling.Add(firstChild[node]);
                        values.Add(-1);
                        firstChild[node] = child;
                    }

                    node = child;
                }

                if (values[node] >= 0)
                {
                    return false;
                }

                values[node] = value;
                return true;
            }

            /// <summary>The trie of everything added.</summary>
            public CharTrie Build() => new(labels.ToArray(), firstChild.ToArray(), nextSibling.ToArray(), values.ToArray());

            private int Find(int node, char c)
            {
                for (int child = firstChild[node]; child != None; child = nextSibling[child])
                {
                    if (labels[child] == c)
                    {
                        return child;
                    }
                }

                return None;
            }
        }
    }
}
