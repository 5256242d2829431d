using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>Which erasure strategy a member has, and whether generated code can apply it (PII006 when not).</summary>
    internal static class ErasureRules
    {
        /// <summary>
        /// The first strategy given on the member's tags. When none is: <see cref="ErasureStrategy.Clear"/> for members
        /// that can be empty (nullable members, text, collections), <see cref="ErasureStrategy.Anonymize"/> for
        /// non-nullable value types, which have no empty value (a fixed placeholder such as 0 or 1900-01-01 is written).
        /// </summary>
        public static ErasureStrategy StrategyOf(ImmutableArray<MemberTag> tags, MemberShape shape)
        {
            foreach (MemberTag tag in tags)
            {
                if (tag.Erasure != ErasureStrategy.Default)
                {
                    return tag.Erasure;
                }
            }

            return !shape.CanBeNull && shape.Type.IsValueType ? ErasureStrategy.Anonymize : ErasureStrategy.Clear;
        }

        /// <summary>Tells whether a data subject's root may be deleted by a <see cref="ErasureStrategy.DeleteRecord"/> member: only when its dependents are deleted with it.</summary>
        public static bool SubjectRootDeleteCascades(INamedTypeSymbol type, out bool isSubjectRoot)
        {
            AttributeData? subject = TagReader.FindDataSubject(type);
            isSubjectRoot = subject is not null;
            if (subject is null)
            {
                return true;
            }

            foreach (var named in subject.NamedArguments)
            {
                if (named.Key == "DeleteCascades" && named.Value.Scalar() is true)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// Tells whether the strategy can be applied to the member, and if not, why. An encrypted member
        /// (<paramref name="protection"/>) must also be erasable by a statement that cannot read its ciphertext.
        /// </summary>
        public static bool CanApply(ErasureStrategy strategy, ISymbol member, MemberShape shape, AccessKind write, bool unsafeAccessorsAvailable, Protection protection, out string? reason)
        {
            reason = null;
            if (strategy == ErasureStrategy.CryptoShred && protection != Protection.Encrypted)
            {
                reason = "CryptoShred encrypts the member under a key of its data subject's own and destroys that key on erasure: add Protection = Protection.Encrypted";
                return false;
            }

            if (protection == Protection.Encrypted && !ProtectionRules.SupportsErasure(strategy, shape, out reason))
            {
                return false;
            }

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

            if (strategy == ErasureStrategy.CryptoShred && write != AccessKind.Direct)
            {
                // The generated interceptor sets the decrypted value as each row is read; an [UnsafeAccessor] would do for
                // erasure, but the interceptor is one class for the whole context.
                reason = $"crypto-shredding sets '{member.Name}' as rows are read, so generated code must reach its setter directly: make the setter public or internal";
                return false;
            }

            if (strategy == ErasureStrategy.DeleteRecord && member.ContainingType is { } type && !SubjectRootDeleteCascades(type, out _))
            {
                reason = $"deleting the record of the data subject '{type.Name}' would orphan the records linked to it; erase its members instead, or set [DataSubject(DeleteCascades = true)] when the database deletes them with it";
                return false;
            }

            return shape.Supports(strategy, out reason);
        }
    }
}
