using System;
using System.Collections.Generic;
using System.Linq;
using Pii;
using Pii.Erasure;
using Pii.Store;

namespace Mailing.Endpoints;

/// <summary>What an erasure did, member by member; it names no person (the subject is a keyed hash).</summary>
public sealed record ErasureView(
    string Subject,
    string SubjectHash,
    SubjectErasureStatus Status,
    IReadOnlyCollection<string>? Purposes,
    int Statements,
    int AddedToSuppressionList,
    bool SubjectKeyDestroyed,
    IReadOnlyList<EntityErasureView> Entities)
{
    internal static ErasureView From(SubjectErasureReceipt receipt) => new(
        receipt.SubjectType,
        receipt.SubjectHash,
        receipt.Status,
        receipt.Purposes,
        receipt.Statements,
        receipt.AddedToSuppressionList,
        receipt.SubjectKeyDestroyed,
        EntityErasureView.From(receipt.Entities));
}

/// <summary>One entity type's part of an erasure or purge.</summary>
public sealed record EntityErasureView(string Entity, int Rows, int RowsDeleted, IReadOnlyList<MemberErasureView> Members)
{
    internal static IReadOnlyList<EntityErasureView> From(IEnumerable<EntityErasureCount> entities) =>
        entities.Select(e => new EntityErasureView(e.EntityType, e.Rows, e.RowsDeleted, e.Members.Select(MemberErasureView.From).ToList())).ToList();
}

/// <summary>One member's outcome: cleared, anonymized, deleted with its row, kept for another purpose, or held until a date.</summary>
public sealed record MemberErasureView(string Member, ErasureStrategy Strategy, ErasureOutcome Outcome, int Rows, int RowsHeld, DateTimeOffset? HeldUntil, string? Reason)
{
    internal static MemberErasureView From(MemberErasureCount m) => new(m.Member, m.Strategy, m.Outcome, m.Rows, m.RowsHeld, m.HeldUntil, m.Reason);
}

/// <summary>What a retention purge erased.</summary>
public sealed record PurgeView(DateTimeOffset Now, int Changed, int Statements, IReadOnlyList<EntityErasureView> Entities)
{
    internal static PurgeView From(PurgeResult result) => new(result.Now, result.Changed, result.Statements, EntityErasureView.From(result.Entities));
}

/// <summary>The time the purge should take as "now" (omit for the current time).</summary>
public sealed record PurgeRequest(DateTimeOffset? At);
