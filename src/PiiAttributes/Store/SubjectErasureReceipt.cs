using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Pii.Erasure;

namespace Pii.Store
{
    /// <summary>What a subject-wide erasure found.</summary>
    public enum SubjectErasureStatus
    {
        /// <summary>No data subject has the key: nothing was changed.</summary>
        NotFound = 0,

        /// <summary>The subject was found and at least one value was erased or one record deleted.</summary>
        Erased = 1,

        /// <summary>The subject was found but nothing was left to erase: a repeated request, or everything is held or kept.</summary>
        NothingChanged = 2,
    }

    /// <summary>
    /// The receipt of a subject-wide erasure, to keep as proof that the request was carried out. It contains no personal
    /// data: the subject appears only as a keyed hash of its key, and members only as counts and outcomes.
    /// </summary>
    public sealed class SubjectErasureReceipt
    {
        internal SubjectErasureReceipt(
            string subjectType,
            string subjectHash,
            SubjectErasureStatus status,
            DateTimeOffset requestedAt,
            DateTimeOffset completedAt,
            IReadOnlyCollection<string>? purposes,
            IReadOnlyList<EntityErasureCount> entities,
            int statements,
            int suppressed,
            bool subjectKeyDestroyed = false)
        {
            SubjectType = subjectType;
            SubjectHash = subjectHash;
            Status = status;
            RequestedAt = requestedAt;
            CompletedAt = completedAt;
            Purposes = purposes;
            Entities = entities;
            Statements = statements;
            AddedToSuppressionList = suppressed;
            SubjectKeyDestroyed = subjectKeyDestroyed;
        }

        /// <summary>
        /// Gets whether the subject's own data key was destroyed (crypto-shredding, <see cref="ErasureStrategy.CryptoShred"/>):
        /// every copy of the values encrypted under it, in backups and replicas too, can no longer be decrypted. False when
        /// the subject has no such key, or when a value under it is still held, so the key had to stay.
        /// </summary>
        public bool SubjectKeyDestroyed { get; }

        /// <summary>Gets the data subject's type.</summary>
        public string SubjectType { get; }

        /// <summary>Gets the keyed hash (HMAC-SHA256) of the subject's key: the same subject always gives the same hash under the same key.</summary>
        public string SubjectHash { get; }

        /// <summary>Gets what the erasure found.</summary>
        public SubjectErasureStatus Status { get; }

        /// <summary>Gets when the request was made.</summary>
        public DateTimeOffset RequestedAt { get; }

        /// <summary>Gets when the erasure was committed.</summary>
        public DateTimeOffset CompletedAt { get; }

        /// <summary>Gets the purposes the request was scoped to, or <see langword="null"/> for all.</summary>
        public IReadOnlyCollection<string>? Purposes { get; }

        /// <summary>Gets one entry per entity type linked to the subject, the subject's own type first.</summary>
        public IReadOnlyList<EntityErasureCount> Entities { get; }

        /// <summary>Gets the number of SQL statements the erasure ran: it depends on the model, not on the number of rows (pseudonymization aside: one per distinct value).</summary>
        public int Statements { get; }

        /// <summary>Gets how many identifiers were added to the suppression list.</summary>
        public int AddedToSuppressionList { get; }

        /// <summary>Gets whether anything was changed.</summary>
        public bool Changed => Status == SubjectErasureStatus.Erased;

        /// <summary>Gets the members kept under a legal hold, with their until-dates.</summary>
        public IEnumerable<MemberErasureCount> Held => Entities.SelectMany(e => e.Members).Where(m => m.RowsHeld > 0 || (m.Outcome == ErasureOutcome.Held && m.Rows > 0));

        /// <summary>Gets the entry of an entity type, or <see langword="null"/>.</summary>
        /// <param name="entityType">The type's name.</param>
        /// <returns>The entry.</returns>
        public EntityErasureCount? this[string entityType] => Entities.FirstOrDefault(e => e.EntityType == entityType);

