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

        // A store's erasure on loaded rows (see Tallied): counts per member path, no entry per object and no undo, so that a
        // purge over a whole table keeps memory flat. The store rolls back its transaction and drops its change tracker instead.
        private readonly Dictionary<string, OwnedTally>? _tallies;

        // A DeleteRecord member the request erases, its value already empty or not: the record is to go either way, as the
        // store deletes the row. Counting only the values changed told a repeated request to keep a record the first one's
        // caller had failed to delete.
        private bool _deleteAsked;

        /// <summary>Starts an erasure of an object of type <paramref name="type"/>.</summary>
        /// <param name="request">The request.</param>
        /// <param name="type">The type's name, the first part of every member path.</param>
        public ErasureContext(ErasureRequest request, string type)
        {
            Request = request ?? throw new ArgumentNullException(nameof(request));
            _type = type;
        }

        /// <summary>A store's context on loaded rows, counting per member path; a retention purge when <paramref name="purgeOptions"/> is given.</summary>
        private ErasureContext(ErasureRequest request, string type, Pii.Store.PersonalDataStoreOptions? purgeOptions)
            : this(request, type)
        {
            _purgeOptions = purgeOptions;
            _tallies = new Dictionary<string, OwnedTally>(StringComparer.Ordinal);
        }

        /// <summary>Gets the request (for a retention purge: everything, at the purge's point in time).</summary>
        public ErasureRequest Request { get; }

        /// <summary>Gets whether this is a retention purge rather than an erasure request.</summary>
        private bool IsPurge => _purgeOptions is not null;

        /// <summary>Gets the type name that starts every recorded path.</summary>
        internal string TypeName => _type;

        /// <summary>Gets the counts of a store's erasure (<see cref="Tallied"/>, <see cref="ForPurge"/>) for one member path without indices, or null when nothing was recorded for it.</summary>
        /// <param name="path">The path, the type name first: <c>Guest.Stays.Plate</c>.</param>
        /// <returns>The counts.</returns>
        internal OwnedTally? TallyOf(string path) => _tallies is not null && _tallies.TryGetValue(path, out OwnedTally? tally) ? tally : null;

        /// <summary>Decides for one member; see <see cref="ErasureDecision.For"/>.</summary>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="retentionStart">When the member's retention started, if a member of the record says so.</param>
        /// <returns>The decision.</returns>
        public ErasureDecision Decide(PurposeTag[] purposes, ErasureStrategy strategy, DateTimeOffset? retentionStart = null) =>
            _purgeOptions is null
                ? ErasureDecision.For(Request, purposes, strategy, retentionStart)
                : ErasureDecision.ForPurge(Request.RequestedAt, purposes, retentionStart);

        /// <summary>
        /// Starts the retention purge of the owned objects of <paramref name="type"/>'s rows at <paramref name="now"/>: each member is
        /// erased when its longest retention, counted from its own retention date, has ended (<see cref="ErasureDecision.ForPurge"/>);
        /// legal holds end, and a pseudonymized member takes its key from <paramref name="options"/>. Counted as <see cref="Tallied"/> is.
        /// </summary>
        /// <param name="now">The point in time retentions are measured to.</param>
        /// <param name="options">The store's options, for the pseudonymization key.</param>
        /// <param name="type">The owner's type name, the first part of every member path.</param>
        /// <returns>The context.</returns>
        internal static ErasureContext ForPurge(DateTimeOffset now, Pii.Store.PersonalDataStoreOptions options, string type) =>
            new(ErasureRequest.Everything(now), type, options ?? throw new ArgumentNullException(nameof(options)));

        /// <summary>
        /// Starts a store's erasure, for <paramref name="request"/>, of the owned objects of <paramref name="type"/>'s loaded rows:
        /// outcomes are counted per member path (<see cref="TallyOf"/>), not kept per object, and changes are not undone in
        /// memory (the store rolls back its transaction and clears its change tracker).
        /// </summary>
        internal static ErasureContext Tallied(ErasureRequest request, string type) => new(request, type, purgeOptions: null);

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
            string? reason = outcome == ErasureOutcome.NotErasable && decision.KeptAs != ErasureOutcome.NotErasable
                ? "the member has no setter that generated code can call (PII006)"
                : decision.Reason;
            if (_tallies is not null)
            {
                string path = WithoutIndices(_type + "." + member);
                if (!_tallies.TryGetValue(path, out OwnedTally? tally))
                {
                    _tallies.Add(path, tally = new OwnedTally());
                }

                tally.Add(outcome, decision.HeldUntil, reason);
                return;
            }

            var names = new string[purposes.Length];
            for (int i = 0; i < purposes.Length; i++)
            {
                names[i] = purposes[i].Name;
            }

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

        /// <summary>Records a member whose strategy generated code cannot apply, for <paramref name="reason"/>: not erasable where the decision would erase it.</summary>
        /// <param name="member">The member's path below the erased object.</param>
        /// <param name="decision">The decision.</param>
        /// <param name="strategy">The member's strategy.</param>
        /// <param name="purposes">The member's purposes.</param>
        /// <param name="reason">Why the strategy cannot be applied.</param>
        public void RecordNotErasable(string member, ErasureDecision decision, ErasureStrategy strategy, PurposeTag[] purposes, string reason) =>
            Record(member, decision.KeptAs ?? ErasureOutcome.NotErasable, strategy, purposes, decision.KeptAs is null ? ErasureDecision.NotErasable(reason) : decision);

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
            if (!decision.Erase && _tallies is null)
            {
                RecordKept(member, decision, strategy, purposes); // a held member is not read
                return;
            }

            _deleteAsked |= strategy == ErasureStrategy.DeleteRecord && decision.Erase && !IsPurge;
            TValue previous = get(entity);
            bool holds = Holds(previous, replacement);

            // A store counts only values, as its statements do: an empty one is neither held nor kept.
            if (!decision.Erase && holds)
            {
                RecordKept(member, decision, strategy, purposes);
                return;
            }

            if (!holds)
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
            if (!decision.Erase && _tallies is null)
            {
                RecordKept(member, decision, ErasureStrategy.Pseudonymize, purposes); // a held member is not read
                return;
            }

            string? previous = get(entity);
            bool erased = string.IsNullOrEmpty(previous) || Pseudonym.IsPseudonym(previous);
            if (!decision.Erase && !erased)
            {
                RecordKept(member, decision, ErasureStrategy.Pseudonymize, purposes);
                return;
            }

            if (erased)
            {
                // A store counts only values, as its statements do: an empty one or a pseudonym is not held either.
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
            if (_tallies is null)
            {
                _undo.Add(() => set(entity, previous));
            }
        }

        /// <summary>A recorded path without the indices of collection elements: <c>Customer.Addresses[2].City</c> → <c>Customer.Addresses.City</c>.</summary>
        internal static string WithoutIndices(string path)
        {
            if (path.IndexOf('[') < 0)
            {
                return path;
            }

            var builder = new System.Text.StringBuilder(path.Length);
            bool inIndex = false;
            foreach (char c in path)
            {
                if (c == '[')
                {
                    inIndex = true;
                }
                else if (c == ']')
                {
                    inIndex = false;
                }
                else if (!inIndex)
                {
                    builder.Append(c);
                }
            }

            return builder.ToString();
        }

        /// <summary>
        /// Whether <paramref name="value"/> still holds something the strategy would change: not empty, not the replacement
        /// already, and, in a store's count (<see cref="Tallied"/>), not null either (its statements skip null too).
        /// </summary>
        private bool Holds<TValue>(TValue value, TValue replacement) =>
            !(IsEmpty(value) || EqualityComparer<TValue>.Default.Equals(value, replacement) || (_tallies is not null && value is null));

        /// <summary>
        /// An empty collection or array is as erased as null, and so is a default <c>ImmutableArray</c> (a struct collection
        /// equal to its default value, which throws when counted).
        /// </summary>
        private static bool IsEmpty<TValue>(TValue value) => value switch
        {
            null => false,
            string => false,
            System.Collections.IStructuralEquatable when typeof(TValue).IsValueType && EqualityComparer<TValue>.Default.Equals(value, default!) => true,
            System.Collections.ICollection collection => collection.Count == 0,
            IEnumerable<string?> texts => !System.Linq.Enumerable.Any(texts),
            _ => false,
        };

        /// <summary>Registers how to restore a member that was just changed.</summary>
        /// <param name="undo">Restores the previous value.</param>
        public void OnRollback(Action undo)
        {
            if (_tallies is null)
            {
                _undo.Add(undo); // a store's context does not undo in memory: it rolls back its transaction
            }
        }

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
            return new ErasureResult(_type, _members.ToArray(), (deletes || _deleteAsked) && !stays);
        }
    }
}
