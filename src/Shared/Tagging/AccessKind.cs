namespace Pii.Tagging
{
    /// <summary>How generated code reads or writes a member.</summary>
    internal enum AccessKind
    {
        /// <summary>Not at all: the member has no setter (or getter) that can be reached without reflection.</summary>
        None,

        /// <summary>Plain member access.</summary>
        Direct,

        /// <summary>Through an <c>[UnsafeAccessor]</c> extern method (.NET 8 and later): private, protected or init-only accessors.</summary>
        UnsafeAccessor,
    }
}
