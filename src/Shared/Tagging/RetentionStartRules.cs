using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>
    /// What a tag's <c>RetentionStartsAt</c> names: the date member of the type the retention counts from. Shared by the
    /// generator, which reads the date in erasure and purge, and by PII003, which reports a name that is no date.
    /// </summary>
    internal static class RetentionStartRules
    {
        /// <summary>
        /// The instance property or field of that name, the most derived one (the one <see cref="EntityLinks.DataMembers"/>
        /// lists); null when the type has none. Looked up by name at each level: listing every member for every tag that
        /// names a start made PII003 quadratic in the type's size.
        /// </summary>
        public static ISymbol? Find(INamedTypeSymbol type, string name)
        {
            for (INamedTypeSymbol? level = type; level is not null && level.SpecialType != SpecialType.System_Object; level = level.BaseType)
            {
                foreach (ISymbol member in level.GetMembers(name))
                {
                    if (EntityLinks.IsDataMember(member))
                    {
                        return member;
                    }
                }
            }

            return null;
        }

        /// <summary>A member's retention start: the first of its tags that names one (the generator reads no other).</summary>
        public static string? FirstStart(System.Collections.Immutable.ImmutableArray<MemberTag> tags)
        {
            foreach (MemberTag tag in tags)
            {
                if (tag.RetentionStartsAt is { } start)
                {
                    return start;
                }
            }

            return null;
        }

        /// <summary>Gets whether the member is a <c>DateTime</c>, <c>DateTimeOffset</c> or <c>DateOnly</c>, nullable or not.</summary>
        public static bool IsDate(ISymbol member) =>
            MemberShape.TypeOf(member) is { } type && MemberShape.Of(type).Kind is ValueKind.DateTime or ValueKind.DateTimeOffset or ValueKind.DateOnly;
    }
}
