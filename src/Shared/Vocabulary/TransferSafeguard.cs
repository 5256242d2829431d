namespace Pii
{
    /// <summary>What makes a transfer of personal data outside the EEA lawful (Chapter V GDPR), for the record of processing (Art. 30(1)(e)).</summary>
#if PII_ANALYZER
    internal
#else
    public
#endif
    enum TransferSafeguard
    {
        /// <summary>Not said: reported by PII010.</summary>
        Unspecified = 0,

        /// <summary>Art. 45: the Commission decided that the country ensures an adequate level of protection.</summary>
        AdequacyDecision = 1,

        /// <summary>Art. 46(2)(c): standard data protection clauses adopted by the Commission.</summary>
        StandardContractualClauses = 2,

        /// <summary>Art. 47: binding corporate rules approved by a supervisory authority.</summary>
        BindingCorporateRules = 3,

        /// <summary>Art. 46(2)(a): a legally binding instrument between public authorities.</summary>
        LegallyBindingInstrument = 4,

        /// <summary>Art. 46(2)(e): an approved code of conduct with binding commitments of the recipient.</summary>
        CodeOfConduct = 5,

        /// <summary>Art. 46(2)(f): an approved certification mechanism with binding commitments of the recipient.</summary>
        Certification = 6,

        /// <summary>Art. 46(3)(a): contractual clauses authorised by the competent supervisory authority.</summary>
        AuthorisedContractualClauses = 7,

        /// <summary>Art. 49: a derogation for a specific situation (explicit consent, a contract, legal claims).</summary>
        Derogation = 8,
    }
}
