namespace Pii
{
    /// <summary>The special categories of personal data of Art. 9(1) GDPR.</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum SpecialCategory
    {
        /// <summary>Racial or ethnic origin.</summary>
        RacialOrEthnicOrigin = 1,

        /// <summary>Political opinions.</summary>
        PoliticalOpinions = 2,

        /// <summary>Religious or philosophical beliefs.</summary>
        ReligiousOrPhilosophicalBeliefs = 3,

        /// <summary>Trade union membership.</summary>
        TradeUnionMembership = 4,

        /// <summary>Genetic data.</summary>
        GeneticData = 5,

        /// <summary>Biometric data processed to uniquely identify a person.</summary>
        BiometricData = 6,

        /// <summary>Data concerning health.</summary>
        Health = 7,

        /// <summary>Data concerning a person's sex life or sexual orientation.</summary>
        SexLifeOrSexualOrientation = 8,
    }
}
