using Pii.Analyzers.Vocabulary;

namespace Pii.Analyzers.Tests.Vocabulary;

/// <summary>Every area of personal data that PII001 must know, in the languages it must know it, on a person type.</summary>
public class VocabularyCoverageTests
{
    private static readonly string[] CustomerMembers = ["Id", "Email", "CreatedAt"];

    [Theory]
    [InlineData("Initials", "String")]
    [InlineData("MiddleName", "String")]
    [InlineData("Fax", "String")]
    [InlineData("MobileNumber", "String")]
    [InlineData("PostalCode", "String")]
    [InlineData("HouseNumber", "String")]
    [InlineData("Age", "Int32")]
    [InlineData("Nationality", "String")]
    [InlineData("Ssn", "String")]
    [InlineData("Rijksregisternummer", "String")]
    [InlineData("NationalRegisterNumber", "String")]
    [InlineData("Nir", "String")]
    [InlineData("PassportNumber", "String")]
    [InlineData("DrivingLicenceNumber", "String")]
    [InlineData("DriversLicenseNumber", "String")]
    [InlineData("TaxNumber", "String")]
    [InlineData("CardNumber", "String")]
    [InlineData("MacAddress", "String")]
    [InlineData("DeviceId", "String")]
    [InlineData("CookieId", "String")]
    [InlineData("UserAgent", "String")]
    [InlineData("Latitude", "Double")]
    [InlineData("UserName", "String")]
    [InlineData("ProfilePhoto", "Byte[]")]
    [InlineData("Signature", "Byte[]")]
    [InlineData("Notes", "String")]
    [InlineData("PasswordHash", "String")]
    [InlineData("PasswordSalt", "String")]
    [InlineData("PasswordHint", "String")]
    [InlineData("SecurityStamp", "String")]
    [InlineData("TwoFactorSecret", "String")]
    [InlineData("RecoveryCodes", "String")]
    [InlineData("PasswordResetToken", "String")]
    [InlineData("AccessToken", "String")]
    [InlineData("Tussenvoegsel", "String")]
    [InlineData("Postcode", "String")]
    [InlineData("Huisnummer", "String")]
    [InlineData("Nationaliteit", "String")]
    [InlineData("Adresse", "String")]
    [InlineData("CodePostal", "String")]
    [InlineData("NumeroDeTelephone", "String")]
    [InlineData("Geschlecht", "String")]
    [InlineData("Telefonnummer", "String")]
    [InlineData("Wohnort", "String")]
    [InlineData("Steuernummer", "String")]
    public void A_personal_data_name_on_a_customer_is_recognised(string member, string type) =>
        Assert.True(Classify(member, type).IsPersonalData, $"{member} : {type} was not recognised");

    [Theory]
    [InlineData("HealthCondition", "String", "Health")]
    [InlineData("Religion", "String", "ReligiousOrPhilosophicalBeliefs")]
    [InlineData("EthnicOrigin", "String", "RacialOrEthnicOrigin")]
    [InlineData("Fingerprint", "Byte[]", "BiometricData")]
    [InlineData("SexualOrientation", "String", "SexLifeOrSexualOrientation")]
    [InlineData("PoliticalOpinion", "String", "PoliticalOpinions")]
    [InlineData("TradeUnionMembership", "String", "TradeUnionMembership")]
    [InlineData("Geloof", "String", "ReligiousOrPhilosophicalBeliefs")]
    [InlineData("Gesundheitszustand", "String", "Health")]
    public void A_special_category_name_is_recognised_with_its_category(string member, string type, string expected)
    {
        NameVerdict verdict = Classify(member, type);
        Assert.True(verdict.IsPersonalData, $"{member} was not recognised");
        Assert.Equal(expected, verdict.SpecialCategory?.ToString());
    }

    [Fact]
    public void A_criminal_record_is_personal_data_but_not_an_article_9_category()
    {
        NameVerdict verdict = Classify("CriminalRecord", "String");
        Assert.True(verdict.IsPersonalData);
        Assert.Null(verdict.SpecialCategory);
    }

    [Theory]
    [InlineData("Expiration", new[] { "CardNumber", "CardHolderName" }, true)]
    [InlineData("SecurityNumber", new[] { "CardNumber" }, true)]
    [InlineData("Expiration", new[] { "Token", "IssuedAt" }, false)]
    [InlineData("State", new[] { "Street", "City", "ZipCode" }, true)]
    [InlineData("State", new[] { "Total", "PlacedAt" }, false)]
    public void Some_names_are_personal_only_next_to_their_siblings(string member, string[] siblings, bool expected) =>
        Assert.Equal(expected, PersonalDataNames.Classify(new NameContext(member, "String", "Profile", siblings, ContainingTypeIsPersonType: false)).IsPersonalData);

    [Fact]
    public void No_phrase_is_defined_by_two_term_groups()
    {
        // The first group would silently win; a phrase must mean one thing.
        Assert.Empty(Lexicon.ConflictingKeys);
    }

    private static NameVerdict Classify(string member, string type) =>
        PersonalDataNames.Classify(new NameContext(member, type, "Customer", CustomerMembers, ContainingTypeIsPersonType: false));
}
