using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Mail;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Mailing.Data;
using Mailing.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Pii;
using Pii.Redaction;
using Pii.Store;

namespace Mailing.Endpoints;

/// <summary>The platform itself: customers, lists and contacts, campaigns and their statistics, invoices, support, jobs, the website.</summary>
internal static class PlatformEndpoints
{
    private const string Newsletter = "Newsletter";

    private static readonly byte[] Pixel = Convert.FromBase64String("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    public static void MapPlatformEndpoints(this IEndpointRouteBuilder routes)
    {
        RouteGroupBuilder customers = routes.MapGroup("/customers").WithTags("Customers");
        customers.MapPost("/", SignUpAsync).WithSummary("Sign up a customer").Produces<Created>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status409Conflict);
        customers.MapPut("/{id:int}", RectifyCustomerAsync).WithSummary("Rectify a customer's data (Art. 16)")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        customers.MapPost("/{id:int}/contract/end", EndContractAsync).WithSummary("End the customer's contract: the retention of the account's data starts");
        customers.MapPost("/{id:int}/invoices", AddInvoiceAsync).WithSummary("Invoice the customer").Produces<Created>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        customers.MapPost("/{id:int}/tickets", OpenTicketAsync).WithSummary("Open a support ticket").Produces<Created>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest);
        customers.MapPost("/{id:int}/lists", AddListAsync).WithSummary("Create a distribution list").Produces<Created>(StatusCodes.Status201Created);
        customers.MapPost("/{id:int}/campaigns", AddCampaignAsync).WithSummary("Write a campaign").Produces<Created>(StatusCodes.Status201Created);

        RouteGroupBuilder lists = routes.MapGroup("/lists").WithTags("Lists and contacts");
        lists.MapPost("/{id:int}/contacts", ImportAsync)
            .WithSummary("Import contacts into a list; addresses erased on request earlier are refused (suppression list)")
            .Produces<ImportResult>().ProducesProblem(StatusCodes.Status404NotFound);
        lists.MapGet("/{id:int}/export", ExportListAsync)
            .WithSummary("Export a distribution list as CSV (the customer's own data, as controller)")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        routes.MapPut("/contacts/{id:int}", RectifyContactAsync).WithTags("Lists and contacts")
            .WithSummary("Rectify a contact's data (Art. 16); a new address that is suppressed or already on the list is refused")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        RouteGroupBuilder campaigns = routes.MapGroup("/campaigns").WithTags("Campaigns");
        campaigns.MapPost("/{id:int}/send", SendAsync).WithSummary("Send a campaign to the contacts who consented and did not object").Produces<SendResult>();
        campaigns.MapGet("/{id:int}/report", ReportAsync).WithSummary("Opens and clicks of a campaign").Produces<CampaignReport>();
        routes.MapGet("/t/{campaignId:int}/{contactId:int}/open", TrackOpenAsync).WithTags("Campaigns")
            .WithSummary("The tracking pixel of a campaign e-mail: records an open against a delivery of the campaign to the contact, with the reader's IP address and browser");

        routes.MapGet("/marketing/audience", AudienceAsync).WithTags("Campaigns")
            .WithSummary("Which customers receive the platform's newsletter (consent) and offers (legitimate interests, until they object)")
            .Produces<MarketingAudience>();

        routes.MapPost("/visits", VisitAsync).WithTags("Website").WithSummary("Record a page view: the IP address is anonymized before it is stored");
        routes.MapGet("/visits", VisitsAsync).WithTags("Website").WithSummary("The last 100 page views").Produces<List<VisitView>>();

