namespace Pii.Erasure
{
    /// <summary>What happened to one member in an erasure.</summary>
    public enum ErasureOutcome
    {
        /// <summary>Set to null or to the type's empty value.</summary>
        Cleared = 1,

        /// <summary>Replaced with a fixed placeholder.</summary>
        Anonymized = 2,

        /// <summary>Replaced with a keyed pseudonym.</summary>
        Pseudonymized = 3,

        /// <summary>The whole record is to be deleted (<see cref="ErasureResult.DeleteRecord"/>); the value was cleared too.</summary>
        RecordDeleted = 4,

        /// <summary>Already erased by an earlier request: nothing changed.</summary>
        AlreadyErased = 5,

        /// <summary>Kept under a legal hold (Art. 17(3)(b)) until <see cref="MemberErasure.HeldUntil"/>.</summary>
        Held = 6,

        /// <summary>Kept because a purpose the request does not cover still needs it.</summary>
        KeptForOtherPurpose = 7,

        /// <summary>The member cannot be written without reflection (no accessible setter); see diagnostic PII006.</summary>
        NotErasable = 8,
    }
}
