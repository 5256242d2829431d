using System;

namespace Pii.Erasure
{
    /// <summary>Whether one member is erased, held or kept, decided from its purposes and the request.</summary>
    public readonly struct ErasureDecision
    {
        private ErasureDecision(ErasureOutcome? keptAs, DateTimeOffset? heldUntil, string? reason)
        {
            KeptAs = keptAs;
            HeldUntil = heldUntil;
            Reason = reason;
        }

        /// <summary>Gets whether the member is to be erased by its strategy.</summary>
        public bool Erase => KeptAs is null;

        /// <summary>Gets <see cref="ErasureOutcome.Held"/> or <see cref="ErasureOutcome.KeptForOtherPurpose"/> when the member stays.</summary>
        public ErasureOutcome? KeptAs { get; }

        /// <summary>Gets the end of a legal hold, where known.</summary>
        public DateTimeOffset? HeldUntil { get; }

        /// <summary>Gets why the member stays.</summary>
        public string? Reason { get; }

        /// <summary>
        /// Decides for one member. In order: a <see cref="ErasureStrategy.Retain"/> member is held; a member that
        /// a purpose outside the request still needs is kept; a member held for a legal obligation whose retention
        /// has not run out is held until it does (Art. 17(3)(b)); everything else is erased.
        /// </summary>
        /// <param name="request">The request.</param>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="retentionStart">When the member's retention started, or <see langword="null"/> to count from the request;
        /// <see cref="RetentionStart.NotYet"/> when it has not started (a legal obligation then holds the member with no end
        /// date).</param>
        /// <returns>The decision.</returns>
        public static ErasureDecision For(ErasureRequest request, PurposeTag[] purposes, ErasureStrategy strategy, DateTimeOffset? retentionStart)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            DateTimeOffset start = retentionStart ?? request.RequestedAt;
            bool started = start != RetentionStart.NotYet;
            if (strategy == ErasureStrategy.Retain)
            {
                // A hold the member's strategy asks for counts from the request when its date is not set, as the store's does.
                DateTimeOffset? until = LatestEnd(purposes, started ? start : request.RequestedAt, legalObligationOnly: false);
                return new ErasureDecision(ErasureOutcome.Held, until, "legal hold: the member's strategy is Retain");
            }

            foreach (PurposeTag purpose in purposes)
            {
                if (!request.Covers(purpose.Name))
                {
                    return new ErasureDecision(ErasureOutcome.KeptForOtherPurpose, null, $"still needed for purpose '{purpose.Name}' ({purpose.LegalBasis})");
                }
            }

            DateTimeOffset? heldUntil = null;
            string? heldFor = null;
            foreach (PurposeTag purpose in purposes)
            {
                if (purpose.LegalBasis != LegalBasis.LegalObligation)
                {
                    continue;
                }

                if (purpose.Retention is not { } retention)
                {
                    return new ErasureDecision(ErasureOutcome.Held, null, $"legal obligation '{purpose.Name}' without a retention: held until a retention is declared");
                }

                if (!started)
                {
                    return new ErasureDecision(ErasureOutcome.Held, null, $"legal obligation '{purpose.Name}', retention {retention} from a date that is not set yet: held with no end date");
                }

                DateTimeOffset end = retention.AddTo(start);
                if (end > request.RequestedAt && (heldUntil is null || end > heldUntil))
                {
                    heldUntil = end;
                    heldFor = $"legal obligation '{purpose.Name}', retention {retention}";
                }
            }

            return heldUntil is null
                ? default
                : new ErasureDecision(ErasureOutcome.Held, heldUntil, heldFor);
        }

        /// <summary>
        /// Decides for one member in a retention purge at <paramref name="now"/>, as the store's set-based purge does: the
        /// member is erased once <paramref name="now"/> minus its longest retention has reached its retention date; legal
        /// holds (<see cref="ErasureStrategy.Retain"/>) end with the retention. It is held while the retention runs or while
        /// its date is not set, never expires when a purpose has no retention, and cannot be purged without a date.
        /// </summary>
        /// <param name="now">The point in time retentions are measured to.</param>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="retentionStart">The member's retention date (<see cref="RetentionStart.NotYet"/> when it is not set), or
        /// <see langword="null"/> when the member has none (<c>RetentionStartsAt</c>).</param>
        /// <returns>The decision.</returns>
        public static ErasureDecision ForPurge(DateTimeOffset now, PurposeTag[] purposes, DateTimeOffset? retentionStart)
        {
            if (purposes is null)
            {
                throw new ArgumentNullException(nameof(purposes));
            }

            if (retentionStart is not { } start)
            {
                return new ErasureDecision(ErasureOutcome.NotErasable, null, "no RetentionStartsAt: the purge cannot tell when its retention started");
            }

            DateTimeOffset cutoff = DateTimeOffset.MaxValue;
            IsoDuration? longest = null;
            foreach (PurposeTag purpose in purposes)
            {
                if (purpose.Retention is not { } retention)
                {
                    return new ErasureDecision(ErasureOutcome.AlreadyErased, null, NeverExpires);
                }

                DateTimeOffset ends = retention.SubtractFrom(now);
                if (ends < cutoff)
                {
                    cutoff = ends;
                    longest = retention;
                }
            }

            if (longest is not { } held)
            {
                return new ErasureDecision(ErasureOutcome.AlreadyErased, null, "the member has no purpose: it never expires");
            }

            if (start == RetentionStart.NotYet)
            {
                return new ErasureDecision(ErasureOutcome.Held, null, $"retention {held} counts from a date that is not set yet");
            }

            return start <= cutoff
                ? default
                : new ErasureDecision(ErasureOutcome.Held, held.AddTo(start), $"retention {held}, counted from the row's own date, has not ended");
        }

        /// <summary>Why a retention purge never erases a member one of whose purposes has no retention.</summary>
        internal const string NeverExpires = "a purpose of the member has no retention: it never expires";

        /// <summary>A decision that the member's strategy cannot be applied, for <paramref name="reason"/>.</summary>
        internal static ErasureDecision NotErasable(string reason) => new(ErasureOutcome.NotErasable, null, reason);

        private static DateTimeOffset? LatestEnd(PurposeTag[] purposes, DateTimeOffset start, bool legalObligationOnly)
        {
            DateTimeOffset? latest = null;
            foreach (PurposeTag purpose in purposes)
            {
                if ((legalObligationOnly && purpose.LegalBasis != LegalBasis.LegalObligation) || purpose.Retention is not { } retention)
                {
                    continue;
                }

                DateTimeOffset end = retention.AddTo(start);
                if (latest is null || end > latest)
                {
                    latest = end;
                }
            }

            return latest;
        }
    }
}
