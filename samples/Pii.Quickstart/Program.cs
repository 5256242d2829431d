using System;
using System.IO;
using System.Net;
using System.Text;
using System.Text.Json;
using Pii.Erasure;
using Pii.Export;
using Quickstart;

// A tour of what Pii generates for the tagged Account type (see Account.cs). Nothing here uses reflection:
// WritePersonalData, ErasePersonalData and ToRedactedString are generated at compile time.

var account = new Account
{
    Id = 7,
    Email = "sanne.devries@example.nl",
    Name = "Sanne de Vries",
    Company = "De Vries Bloemen",
    VatNumber = "NL004495445B01",
    Phone = "+31612345678",
    OptInIp = IPAddress.Parse("203.0.113.42"),
    Interests = { "tulips", "newsletters" },
    Billing = new BillingAddress { Street = "Keizersgracht 1", City = "Amsterdam" },
    Plan = "pro",
};

Section("1. The redacted view, safe for logs");
Console.WriteLine(account.ToRedactedString());

Section("2. Right of access (Art. 15): everything held, with purposes, legal bases and retention");
Console.WriteLine(Export(account, ExportScope.Access));

Section("3. Right to data portability (Art. 20): consent and contract data only");
Console.WriteLine(Export(account, ExportScope.Portability));

DateTimeOffset now = DateTimeOffset.UtcNow;

Section("4. Sanne withdraws consent for marketing: only what marketing alone needed is erased");
Print(account.ErasePersonalData(ErasureRequest.ForPurposes(now, "Marketing")));
Console.WriteLine(account.ToRedactedString());

Section("5. Sanne asks to delete her account (Art. 17): tax data is held, the rest erased");
Print(account.ErasePersonalData(ErasureRequest.Everything(now)));
Console.WriteLine(Export(account, ExportScope.Access));

Section("6. The record of processing (Art. 30), computed from the same tags");
Pii.Records.ProcessingRecord record = PersonalDataProcessingRecord.Value;
Console.WriteLine($"controller: {record.Controller?.Name}; {record.Purposes.Count} purposes, {record.Fields.Count} fields, {record.Recipients.Count} recipients");
foreach (Pii.Records.PurposeEntry purpose in record.Purposes)
{
    Console.WriteLine($"  {purpose.Name,-10} {purpose.Article,-13} kept {purpose.Retention,-5} {string.Join(", ", purpose.Fields)}");
}

Console.WriteLine($"the build wrote it to {Path.Combine(AppContext.BaseDirectory, "processing-record.html")} (and .json, .fides.yml, .ico.csv)");

// Last, so that CI can see the tour ran to its end.
Section("7. The same request again changes nothing, and says so");
ErasureResult again = account.ErasePersonalData(ErasureRequest.Everything(now));
Console.WriteLine($"changed anything: {again.Changed}");

static string Export(Account account, ExportScope scope)
{
    using var stream = new MemoryStream();
    using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
    {
        account.WritePersonalData(writer, scope);
    }

    return Encoding.UTF8.GetString(stream.ToArray());
}

static void Print(ErasureResult result)
{
    foreach (MemberErasure member in result.Members)
    {
        string until = member.HeldUntil is { } date ? $" until {date:yyyy-MM-dd}" : string.Empty;
        string why = member.Reason is null ? string.Empty : $" ({member.Reason})";
        Console.WriteLine($"  {member.Member,-24} {member.Outcome}{until}{why}");
    }
}

static void Section(string title)
{
    Console.WriteLine();
    Console.WriteLine(title);
    Console.WriteLine(new string('-', title.Length));
}
