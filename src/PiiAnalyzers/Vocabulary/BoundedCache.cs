using System;
using System.Collections.Concurrent;
using System.Threading;

namespace Pii.Analyzers.Vocabulary
{
    /// <summary>
    /// A thread-safe cache of values computed from a string, dropped whole when it grows past a limit, so that a
    /// long-lived IDE process does not keep every identifier it has seen.
    /// </summary>
    /// <remarks>
    /// The size is counted on the side: <see cref="ConcurrentDictionary{TKey, TValue}.Count"/> takes every lock of the
    /// dictionary, which on the benchmark model made the analyzer's threads wait for each other.
    /// </remarks>
    internal sealed class BoundedCache<TValue>
    {
        private readonly ConcurrentDictionary<string, TValue> values = new(StringComparer.Ordinal);
        private readonly Func<string, TValue> compute;
        private readonly int limit;
        private int count;

        public BoundedCache(int limit, Func<string, TValue> compute)
        {
            this.limit = limit;
            this.compute = compute;
        }

        /// <summary>The cached value for <paramref name="key"/>, computed on first use.</summary>
        public TValue Get(string key)
        {
            if (values.TryGetValue(key, out TValue? cached))
            {
                return cached;
            }

            TValue value = compute(key);
            if (values.TryAdd(key, value) && Interlocked.Increment(ref count) > limit)
            {
                // Another thread may add between the two calls: the cache is only approximately bounded, never wrong.
                Interlocked.Exchange(ref count, 0);
                values.Clear();
            }

            return value;
        }
    }
}
