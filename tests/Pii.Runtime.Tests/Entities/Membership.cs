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

        [PersonalData("Tax", Category = DataCategory.PaymentData, RetentionStartsAt = nameof(EndedAt))]
        public string? PaidFrom { get; set; }
    }
}
