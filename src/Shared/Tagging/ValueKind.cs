namespace Pii.Tagging
{
    /// <summary>How a member's value is written, erased and redacted.</summary>
    internal enum ValueKind
    {
        /// <summary>Anything else: exported and redacted through its invariant text.</summary>
        Other,
        String,
        Boolean,
        Number,
        Char,
        DateTime,
        DateTimeOffset,
        DateOnly,
        TimeOnly,
        Guid,
        Enum,
        IpAddress,
        ByteArray,
        StringCollection,

        /// <summary>An owned (complex) object whose own tagged members are exported, erased and redacted in place.</summary>
        Owned,
    }

    /// <summary>The declared shape of a collection of strings, which decides how an empty one is made.</summary>
    internal enum CollectionShape
    {
        None,
        Array,
        List,
        HashSet,

        /// <summary>An interface that an array satisfies read-only (<c>IEnumerable</c>, <c>IReadOnlyList</c>, <c>IReadOnlyCollection</c>).</summary>
        ReadOnlyInterface,

        /// <summary>A mutable interface that a <c>List</c> satisfies (<c>IList</c>, <c>ICollection</c>).</summary>
        ListInterface,

        /// <summary>A set interface that a <c>HashSet</c> satisfies (<c>ISet</c>, <c>IReadOnlySet</c>).</summary>
        SetInterface,

        /// <summary>One of <c>System.Collections.Immutable</c>'s classes: its empty value is its <c>Empty</c>.</summary>
        Immutable,

        /// <summary>Another class of text items with a public constructor without parameters (<c>SortedSet</c>, <c>Collection</c>): its empty value is a new one.</summary>
        Constructible,

        /// <summary>Any other class or interface of text items: exported and redacted item by item; erased only to null.</summary>
        Enumerable,

        /// <summary>
        /// <c>ImmutableArray&lt;string&gt;</c>, a struct whose default value cannot be enumerated: read as no items when it is
        /// default, erased to its <c>Empty</c>.
        /// </summary>
        ImmutableArray,
    }
}
