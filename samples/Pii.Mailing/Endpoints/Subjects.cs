using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Mailing.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pii.Erasure;
using Pii.Export;
using Pii.Store;

namespace Mailing.Endpoints;

/// <summary>
/// The three kinds of data subject the platform serves, each with the Pii operations generated for it
/// (<c>db.PersonalData(options).Account</c>, <c>.Contact</c>, <c>.JobApplicant</c>) and what the application adds.
/// </summary>
internal sealed class Subjects
{
    public const string RouteConstraint = "regex(^(customers|contacts|applicants)$)";

    private Subjects(
        string route,
        string kind,
        string[] directMarketing,
        Func<MailingDbPersonalData, int, Stream, ExportScope, CancellationToken, Task<SubjectExportResult>> export,
        Func<MailingDbPersonalData, int, ErasureRequest, CancellationToken, Task<SubjectErasureReceipt>> erase,
        Func<MailingDb, int, CancellationToken, Task<bool>> exists,
        Func<MailingDb, int, CancellationToken, Task<bool>> erased,
        Func<MailingDb, int, DateTime, CancellationToken, Task<int>>? recordObjection)
    {
        Route = route;
        Kind = kind;
        DirectMarketing = directMarketing;
        Export = export;
        Erase = erase;
        Exists = exists;
        Erased = erased;
        RecordObjection = recordObjection;
    }

    /// <summary>The platform's customers (account holders).</summary>
    public static Subjects Customers { get; } = new(
        "customers",
        "customer",
        ["Marketing", "CustomerOffers"],
        (pii, id, stream, scope, ct) => pii.Account.ExportAsync(id, stream, scope, ct),
        (pii, id, request, ct) => pii.Account.EraseAsync(id, request, ct),
        (db, id, ct) => db.Accounts.AnyAsync(a => a.Id == id, ct),
        (db, id, ct) => db.Accounts.AnyAsync(a => a.Id == id && a.Email == null, ct),
        (db, id, now, ct) => db.Accounts.Where(a => a.Id == id && a.ObjectedToMarketingAt == null).ExecuteUpdateAsync(s => s.SetProperty(a => a.ObjectedToMarketingAt, now), ct));

    /// <summary>The people on the customers' lists.</summary>
    public static Subjects Contacts { get; } = new(
        "contacts",
        "contact",
        ["Newsletter"],
        (pii, id, stream, scope, ct) => pii.Contact.ExportAsync(id, stream, scope, ct),
        (pii, id, request, ct) => pii.Contact.EraseAsync(id, request, ct),
        (db, id, ct) => db.Contacts.AnyAsync(c => c.Id == id, ct),
        (db, id, ct) => db.Contacts.AnyAsync(c => c.Id == id && c.Email == null, ct),
        (db, id, now, ct) => db.Contacts.Where(c => c.Id == id && c.ObjectedToMarketingAt == null).ExecuteUpdateAsync(s => s.SetProperty(c => c.ObjectedToMarketingAt, now), ct));

    /// <summary>Job applicants: no direct marketing.</summary>
    public static Subjects Applicants { get; } = new(
        "applicants",
        "applicant",
        [],
        (pii, id, stream, scope, ct) => pii.JobApplicant.ExportAsync(id, stream, scope, ct),
        (pii, id, request, ct) => pii.JobApplicant.EraseAsync(id, request, ct),
        (db, id, ct) => db.JobApplicants.AnyAsync(a => a.Id == id, ct),
        (db, id, ct) => db.JobApplicants.AnyAsync(a => a.Id == id && a.Email == null, ct),
        null);

    public static IReadOnlyList<Subjects> All { get; } = [Customers, Contacts, Applicants];

    /// <summary>The route segment: customers, contacts, applicants.</summary>
    public string Route { get; }

    /// <summary>The data-subject kind of the tags and the record of processing: customer, contact, applicant.</summary>
    public string Kind { get; }

    /// <summary>The purposes that are direct marketing to this kind of subject: an objection ends them all (Art. 21(3)).</summary>
    public IReadOnlyList<string> DirectMarketing { get; }

    public Func<MailingDbPersonalData, int, Stream, ExportScope, CancellationToken, Task<SubjectExportResult>> Export { get; }

    public Func<MailingDbPersonalData, int, ErasureRequest, CancellationToken, Task<SubjectErasureReceipt>> Erase { get; }

    public Func<MailingDb, int, CancellationToken, Task<bool>> Exists { get; }

    /// <summary>
    /// Whether the person was erased (or their retention ended) while their row stays: a customer's for the invoices the
    /// law holds, an applicant's with every member cleared, a contact's whose retention ended (statistics may link to
    /// it; erasure deletes a contact's row). Their e-mail address, which every sign-up and import needs, is gone.
    /// </summary>
    public Func<MailingDb, int, CancellationToken, Task<bool>> Erased { get; }

    /// <summary>Records an objection to direct marketing; one made earlier keeps its date (it is recorded once).</summary>
    public Func<MailingDb, int, DateTime, CancellationToken, Task<int>>? RecordObjection { get; }

    public static Subjects Named(string route) => All.First(s => s.Route == route);

    /// <summary>404 for an unknown person, 410 for an erased one; null when the person can be served.</summary>
    public async Task<IResult?> UnavailableAsync(MailingDb db, int id, CancellationToken ct) =>
        !await Exists(db, id, ct) ? Results.Problem($"There is no {Kind} {id}.", statusCode: StatusCodes.Status404NotFound)
        : await Erased(db, id, ct) ? Gone(id)
        : null;

    /// <summary>The answer to anything but an export about an erased person: what is held stays as it is.</summary>
    public IResult Gone(int id) => Results.Problem(
        $"The {Kind} {id} was erased: what the law requires to keep is still held (see the export), and nothing more can be changed or added.",
        statusCode: StatusCodes.Status410Gone);
}
