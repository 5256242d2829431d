using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Mailing.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Pii;
using Pii.Erasure;
using Pii.Export;
using Pii.Records;
using Pii.Store;

namespace Mailing.Endpoints;

/// <summary>
/// The data subjects' rights and the record of processing: export (Art. 15, 20), erasure (Art. 17), withdrawal of
/// consent (Art. 7(3)), objection to direct marketing (Art. 21(3)), the retention purge, and the Art. 30 record.
/// Everything personal goes through the code Pii generated for <see cref="MailingDb"/>.
/// </summary>
internal static class PrivacyEndpoints
{
    public static void MapPrivacyEndpoints(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder privacy = routes.MapGroup("/privacy").WithTags("Privacy");
        string subject = "/{kind:" + Subjects.RouteConstraint + "}/{id:int}";

        privacy.MapGet(subject + "/export", ExportAsync)
            .WithSummary("Export everything held about a data subject (scope=access, Art. 15) or what they gave on consent or contract (scope=portability, Art. 20)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json").ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

        privacy.MapDelete(subject, EraseAsync)
            .WithSummary("Erase a data subject (Art. 17): what the law requires to keep is held and reported; a customer's or contact's e-mail addresses and phone numbers are suppressed")
            .Produces<ErasureView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

        privacy.MapPost(subject + "/consents/{purpose}/withdraw", WithdrawConsentAsync)
            .WithSummary("Withdraw consent for one purpose (Art. 7(3)): what only that purpose needed is erased, the rest is kept")
            .Produces<ErasureView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

        privacy.MapPost(subject + "/objection", ObjectAsync)
            .WithSummary("Object to direct marketing (Art. 21(3)): always honoured, whatever the legal basis; the objection itself is kept")
            .Produces<ErasureView>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status410Gone);

        privacy.MapPost("/purge", PurgeAsync)
            .WithSummary("Erase everything whose retention has ended (normally a nightly job)")
            .Produces<PurgeView>();

        privacy.MapGet("/record", () => Results.Content(ProcessingRecordHtml.Render(PersonalDataProcessingRecord.Value), "text/html; charset=utf-8"))
            .WithSummary("The record of processing activities (Art. 30), computed by the compiler from the tags");

