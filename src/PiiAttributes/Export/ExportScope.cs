namespace Pii.Export
{
    /// <summary>Which of a subject's data an export contains.</summary>
    public enum ExportScope
    {
        /// <summary>Right of access (Art. 15 GDPR): everything held about the subject, for every purpose.</summary>
        Access = 0,

        /// <summary>
        /// Right to data portability (Art. 20 GDPR): only data processed on consent or on a contract, each
        /// value with those purposes only.
        /// </summary>
        Portability = 1,
    }
}
