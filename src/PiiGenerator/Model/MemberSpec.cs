using Pii.Tagging;

namespace Pii.Generator.Model
{
    /// <summary>
    /// A tagged member of a type, as plain data; or an owned member, whose <see cref="Purposes"/> are the union of
    /// its type's purposes and whose <see cref="OwnedClass"/> is the generated class of its type. A member tagged
    /// <c>Protection.Encrypted</c> whose type can be encrypted has a <see cref="ProtectionCodec"/>. A member that a derived
    /// type hides with <c>new</c> is <see cref="Hidden"/>: generated code reads it through its declaring type.
    /// </summary>
    internal sealed record MemberSpec(
        string Name,
        string DeclaringType,
        bool IsField,
        string Type,
        ValueKind Kind,
        bool CanBeNull,
        bool IsNullableValueType,
        CollectionShape Collection,
        string UnderlyingType,
        string? ElementType,
        EquatableArray<string> EnumMembers,
        AccessKind Read,
        AccessKind Write,
        EquatableArray<PurposeSpec> Purposes,
        DataCategory Category,
        SpecialCategory? SpecialCategory,
        SpecialCategoryCondition? Condition,
        ErasureStrategy Erasure,
        bool ErasureSupported,
        RedactionKind Redaction,
        string? RetentionStartMember,
        string? OwnedClass,
        string? ProtectionCodec,
        bool BlindIndex,
        bool Hidden = false)
    {
        /// <summary>Gets whether the member is stored encrypted; <see cref="ProtectionCodec"/> names the runtime codec of its type.</summary>
        public bool IsProtected => ProtectionCodec is not null;

        public bool IsOwned => Kind == ValueKind.Owned;

        public bool IsPortable
        {
            get
            {
                foreach (PurposeSpec purpose in Purposes)
                {
                    if (purpose.IsPortable)
                    {
                        return true;
                    }
                }

                return false;
            }
        }
    }
}
