using Pii;

namespace Legacy
{
    public class Customer
    {
        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.EmailAddress)]
        public string? Email { get; set; }

        [PersonalData("Account", "P30D", LegalBasis.Contract, Category = DataCategory.Credentials)]
        public string? PasswordHash { get; private set; }
    }
}
