using System;
using Pii;

namespace Mailing.Model;

/// <summary>Someone who applied for a job: kept while the procedure runs and four weeks after it ends.</summary>
[DataSubject(Kind = "applicant", Description = "A job applicant")]
public class JobApplicant
{
    public int Id { get; set; }

    [NotPersonalData("the vacancy's title")]
    public string Vacancy { get; set; } = "";

    [PersonalData("Recruitment", Category = DataCategory.Name, RetentionStartsAt = nameof(ProcedureEndedAt))]
    public string? Name { get; set; }

    [PersonalData("Recruitment", Category = DataCategory.EmailAddress, RetentionStartsAt = nameof(ProcedureEndedAt))]
    public string? Email { get; set; }

    [PersonalData("Recruitment", Category = DataCategory.PhoneNumber, RetentionStartsAt = nameof(ProcedureEndedAt))]
    public string? Phone { get; set; }

    /// <summary>Crypto-shredded: encrypted under the applicant's own key, which erasure destroys, so that no backup can reveal it.</summary>
    [PersonalData("Recruitment", Category = DataCategory.Education, RetentionStartsAt = nameof(ProcedureEndedAt), Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
    public string? Education { get; set; }

    /// <summary>Crypto-shredded, as <see cref="Education"/>.</summary>
    [PersonalData("Recruitment", Category = DataCategory.Career, RetentionStartsAt = nameof(ProcedureEndedAt), Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
    public string? Career { get; set; }

    public DateTime AppliedAt { get; set; }

    /// <summary>Null while the procedure runs.</summary>
    public DateTime? ProcedureEndedAt { get; set; }
}
