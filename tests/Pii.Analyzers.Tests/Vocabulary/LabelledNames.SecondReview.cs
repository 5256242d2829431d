namespace Pii.Analyzers.Tests.Vocabulary;

internal static partial class LabelledNames
{
    /// <summary>
    /// A second reviewer's labels of the third held-out set, where they differ from the first's. The second reviewer
    /// labelled every member of the set on 2026-12-01 from the same rules and the repositories' code, without seeing the
    /// first labels, the classifier or its results; every other member got the same label from both.
    /// </summary>
    public static readonly SecondLabel[] RealWorldHeldOut3SecondReview =
    [
        new("ChatClient", "Id", false),
        new("User", "EmailConfirmationToken", false),
        new("PackageOwnerRequest", "ConfirmationCode", false),
        new("Invoice", "Qualification", false),
        new("Dossier", "Titel", true),
    ];

    /// <summary>The same for the fourth held-out set.</summary>
    public static readonly SecondLabel[] RealWorldHeldOut4SecondReview =
    [
        new("Request", "Description", false),
        new("BulletinDeSalaire", "GrilleSalaireID", true),
        new("Pointage", "HeuresSupplementaires", true),
        new("Pointage", "HeuresTotales", true),
        new("Mitglied", "Eintrittsdatum", true),
        new("Mitglied", "AusgetretenAm", true),
        new("Employee", "CurrentlyEmployed", false),
        new("StaffCertificateInfo", "CertificationDate", true),
        new("StaffCertificateInfo", "CertificationExpiryDate", true),
    ];

    /// <summary>The same for the ninth held-out set, labelled again on 2026-12-01 after its blind measurement.</summary>
    public static readonly SecondLabel[] RealWorldHeldOut9SecondReview =
    [
        new("InvitationModel", "Token", false),
        new("Adherent", "ResteaPayer", false),
        new("Document", "Nom", false),
        new("Attendee", "BackgroundChecked", true),
        new("Attendee", "RoomPreference", false),
        new("Ticket", "Title", false),
        new("Case", "Title", false),
        new("CaseEvent", "OldValue", false),
        new("CaseEvent", "NewValue", false),
    ];
}

/// <summary>A second reviewer's label of one member, where it differs from the set's.</summary>
internal sealed record SecondLabel(string TypeName, string MemberName, bool Personal);
