using System;
using System.Collections.Generic;

namespace Pii.Erasure
{
    /// <summary>What happened to one member in an erasure. Holds no personal data: names, outcomes and dates only.</summary>
    public sealed class MemberErasure
    {
        internal MemberErasure(string member, ErasureOutcome outcome, ErasureStrategy strategy, IReadOnlyList<string> purposes, DateTimeOffset? heldUntil, string? reason)
        {
            Member = member;
            Outcome = outcome;
            Strategy = strategy;
            Purposes = purposes;
            HeldUntil = heldUntil;
            Reason = reason;
        }

        /// <summary>Gets the member's path from the erased object, for example <c>Customer.Address.City</c>.</summary>
        public string Member { get; }

        /// <summary>Gets what happened.</summary>
        public ErasureOutcome Outcome { get; }

        /// <summary>Gets the member's erasure strategy.</summary>
        public ErasureStrategy Strategy { get; }

        /// <summary>Gets the member's purposes.</summary>
        public IReadOnlyList<string> Purposes { get; }

        /// <summary>Gets when a legal hold ends, where it is known.</summary>
        public DateTimeOffset? HeldUntil { get; }

        /// <summary>Gets why the member was kept or not erased.</summary>
        public string? Reason { get; }

        /// <summary>Gets whether the member's value was changed by this erasure.</summary>
        public bool Changed => Outcome is ErasureOutcome.Cleared or ErasureOutcome.Anonymized or ErasureOutcome.Pseudonymized or ErasureOutcome.RecordDeleted;

        /// <inheritdoc/>
        /// <remarks>In the invariant culture: a Thai or Saudi current culture wrote the year of its own calendar.</remarks>
        public override string ToString() =>
            HeldUntil is { } until ? System.FormattableString.Invariant($"{Member}: {Outcome} until {until:yyyy-MM-dd}") : $"{Member}: {Outcome}";
    }
}
