using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using Pii.Erasure;

namespace Pii.Store
{
    /// <summary>What a retention purge erased, per entity type and member. Holds no personal data.</summary>
    public sealed class PurgeResult
    {
        internal PurgeResult(DateTimeOffset now, IReadOnlyList<EntityErasureCount> entities, int statements)
        {
            Now = now;
            Entities = entities;
            Statements = statements;
        }

        /// <summary>Gets the point in time retentions were measured to.</summary>
        public DateTimeOffset Now { get; }

        /// <summary>Gets one entry per entity type with tagged members.</summary>
        public IReadOnlyList<EntityErasureCount> Entities { get; }

        /// <summary>Gets the number of SQL statements the purge ran.</summary>
        public int Statements { get; }

        /// <summary>Gets the total number of values erased and rows deleted (members that stay, whatever their <c>Rows</c>, are not counted).</summary>
        public int Changed => Entities.Sum(e => e.RowsDeleted + e.Members.Where(m => m.Outcome is ErasureOutcome.Cleared or ErasureOutcome.Anonymized or ErasureOutcome.Pseudonymized).Sum(m => m.Rows));

        /// <summary>Gets the entry of an entity type, or <see langword="null"/>.</summary>
        /// <param name="entityType">The type's name.</param>
        /// <returns>The entry.</returns>
        public EntityErasureCount? this[string entityType] => Entities.FirstOrDefault(e => e.EntityType == entityType);

        /// <summary>
        /// Gets a summary for a log: the point in time, the values erased and rows deleted, and per entity type the members
        /// with their outcomes, rows, until-dates and reasons: <c>Retention purge up to 2026-12-03T03:00:00Z: 10 values
        /// erased, 0 rows deleted, 7 statements. ... EmailEvent (6 rows): Ip cleared in 4 rows, held in 2 rows until
        /// 2028-01-03 (...)</c>.
        /// </summary>
        /// <returns>The summary: names, counts, outcomes, dates and reasons.</returns>
        /// <remarks>
        /// The counts add up to <see cref="Changed"/>. Members with nothing to erase and nothing kept are left out, and so are
        /// entity types with no rows or with no member to name. Dates are in UTC and the invariant culture.
        /// </remarks>
        public override string ToString()
        {
            int deleted = Entities.Sum(e => e.RowsDeleted);
            var text = new StringBuilder("Retention purge up to ")
                .Append(Now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture))
                .Append(": ").Append(ResultText.Count(Changed - deleted, "value", "values")).Append(" erased, ")
                .Append(ResultText.Count(deleted, "row", "rows")).Append(" deleted, ")
                .Append(ResultText.Count(Statements, "statement", "statements"));
            EntityErasureCount.AppendAll(text, Entities);
            return text.ToString();
        }
    }
}
