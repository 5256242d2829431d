namespace Pii.Generator.Model
{
    /// <summary>One purpose of a member, resolved: name, legal basis and canonical retention (null when invalid or missing).</summary>
    internal sealed record PurposeSpec(string Name, LegalBasis LegalBasis, string? Retention, string? RetentionTrigger)
    {
        /// <summary>Gets whether the purpose's data is portable (Art. 20(1)(a): consent or contract).</summary>
        public bool IsPortable => LegalBasis is LegalBasis.Consent or LegalBasis.Contract;
    }
}
