using System;
using System.Collections.Generic;

namespace Mailing.Endpoints;

/// <summary>A sign-up, or a rectification (Art. 16) when sent with PUT: fields left null are not changed.</summary>
public sealed record CustomerForm(
    string? Name,
    string? Email,
    string? Company,
    string? JobTitle,
    string? VatNumber,
    string? Phone,
    string? BillingStreet,
    string? BillingPostalCode,
    string? BillingCity,
    string? BillingCountry,
    bool? MarketingConsent);

/// <summary>A contact to import into a list, or a rectification of one (PUT: fields left null are not changed).</summary>
public sealed record ContactForm(
    string? Email,
    string? FirstName,
    string? LastName,
    string? CustomFields,
    IReadOnlyList<string>? ConsentTo);

/// <summary>Contacts to import into a list.</summary>
public sealed record ImportRequest(IReadOnlyList<ContactForm> Contacts);

/// <summary>What happened to each imported contact, in the order given.</summary>
public sealed record ImportResult(int Imported, int Suppressed, int Duplicates, IReadOnlyList<ImportedContact> Contacts);

/// <summary>One imported contact: <c>imported</c> (with its id), <c>suppressed</c> (erased on request earlier: refused) or <c>duplicate</c>.</summary>
public sealed record ImportedContact(int Index, string Status, int? Id);

public sealed record ListForm(string Title);

public sealed record CampaignForm(
    string Subject,
    string Body);

public sealed record SendResult(int Recipients, IReadOnlyList<int> ContactIds);

public sealed record CampaignReport(int Sent, int Opens, int Clicks);

/// <summary>An invoice: the amount is required and greater than zero; the date is today when omitted.</summary>
public sealed record InvoiceForm(decimal? Amount, DateTime? IssuedOn);

public sealed record TicketForm(
    string Subject,
    string Message);

public sealed record ApplicationForm(
    string Vacancy,
    string Name,
    string Email,
    string? Phone,
    string? Education,
    string? Career);

public sealed record VisitForm(string Path);

public sealed record VisitView(DateTime At, string Path, string? AnonymizedIp);

public sealed record Created(int Id);

/// <summary>Who receives the platform's own direct marketing: the newsletter (consent) and offers to customers (legitimate interests).</summary>
public sealed record MarketingAudience(IReadOnlyList<int> Newsletter, IReadOnlyList<int> Offers);

/// <summary>A date for an event that ends a retention clock (omit for now).</summary>
public sealed record EndForm(DateTime? At);
