using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>Which erasure strategy a member has, and whether generated code can apply it (PII006 when not).</summary>
    internal static class ErasureRules
    {
        /// <summary>The first strategy given on the member's tags; <see cref="ErasureStrategy.Clear"/> when none is.</summary>
        public static ErasureStrategy StrategyOf(ImmutableArray<MemberTag> tags)
        {
            foreach (MemberTag tag in tags)
            {
                if (tag.Erasure != ErasureStrategy.Default)
                {
                    return tag.Erasure;
                }
            }

            return ErasureStrategy.Clear;
        }

        /// <summary>Tells whether the strategy can be applied to the member, and if not, why.</summary>
        public static bool CanApply(ErasureStrategy strategy, ISymbol member, MemberShape shape, AccessKind write, bool unsafeAccessorsAvailable, out string? reason)
        {
            reason = null;
            if (strategy == ErasureStrategy.Retain)
            {
                return true;
            }

            if (write == AccessKind.None)
            {
                reason = member switch
                {
                    IPropertySymbol { SetMethod: null } => $"'{member.Name}' has no setter; add a (private) setter or use ErasureStrategy.Retain",
                    _ when !unsafeAccessorsAvailable => $"'{member.Name}' cannot be written from generated code: its setter is not accessible and this target framework has no [UnsafeAccessor] (.NET 8 or later); make the setter internal or public",
                    _ => $"'{member.Name}' cannot be written from generated code: its setter is not accessible and its type is generic; make the setter internal or public",
                };
                return false;
            }

            return shape.Supports(strategy, out reason);
        }
    }
}
