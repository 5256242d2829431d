using System;
using System.Collections.Generic;
using System.Net;

namespace Pii.Benchmarks
{
    public enum Gender
    {
        Unknown,
        Female,
        Male,
        NonBinary,
    }

    /// <summary>
    /// The entity every exporter writes: ten tagged members of the shapes a customer record has (strings,
    /// a nullable date, an enum, an IP address, a list), the e-mail address serving two purposes. Tags use
    /// the long form, so no <c>[assembly: ProcessingPurpose]</c> declarations are needed.
    /// </summary>
    public class BenchCustomer
    {
        public int Id { get; set; }

        [PersonalData("Login", "P30D", LegalBasis.LegitimateInterests, Category = DataCategory.EmailAddress)]
        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.EmailAddress)]
        public string Email { get; set; } = "";

        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.Name)]
        public string? FirstName { get; set; }

        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.Name)]
        public string LastName { get; set; } = "";

        [PersonalData("Support", "P1Y", LegalBasis.LegitimateInterests, Category = DataCategory.PhoneNumber)]
        public string? Phone { get; set; }

        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.DateOfBirth)]
        public DateOnly? BirthDate { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.Gender)]
        public Gender Gender { get; set; }

        [PersonalData("Tax", "P7Y", LegalBasis.LegalObligation, Category = DataCategory.TaxIdentifier)]
        public string? VatNumber { get; set; }

        [PersonalData("Security", "P90D", LegalBasis.LegitimateInterests, Category = DataCategory.IpAddress)]
        public IPAddress? SignupIp { get; set; }

        [PersonalData("Marketing", "P2Y", LegalBasis.Consent, Category = DataCategory.Preferences)]
        public List<string> Interests { get; set; } = new();

        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.AccountIdentifier)]
        public string? UserName { get; set; }

        public DateTimeOffset CreatedAt { get; set; }

        public string Plan { get; set; } = "free";
    }
}
