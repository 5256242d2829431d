namespace Pii
{
    /// <summary>The lawful bases for processing personal data of Art. 6(1) GDPR, points (a) to (f).</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum LegalBasis
    {
        /// <summary>No basis given on the tag: it is taken from the purpose's <see cref="ProcessingPurposeAttribute"/>.</summary>
        Unspecified = 0,

        /// <summary>Art. 6(1)(a): the data subject has given consent for one or more specific purposes.</summary>
        Consent = 1,

        /// <summary>Art. 6(1)(b): necessary for a contract with the data subject, or steps before entering into one.</summary>
        Contract = 2,

        /// <summary>Art. 6(1)(c): necessary to comply with a legal obligation of the controller (tax, accounting).</summary>
        LegalObligation = 3,

        /// <summary>Art. 6(1)(d): necessary to protect the vital interests of the data subject or another person.</summary>
        VitalInterests = 4,

        /// <summary>Art. 6(1)(e): necessary for a task in the public interest or in the exercise of official authority.</summary>
        PublicTask = 5,

        /// <summary>Art. 6(1)(f): necessary for the legitimate interests of the controller or a third party.</summary>
        LegitimateInterests = 6,
    }
}
