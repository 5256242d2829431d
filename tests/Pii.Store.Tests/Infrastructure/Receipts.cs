using System;
using Pii.Erasure;

namespace Pii.Store.Tests.Infrastructure
{
    /// <summary>Reading receipts and purge results in assertions.</summary>
    internal static class Receipts
    {
        /// <summary>The outcome and row count of one member, or a failure that names what is missing.</summary>
        public static (ErasureOutcome Outcome, int Rows) Outcome(EntityErasureCount entity, string member)
        {
            MemberErasureCount count = entity[member] ?? throw new InvalidOperationException($"The receipt has no {entity.EntityType}.{member}.");
            return (count.Outcome, count.Rows);
        }
    }
}
