using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace Pii.Tagging
{
    /// <summary>
    /// Which members can be stored encrypted (<c>Protection = Protection.Encrypted</c>) and how: the codec of the runtime's
    /// <c>Pii.Encryption.PersonalDataCodec</c> for each supported type. Shared by the generator, which emits the value
    /// converters, by PII003 and PII006, which report what cannot be protected, and by PII011, which reports queries the
    /// database cannot answer on ciphertext.
    /// </summary>
    internal static class ProtectionRules
    {
        /// <summary>Gets the member's protection: encrypted when any of its tags says so.</summary>
        public static Protection ProtectionOf(ImmutableArray<MemberTag> tags)
        {
            foreach (MemberTag tag in tags)
            {
                if (tag.Protection == Protection.Encrypted)
                {
                    return Protection.Encrypted;
                }
            }

            return Protection.None;
        }

        /// <summary>Gets whether any of the member's tags asks for a blind index.</summary>
        public static bool HasBlindIndex(ImmutableArray<MemberTag> tags)
        {
            foreach (MemberTag tag in tags)
            {
                if (tag.BlindIndex)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The problem with a blind index on this tag's member (for PII003), or null.</summary>
        public static string? BlindIndexProblem(MemberTag tag, MemberShape shape)
        {
            if (!tag.BlindIndex)
            {
                return null;
            }

            if (tag.Protection != Protection.Encrypted)
            {
                return "a blind index is for a member stored encrypted: add Protection = Protection.Encrypted, or drop BlindIndex and query the column itself";
            }

            if (tag.Erasure == ErasureStrategy.CryptoShred)
            {
                return "a crypto-shredded member cannot have a blind index: its keyed hash would outlive the subject's key in every backup and still confirm a guessed value; drop BlindIndex, or use Clear";
            }

            return shape.Kind == ValueKind.String && shape.Collection == CollectionShape.None
                ? null
                : $"a blind index is computed over text, and {shape.Type.ToDisplayString()} is not a string";
        }

        /// <summary>
        /// Gets the codec of a member whose value is stored encrypted, or null when it is stored as it is: the generator
        /// gives a value converter to the members its tags ask to encrypt whose type has a codec (a type without one is
        /// PII003, and stored as it is). PII011 asks the same of the members a database query uses.
        /// </summary>
        public static string? StoredCodec(ImmutableArray<MemberTag> tags, MemberShape shape) =>
            ProtectionOf(tags) == Protection.Encrypted ? CodecName(shape) : null;

        /// <summary>
        /// Gets the name the runtime codec uses for the member's value type (<c>UnprotectString</c>, <c>UnprotectInt32</c>,
        /// ...), or null when an encrypted value of that type cannot be stored.
        /// </summary>
        public static string? CodecName(MemberShape shape)
        {
            if (shape.Collection != CollectionShape.None)
            {
                return null;
            }

            switch (shape.ValueType.SpecialType)
            {
                case SpecialType.System_String: return "String";
                case SpecialType.System_Boolean: return "Boolean";
                case SpecialType.System_Byte: return "Byte";
                case SpecialType.System_Int16: return "Int16";
                case SpecialType.System_Int32: return "Int32";
                case SpecialType.System_Int64: return "Int64";
                case SpecialType.System_Single: return "Single";
                case SpecialType.System_Double: return "Double";
                case SpecialType.System_Decimal: return "Decimal";
                case SpecialType.System_DateTime: return "DateTime";
            }

            return shape.Kind switch
            {
                ValueKind.ByteArray => "Bytes",
                ValueKind.Guid => "Guid",
                ValueKind.DateTimeOffset => "DateTimeOffset",
                ValueKind.DateOnly => "DateOnly",
                ValueKind.TimeOnly => "TimeOnly",
                _ => null,
            };
        }

        /// <summary>The problem with encrypting a member of this type (for PII003), or null.</summary>
        public static string? TypeProblem(MemberShape shape) =>
            CodecName(shape) is null
                ? $"Protection.Encrypted stores text, byte arrays, booleans, numbers (byte, short, int, long, float, double, decimal), Guids, dates and times; {shape.Type.ToDisplayString()} is none of these"
                : null;

        /// <summary>
        /// Tells whether the erasure strategy can be applied to an encrypted member by the set-based statements of the
        /// EF Core store (for PII006): they find the rows still holding a value by comparing the column, which holds
        /// ciphertext, so only "is null" works.
        /// </summary>
        public static bool SupportsErasure(ErasureStrategy strategy, MemberShape shape, out string? reason)
        {
            reason = null;
            switch (strategy)
            {
                case ErasureStrategy.Retain:
                    return true;
                case ErasureStrategy.Clear or ErasureStrategy.Default or ErasureStrategy.DeleteRecord or ErasureStrategy.CryptoShred when shape.CanBeNull:
                    return true;
                case ErasureStrategy.Clear or ErasureStrategy.Default or ErasureStrategy.DeleteRecord:
                    // DeleteRecord too: when the record stays (something still links to it), the member is cleared instead.
                    reason = $"an encrypted member is erased by clearing it to null (also when its record cannot be deleted), the only value a statement can recognise in ciphertext, and a non-nullable {shape.Type.ToDisplayString()} cannot be null; make it nullable, or use Retain";
                    return false;
                case ErasureStrategy.CryptoShred:
                    reason = $"crypto-shredding clears the value to null when it destroys the subject's key (and reads a value under a destroyed key as null), and a non-nullable {shape.Type.ToDisplayString()} cannot be null; make it nullable";
                    return false;
                default:
                    reason = $"an encrypted member is stored as ciphertext, which a statement cannot compare with a {strategy.ToString().ToLowerInvariant()}d value; make it nullable and Clear it, or use DeleteRecord or Retain";
                    return false;
            }
        }
    }
}