        /// <summary>
        /// Gets a summary for a log: the subject's type, the purposes, what the erasure found, and per entity type the members
        /// with their outcomes, rows, until-dates and reasons: <c>Erasure of Contact for everything: erased, 17 statements,
        /// 1 identifier added to the suppression list. Invoice (2 rows): BillingName cleared in 1 row, held in 1 row until
        /// 2032-12-03 (...). Contact (1 row): Email cleared in 1 row; Phone anonymized in 1 row</c>.
        /// </summary>
        /// <returns>The summary: names, counts, outcomes, dates and reasons. It leaves out <see cref="SubjectHash"/>; log it
        /// yourself where records must be matched to the subject.</returns>
        /// <remarks>
        /// Members with nothing to erase and nothing kept are left out, and so are entity types that the subject has no rows
        /// of or that are left with no member to name. Dates are in the invariant culture.
        /// </remarks>
        public override string ToString()
        {
            var text = new StringBuilder("Erasure of ").Append(SubjectType)
                .Append(" for ").Append(Purposes is null ? "everything" : string.Join(", ", Purposes))
                .Append(": ").Append(Status switch
                {
                    SubjectErasureStatus.Erased => "erased",
                    SubjectErasureStatus.NothingChanged => "nothing changed",
                    SubjectErasureStatus.NotFound => "subject not found",
                    _ => Status.ToString(),
                })
                .Append(", ").Append(ResultText.Count(Statements, "statement", "statements"));
            if (AddedToSuppressionList > 0)
            {
                text.Append(", ").Append(ResultText.Count(AddedToSuppressionList, "identifier", "identifiers")).Append(" added to the suppression list");
            }

            if (SubjectKeyDestroyed)
            {
                text.Append(", subject key destroyed");
            }

            EntityErasureCount.AppendAll(text, Entities);
            return text.ToString();
        }
    }

    /// <summary>What an erasure did to the rows of one entity type.</summary>
    public sealed class EntityErasureCount
    {
        internal EntityErasureCount(string entityType, int rows, int rowsDeleted, IReadOnlyList<MemberErasureCount> members)
        {
            EntityType = entityType;
            Rows = rows;
            RowsDeleted = rowsDeleted;
            Members = members;
        }

        /// <summary>Gets the entity type's name.</summary>
        public string EntityType { get; }

        /// <summary>Gets the number of the subject's rows of this type before the erasure.</summary>
        public int Rows { get; }

        /// <summary>Gets the number of rows deleted.</summary>
        public int RowsDeleted { get; }

        /// <summary>Gets one entry per tagged member.</summary>
        public IReadOnlyList<MemberErasureCount> Members { get; }

        /// <summary>Gets the entry of a member, or <see langword="null"/>.</summary>
        /// <param name="member">The member's name.</param>
        /// <returns>The entry.</returns>
        public MemberErasureCount? this[string member] => Members.FirstOrDefault(m => m.Member == member);

        /// <summary>
        /// Appends, as sentences after <paramref name="text"/>, each entity type that had rows deleted or that has rows and a
        /// member to name: <c>. Invoice (2 rows, 1 deleted): BillingName deleted in 1 row; VatNumber held in 1 row until 2033-03-01 (...)</c>.
        /// </summary>
        internal static void AppendAll(StringBuilder text, IEnumerable<EntityErasureCount> entities)
        {
            foreach (EntityErasureCount entity in entities)
            {
                MemberErasureCount[] members = entity.Members.Where(m => m.Reported).ToArray();
                if (entity.RowsDeleted == 0 && (entity.Rows == 0 || members.Length == 0))
                {
                    continue;
                }

                text.Append(". ").Append(entity.EntityType).Append(" (").Append(ResultText.Count(entity.Rows, "row", "rows"));
                if (entity.RowsDeleted > 0)
                {
                    text.Append(", ").Append(entity.RowsDeleted.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" deleted");
                }

                text.Append(')');
                for (int i = 0; i < members.Length; i++)
                {
                    text.Append(i == 0 ? ": " : "; ");
                    members[i].AppendSummary(text);
                }
            }
        }
    }

