using System;
using System.Collections.Generic;
using System.Linq;

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
        public int Changed => Entities.Sum(e => e.RowsDeleted + e.Members.Where(m => m.Outcome is Erasure.ErasureOutcome.Cleared or Erasure.ErasureOutcome.Anonymized or Erasure.ErasureOutcome.Pseudonymized).Sum(m => m.Rows));

        /// <summary>Gets the entry of an entity type, or <see langword="null"/>.</summary>
        /// <param name="entityType">The type's name.</param>
        /// <returns>The entry.</returns>
        public EntityErasureCount? this[string entityType] => Entities.FirstOrDefault(e => e.EntityType == entityType);
    }
}
