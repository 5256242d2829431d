using System;
using System.Collections.Generic;
using System.Net;
using Pii;

namespace Pii.Runtime.Tests.Entities
{
    public enum Gender
    {
        Unknown,
        Female,
        Male,
        NonBinary,
    }

    /// <summary>A platform customer: one e-mail address serving login, marketing and support (the Flexibelt case).</summary>
    [DataSubject(Kind = "customer")]
    public class Customer
    {
        public int Id { get; set; }

        [PersonalData("Login", "P30D", LegalBasis.LegitimateInterests, Category = DataCategory.EmailAddress, RetentionTrigger = "after the account is closed")]
        [PersonalData("Marketing")]
        [PersonalData("Support")]
        public string Email { get; set; } = "";

        [PersonalData("Account", Category = DataCategory.Name)]
        public string? FirstName { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Redaction = RedactionKind.Mask)]
        public string LastName { get; set; } = "";

        [PersonalData("Support", Category = DataCategory.PhoneNumber, Erasure = ErasureStrategy.Anonymize)]
        public string? Phone { get; set; }

        [PersonalData("Account", Category = DataCategory.DateOfBirth)]
        public DateOnly? BirthDate { get; set; }

        [PersonalData("Marketing", Category = DataCategory.Gender)]
        public Gender Gender { get; set; }

        [PersonalData("Tax", Category = DataCategory.TaxIdentifier)]
        public string? VatNumber { get; set; }

        [PersonalData("Security", "P90D", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress)]
        public IPAddress? SignupIp { get; set; }

        [PersonalData("Marketing", Category = DataCategory.Preferences)]
        public List<string> Interests { get; set; } = new();

        [PersonalData("Account", Category = DataCategory.AccountIdentifier, Erasure = ErasureStrategy.Pseudonymize)]
        public string? UserName { get; set; }

        [PersonalData("Account", Category = DataCategory.Credentials, Redaction = RedactionKind.KeyedHash)]
        public string? PasswordHash { get; private set; }

        public Address? Address { get; set; }

        [NotPersonalData("the plan a customer is on says nothing about the person")]
        public string Plan { get; set; } = "free";

        public DateTimeOffset CreatedAt { get; set; }

        public void SetPasswordHash(string? hash) => PasswordHash = hash;
    }

    /// <summary>An owned address: its tagged members are exported and erased as part of the customer.</summary>
    public class Address
    {
        [PersonalData("Account", Category = DataCategory.PostalAddress)]
        public string? Street { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, Erasure = ErasureStrategy.Anonymize)]
        public string City { get; set; } = "";

        [NotPersonalData("a country alone does not single anyone out; kept for shipping statistics")]
        public string? CountryCode { get; set; }
    }
}
