namespace Pii
{
    /// <summary>
    /// What kind of personal data a member holds. The values cover every category that the privacy
    /// policies Pii was designed from name; <see cref="DataCategoryGroup"/> groups them for the record
    /// of processing.
    /// </summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum DataCategory
    {
        /// <summary>Not given: the record of processing lists the member as "other".</summary>
        Unspecified = 0,

        /// <summary>First, last or full name, initials. Group: identity.</summary>
        Name = 1,

        /// <summary>Gender or sex as recorded for the person. Group: identity.</summary>
        Gender = 2,

        /// <summary>Date of birth or age. Group: identity.</summary>
        DateOfBirth = 3,

        /// <summary>Nationality or citizenship. Group: identity.</summary>
        Nationality = 4,

        /// <summary>National identification numbers: SSN, BSN, national register number, passport, licence. Group: identity.</summary>
        NationalIdentifier = 5,

        /// <summary>Photos and images of the person. Group: identity.</summary>
        Photo = 6,

        /// <summary>E-mail address. Group: contact.</summary>
        EmailAddress = 10,

        /// <summary>Phone, mobile or fax number. Group: contact.</summary>
        PhoneNumber = 11,

        /// <summary>Postal address or one of its parts. Group: contact.</summary>
        PostalAddress = 12,

        /// <summary>Company, job title, department. Group: professional.</summary>
        Professional = 20,

        /// <summary>Education and qualifications (job applicants). Group: professional.</summary>
        Education = 21,

        /// <summary>Career history, CV (job applicants). Group: professional.</summary>
        Career = 22,

        /// <summary>Family situation (job applicants). Group: professional.</summary>
        Family = 23,

        /// <summary>VAT or other tax number of a person. Group: financial.</summary>
        TaxIdentifier = 30,

        /// <summary>Payment data: card, bank account (IBAN), invoices. Group: financial.</summary>
        PaymentData = 31,

        /// <summary>IP address. Group: online identifiers.</summary>
        IpAddress = 40,

        /// <summary>Cookie, device or advertising identifier, user agent. Group: online identifiers.</summary>
        DeviceIdentifier = 41,

        /// <summary>User name, account identifier. Group: online identifiers.</summary>
        AccountIdentifier = 42,

        /// <summary>Passwords and their hashes, security stamps, 2FA secrets, tokens. Group: online identifiers.</summary>
        Credentials = 43,

        /// <summary>Precise or approximate geolocation. Group: location.</summary>
        Geolocation = 50,

        /// <summary>Browsing behaviour on a website. Group: behaviour.</summary>
        BrowsingBehaviour = 60,

        /// <summary>E-mail opens and clicks. Group: behaviour.</summary>
        EmailEngagement = 61,

        /// <summary>Preferences, interests, consent choices. Group: behaviour.</summary>
        Preferences = 62,

        /// <summary>Call recordings. Group: communication.</summary>
        CallRecording = 70,

        /// <summary>Messages, support tickets, free-text notes about a person. Group: communication.</summary>
        Correspondence = 71,

        /// <summary>Signatures. Group: communication.</summary>
        Signature = 72,

        /// <summary>Anything else; describe it on the tag.</summary>
        Other = 99,
    }

    /// <summary>The groups of <see cref="DataCategory"/> used in summaries.</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum DataCategoryGroup
    {
        /// <summary>Anything not grouped.</summary>
        Other = 0,

        /// <summary>Who the person is: name, gender, birth date, nationality, national ids, photos.</summary>
        Identity = 1,

        /// <summary>How to reach the person: e-mail, phone, postal address.</summary>
        Contact = 2,

        /// <summary>Work and applicant data: company, job title, education, career, family.</summary>
        Professional = 3,

        /// <summary>Tax numbers and payment data.</summary>
        Financial = 4,

        /// <summary>IP addresses, cookie and device ids, accounts, credentials.</summary>
        OnlineIdentifier = 5,

        /// <summary>Geolocation.</summary>
        Location = 6,

        /// <summary>Browsing behaviour, e-mail opens and clicks, preferences.</summary>
        Behaviour = 7,

        /// <summary>Call recordings, correspondence, signatures.</summary>
        Communication = 8,
    }
}
