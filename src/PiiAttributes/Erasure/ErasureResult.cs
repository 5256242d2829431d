using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Pii.Erasure
{
    /// <summary>The outcome of erasing one object: what was erased, what was held and why. Holds no personal data.</summary>
    public sealed class ErasureResult
    {
        internal ErasureResult(string type, IReadOnlyList<MemberErasure> members, bool deleteRecord)
        {
            Type = type;
            Members = members;
            DeleteRecord = deleteRecord;
        }

        /// <summary>Gets the name of the erased object's type.</summary>
        public string Type { get; }

        /// <summary>Gets one entry per tagged member, nested members included.</summary>
        public IReadOnlyList<MemberErasure> Members { get; }

        /// <summary>Gets whether the record is to be deleted as a whole (a member's strategy is <see cref="ErasureStrategy.DeleteRecord"/> and nothing in it is held).</summary>
        public bool DeleteRecord { get; }

        /// <summary>Gets whether this erasure changed anything; <see langword="false"/> for a repeated request.</summary>
        public bool Changed => Members.Any(m => m.Changed);

        /// <summary>Gets the members kept under a legal hold.</summary>
        public IEnumerable<MemberErasure> Held => Members.Where(m => m.Outcome == ErasureOutcome.Held);

        /// <summary>Gets the entry for a member path, or <see langword="null"/>.</summary>
        /// <param name="member">The path, for example <c>Customer.Email</c>.</param>
        /// <returns>The entry.</returns>
        public MemberErasure? this[string member] => Members.FirstOrDefault(m => m.Member == member);

        /// <summary>
        /// Gets a summary for a log or a receipt, every member with its outcome, until-date and reason:
        /// <c>Erased Customer: Email cleared; Phone anonymized; VatNumber held until 2033-12-03 (legal obligation 'Tax', retention P7Y)</c>.
        /// </summary>
        /// <returns>The summary: names, outcomes, dates and reasons, never a member's value.</returns>
        /// <remarks>Members are named by their path below the erased object; dates are in the invariant culture.</remarks>
        public override string ToString()
        {
            var text = new StringBuilder(Changed ? "Erased " : "Nothing erased in ").Append(Type);
            if (DeleteRecord)
            {
                text.Append(", record to be deleted");
            }

            if (Members.Count == 0)
            {
                return text.Append(": no tagged members").ToString();
            }

            string prefix = Type + ".";
            for (int i = 0; i < Members.Count; i++)
            {
                MemberErasure member = Members[i];
                string path = member.Member.StartsWith(prefix, StringComparison.Ordinal) ? member.Member.Substring(prefix.Length) : member.Member;
                text.Append(i == 0 ? ": " : "; ")
                    .Append(path)
                    .Append(' ')
                    .Append(ResultText.Outcome(member.Outcome))
                    .AppendUntilAndReason(member.HeldUntil, member.Reason);
            }

            return text.ToString();
        }
    }
}
