namespace Pii
{
    /// <summary>The conditions of Art. 9(2) GDPR, points (a) to (j), under which special-category data may be processed.</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum SpecialCategoryCondition
    {
        /// <summary>Art. 9(2)(a): explicit consent.</summary>
        ExplicitConsent = 1,

        /// <summary>Art. 9(2)(b): obligations in employment, social security and social protection law.</summary>
        EmploymentAndSocialProtection = 2,

        /// <summary>Art. 9(2)(c): vital interests of a person who cannot give consent.</summary>
        VitalInterests = 3,

        /// <summary>Art. 9(2)(d): legitimate activities of a not-for-profit body, about its members.</summary>
        NotForProfitBody = 4,

        /// <summary>Art. 9(2)(e): data manifestly made public by the data subject.</summary>
        MadePublicByDataSubject = 5,

        /// <summary>Art. 9(2)(f): establishment, exercise or defence of legal claims.</summary>
        LegalClaims = 6,

        /// <summary>Art. 9(2)(g): substantial public interest on the basis of Union or Member State law.</summary>
        SubstantialPublicInterest = 7,

        /// <summary>Art. 9(2)(h): preventive or occupational medicine, health or social care.</summary>
        HealthOrSocialCare = 8,

        /// <summary>Art. 9(2)(i): public interest in the area of public health.</summary>
        PublicHealth = 9,

        /// <summary>Art. 9(2)(j): archiving in the public interest, scientific or historical research, statistics.</summary>
        ArchivingResearchOrStatistics = 10,
    }
}
