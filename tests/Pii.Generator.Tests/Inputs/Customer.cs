using System;
using System.Collections.Generic;
using System.Net;
using Pii;

[assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y")]
[assembly: ProcessingPurpose("Tax", LegalBasis.LegalObligation, Retention = "P7Y")]

namespace Shop
{
    public enum Gender { Unknown, Female, Male }

    [DataSubject(Kind = "customer")]
    public class Customer
    {
        public int Id { get; set; }

        [PersonalData("Login", "P30D", LegalBasis.LegitimateInterests, Category = DataCategory.EmailAddress)]
        [PersonalData("Marketing")]
        public string Email { get; set; } = "";

        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.Name, Redaction = RedactionKind.Mask)]
        public string? Name { get; set; }

        [PersonalData("Marketing", Category = DataCategory.Gender)]
        public Gender Gender { get; set; }

        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.DateOfBirth, Erasure = ErasureStrategy.Anonymize)]
        public DateTime? BirthDate { get; set; }

        [PersonalData("Tax", Category = DataCategory.TaxIdentifier)]
        public string? VatNumber { get; set; }

        [PersonalData("Security", "P90D", LegalBasis.LegitimateInterests)]
        public IPAddress? LastIp { get; private set; }

        [PersonalData("Marketing", Category = DataCategory.Preferences)]
        public IList<string> Interests { get; set; } = new List<string>();

        [PersonalData("Account", "P30D", LegalBasis.Contract, Erasure = ErasureStrategy.Pseudonymize)]
        public string? UserName { get; set; }

        public Address? Address { get; set; }

        [NotPersonalData("a plan is not about the person")]
        public string Plan { get; set; } = "";
    }

    public class Address
    {
        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.PostalAddress)]
        public string? City { get; set; }
    }
}
