using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace Pii.Generator.Model
{
    /// <summary>An immutable array that compares by its elements, so that models holding one cache in the incremental pipeline.</summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? _items;

        public EquatableArray(ImmutableArray<T> items)
        {
            _items = items.IsDefaultOrEmpty ? null : items.ToArray();
        }

        public EquatableArray(IEnumerable<T> items)
        {
            T[] array = new List<T>(items).ToArray();
            _items = array.Length == 0 ? null : array;
        }

        public static EquatableArray<T> Empty => default;

        public int Count => _items?.Length ?? 0;

        public bool IsEmpty => Count == 0;

        public T this[int index] => (_items ?? Array.Empty<T>())[index];

        public bool Equals(EquatableArray<T> other)
        {
            T[] left = _items ?? Array.Empty<T>();
            T[] right = other._items ?? Array.Empty<T>();
            if (left.Length != right.Length)
            {
                return false;
            }

            for (int i = 0; i < left.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(left[i], right[i]))
                {
                    return false;
                }
            }

            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (T item in _items ?? Array.Empty<T>())
            {
                hash = unchecked((hash * 31) + (item?.GetHashCode() ?? 0));
            }

            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items)
            where T : IEquatable<T> => new(items);
    }
}
