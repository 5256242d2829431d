using System;
using Pii;

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>An e-mail open: nothing in it is worth keeping once its subject asks for erasure, so the record goes.</summary>
    public class EmailOpen
    {
        public long Id { get; set; }

        public int CustomerId { get; set; }

        [PersonalData("Analytics", "P14M", LegalBasis.Consent, Category = DataCategory.EmailEngagement, Erasure = ErasureStrategy.DeleteRecord)]
        public DateTimeOffset OpenedAt { get; set; }

        [PersonalData("Analytics", "P14M", LegalBasis.Consent, Category = DataCategory.DeviceIdentifier, Erasure = ErasureStrategy.DeleteRecord)]
        public string? UserAgent { get; set; }
    }

    /// <summary>A profile whose setter rejects null: erasure fails on it, and must roll back what it already changed.</summary>
    public class GuardedProfile
    {
        private string? _motto = "";

        [PersonalData("Account", Category = DataCategory.Name)]
        public string? DisplayName { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Motto
        {
            get => _motto;
            set => _motto = value ?? throw new InvalidOperationException("A motto is required.");
        }

        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Signature { get; set; }
    }
}

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>An order whose owned delivery address is held for tax only: not portable.</summary>
    public class Order
    {
        [PersonalData("Account", Category = DataCategory.Name)]
        public string? Recipient { get; set; }

        public TaxAddress? Delivery { get; set; }
    }

    public class TaxAddress
    {
        [PersonalData("Tax", Category = DataCategory.PostalAddress)]
        public string? Line { get; set; }
    }
}

namespace Pii.Runtime.Tests.Entities
{
    /// <summary>A derived type with no tags of its own: it uses its base's generated methods.</summary>
    public class VipCustomer : Customer
    {
        public int Tier { get; set; }
    }
}
