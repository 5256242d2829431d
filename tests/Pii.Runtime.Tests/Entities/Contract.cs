using System;
using Pii;

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>A contract whose records are kept seven years after it ends; <see cref="EndedAt"/> is null while it runs.</summary>
    public class Contract
    {
        public int Id { get; set; }

        [SubjectLink(typeof(Customer))]
        public int CustomerId { get; set; }

        public DateTime? EndedAt { get; set; }

        [PersonalData("Tax", Category = DataCategory.Name, RetentionStartsAt = nameof(EndedAt))]
        public string? SignedBy { get; set; }

        [PersonalData("Tax", Category = DataCategory.PaymentData, Erasure = ErasureStrategy.Retain, RetentionStartsAt = nameof(EndedAt))]
        public string? Iban { get; set; }
    }
}