    /// <summary>What an erasure did to one member across the rows of its entity type.</summary>
    public sealed class MemberErasureCount
    {
        internal MemberErasureCount(string member, ErasureStrategy strategy, ErasureOutcome outcome, int rows, int rowsHeld, DateTimeOffset? heldUntil, string? reason)
        {
            Member = member;
            Strategy = strategy;
            Outcome = outcome;
            Rows = rows;
            RowsHeld = rowsHeld;
            HeldUntil = heldUntil;
            Reason = reason;
        }

        /// <summary>Gets the member's name.</summary>
        public string Member { get; }

        /// <summary>Gets the member's strategy.</summary>
        public ErasureStrategy Strategy { get; }

        /// <summary>
        /// Gets the outcome: the strategy's outcome when rows were changed, <see cref="ErasureOutcome.AlreadyErased"/>
        /// when none needed it, or why the member stays (held, kept for another purpose, not erasable).
        /// </summary>
        public ErasureOutcome Outcome { get; }

        /// <summary>Gets the number of rows changed (erased), or, for a member that stays, the number of rows that hold a value.</summary>
        public int Rows { get; }

        /// <summary>Gets the number of rows whose value is held because the legal retention counted from a date in the row has not ended.</summary>
        public int RowsHeld { get; }

        /// <summary>Gets the end of the legal hold (the latest one, for rows held by their own dates), where known.</summary>
        public DateTimeOffset? HeldUntil { get; }

        /// <summary>Gets why the member stays, where it does.</summary>
        public string? Reason { get; }

        /// <inheritdoc/>
        /// <remarks>In the invariant culture: a Thai or Saudi current culture wrote the year of its own calendar.</remarks>
        public override string ToString() =>
            HeldUntil is { } until
                ? System.FormattableString.Invariant($"{Member}: {Outcome} ({ResultText.Count(Rows, "row", "rows")}, {RowsHeld} held until {until:yyyy-MM-dd})")
                : System.FormattableString.Invariant($"{Member}: {Outcome} ({ResultText.Count(Rows, "row", "rows")})");

        /// <summary>Gets whether a summary names the member: not when it had nothing to erase and nothing stays.</summary>
        internal bool Reported => !(Outcome == ErasureOutcome.AlreadyErased && Rows == 0 && RowsHeld == 0);

        /// <summary>
        /// Appends the member in words: <c>BillingName cleared in 1 row, held in 1 row until 2033-03-01 (reason)</c>. A
        /// member that stays is counted by the rows that hold a value (a purge's member that never expires is "kept").
        /// </summary>
        internal void AppendSummary(StringBuilder text)
        {
            bool erased = Outcome is ErasureOutcome.Cleared or ErasureOutcome.Anonymized or ErasureOutcome.Pseudonymized or ErasureOutcome.RecordDeleted;
            string outcome = Outcome switch
            {
                ErasureOutcome.RecordDeleted => "deleted",
                ErasureOutcome.AlreadyErased when Rows > 0 => "kept",
                _ => ResultText.Outcome(Outcome),
            };
            int rows = Outcome == ErasureOutcome.Held && Rows == 0 ? RowsHeld : Rows;
            text.Append(Member).Append(' ').Append(outcome);
            if (rows > 0)
            {
                text.Append(" in ").Append(ResultText.Count(rows, "row", "rows"));
            }

            if (erased && RowsHeld > 0)
            {
                text.Append(", held in ").Append(ResultText.Count(RowsHeld, "row", "rows"));
            }

            text.AppendUntilAndReason(HeldUntil, Reason);
        }
    }
}