        privacy.MapGet("/record.json", () => Results.Text(PersonalDataProcessingRecord.Json, "application/json; charset=utf-8"))
            .WithSummary("The record of processing activities as JSON (docs/processing-record.schema.json)")
            .Produces(StatusCodes.Status200OK, contentType: "application/json");
    }

    private static async Task<IResult> ExportAsync(string kind, int id, string? scope, HttpContext http, MailingDb db, PersonalDataStoreOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        ExportScope? exportScope = scope switch
        {
            null or "access" => ExportScope.Access,
            "portability" => ExportScope.Portability,
            _ => null,
        };
        if (exportScope is not { } chosen)
        {
            return Results.Problem($"Unknown scope '{scope}': use access (Art. 15) or portability (Art. 20).", statusCode: StatusCodes.Status400BadRequest);
        }

        Subjects subjects = Subjects.Named(kind);
        http.Response.ContentType = "application/json; charset=utf-8";
        if (chosen == ExportScope.Portability)
        {
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{subjects.Kind}-{id}.json\"";
        }

        // The generated export streams rows as it reads them; an unknown subject writes nothing. It writes into memory and
        // the response gets it only once it is complete: a failure part-way (a stored value that cannot be decrypted)
        // would otherwise leave a truncated document in a response that has already said 200 (docs/store.md#export).
        using var buffer = new MemoryStream();
        SubjectExportResult result = await subjects.Export(db.PersonalData(options), id, buffer, chosen, ct);
        if (!result.Found)
        {
            http.Response.Headers.ContentDisposition = default;
            return NotFound(subjects, id);
        }

        Log.Exported(logs.CreateLogger(typeof(PrivacyEndpoints)), subjects.Kind, chosen.ToString(), result.Bytes);
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, ct);
        return Results.Empty;
    }

    private static async Task<IResult> EraseAsync(string kind, int id, MailingDb db, PersonalDataStoreOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        Subjects subjects = Subjects.Named(kind);
        if (await subjects.UnavailableAsync(db, id, ct) is { } unavailable)
        {
            return unavailable;
        }

        // Addresses of erased people go on the suppression list (as keyed hashes), so that a later import is refused.
        ErasureRequest request = ErasureRequest.Everything(DateTimeOffset.UtcNow);
        if (subjects != Subjects.Applicants)
        {
            request = request.WithSuppression();
        }

        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(ct);
        if (subjects == Subjects.Customers)
        {
            // The customer's lists (with their contacts, consents and statistics) and campaigns go with the account,
            // in the same transaction: irreversibly, as SQLite's secure_delete overwrites what is deleted.
            await db.Campaigns.Where(c => c.AccountId == id).ExecuteDeleteAsync(ct);
            await db.ContactLists.Where(l => l.AccountId == id).ExecuteDeleteAsync(ct);
        }

        SubjectErasureReceipt receipt = await subjects.Erase(db.PersonalData(options), id, request, ct);
        await transaction.CommitAsync(ct);
        return Erased(logs, receipt);
    }

    private static async Task<IResult> WithdrawConsentAsync(string kind, int id, string purpose, MailingDb db, PersonalDataStoreOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        Subjects subjects = Subjects.Named(kind);

        // The record of processing, generated from the tags, says which purposes exist and on which basis.
        PurposeEntry? declared = PersonalDataProcessingRecord.Value.Purposes.FirstOrDefault(p => p.Name == purpose);
        if (declared is null)
        {
            return Results.Problem($"No purpose '{purpose}' is declared.", statusCode: StatusCodes.Status404NotFound);
        }

        if (declared.LegalBasis != LegalBasis.Consent)
        {
            return Results.Problem(
                $"'{purpose}' is processed on {declared.LegalBasis} ({declared.Article}), not on consent: there is no consent to withdraw. Object (POST .../objection) or ask for erasure instead.",
                statusCode: StatusCodes.Status400BadRequest);
        }

        if (!declared.Subjects.Contains(subjects.Kind))
        {
            return Results.Problem($"'{purpose}' concerns no {subjects.Kind}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await subjects.UnavailableAsync(db, id, ct) is { } unavailable)
        {
            return unavailable;
        }

        DateTime now = DateTime.UtcNow;
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(ct);
        SubjectErasureReceipt receipt = await subjects.Erase(db.PersonalData(options), id, ErasureRequest.ForPurposes(now, purpose), ct);
        await WithdrawConsentRowsAsync(db, subjects, id, [purpose], now, ct);
        await transaction.CommitAsync(ct);
        return Erased(logs, receipt);
    }

    private static async Task<IResult> ObjectAsync(string kind, int id, MailingDb db, PersonalDataStoreOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        Subjects subjects = Subjects.Named(kind);
        if (subjects.RecordObjection is not { } recordObjection)
        {
            return Results.Problem($"The data of {subjects.Route} is not used for direct marketing: there is nothing to object to.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (await subjects.UnavailableAsync(db, id, ct) is { } unavailable)
        {
            return unavailable;
        }

        // Every direct-marketing purpose ends, on consent or on legitimate interests alike; the objection is kept
        // (purpose Objections) so that it keeps being honoured; after an erasure, the suppression list does that.
        DateTime now = DateTime.UtcNow;
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(ct);
        SubjectErasureReceipt receipt = await subjects.Erase(db.PersonalData(options), id, ErasureRequest.ForPurposes(now, [.. subjects.DirectMarketing]), ct);
        await recordObjection(db, id, now, ct);
        await WithdrawConsentRowsAsync(db, subjects, id, subjects.DirectMarketing.ToArray(), now, ct);
        await transaction.CommitAsync(ct);
        return Erased(logs, receipt);
    }

    private static async Task<IResult> PurgeAsync(PurgeRequest? request, MailingDb db, PersonalDataStoreOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        DateTimeOffset now = request?.At ?? DateTimeOffset.UtcNow;
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(ct);
        PurgeResult result = await db.PersonalData(options).PurgeExpiredAsync(now, ct);

        // A customer whose own retention has ended (its login address is gone) has no contract any more: the lists (with
        // their contacts, consents and statistics) and campaigns kept for it as processor go too, as with an erasure.
        await db.Campaigns.Where(c => db.Accounts.Any(a => a.Id == c.AccountId && a.Email == null)).ExecuteDeleteAsync(ct);
        await db.ContactLists.Where(l => db.Accounts.Any(a => a.Id == l.AccountId && a.Email == null)).ExecuteDeleteAsync(ct);
        await transaction.CommitAsync(ct);
        Log.Purged(logs.CreateLogger(typeof(PrivacyEndpoints)), now, result.Changed, result.Statements);
        return Results.Ok(PurgeView.From(result));
    }

    /// <summary>
    /// A contact's consents to the purposes end; leaving the newsletter is unsubscribing, which the customer's list
    /// records (<c>UnsubscribedAt</c>, list management) and which keeps every later campaign from the contact.
    /// </summary>
    private static async Task WithdrawConsentRowsAsync(MailingDb db, Subjects subjects, int id, string[] purposes, DateTime now, CancellationToken ct)
    {
        if (subjects != Subjects.Contacts)
        {
            return;
        }

        await db.ContactConsents.Where(c => c.ContactId == id && purposes.Contains(c.Purpose) && c.WithdrawnAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.WithdrawnAt, now), ct);
        if (purposes.Contains("Newsletter"))
        {
            await db.Contacts.Where(c => c.Id == id && c.UnsubscribedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.UnsubscribedAt, now), ct);
        }
    }

    private static IResult Erased(ILoggerFactory logs, SubjectErasureReceipt receipt)
    {
        string purposes = receipt.Purposes is { } p ? string.Join(", ", p) : "everything";
        Log.Erased(logs.CreateLogger(typeof(PrivacyEndpoints)), receipt.SubjectType, receipt.SubjectHash, purposes, receipt.Status.ToString(), receipt.Statements, receipt.AddedToSuppressionList);
        return Results.Ok(ErasureView.From(receipt));
    }

    private static IResult NotFound(Subjects subjects, int id) =>
        Results.Problem($"There is no {subjects.Kind} {id}.", statusCode: StatusCodes.Status404NotFound);
}
