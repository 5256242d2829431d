namespace Pii.Generator.Emitters
{
    /// <summary>The GDPR articles behind the legal bases and transfer safeguards, as the record writes them.</summary>
    internal static class RecordArticles
    {
        public static string Of(LegalBasis basis) => basis switch
        {
            LegalBasis.Consent => "Art. 6(1)(a)",
            LegalBasis.Contract => "Art. 6(1)(b)",
            LegalBasis.LegalObligation => "Art. 6(1)(c)",
            LegalBasis.VitalInterests => "Art. 6(1)(d)",
            LegalBasis.PublicTask => "Art. 6(1)(e)",
            LegalBasis.LegitimateInterests => "Art. 6(1)(f)",
            _ => "not declared",
        };

        public static string Of(TransferSafeguard safeguard) => safeguard switch
        {
            TransferSafeguard.AdequacyDecision => "Art. 45",
            TransferSafeguard.StandardContractualClauses => "Art. 46(2)(c)",
            TransferSafeguard.BindingCorporateRules => "Art. 47",
            TransferSafeguard.LegallyBindingInstrument => "Art. 46(2)(a)",
            TransferSafeguard.CodeOfConduct => "Art. 46(2)(e)",
            TransferSafeguard.Certification => "Art. 46(2)(f)",
            TransferSafeguard.AuthorisedContractualClauses => "Art. 46(3)(a)",
            TransferSafeguard.Derogation => "Art. 49",
            _ => "not declared",
        };
    }
}
