using System;
using Pii;

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>
    /// A membership whose end date is personal data itself, declared before the member whose legal retention counts from it:
    /// erasing the date first must not make the later member count from a date that is no longer there.
    /// </summary>
    public class Membership
    {
        [PersonalData("Account", Category = DataCategory.Other, RetentionStartsAt = nameof(EndedAt))]
        public DateTime? EndedAt { get; set; }

        // PII003 says that a request for Account alone would leave PaidFrom without a date afterwards; this model tests the
        // one run in which both are erased.
#pragma warning disable PII003
        [PersonalData("Tax", Category = DataCategory.PaymentData, RetentionStartsAt = nameof(EndedAt))]
        public string? PaidFrom { get; set; }
#pragma warning restore PII003
    }
}
