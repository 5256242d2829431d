using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Pii.Mailing.Tests.Infrastructure;
using static Pii.Mailing.Tests.Infrastructure.Receipts;

namespace Pii.Mailing.Tests;

/// <summary>
/// Seed 004 (../shared/seeds/004_c1b2ad0762176b8d.txt, Mailjet): customers can export their distribution lists; data
/// is kept while the contract runs; and no personal data reaches the logs.
/// </summary>
public class Seed004MailjetTests
{
    [Fact]
    public async Task A_customer_exports_a_distribution_list()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        await app.AddContactAsync(list, "first@mail.example", "Eva", "de Boer", "{\"city\":\"Gent\",\"tags\":\"a,b\"}");
        await app.AddContactAsync(list, "second@mail.example", "Tom");

        HttpResponseMessage response = await app.Http.GetAsync($"/lists/{list}/export");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"list-{list}.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        string[] lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("email,first_name,last_name,custom_fields,opted_in_at,unsubscribed_at", lines[0]);
        Assert.StartsWith("first@mail.example,Eva,de Boer,\"{\"\"city\"\":\"\"Gent\"\",\"\"tags\"\":\"\"a,b\"\"}\",", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("second@mail.example,Tom,,,", lines[2], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
    }

    /// <summary>
    /// Issue 8 on the sample: an applicant's education and career are crypto-shredded. A backup of the data file taken
    /// before the erasure, read afterwards with the application's keys, no longer reveals them.
    /// </summary>
    [Fact]
    public async Task A_backup_taken_before_an_applicants_erasure_cannot_reveal_their_education_or_career()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int applicant = (int)(await app.PostJsonAsync("/applicants", new { vacancy = "Engineer", name = Canaries.ApplicantName, email = Canaries.ApplicantEmail, education = Canaries.ApplicantEducation, career = Canaries.ApplicantCareer }))["id"]!;
        int other = (int)(await app.PostJsonAsync("/applicants", new { vacancy = "Engineer", name = "Kept Applicant", email = "kept@mail.example", education = "BSc kept", career = "Kept career" }))["id"]!;
        JsonNode row = Assert.Single((await app.ExportAsync("applicants", applicant))["data"]!["JobApplicant"]!.AsArray())!;
        Assert.Equal(Canaries.ApplicantEducation, (string?)row["Education"]!["value"]);
        Assert.False(Bytes.Contain(app.DatabaseBytes(), Canaries.ApplicantEducation), "the education is stored in plain text");

        string backup = System.IO.Path.Combine(app.Folder, "backup-before-erasure.db");
        System.IO.File.WriteAllBytes(backup, app.DatabaseBytes());
        JsonNode receipt = await app.DeleteJsonAsync($"/privacy/applicants/{applicant}");
        Assert.True((bool)receipt["subjectKeyDestroyed"]!);

        var ring = new Pii.Encryption.PersonalDataKeyRing("test-1", [new("test-1", Convert.FromBase64String(RunningApp.EncryptionKey))]);
        var keys = new Pii.Encryption.SubjectKeyTable(ring, new Pii.Encryption.SubjectKeyTableOptions { Table = "keys.pii_subject_keys" });
        var options = new Microsoft.EntityFrameworkCore.DbContextOptionsBuilder<global::Mailing.Data.MailingDb>();
        Microsoft.EntityFrameworkCore.SqliteDbContextOptionsBuilderExtensions.UseSqlite(options, $"Data Source={backup};Pooling=False")
            .AddInterceptors(new global::Mailing.Data.SubjectKeysFile(app.SubjectKeysFile), new global::Mailing.Data.MailingDbPersonalData.CryptoShreddingInterceptor(keys))
            .ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.ManyServiceProvidersCreatedWarning));
        await using (var restored = new global::Mailing.Data.MailingDb(options.Options, ring))
        {
            global::Mailing.Model.JobApplicant erased = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(restored.JobApplicants, a => a.Id == applicant);
            Assert.Null(erased.Education);
            Assert.Null(erased.Career);
            Assert.True(Pii.Encryption.ShreddedValues.IsShredded(erased, nameof(erased.Education)));
            global::Mailing.Model.JobApplicant kept = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(restored.JobApplicants, a => a.Id == other);
            Assert.Equal("BSc kept", kept.Education);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Assert.False(Bytes.Contain(System.IO.File.ReadAllBytes(backup), Canaries.ApplicantCareer), "the backup holds the career in plain text");
    }

    [Fact]
    public async Task Data_is_kept_while_the_contract_runs_and_purged_when_its_retention_has_ended()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer(marketingConsent: false));
        JsonNode applicant = await app.PostJsonAsync("/applicants", new { vacancy = "Support engineer", name = Canaries.ApplicantName, email = Canaries.ApplicantEmail });
        int applicantId = (int)applicant["id"]!;

        // Ten years on, the contract still runs and the procedure is still open: nothing has expired.
        DateTimeOffset now = DateTimeOffset.UtcNow;
        await app.PostJsonAsync("/privacy/purge", new { at = now.AddYears(10) });
        JsonNode account = Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!;
        Assert.Equal("Canary Supplies BV", (string?)account["Company"]!["value"]);
        Assert.Equal(Canaries.ApplicantName, (string?)Assert.Single((await app.ExportAsync("applicants", applicantId))["data"]!["JobApplicant"]!.AsArray())!["Name"]!["value"]);

        // The contract ended 60 days ago: what only the contract needed (30 days) goes; what support may still
        // need (2 years) stays. The procedure ended five weeks ago: the applicant's data (4 weeks) goes.
        await app.Http.PostAsJsonAsync($"/customers/{customer}/contract/end", new { at = now.UtcDateTime.AddDays(-60) });
        await app.Http.PostAsJsonAsync($"/applicants/{applicantId}/close", new { at = now.UtcDateTime.AddDays(-35) });
        JsonNode purge = await app.PostJsonAsync("/privacy/purge", new { at = now });
        Assert.True((int)purge["changed"]! > 0);

        account = Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!;
        Assert.Null(account["Company"]?["value"]?.GetValue<string>());
        Assert.Null(account["BillingStreet"]?["value"]?.GetValue<string>());
        Assert.Equal(Canaries.CustomerName, (string?)account["Name"]!["value"]);
        Assert.Equal(Canaries.CustomerEmail, (string?)account["Email"]!["value"]);
        JsonNode applicantExport = await app.ExportAsync("applicants", applicantId);
        Assert.DoesNotContain(Canaries.ApplicantName, applicantExport.ToJsonString(), StringComparison.Ordinal);

        // Three years on, support's two years have ended too.
        await app.PostJsonAsync("/privacy/purge", new { at = now.AddYears(3) });
        JsonNode later = await app.ExportAsync("customers", customer);
        Assert.DoesNotContain(Canaries.CustomerName, later.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Canaries.CustomerEmail, later.ToJsonString(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The lists and campaigns the platform keeps for a customer, as its processor, go when the customer's own retention
    /// has ended, as they go with an erasure (before, the purge cleared the account but the lists kept taking imports and
    /// their contacts were kept with no end).
    /// </summary>
    [Fact]
    public async Task A_customers_lists_and_campaigns_go_when_its_retention_has_ended()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer(marketingConsent: false));
        int other = await app.SignUpAsync(new { name = "Other", email = "other@customer.example" });
        int list = await app.CreateListAsync(customer);
        int otherList = await app.CreateListAsync(other);
        int contact = await app.AddContactAsync(list, Canaries.ContactEmail);
        int otherContact = await app.AddContactAsync(otherList, "stays@mail.example");
        int campaign = await app.CreateCampaignAsync(customer);
        await app.PostJsonAsync($"/customers/{customer}/invoices", new { amount = 12m });   // the account row stays for it
        DateTimeOffset now = DateTimeOffset.UtcNow;
        await app.Http.PostAsJsonAsync($"/customers/{customer}/contract/end", new { at = now.UtcDateTime.AddDays(-60) });

        // Sixty days after the end the login address is still held for support (two years): the lists stay.
        await app.PostJsonAsync("/privacy/purge", new { at = now });
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync($"/lists/{list}/export")).StatusCode);

        // Three years on, the account's last address is gone, and with it the lists, their contacts and the campaigns.
        await app.PostJsonAsync("/privacy/purge", new { at = now.AddYears(3) });

        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/lists/{list}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.PostAsJsonAsync($"/lists/{list}/contacts", new { contacts = new[] { new { email = "new@mail.example" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.PostAsync($"/campaigns/{campaign}/send", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/privacy/contacts/{contact}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await app.Http.PostAsJsonAsync($"/customers/{customer}/lists", new { title = "Again" })).StatusCode);
        Assert.Equal("stays@mail.example", (string?)Assert.Single((await app.ExportAsync("contacts", otherContact))["data"]!["Contact"]!.AsArray())!["Email"]!["value"]);
    }

    [Fact]
    public async Task No_personal_data_reaches_the_logs_in_a_whole_scenario()
    {
        await using RunningApp app = await RunningApp.StartAsync(demoData: true);

        // Everything the platform does with personal data, with a canary value in every field.
        int customer = await app.SignUpAsync(Canaries.Customer(marketingConsent: true));
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName, Canaries.ContactLastName, Canaries.ContactCustomFields);
        int campaign = await app.CreateCampaignAsync(customer);
        await app.PostJsonAsync($"/campaigns/{campaign}/send");
        await app.TrackOpenAsync(campaign, contact);
        using (var visit = new HttpRequestMessage(HttpMethod.Post, "/visits") { Content = JsonContent.Create(new { path = "/" }) })
        {
            visit.Headers.Add("X-Forwarded-For", Canaries.VisitorIp);
            (await app.Http.SendAsync(visit)).EnsureSuccessStatusCode();
        }

        await app.PostJsonAsync($"/customers/{customer}/tickets", new { subject = "Help", message = Canaries.TicketMessage });
        await app.PostJsonAsync($"/customers/{customer}/invoices", new { amount = 12m });
        (await app.Http.PutAsJsonAsync($"/customers/{customer}", new { jobTitle = "Canary keeper" })).EnsureSuccessStatusCode();
        (await app.Http.PutAsJsonAsync($"/contacts/{contact}", new { lastName = Canaries.ContactLastName + "-Smit" })).EnsureSuccessStatusCode();
        int applicant = (int)(await app.PostJsonAsync("/applicants", new { vacancy = "Designer", name = Canaries.ApplicantName, email = Canaries.ApplicantEmail }))["id"]!;
        await app.ExportAsync("customers", customer);
        await app.ExportAsync("contacts", contact, "portability");
        await app.ExportAsync("applicants", applicant);
        await app.PostJsonAsync($"/privacy/contacts/{contact}/consents/Newsletter/withdraw");
        await app.PostJsonAsync($"/privacy/customers/{customer}/objection");
        await app.DeleteJsonAsync($"/privacy/contacts/{contact}");
        await app.ImportAsync(list, new { email = Canaries.ContactEmail, firstName = Canaries.ContactFirstName, consentTo = new[] { "Newsletter" } });
        await app.DeleteJsonAsync($"/privacy/customers/{customer}");
        await app.PostJsonAsync("/privacy/purge", new { at = DateTimeOffset.UtcNow.AddYears(20) });
        (await app.Http.GetAsync("/privacy/record")).EnsureSuccessStatusCode();

        string logs = app.Logs.Text;

        // The logs did record the scenario (at Trace level, EF Core's SQL and ASP.NET Core's requests included) ...
        Assert.True(app.Logs.Records.Count > 200, $"only {app.Logs.Records.Count} records were captured");
        Assert.Contains("Microsoft.EntityFrameworkCore.Database.Command", logs, StringComparison.Ordinal);
        Assert.Contains($"Customer {customer} signed up with w***@leak-check.example", logs, StringComparison.Ordinal);
        Assert.Contains("refused hmac:test:", logs, StringComparison.Ordinal);
        Assert.Contains("from 203.0.113.0", logs, StringComparison.Ordinal);

        // ... and no canary value is in them.
        Assert.All(Canaries.All, canary => Assert.DoesNotContain(canary, logs, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A contact's values come from whoever filled in a sign-up form: one that starts like a formula must not run as one
    /// when the customer opens the export in a spreadsheet (CSV injection), also when spaces or a quote mark come before it.
    /// </summary>
    [Fact]
    public async Task A_list_export_neutralises_values_a_spreadsheet_would_run_as_formulas()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        await app.AddContactAsync(list, "formula@mail.example", "=HYPERLINK(\"http://evil.example\",\"x\")", "+1+1", "@SUM(A1)");
        await app.AddContactAsync(list, "minus@mail.example", "-2+3", "\tTab", "\rcmd");
        await app.AddContactAsync(list, "spaced@mail.example", "  =1+1", "\"=1+1\"", "Plain");

        string[] lines = (await app.Http.GetStringAsync($"/lists/{list}/export")).Split("\r\n");

        Assert.StartsWith("formula@mail.example,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",'+1+1,'@SUM(A1),", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("minus@mail.example,'-2+3,'\tTab,\"'\rcmd\",", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("spaced@mail.example,'  =1+1,\"'\"\"=1+1\"\"\",Plain,", lines[3], StringComparison.Ordinal);
    }

    /// <summary>SQLite keeps dates without a time zone: the platform's are UTC and read back so, with their Z.</summary>
    [Fact]
    public async Task Dates_are_read_back_as_UTC()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, "dated@mail.example");
        (await app.Http.PostAsJsonAsync("/visits", new { path = "/" })).EnsureSuccessStatusCode();

        string at = (string)Assert.Single((await app.GetJsonAsync("/visits")).AsArray())!["at"]!;
        Assert.EndsWith("Z", at, StringComparison.Ordinal);
        JsonNode row = Assert.Single((await app.ExportAsync("contacts", contact))["data"]!["Contact"]!.AsArray())!;
        Assert.EndsWith("Z", (string)row["OptInAt"]!["value"]!, StringComparison.Ordinal);
        string line = (await app.Http.GetStringAsync($"/lists/{list}/export")).Split("\r\n")[1];
        Assert.EndsWith("Z,", line, StringComparison.Ordinal);
    }
}
