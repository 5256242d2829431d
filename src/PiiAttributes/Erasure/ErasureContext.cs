using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Pii.Erasure
{
    /// <summary>
    /// Carries one erasure through generated code: the request, what happened to each member, and how to undo
    /// every change if a later step fails. Used by generated code; call the generated <c>ErasePersonalData</c> instead.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public sealed class ErasureContext
    {
        private readonly List<MemberErasure> _members = new();
        private readonly List<Action> _undo = new();
        private readonly string _type;
        private readonly Pii.Store.PersonalDataStoreOptions? _purgeOptions;

        /// <summary>Starts an erasure of an object of type <paramref name="type"/>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="type">The type's name, the first part of every member path.</param>
        public ErasureContext(ErasureRequest request, string type)
        {
            Request = request ?? throw new ArgumentNullException(nameof(request));
            _type = type;
        }

        /// <summary>
        /// Starts the retention purge of objects of type <paramref name="type"/> at <paramref name="now"/>: each member is
        /// erased when its longest retention, counted from its own retention date, has ended (<see cref="ErasureDecision.ForPurge"/>);
        /// legal holds end, and a pseudonymized member takes its key from <paramref name="options"/>.
        /// </summary>
        private ErasureContext(DateTimeOffset now, Pii.Store.PersonalDataStoreOptions options, string type)
        {
            Request = ErasureRequest.Everything(now);
            _type = type;
            _purgeOptions = options;
        }

        /// <summary>Gets the request (for a retention purge: everything, at the purge's point in time).</summary>
        public ErasureRequest Request { get; }

        /// <summary>Gets whether this is a retention purge rather than an erasure request.</summary>
        public bool IsPurge => _purgeOptions is not null;

        /// <summary>Gets what was recorded so far, one entry per member of every erased object (the store's receipt counts them).</summary>
        internal IReadOnlyList<MemberErasure> Recorded => _members;

        /// <summary>Gets the type name that starts every recorded path.</summary>
        internal string TypeName => _type;

        /// <summary>Decides for one member; see <see cref="ErasureDecision.For"/>.</summary>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="retentionStart">When the member's retention started, if a member of the record says so.</param>
        /// <returns>The decision.</returns>
        public ErasureDecision Decide(PurposeTag[] purposes, ErasureStrategy strategy, DateTimeOffset? retentionStart = null) =>
            _purgeOptions is null
                ? ErasureDecision.For(Request, purposes, strategy, retentionStart)
                : ErasureDecision.ForPurge(Request.RequestedAt, purposes, retentionStart);

        /// <summary>Starts the retention purge of the owned objects of <paramref name="type"/>'s rows (see <see cref="Decide"/>).</summary>
        /// <param name="now">The point in time retentions are measured to.</param>
        /// <param name="options">The store's options, for the pseudonymization key.</param>
        /// <param name="type">The owner's type name, the first part of every member path.</param>
        /// <returns>The context.</returns>
        internal static ErasureContext ForPurge(DateTimeOffset now, Pii.Store.PersonalDataStoreOptions options, string type) =>
            new(now, options ?? throw new ArgumentNullException(nameof(options)), type);

        /// <summary>Gets the pseudonymization key, or throws before anything is changed when the request has none.</summary>
        /// <param name="member">The member that needs it, for the message.</param>
        /// <returns>The key.</returns>
        /// <exception cref="PseudonymizationKeyMissingException">The request has no key.</exception>
        public byte[] RequirePseudonymizationKey(string member) =>
            _purgeOptions is { } options ? options.RequirePseudonymizationKey("The retention purge")
            : Request.KeyBytes ?? throw new PseudonymizationKeyMissingException(
                $"{_type}.{member} is pseudonymized on erasure, but the request has no key: call ErasureRequest.WithPseudonymizationKey with the application's secret.");

        /// <summary>Records what happened to a member.</summary>
        /// <param name="member">The member's path below the erased object, for example <c>Address.City</c>.</param>
        /// <param name="outcome">What happened.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="decision">The decision, for held and kept members.</param>
        public void Record(string member, ErasureOutcome outcome, ErasureStrategy strategy, PurposeTag[] purposes, ErasureDecision decision = default)
        {
            var names = new string[purposes.Length];
            for (int i = 0; i < purposes.Length; i++)
            {
                names[i] = purposes[i].Name;
            }

            string? reason = outcome == ErasureOutcome.NotErasable && decision.KeptAs != ErasureOutcome.NotErasable
                ? "the member has no setter that generated code can call (PII006)"
                : decision.Reason;
            _members.Add(new MemberErasure(_type + "." + member, outcome, strategy, names, decision.HeldUntil, reason));
        }

        /// <summary>Records a member that the decision keeps (held or needed by another purpose).</summary>
        /// <param name="member">The member's path below the erased object.</param>
        /// <param name="decision">The decision, which does not erase.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="purposes">The member's purposes.</param>
        public void RecordKept(string member, ErasureDecision decision, ErasureStrategy strategy, PurposeTag[] purposes) =>
            Record(member, decision.KeptAs ?? ErasureOutcome.Held, strategy, purposes, decision);

        /// <summary>Records a member whose strategy generated code cannot apply (PII006): not erasable where the decision would erase it.</summary>
        /// <param name="member">The member's path below the erased object.</param>
        /// <param name="decision">The decision.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="purposes">The member's purposes.</param>
        public void RecordNotErasable(string member, ErasureDecision decision, ErasureStrategy strategy, PurposeTag[] purposes) =>
            Record(member, decision.KeptAs ?? ErasureOutcome.NotErasable, strategy, purposes, decision);

        /// <summary>
        /// Erases one member by <paramref name="strategy"/> (<see cref="ErasureStrategy.Clear"/>, <see cref="ErasureStrategy.Anonymize"/>
        /// or <see cref="ErasureStrategy.DeleteRecord"/>; <see cref="ErasureStrategy.Retain"/>, which a request always holds and a
        /// retention purge clears): decides, writes <paramref name="replacement"/> unless the member already holds it, records the
        /// outcome and registers the undo.
        /// </summary>
        /// <typeparam name="TEntity">The type that declares the member.</typeparam>
        /// <typeparam name="TValue">The member's type.</typeparam>
        /// <param name="entity">The object being erased.</param>
        /// <param name="member">The member's path below the erased object.</param>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="get">Reads the member.</param>
        /// <param name="set">Writes the member.</param>
        /// <param name="replacement">What erasure writes.</param>
        /// <param name="retentionStart">When the member's retention started, if a member of the record says so.</param>
        public void Erase<TEntity, TValue>(TEntity entity, string member, PurposeTag[] purposes, ErasureStrategy strategy, Func<TEntity, TValue> get, Action<TEntity, TValue> set, TValue replacement, DateTimeOffset? retentionStart = null)
        {
            ErasureDecision decision = Decide(purposes, strategy, retentionStart);
            if (!decision.Erase)
            {
                RecordKept(member, decision, strategy, purposes);
                return;
            }

            TValue previous = get(entity);
            if (IsEmpty(previous) || EqualityComparer<TValue>.Default.Equals(previous, replacement))
            {
                Record(member, ErasureOutcome.AlreadyErased, strategy, purposes);
                return;
            }

            Write(entity, set, previous, replacement);
            ErasureOutcome outcome = strategy switch
            {
                ErasureStrategy.Anonymize => ErasureOutcome.Anonymized,
                ErasureStrategy.DeleteRecord when !IsPurge => ErasureOutcome.RecordDeleted,
                _ => ErasureOutcome.Cleared,
            };
            Record(member, outcome, strategy, purposes);
        }

        /// <summary>Replaces a text member with its keyed pseudonym (<see cref="ErasureStrategy.Pseudonymize"/>), unless it is empty or a pseudonym already.</summary>
        /// <typeparam name="TEntity">The type that declares the member.</typeparam>
        /// <param name="entity">The object being erased.</param>
        /// <param name="member">The member's path below the erased object.</param>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="get">Reads the member.</param>
        /// <param name="set">Writes the member.</param>
        /// <param name="retentionStart">When the member's retention started, if a member of the record says so.</param>
        public void Pseudonymize<TEntity>(TEntity entity, string member, PurposeTag[] purposes, Func<TEntity, string?> get, Action<TEntity, string> set, DateTimeOffset? retentionStart = null)
        {
            ErasureDecision decision = Decide(purposes, ErasureStrategy.Pseudonymize, retentionStart);
            if (!decision.Erase)
            {
                RecordKept(member, decision, ErasureStrategy.Pseudonymize, purposes);
                return;
            }

            string? previous = get(entity);
            if (string.IsNullOrEmpty(previous) || Pseudonym.IsPseudonym(previous))
            {
                Record(member, ErasureOutcome.AlreadyErased, ErasureStrategy.Pseudonymize, purposes);
                return;
            }

            string pseudonym = Pseudonym.Create(RequirePseudonymizationKey(member), previous!);
            Write(entity, set, previous!, pseudonym);
            Record(member, ErasureOutcome.Pseudonymized, ErasureStrategy.Pseudonymize, purposes);
        }

        private void Write<TEntity, TValue>(TEntity entity, Action<TEntity, TValue> set, TValue previous, TValue replacement)
        {
            set(entity, replacement);
            _undo.Add(() => set(entity, previous));
        }

        /// <summary>An empty collection or array is as erased as null.</summary>
        private static bool IsEmpty<TValue>(TValue value) => value switch
        {
            null => false,
            string => false,
            System.Collections.ICollection collection => collection.Count == 0,
            IEnumerable<string?> texts => !System.Linq.Enumerable.Any(texts),
            _ => false,
        };

        /// <summary>Registers how to restore a member that was just changed.</summary>
        /// <param name="undo">Restores the previous value.</param>
        public void OnRollback(Action undo) => _undo.Add(undo);

        /// <summary>Restores every changed member, last change first.</summary>
        public void Rollback()
        {
            for (int i = _undo.Count - 1; i >= 0; i--)
            {
                _undo[i]();
            }

            _undo.Clear();
            _members.Clear();
        }

        /// <summary>Rolls back every change and describes the failure without repeating any value.</summary>
        /// <param name="exception">The failure.</param>
        /// <returns>The exception to throw.</returns>
        public ErasureFailedException Fail(Exception exception)
        {
            Rollback();
            string cause = exception is PseudonymizationKeyMissingException ? exception.Message : exception.GetType().Name + " (see the inner exception)";
            return new ErasureFailedException($"Erasure of {_type} failed and every change was rolled back: {cause}", exception);
        }

        /// <summary>Completes the erasure.</summary>
        /// <returns>The result.</returns>
        public ErasureResult Complete()
        {
            bool deletes = false;
            bool stays = false;
            foreach (MemberErasure member in _members)
            {
                deletes |= member.Outcome == ErasureOutcome.RecordDeleted;
                stays |= member.Outcome is ErasureOutcome.Held or ErasureOutcome.KeptForOtherPurpose or ErasureOutcome.NotErasable;
            }

            if (deletes && stays)
            {
                // The record must stay for what is held; the members that asked for its deletion were cleared.
                for (int i = 0; i < _members.Count; i++)
                {
                    MemberErasure m = _members[i];
                    if (m.Outcome == ErasureOutcome.RecordDeleted)
                    {
                        _members[i] = new MemberErasure(m.Member, ErasureOutcome.Cleared, m.Strategy, m.Purposes, null, "cleared instead of deleting the record: other members are kept");
                    }
                }
            }

            _undo.Clear();
            return new ErasureResult(_type, _members.ToArray(), deletes && !stays);
        }
    }
}
