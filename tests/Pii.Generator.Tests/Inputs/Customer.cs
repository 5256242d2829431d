using System;
using System.Collections.Generic;
using System.Net;
using Pii;

[assembly: ProcessingPurpose("Marketing", LegalBasis.Consent, Retention = "P2Y", Description = "The monthly newsletter")]
[assembly: ProcessingPurpose("Tax", LegalBasis.LegalObligation, Retention = "P7Y", Description = "Invoices for the tax authority")]
[assembly: ProcessingPurpose("Login", LegalBasis.LegitimateInterests, Retention = "P30D", Description = "Signing in")]
[assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P30D", Description = "The customer's account")]
[assembly: ProcessingPurpose("Security", LegalBasis.LegitimateInterests, Retention = "P90D", Description = "Detecting fraudulent sign-ups")]
[assembly: DataController("Shop BV", Contact = "privacy@shop.example", Address = "Keizersgracht 1, Amsterdam")]
[assembly: DataProtectionOfficer("Privacy Officer", Contact = "dpo@shop.example")]
[assembly: DataRecipient("Mailjet", RecipientRole.Processor, Purposes = new[] { "Marketing" }, Country = "FR", Description = "Sends the newsletter")]
[assembly: DataRecipient("Belastingdienst", RecipientRole.PublicAuthority, Purposes = new[] { "Tax" }, Country = "NL")]
[assembly: ThirdCountryTransfer("Mailjet", "US", TransferSafeguard.StandardContractualClauses, Details = "SCC module 2")]
[assembly: SecurityMeasure("Personal data is encrypted at rest")]
[assembly: SecurityMeasure("Access to personal data is logged")]

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
