namespace Pii
{
    /// <summary>What a recipient of personal data is to the controller, for the record of processing (Art. 30(1)(d)).</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum RecipientRole
    {
        /// <summary>Not said: reported by PII010.</summary>
        Unspecified = 0,

        /// <summary>Processes the data on the controller's behalf and instructions (Art. 28): hosting, e-mail delivery, payments.</summary>
        Processor = 1,

        /// <summary>Engaged by a processor with the controller's authorisation (Art. 28(2) and (4)).</summary>
        SubProcessor = 2,

        /// <summary>Decides the purposes and means together with the controller (Art. 26).</summary>
        JointController = 3,

        /// <summary>Receives the data for its own purposes, as a controller in its own right (a partner, an advertiser).</summary>
        ThirdParty = 4,

        /// <summary>A public authority that receives the data under a legal obligation (a tax authority, the police).</summary>
        PublicAuthority = 5,
    }
}
