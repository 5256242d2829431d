using System;

namespace Pii.Erasure
{
    /// <summary>
    /// What a store's erasure or purge on loaded rows did to one member path (<c>Guest.Stays.Plate</c>), counted over every
    /// object on that path: for a collection, every element.
    /// </summary>
    internal sealed class OwnedTally
    {
        /// <summary>Gets the objects whose value was changed.</summary>
        public int Erased { get; private set; }

        /// <summary>Gets the objects whose value is held.</summary>
        public int Held { get; private set; }

        /// <summary>Gets the objects whose value the strategy cannot change.</summary>
        public int NotErasable { get; private set; }

        /// <summary>Gets the objects whose value stays for another reason (another purpose, a purge's open retention).</summary>
        public int Kept { get; private set; }

        /// <summary>Gets the latest end of the holds, where known.</summary>
        public DateTimeOffset? HeldUntil { get; private set; }

        /// <summary>Gets the first hold's reason.</summary>
        public string? HeldReason { get; private set; }

        /// <summary>Gets the first reason the strategy could not be applied.</summary>
        public string? NotErasableReason { get; private set; }

        /// <summary>Gets the first other reason a value stayed.</summary>
        public string? KeptReason { get; private set; }

        /// <summary>Gets the first other outcome for a value that stayed.</summary>
        public ErasureOutcome? KeptAs { get; private set; }

        /// <summary>Counts one object's outcome; an already erased value counts for nothing.</summary>
        /// <param name="outcome">The outcome.</param>
        /// <param name="heldUntil">The end of its hold, where known.</param>
        /// <param name="reason">Why it stays, where it does.</param>
        public void Add(ErasureOutcome outcome, DateTimeOffset? heldUntil, string? reason)
        {
            switch (outcome)
            {
                case ErasureOutcome.Cleared or ErasureOutcome.Anonymized or ErasureOutcome.Pseudonymized or ErasureOutcome.RecordDeleted:
                    Erased++;
                    break;
                case ErasureOutcome.Held:
                    Held++;
                    HeldReason ??= reason;
                    if (heldUntil is { } until && (HeldUntil is null || until > HeldUntil))
                    {
                        HeldUntil = until;
                    }

                    break;
                case ErasureOutcome.NotErasable:
                    NotErasable++;
                    NotErasableReason ??= reason;
                    break;
                case ErasureOutcome.AlreadyErased:
                    break;
                default:
                    Kept++;
                    KeptAs ??= outcome;
                    KeptReason ??= reason;
                    break;
            }
        }
    }
}
