using System;
using System.Collections.Generic;
using System.ComponentModel;
using Pii.Erasure;

namespace Pii.Store
{
    /// <summary>
    /// Collects what a generated subject-wide erasure or retention purge does, entity type by entity type, and decides
    /// for each member how the set-based statements, or the erasure on the loaded rows, treat it. Used by generated code; call the generated
    /// <c>EraseAsync</c> and <c>PurgeExpiredAsync</c> instead.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class SubjectErasureBuilder
    {
        private readonly List<EntityErasureCount> _entities = new();
        private readonly ErasureRequest? _request;
        private readonly DateTimeOffset _now;
        private readonly string _subjectType;
        private readonly string _subjectHash;
        private List<MemberErasureCount>? _members;
        private string? _entity;
        private int _rows;
        private int _statements;
        private bool _changed;
        private bool _keyDestroyed;

        private SubjectErasureBuilder(string subjectType, string subjectHash, ErasureRequest? request, DateTimeOffset now)
        {
            _subjectType = subjectType;
            _subjectHash = subjectHash;
            _request = request;
            _now = now;
        }

        /// <summary>Starts the receipt of a subject-wide erasure.</summary>
        /// <param name="subjectType">The subject's type name.</param>
        /// <param name="subjectHash">The keyed hash of the subject's key.</param>
        /// <param name="request">The request.</param>
        /// <returns>The builder.</returns>
        public static SubjectErasureBuilder ForErasure(string subjectType, string subjectHash, ErasureRequest request) =>
            new(subjectType, subjectHash, request ?? throw new ArgumentNullException(nameof(request)), request.RequestedAt);

        /// <summary>Starts the result of a retention purge.</summary>
        /// <param name="now">The point in time retentions are measured to.</param>
        /// <returns>The builder.</returns>
        public static SubjectErasureBuilder ForPurge(DateTimeOffset now) => new(string.Empty, string.Empty, null, now);

        /// <summary>Gets the number of statements counted so far.</summary>
        public int Statements => _statements;

        /// <summary>Counts one SQL statement.</summary>
        public void Statement() => _statements++;

        /// <summary>
        /// Plans a member for an erasure: a <see cref="ErasureStrategy.Retain"/> member and one that another purpose still
        /// needs stay; a member held by a legal obligation is erased only in the rows whose own retention date shows the
        /// obligation has ended (when the row has such a date), otherwise it stays until the date the decision gives.
        /// </summary>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="rowDependent">Whether the member's entity has a retention date for it (<c>RetentionStartsAt</c>).</param>
        /// <returns>The plan.</returns>
        /// <exception cref="PseudonymizationKeyMissingException">The member is pseudonymized and the request has no key.</exception>
        public MemberPlan Plan(PurposeTag[] purposes, ErasureStrategy strategy, bool rowDependent)
        {
            ErasureRequest request = _request ?? throw new InvalidOperationException("Plan is for erasures; a purge uses PlanPurge.");
            ErasureDecision decision = ErasureDecision.For(request, purposes, strategy, null);
            if (strategy == ErasureStrategy.Retain || decision.KeptAs == ErasureOutcome.KeptForOtherPurpose)
            {
                return new MemberPlan(false, false, DateTimeOffset.MaxValue, decision, null);
            }

            MemberPlan plan;
            if (!rowDependent)
            {
                plan = new MemberPlan(decision.Erase, false, DateTimeOffset.MaxValue, decision, null);
            }
            else
            {
                // Erased in a row once every legal obligation's retention, counted from the row's date, has ended.
                DateTimeOffset cutoff = DateTimeOffset.MaxValue;
                IsoDuration? longest = null;
                foreach (PurposeTag purpose in purposes)
                {
                    if (purpose.LegalBasis != LegalBasis.LegalObligation)
                    {
                        continue;
                    }

                    if (purpose.Retention is not { } retention)
                    {
                        return new MemberPlan(false, false, DateTimeOffset.MaxValue, decision, null);
                    }

                    DateTimeOffset ends = retention.SubtractFrom(request.RequestedAt);
                    if (ends < cutoff)
                    {
                        cutoff = ends;
                        longest = retention;
                    }
                }

                plan = new MemberPlan(true, longest is not null, cutoff, decision, longest);
            }

            if (plan.Erase && strategy == ErasureStrategy.Pseudonymize && request.KeyBytes is null)
            {
                throw new PseudonymizationKeyMissingException(
                    "A member is pseudonymized on erasure, but the request has no key: call ErasureRequest.WithPseudonymizationKey with the application's secret.");
            }

            return plan;
        }

        /// <summary>
        /// Plans a member for a retention purge: it expires in the rows whose retention date lies at or before the purge's point in time
        /// minus its longest retention. A member with a purpose that has no retention never expires.
        /// </summary>
        /// <param name="purposes">The member's purposes.</param>
        /// <returns>The plan; <see cref="MemberPlan.Erase"/> is <see langword="false"/> when the member never expires.</returns>
        public MemberPlan PlanPurge(PurposeTag[] purposes)
        {
            DateTimeOffset cutoff = DateTimeOffset.MaxValue;
            IsoDuration? longest = null;
            foreach (PurposeTag purpose in purposes)
            {
                if (purpose.Retention is not { } retention)
                {
                    return new MemberPlan(false, false, DateTimeOffset.MaxValue, default, null);
                }

                DateTimeOffset ends = retention.SubtractFrom(_now);
                if (ends < cutoff)
                {
                    cutoff = ends;
                    longest = retention;
                }
            }

            return new MemberPlan(longest is not null, true, cutoff, default, longest);
        }

        /// <summary>Gets the pseudonymization key of the request.</summary>
        /// <returns>The key.</returns>
        /// <exception cref="PseudonymizationKeyMissingException">The request has no key.</exception>
        public byte[] PseudonymizationKey() =>
            _request?.KeyBytes ?? throw new PseudonymizationKeyMissingException("The request has no pseudonymization key.");

        /// <summary>Starts the entries of an entity type.</summary>
        /// <param name="entityType">The type's name.</param>
        /// <param name="rows">The subject's rows of the type (for a purge: the rows that had anything expired).</param>
        public void BeginEntity(string entityType, int rows)
        {
            _entity = entityType;
            _rows = rows;
            _members = new List<MemberErasureCount>();
        }

        /// <summary>Records a member after the statements ran.</summary>
        /// <param name="member">The member's name.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="plan">Its plan.</param>
        /// <param name="valued">The rows that held a value before.</param>
        /// <param name="due">For a row-dependent plan, the rows whose retention had ended; otherwise the same as <paramref name="valued"/>.</param>
        /// <param name="latestHeldStart">For a row-dependent plan, the latest retention date among the held rows.</param>
        /// <param name="deleted">Whether the rows were deleted rather than updated.</param>
        public void Member(string member, ErasureStrategy strategy, MemberPlan plan, int valued, int due, DateTimeOffset? latestHeldStart, bool deleted = false)
        {
            List<MemberErasureCount> members = _members ?? throw new InvalidOperationException("BeginEntity first.");
            if (!plan.Erase)
            {
                ErasureOutcome kept = plan.Decision.KeptAs ?? (_request is null ? ErasureOutcome.AlreadyErased : ErasureOutcome.Held);
                string? reason = _request is null ? ErasureDecision.NeverExpires : plan.Decision.Reason;
                members.Add(new MemberErasureCount(member, strategy, kept, valued, 0, plan.Decision.HeldUntil, reason));
                return;
            }

            int erased = plan.RowDependent ? due : valued;
            int held = plan.RowDependent ? valued - due : 0;
            DateTimeOffset? heldUntil = held > 0 && latestHeldStart is { } start && plan.HoldRetention is { } retention ? retention.AddTo(start) : null;
            ErasureOutcome outcome = erased == 0
                ? (held > 0 ? ErasureOutcome.Held : ErasureOutcome.AlreadyErased)
                : deleted ? ErasureOutcome.RecordDeleted
                : strategy switch
                {
                    ErasureStrategy.Anonymize => ErasureOutcome.Anonymized,
                    ErasureStrategy.Pseudonymize => ErasureOutcome.Pseudonymized,
                    _ => ErasureOutcome.Cleared,
                };
            // An erasure holds rows for a legal obligation only; a purge holds every row whose own retention runs on.
            string? why = held <= 0 ? null
                : _request is null ? "held in the rows whose retention, counted from the row's own date, has not ended"
                : "held in the rows whose legal retention, counted from the row's own date, has not ended";
            _changed |= erased > 0;
            members.Add(new MemberErasureCount(member, strategy, outcome, erased, held, heldUntil, why));
        }

        /// <summary>
        /// Starts the in-memory erasure of the members no statement can write in the current erasure's rows of
        /// <paramref name="entityType"/>: those of owned objects (owned types, complex properties and collections of them), and
        /// collections of text that would have to be written as empty ones. Generated code loads the rows, erases those members
        /// with the same code as <c>ErasePersonalData</c>, and saves them in the erasure's transaction.
        /// </summary>
        /// <param name="entityType">The owner's type name.</param>
        /// <returns>The context the owned members are erased in.</returns>
        public ErasureContext OwnedErasure(string entityType) =>
            ErasureContext.Tallied(_request ?? throw new InvalidOperationException("OwnedErasure is for erasures; a purge uses OwnedPurge."), entityType);

        /// <summary>
        /// Starts the retention purge of the members no statement can write in every row of <paramref name="entityType"/>: those of
        /// owned objects and collections of text. Generated code loads the rows, purges those members with the same code as
        /// <c>ErasePersonalData</c>, each decided by its own retention date (<see cref="ErasureDecision.ForPurge"/>), and saves them
        /// in the purge's transaction.
        /// </summary>
        /// <param name="entityType">The owner's type name.</param>
        /// <param name="options">The store's options, for the pseudonymization key.</param>
        /// <returns>The context the owned members are purged in.</returns>
        public ErasureContext OwnedPurge(string entityType, PersonalDataStoreOptions options) =>
            _request is null
                ? ErasureContext.ForPurge(_now, options, entityType)
                : throw new InvalidOperationException("OwnedPurge is for retention purges; an erasure uses OwnedErasure.");

        /// <summary>
        /// Records a member erased on the loaded rows in <paramref name="erasure"/> (<see cref="OwnedErasure"/>): the rows (for a
        /// collection of owned objects, the elements) it was erased in, those it is held in (and until when), or why it was kept.
        /// </summary>
        /// <param name="member">The member's path below the entity, for example <c>Address.City</c>, or its name.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="plan">Its plan: what the request decides without a row's own retention date.</param>
        /// <param name="erasure">The context the owned objects were erased in (<see cref="OwnedErasure"/>).</param>
        /// <param name="deleted">Whether the owners' rows were deleted afterwards, with their owned data.</param>
        /// <param name="mapped">Whether the EF Core model maps the member's object as owned or complex; otherwise nothing was erased.</param>
        public void OwnedMember(string member, ErasureStrategy strategy, MemberPlan plan, ErasureContext erasure, bool deleted, bool mapped)
        {
            if (erasure is null)
            {
                throw new ArgumentNullException(nameof(erasure));
            }

            if (!mapped)
            {
                NotErasable(member, strategy, "its object is neither an owned type nor a complex property in the EF Core model, so it is not loaded with its owner; erase it through its own DbSet (docs/store.md, Owned types)");
                return;
            }

            List<MemberErasureCount> members = _members ?? throw new InvalidOperationException("BeginEntity first.");
            OwnedTally? tally = erasure.TallyOf(erasure.TypeName + "." + member);
            int erased = tally?.Erased ?? 0;
            int held = tally?.Held ?? 0;
            int notErasable = tally?.NotErasable ?? 0;
            int keptRows = tally?.Kept ?? 0;
            DateTimeOffset? heldUntil = tally?.HeldUntil;
            string? heldReason = tally?.HeldReason;
            string? notErasableReason = tally?.NotErasableReason;
            string? keptReason = tally?.KeptReason;
            ErasureOutcome? kept = tally?.KeptAs;

            if (deleted)
            {
                // The rows went, and their owned data with them: whatever the in-memory pass decided for a value, it is gone.
                erased += held + notErasable + keptRows;
                held = 0;
                notErasable = 0;
                kept = null;
                heldUntil = null;
            }

            _changed |= erased > 0;
            if (erased == 0 && held == 0 && notErasable == 0 && kept is null && !plan.Erase)
            {
                // A purge's plan that never erases: a purpose has no retention, as for the statements' members.
                members.Add(_request is null
                    ? new MemberErasureCount(member, strategy, ErasureOutcome.AlreadyErased, 0, 0, null, ErasureDecision.NeverExpires)
                    : new MemberErasureCount(member, strategy, plan.Decision.KeptAs ?? ErasureOutcome.Held, 0, 0, plan.Decision.HeldUntil, plan.Decision.Reason));
                return;
            }

            ErasureOutcome outcome = erased > 0
                ? (deleted ? ErasureOutcome.RecordDeleted : strategy switch
                {
                    ErasureStrategy.Anonymize => ErasureOutcome.Anonymized,
                    ErasureStrategy.Pseudonymize => ErasureOutcome.Pseudonymized,
                    _ => ErasureOutcome.Cleared,
                })
                : notErasable > 0 ? ErasureOutcome.NotErasable
                : held > 0 ? ErasureOutcome.Held
                : kept ?? ErasureOutcome.AlreadyErased;
            int rows = erased > 0 ? erased : notErasable > 0 ? notErasable : held > 0 ? held : keptRows;
            string? reason = outcome switch
            {
                ErasureOutcome.NotErasable => notErasableReason,
                ErasureOutcome.Held => heldReason,
                _ when erased > 0 => held > 0 ? heldReason : null,
                _ => keptReason,
            };
            members.Add(new MemberErasureCount(member, strategy, outcome, rows, held, heldUntil, reason));
        }

        /// <summary>Records a member that generated code cannot erase with a set-based statement.</summary>
        /// <param name="member">The member's name.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="reason">Why.</param>
        public void NotErasable(string member, ErasureStrategy strategy, string reason) =>
            (_members ?? throw new InvalidOperationException("BeginEntity first.")).Add(new MemberErasureCount(member, strategy, ErasureOutcome.NotErasable, 0, 0, null, reason));

        /// <summary>Completes the entries of the current entity type.</summary>
        /// <param name="rowsDeleted">How many of its rows were deleted.</param>
        public void EndEntity(int rowsDeleted = 0)
        {
            _changed |= rowsDeleted > 0;
            _entities.Add(new EntityErasureCount(_entity ?? throw new InvalidOperationException("BeginEntity first."), _rows, rowsDeleted, (_members ?? new List<MemberErasureCount>()).ToArray()));
            _members = null;
            _entity = null;
        }

        /// <summary>Records that the subject's own data key was destroyed (crypto-shredding).</summary>
        public void SubjectKeyDestroyed()
        {
            _keyDestroyed = true;
            _changed = true;
        }

        /// <summary>Completes a subject-wide erasure.</summary>
        /// <param name="found">Whether the subject exists.</param>
        /// <param name="completedAt">When it was committed.</param>
        /// <param name="suppressed">How many identifiers were added to the suppression list.</param>
        /// <returns>The receipt.</returns>
        public SubjectErasureReceipt Complete(bool found, DateTimeOffset completedAt, int suppressed = 0)
        {
            ErasureRequest request = _request ?? throw new InvalidOperationException("Complete is for erasures; a purge uses CompletePurge.");
            SubjectErasureStatus status = !found ? SubjectErasureStatus.NotFound
                : _changed || suppressed > 0 ? SubjectErasureStatus.Erased
                : SubjectErasureStatus.NothingChanged;
            return new SubjectErasureReceipt(_subjectType, _subjectHash, status, request.RequestedAt, completedAt, request.Purposes, _entities.ToArray(), _statements, suppressed, _keyDestroyed);
        }

        /// <summary>Completes a retention purge.</summary>
        /// <returns>The result.</returns>
        public PurgeResult CompletePurge() => new(_now, _entities.ToArray(), _statements);
    }
}