        RouteGroupBuilder applicants = routes.MapGroup("/applicants").WithTags("Jobs");
        applicants.MapPost("/", ApplyAsync).WithSummary("Apply for a job").Produces<Created>(StatusCodes.Status201Created);
        applicants.MapPost("/{id:int}/close", CloseProcedureAsync).WithSummary("End the application procedure: the four-week retention starts");
    }

    private static async Task<IResult> SignUpAsync(CustomerForm form, MailingDb db, ILoggerFactory logs, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(form.Email) || string.IsNullOrWhiteSpace(form.Name))
        {
            return Results.Problem("A customer needs a name and an e-mail address.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (NotAnAddress(form.Email) is { } notAnAddress)
        {
            return notAnAddress;
        }

        if (await SignInTakenAsync(db, form.Email, null, ct))
        {
            return SignInConflict();
        }

        DateTime now = DateTime.UtcNow;
        var account = new Account { ContractStartedAt = now, MarketingConsentAt = form.MarketingConsent == true ? now : null };
        Apply(account, form);
        db.Accounts.Add(account);
        if (!await SaveUniqueAsync(db, ct))
        {
            return SignInConflict();
        }

        db.ChangeTracker.Clear();
        Log.CustomerSignedUp(Logger(logs), account.Id, form.Email);
        return Results.Created($"/customers/{account.Id}", new Created(account.Id));
    }

    private static async Task<IResult> RectifyCustomerAsync(int id, CustomerForm form, MailingDb db, ILoggerFactory logs, CancellationToken ct)
    {
        Account? account = await db.Accounts.FindAsync([id], ct);
        if (account is null)
        {
            return Missing("customer", id);
        }

        if (account.Email is null)
        {
            return Subjects.Customers.Gone(id);
        }

        // Rectification corrects a value: it cannot blank the login address or the name (erasure is DELETE /privacy/...).
        if (form.Email is { } email && string.IsNullOrWhiteSpace(email) || form.Name is { } name && string.IsNullOrWhiteSpace(name))
        {
            return Invalid("A customer's name and e-mail address cannot be made blank.");
        }

        if (form.Email is not null && NotAnAddress(form.Email) is { } notAnAddress)
        {
            return notAnAddress;
        }

        if (form.Email is not null && await SignInTakenAsync(db, form.Email, id, ct))
        {
            return SignInConflict();
        }

        Apply(account, form);
        if (form.MarketingConsent is { } consent)
        {
            account.MarketingConsentAt = consent ? account.MarketingConsentAt ?? DateTime.UtcNow : null;
        }

        if (!await SaveUniqueAsync(db, ct))
        {
            return SignInConflict();
        }

        db.ChangeTracker.Clear();
        Log.CustomerUpdated(Logger(logs), id, account.ToRedactedString());
        return Results.NoContent();
    }

    /// <summary>Whether another customer than <paramref name="except"/> signs in with the address (trimmed, in any case).</summary>
    private static Task<bool> SignInTakenAsync(MailingDb db, string email, int? except, CancellationToken ct)
    {
        string lower = email.Trim().ToLowerInvariant();
        return db.Accounts.AnyAsync(a => a.Id != except && a.Email != null && a.Email.ToLower() == lower, ct);
    }

    /// <summary>
    /// Saves, or returns <see langword="false"/> when a unique index refused the save: another request stored the same
    /// address after this one checked (MailingDb's indexes). Nothing of this request is kept.
    /// </summary>
    private static async Task<bool> SaveUniqueAsync(MailingDb db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException exception) when (exception.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 }) // SQLITE_CONSTRAINT_UNIQUE
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    private static IResult SignInConflict() => Conflict("The address is already used by another customer to sign in.");

    private static void Apply(Account account, CustomerForm form)
    {
        account.Name = form.Name ?? account.Name;
        account.Email = form.Email?.Trim() ?? account.Email;
        account.Company = form.Company ?? account.Company;
        account.JobTitle = form.JobTitle ?? account.JobTitle;
        account.VatNumber = form.VatNumber ?? account.VatNumber;
        account.Phone = form.Phone ?? account.Phone;
        account.BillingStreet = form.BillingStreet ?? account.BillingStreet;
        account.BillingPostalCode = form.BillingPostalCode ?? account.BillingPostalCode;
        account.BillingCity = form.BillingCity ?? account.BillingCity;
        account.BillingCountry = form.BillingCountry ?? account.BillingCountry;
    }

    private static async Task<IResult> EndContractAsync(int id, EndForm? form, MailingDb db, CancellationToken ct)
    {
        if (await Subjects.Customers.UnavailableAsync(db, id, ct) is { } unavailable)
        {
            return unavailable;
        }

        DateTime at = form?.At ?? DateTime.UtcNow;
        int rows = await db.Accounts.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ContractEndedAt, at), ct);
        return rows == 0 ? Missing("customer", id) : Results.NoContent();
    }

    private static async Task<IResult> AddInvoiceAsync(int id, InvoiceForm form, MailingDb db, CancellationToken ct)
    {
        Account? account = await db.Accounts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (account is null)
        {
            return Missing("customer", id);
        }

        if (account.Email is null)
        {
            return Subjects.Customers.Gone(id);
        }

        if (form.Amount is not { } amount || amount <= 0)
        {
            return Invalid("An invoice needs an amount greater than zero.");
        }

        // The invoice keeps its own copy of the billing details: it must say what it said when it was issued.
        DateTime issued = form.IssuedOn ?? DateTime.UtcNow;
        var invoice = new Invoice
        {
            AccountId = id,
            Number = $"{issued:yyyy}-{id:D4}-{await db.Invoices.CountAsync(i => i.AccountId == id, ct) + 1:D3}",
            IssuedOn = issued,
            Amount = amount,
            BillingName = account.Company is { Length: > 0 } company ? $"{account.Name}, {company}" : account.Name,
            BillingAddress = $"{account.BillingStreet}, {account.BillingPostalCode} {account.BillingCity}, {account.BillingCountry}",
            VatNumber = account.VatNumber,
        };
        return await AddAsync(db, invoice, $"/customers/{id}/invoices", ct);
    }

    private static async Task<IResult> OpenTicketAsync(int id, TicketForm form, MailingDb db, CancellationToken ct) =>
        await Subjects.Customers.UnavailableAsync(db, id, ct) is { } unavailable ? unavailable
            : string.IsNullOrWhiteSpace(form.Subject) || string.IsNullOrWhiteSpace(form.Message) ? Invalid("A ticket needs a subject and a message.")
            : await AddAsync(db, new SupportTicket { AccountId = id, OpenedAt = DateTime.UtcNow, Subject = form.Subject, Message = form.Message }, $"/customers/{id}/tickets", ct);

    private static async Task<IResult> AddListAsync(int id, ListForm form, MailingDb db, CancellationToken ct) =>
        await Subjects.Customers.UnavailableAsync(db, id, ct) is { } unavailable ? unavailable
            : string.IsNullOrWhiteSpace(form.Title) ? Invalid("A list needs a title.")
            : await AddAsync(db, new ContactList { AccountId = id, Title = form.Title }, "/lists", ct);

    private static async Task<IResult> AddCampaignAsync(int id, CampaignForm form, MailingDb db, CancellationToken ct) =>
        await Subjects.Customers.UnavailableAsync(db, id, ct) is { } unavailable ? unavailable
            : string.IsNullOrWhiteSpace(form.Subject) || form.Body is null ? Invalid("A campaign needs a subject and a body.")
            : await AddAsync(db, new Campaign { AccountId = id, Subject = form.Subject, Body = form.Body }, "/campaigns", ct);

    private static async Task<IResult> ImportAsync(int id, ImportRequest request, HttpContext http, MailingDb db, PersonalDataStoreOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        if (!await db.ContactLists.AnyAsync(l => l.Id == id, ct))
        {
            return Missing("list", id);
        }

        if (request.Contacts is null)
        {
            return Results.Problem("The body needs \"contacts\": the list of contacts to import.", statusCode: StatusCodes.Status400BadRequest);
        }

        // A contact can consent only to a purpose on consent that concerns contacts (the record of processing says which).
        string[] consentPurposes = PersonalDataProcessingRecord.Value.Purposes
            .Where(p => p.LegalBasis == LegalBasis.Consent && p.Subjects.Contains(Subjects.Contacts.Kind))
            .Select(p => p.Name)
            .ToArray();
        for (int index = 0; index < request.Contacts.Count; index++)
        {
            if (request.Contacts[index] is not { } contact)
            {
                return Results.Problem($"Contact {index} is null.", statusCode: StatusCodes.Status400BadRequest);
            }

            foreach (string? purpose in contact.ConsentTo ?? [])
            {
                if (purpose is null || !consentPurposes.Contains(purpose))
                {
                    return Results.Problem(
                        $"Contact {index}: '{purpose}' is not a purpose a contact can consent to ({string.Join(", ", consentPurposes)}).",
                        statusCode: StatusCodes.Status400BadRequest);
                }
            }

            if (HasNewsletterFields(contact) && contact.ConsentTo?.Contains(Newsletter) != true)
            {
                return Results.Problem(
                    $"Contact {index}: the first name, last name and custom fields are used only for the newsletter, so they need consent to it (\"consentTo\": [\"{Newsletter}\"]).",
                    statusCode: StatusCodes.Status400BadRequest);
            }
        }

        ILogger logger = Logger(logs);
        MailingDbPersonalData pii = db.PersonalData(options);
        DateTime now = DateTime.UtcNow;
        string? ip = http.Connection.RemoteIpAddress?.ToString();
        var results = new List<ImportedContact>();
        var added = new List<(int Index, Contact Contact)>();
        for (int index = 0; index < request.Contacts.Count; index++)
        {
            ContactForm form = request.Contacts[index];
            string email = form.Email?.Trim() ?? "";
            if (email.Length == 0)
            {
                return Results.Problem($"Contact {index} has no e-mail address.", statusCode: StatusCodes.Status400BadRequest);
            }

            if (NotAnAddress(email, $"Contact {index}: ") is { } notAnAddress)
            {
                return notAnAddress;
            }

            if (await pii.IsSuppressedAsync(email, DataCategory.EmailAddress, ct))
            {
                Log.SuppressedAddressRefused(logger, id, email);
                results.Add(new ImportedContact(index, "suppressed", null));
                continue;
            }

            string lower = email.ToLowerInvariant();
            if (await db.Contacts.AnyAsync(c => c.ContactListId == id && c.Email != null && c.Email.ToLower() == lower, ct)
                || added.Any(a => string.Equals(a.Contact.Email, email, StringComparison.OrdinalIgnoreCase)))
            {
                results.Add(new ImportedContact(index, "duplicate", null));
                continue;
            }

            // The opt-in's address and time are the proof of a consent (Art. 7(1)): kept only for a contact who gave one.
            bool consented = form.ConsentTo is { Count: > 0 };
            var contact = new Contact
            {
                ContactListId = id,
                Email = email,
                FirstName = form.FirstName,
                LastName = form.LastName,
                CustomFields = form.CustomFields,
                OptInIp = consented ? ip : null,
                OptInAt = consented ? now : null,
            };
            added.Add((index, contact));
            results.Add(new ImportedContact(index, "imported", null));
        }

        // The contacts and their consents in one transaction: a failure leaves no contact without its consent.
        await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(ct);
        db.Contacts.AddRange(added.Select(a => a.Contact));
        if (!await SaveUniqueAsync(db, ct))
        {
            return Conflict("An address of the import was put on the list by another request meanwhile; nothing was imported. Import again: it is then reported as a duplicate.");
        }

        foreach ((int index, Contact contact) in added)
        {
            results[index] = results[index] with { Id = contact.Id };
            // One consent per purpose, however often the request names it.
            foreach (string purpose in (request.Contacts[index].ConsentTo ?? []).Distinct())
            {
                db.ContactConsents.Add(new ContactConsent { ContactId = contact.Id, Purpose = purpose, GivenAt = now });
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        int suppressed = results.Count(r => r.Status == "suppressed");
        int duplicates = results.Count(r => r.Status == "duplicate");
        Log.ContactsImported(logger, id, added.Count, suppressed, duplicates);
        return Results.Ok(new ImportResult(added.Count, suppressed, duplicates, results));
    }

    private static async Task<IResult> ExportListAsync(int id, MailingDb db, CancellationToken ct)
    {
        ContactList? list = await db.ContactLists.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (list is null)
        {
            return Missing("list", id);
        }

        // A contact whose retention ended keeps its row, without an address: it is no longer on the list.
        List<Contact> contacts = await db.Contacts.AsNoTracking().Where(c => c.ContactListId == id && c.Email != null).OrderBy(c => c.Id).ToListAsync(ct);
        var csv = new StringBuilder("email,first_name,last_name,custom_fields,opted_in_at,unsubscribed_at\r\n");
        foreach (Contact c in contacts)
        {
            csv.Append(Csv(c.Email)).Append(',').Append(Csv(c.FirstName)).Append(',').Append(Csv(c.LastName)).Append(',')
                .Append(Csv(c.CustomFields)).Append(',').Append(Csv(c.OptInAt?.ToString("O", CultureInfo.InvariantCulture))).Append(',')
                .Append(Csv(c.UnsubscribedAt?.ToString("O", CultureInfo.InvariantCulture))).Append("\r\n");
        }

        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"list-{id}.csv");
    }

    /// <summary>
    /// A CSV field. A value a spreadsheet would take for a formula (one that starts with =, +, -, @, a tab or a carriage
    /// return) gets a leading apostrophe, so that opening the export cannot run what a contact typed (CSV injection).
    /// </summary>
    private static string Csv(string? value)
    {
        if (value is null)
        {
            return "";
        }

        // A spreadsheet may trim spaces (and a quote mark around the value) before it reads a formula: look past them.
        string start = value.TrimStart(' ', '"');
        if (start.Length > 0 && start[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static async Task<IResult> RectifyContactAsync(int id, ContactForm form, MailingDb db, PersonalDataStoreOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        Contact? contact = await db.Contacts.FindAsync([id], ct);
        if (contact is null)
        {
            return Missing("contact", id);
        }

        if (contact.Email is null)
        {
            return Subjects.Contacts.Gone(id);   // its retention ended: nothing is brought back onto the row
        }

        // A new address is refused as an import would refuse it: suppressed (erased on request earlier), or already on
        // the list as another contact.
        string? email = form.Email?.Trim();
        if (email is { Length: 0 })
        {
            return Invalid("A contact's e-mail address cannot be made blank.");
        }

        if (email is not null && NotAnAddress(email) is { } notAnAddress)
        {
            return notAnAddress;
        }

        if (email is not null && !string.Equals(email, contact.Email, StringComparison.OrdinalIgnoreCase))
        {
            if (await db.PersonalData(options).IsSuppressedAsync(email, DataCategory.EmailAddress, ct))
            {
                Log.SuppressedAddressRefused(Logger(logs), contact.ContactListId, email);
                return Conflict("The new address was erased on request and is suppressed: it cannot be put on a list again.");
            }

            string lower = email.ToLowerInvariant();
            if (await db.Contacts.AnyAsync(c => c.Id != id && c.ContactListId == contact.ContactListId && c.Email != null && c.Email.ToLower() == lower, ct))
            {
                return Conflict($"The new address is already on list {contact.ContactListId}, as another contact.");
            }
        }

        if (HasNewsletterFields(form)
            && !await db.ContactConsents.AnyAsync(c => c.ContactId == id && c.Purpose == Newsletter && c.GivenAt != null && c.WithdrawnAt == null, ct))
        {
            return Conflict("The contact does not consent to the newsletter, the only purpose of their first name, last name and custom fields: they cannot be stored.");
        }

        contact.Email = email ?? contact.Email;
        contact.FirstName = form.FirstName ?? contact.FirstName;
        contact.LastName = form.LastName ?? contact.LastName;
        contact.CustomFields = form.CustomFields ?? contact.CustomFields;
        if (!await SaveUniqueAsync(db, ct))
        {
            return Conflict($"The new address was put on list {contact.ContactListId} by another request meanwhile, as another contact.");
        }

        db.ChangeTracker.Clear();
        Log.ContactUpdated(Logger(logs), id, contact.ToRedactedString());
        return Results.NoContent();
    }

    /// <summary>
    /// Whether the form has a value that only the newsletter uses (a contact's names and custom fields are tagged for it
    /// alone, in Model/Contact.cs): without consent to the newsletter there is no basis to store it.
    /// </summary>
    private static bool HasNewsletterFields(ContactForm form) => form.FirstName is not null || form.LastName is not null || form.CustomFields is not null;

    private static async Task<IResult> SendAsync(int id, MailingDb db, PersonalDataStoreOptions options, ILoggerFactory logs, CancellationToken ct)
    {
        Campaign? campaign = await db.Campaigns.FindAsync([id], ct);
        if (campaign is null)
        {
            return Missing("campaign", id);
        }

        if (campaign.SentAt is { } sentAt)
        {
            return Conflict($"Campaign {id} was sent at {sentAt:O}; a campaign is sent once.");
        }

        // Only contacts who consented to the newsletter, did not withdraw, did not unsubscribe and did not object.
        var candidates = await (
            from contact in db.Contacts
            join list in db.ContactLists on contact.ContactListId equals list.Id
            where list.AccountId == campaign.AccountId
                && contact.Email != null
                && contact.UnsubscribedAt == null
                && contact.ObjectedToMarketingAt == null
                && db.ContactConsents.Any(c => c.ContactId == contact.Id && c.Purpose == Newsletter && c.GivenAt != null && c.WithdrawnAt == null)
            orderby contact.Id
            select new { contact.Id, Email = contact.Email! }).ToListAsync(ct);

        // And never to an address on the suppression list: someone erased on request from one list is still on another.
        // An address on several of the customer's lists (in any spelling) gets the campaign once, as its first contact.
        MailingDbPersonalData pii = db.PersonalData(options);
        var recipients = new List<int>();
        var addresses = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var candidate in candidates)
        {
            if (addresses.Add(candidate.Email.Trim()) && !await pii.IsSuppressedAsync(candidate.Email, DataCategory.EmailAddress, ct))
            {
                recipients.Add(candidate.Id);
            }
        }

        // The send and its deliveries are saved together: an open counts only against a delivery.
        campaign.SentAt = DateTime.UtcNow;
        db.Deliveries.AddRange(recipients.Select(contact => new CampaignDelivery { CampaignId = id, ContactId = contact, SentAt = campaign.SentAt.Value }));
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        Log.CampaignSent(Logger(logs), id, recipients.Count);
        return Results.Ok(new SendResult(recipients.Count, recipients));
    }

    private static async Task<IResult> ReportAsync(int id, MailingDb db, CancellationToken ct)
    {
        Campaign? campaign = await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return Missing("campaign", id);
        }

        int opens = await db.EmailEvents.CountAsync(e => e.CampaignId == id && e.Kind == EmailEventKind.Open, ct);
        int clicks = await db.EmailEvents.CountAsync(e => e.CampaignId == id && e.Kind == EmailEventKind.Click, ct);
        return Results.Ok(new CampaignReport(campaign.SentAt is null ? 0 : 1, opens, clicks));
    }

    private static async Task<IResult> TrackOpenAsync(int campaignId, int contactId, HttpContext http, MailingDb db, ILoggerFactory logs, CancellationToken ct)
    {
        // An open counts only for a contact the campaign was sent to: the ids in the URL can be guessed, and an open
        // recorded otherwise would be statistics about someone the campaign never reached.
        bool recipient = await db.Deliveries.AnyAsync(d => d.CampaignId == campaignId && d.ContactId == contactId, ct);
        if (recipient)
        {
            string ip = http.Connection.RemoteIpAddress?.ToString() ?? "";
            string userAgent = http.Request.Headers.UserAgent.ToString();
            db.EmailEvents.Add(new EmailEvent { CampaignId = campaignId, ContactId = contactId, Kind = EmailEventKind.Open, OccurredAt = DateTime.UtcNow, Ip = ip, UserAgent = userAgent });
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            Log.Tracked(Logger(logs), campaignId, nameof(EmailEventKind.Open), contactId, ip, userAgent);
        }

        // The pixel is served either way: a mail client must not learn whether tracking worked.
        return Results.File(Pixel, "image/gif");
    }

    private static async Task<IResult> AudienceAsync(MailingDb db, CancellationToken ct)
    {
        List<int> newsletter = await db.Accounts.Where(a => a.MarketingConsentAt != null && a.ObjectedToMarketingAt == null && a.Email != null)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        List<int> offers = await db.Accounts.Where(a => a.ContractEndedAt == null && a.ObjectedToMarketingAt == null && a.Email != null)
            .OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        return Results.Ok(new MarketingAudience(newsletter, offers));
    }

    private static async Task<IResult> VisitAsync(VisitForm form, HttpContext http, MailingDb db, ILoggerFactory logs, CancellationToken ct)
    {
        // The page only: a query string or fragment can carry personal data (an address in a link, a search, a token),
        // so it is neither stored nor logged.
        string path = form.Path?.Split('?', '#')[0] ?? "";
        if (string.IsNullOrWhiteSpace(path))
        {
            return Invalid("A visit needs the path of the page.");
        }

        // Anonymized before it is stored or logged: the last octet (IPv4) or the last 80 bits (IPv6) are zeroed.
        IPAddress? remote = http.Connection.RemoteIpAddress;
        string? anonymized = remote is null ? null : Redactor.TruncateIp(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote).ToString();
        db.WebsiteVisits.Add(new WebsiteVisit { At = DateTime.UtcNow, Path = path, AnonymizedIp = anonymized });
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        Log.Visited(Logger(logs), path, anonymized ?? "");
        return Results.NoContent();
    }

    private static async Task<IResult> VisitsAsync(MailingDb db, CancellationToken ct) =>
        Results.Ok(await db.WebsiteVisits.AsNoTracking().OrderByDescending(v => v.Id).Take(100)
            .Select(v => new VisitView(v.At, v.Path, v.AnonymizedIp)).ToListAsync(ct));

    private static async Task<IResult> ApplyAsync(ApplicationForm form, MailingDb db, ILoggerFactory logs, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(form.Vacancy) || string.IsNullOrWhiteSpace(form.Name) || string.IsNullOrWhiteSpace(form.Email))
        {
            return Invalid("An application needs a vacancy, a name and an e-mail address.");
        }

        if (NotAnAddress(form.Email) is { } notAnAddress)
        {
            return notAnAddress;
        }

        var applicant = new JobApplicant
        {
            Vacancy = form.Vacancy,
            Name = form.Name,
            Email = form.Email,
            Phone = form.Phone,
            Education = form.Education,
            Career = form.Career,
            AppliedAt = DateTime.UtcNow,
        };
        IResult result = await AddAsync(db, applicant, "/applicants", ct);
        Log.Applied(Logger(logs), applicant.Id, form.Vacancy);
        return result;
    }

    private static async Task<IResult> CloseProcedureAsync(int id, EndForm? form, MailingDb db, CancellationToken ct)
    {
        if (await Subjects.Applicants.UnavailableAsync(db, id, ct) is { } unavailable)
        {
            return unavailable;
        }

        DateTime at = form?.At ?? DateTime.UtcNow;
        int rows = await db.JobApplicants.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.ProcedureEndedAt, at), ct);
        return rows == 0 ? Missing("applicant", id) : Results.NoContent();
    }

    private static async Task<IResult> AddAsync<T>(MailingDb db, T entity, string location, CancellationToken ct)
        where T : class
    {
        db.Add(entity);
        await db.SaveChangesAsync(ct);
        int key = (int)db.Entry(entity).Property("Id").CurrentValue!;
        db.ChangeTracker.Clear();
        return Results.Created($"{location}/{key}", new Created(key));
    }

    private static ILogger Logger(ILoggerFactory logs) => logs.CreateLogger("Mailing.Platform");

    private static IResult Missing(string what, int id) => Results.Problem($"There is no {what} {id}.", statusCode: StatusCodes.Status404NotFound);

    private static IResult Invalid(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// A 400 problem when <paramref name="email"/> (trimmed) is not one plain e-mail address: a display name with the
    /// address in angle brackets, or two addresses, is refused too, as mail to such a value would fail. The problem does
    /// not repeat the value.
    /// </summary>
    private static IResult? NotAnAddress(string email, string prefix = "")
    {
        string trimmed = email.Trim();
        return MailAddress.TryCreate(trimmed, out MailAddress? parsed) && parsed.Address == trimmed && parsed.DisplayName.Length == 0
            ? null
            : Invalid((prefix.Length == 0 ? "The" : prefix + "the") + " e-mail address is not one plain address such as name@example.com (the value is not repeated here: it may be personal data).");
    }

    private static IResult Conflict(string detail) => Results.Problem(detail, statusCode: StatusCodes.Status409Conflict);
}
