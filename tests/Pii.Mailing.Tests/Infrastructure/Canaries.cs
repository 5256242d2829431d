namespace Pii.Mailing.Tests.Infrastructure;

/// <summary>Values that appear nowhere but where a test puts them, so that finding one anywhere else is a leak.</summary>
internal static class Canaries
{
    public const string CustomerName = "Wilhelmina Canarygeel";
    public const string CustomerEmail = "wilhelmina.canary@leak-check.example";
    public const string CustomerPhone = "+31 6 9753 1864";
    public const string CustomerVat = "NL987654321B07";
    public const string CustomerStreet = "Kanariestraat 417";
    public const string ContactEmail = "ot.canary-contact@leak-check.example";
    public const string ContactFirstName = "Quirijntje";
    public const string ContactLastName = "Vogelenzang-Canarisch";
    public const string ContactCustomFields = "{\"shoe\":\"canary-size-47\"}";
    public const string ReaderIp = "203.0.113.77";
    public const string ReaderAgent = "CanaryMail/9.8.7 (leak-check)";
    public const string VisitorIp = "198.51.100.199";
    public const string ApplicantName = "Balthasar Kanarienvogel";
    public const string ApplicantEmail = "balthasar.canary@leak-check.example";
    public const string TicketMessage = "My canary phrase is saffron-harbour-71";
    public const string ApplicantEducation = "MSc in Canary Ornithology, Utrecht";
    public const string ApplicantCareer = "Seven years as kanarie-keeper at Vogelpark";

    public static readonly string[] All =
    [
        CustomerName, CustomerEmail, CustomerPhone, CustomerVat, CustomerStreet, ContactEmail, ContactFirstName, ContactLastName,
        "canary-size-47", ReaderIp, ReaderAgent, VisitorIp, ApplicantName, ApplicantEmail, "saffron-harbour-71",
    ];

    public static object Customer(bool marketingConsent = false) => new
    {
        name = CustomerName,
        email = CustomerEmail,
        company = "Canary Supplies BV",
        jobTitle = "Director",
        vatNumber = CustomerVat,
        phone = CustomerPhone,
        billingStreet = CustomerStreet,
        billingPostalCode = "1234 AB",
        billingCity = "Utrecht",
        billingCountry = "NL",
        marketingConsent,
    };
}
