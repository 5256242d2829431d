using System;
using System.ComponentModel;
using Pii.Erasure;

namespace Pii.Store
{
    /// <summary>
    /// How a set-based statement erases one member: not at all, in every row, or only in the rows whose own retention
    /// date (<c>RetentionStartsAt</c>) lies at or before <see cref="Cutoff"/>. Used by generated code.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public readonly struct MemberPlan
    {
        internal MemberPlan(bool erase, bool rowDependent, DateTimeOffset cutoff, ErasureDecision decision, IsoDuration? holdRetention)
        {
            Erase = erase;
            RowDependent = rowDependent;
            Cutoff = cutoff;
            Decision = decision;
            HoldRetention = holdRetention;
        }

        /// <summary>Gets whether the member is erased in any row.</summary>
        public bool Erase { get; }

        /// <summary>Gets whether only rows whose retention date is at or before <see cref="Cutoff"/> are erased.</summary>
        public bool RowDependent { get; }

        /// <summary>Gets the latest retention start whose retention has ended; <see cref="DateTimeOffset.MaxValue"/> when every row qualifies.</summary>
        public DateTimeOffset Cutoff { get; }

        /// <summary>Gets <see cref="Cutoff"/> as a UTC <see cref="DateTime"/>, for <see cref="DateTime"/> columns.</summary>
        public DateTime CutoffUtc => Cutoff == DateTimeOffset.MaxValue ? DateTime.MaxValue : Cutoff.UtcDateTime;

#if NET6_0_OR_GREATER
        /// <summary>Gets <see cref="Cutoff"/> as a date, for <see cref="DateOnly"/> columns.</summary>
        public DateOnly CutoffDate => Cutoff == DateTimeOffset.MaxValue ? DateOnly.MaxValue : DateOnly.FromDateTime(Cutoff.UtcDateTime);
#endif

        /// <summary>Gets the decision for the member as a whole (from the request's date).</summary>
        public ErasureDecision Decision { get; }

        /// <summary>Gets the longest legal retention that holds rows, for their until-dates.</summary>
        public IsoDuration? HoldRetention { get; }
    }
}
