using Microsoft.Extensions.Logging;
using Pii.Compliance;

namespace Mailing;

/// <summary>
/// The application's log messages. Parameters that carry personal data have a data classification, so that the
/// redacting logger (<c>EnablePiiRedaction</c> in <see cref="MailingApp"/>) writes Pii's redacted form of them:
/// a masked e-mail address, a truncated IP address, a keyed hash. Analyzer PII002 checks every other log call.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Customer {AccountId} signed up with {Email}")]
    public static partial void CustomerSignedUp(ILogger logger, int accountId, [EmailMaskedDataClassification] string email);

    [LoggerMessage(2, LogLevel.Information, "Customer {AccountId} updated: {Customer}")]
    public static partial void CustomerUpdated(ILogger logger, int accountId, string customer);

    [LoggerMessage(3, LogLevel.Information, "List {ListId}: {Imported} contacts imported, {Suppressed} suppressed, {Duplicates} already on the list")]
    public static partial void ContactsImported(ILogger logger, int listId, int imported, int suppressed, int duplicates);

    [LoggerMessage(4, LogLevel.Warning, "List {ListId}: refused {Email}, which was erased on request and is suppressed")]
    public static partial void SuppressedAddressRefused(ILogger logger, int listId, [KeyedHashDataClassification] string email);

    [LoggerMessage(5, LogLevel.Information, "Contact {ContactId} updated: {Contact}")]
    public static partial void ContactUpdated(ILogger logger, int contactId, string contact);

    [LoggerMessage(6, LogLevel.Information, "Campaign {CampaignId}: {Kind} by contact {ContactId} from {Ip} ({UserAgent})")]
    public static partial void Tracked(ILogger logger, int campaignId, string kind, int contactId, [TruncatedIpDataClassification] string ip, [PersonalDataClassification] string userAgent);

    [LoggerMessage(7, LogLevel.Information, "Campaign {CampaignId} sent to {Recipients} contacts")]
    public static partial void CampaignSent(ILogger logger, int campaignId, int recipients);

    [LoggerMessage(8, LogLevel.Information, "Visit of {Path} from {Ip}")]
    public static partial void Visited(ILogger logger, string path, [TruncatedIpDataClassification] string ip);

    [LoggerMessage(9, LogLevel.Information, "Export of a {Subject} ({Scope}): {Bytes} bytes")]
    public static partial void Exported(ILogger logger, string subject, string scope, long bytes);

    [LoggerMessage(10, LogLevel.Information, "Erasure of {Subject} {SubjectHash} for {Purposes}: {Status}, {Statements} statements, {Suppressed} suppressed")]
    public static partial void Erased(ILogger logger, string subject, string subjectHash, string purposes, string status, int statements, int suppressed);

    [LoggerMessage(11, LogLevel.Information, "Retention purge at {Now}: {Changed} values or rows erased in {Statements} statements")]
    public static partial void Purged(ILogger logger, System.DateTimeOffset now, int changed, int statements);

    [LoggerMessage(12, LogLevel.Information, "Applicant {ApplicantId} applied for {Vacancy}")]
    public static partial void Applied(ILogger logger, int applicantId, string vacancy);

    [LoggerMessage(13, LogLevel.Information, "Database ready: {Accounts} customers, {Contacts} contacts (demo data: {Demo})")]
    public static partial void DatabaseReady(ILogger logger, int accounts, int contacts, bool demo);
}
