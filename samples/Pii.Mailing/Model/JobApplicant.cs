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

    [PersonalData("Recruitment", Category = DataCategory.Education, RetentionStartsAt = nameof(ProcedureEndedAt))]
    public string? Education { get; set; }

    [PersonalData("Recruitment", Category = DataCategory.Career, RetentionStartsAt = nameof(ProcedureEndedAt))]
    public string? Career { get; set; }

    public DateTime AppliedAt { get; set; }

    /// <summary>Null while the procedure runs.</summary>
    public DateTime? ProcedureEndedAt { get; set; }
}
