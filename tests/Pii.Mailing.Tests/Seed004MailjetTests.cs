using System;
using System.Linq;
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
        await app.ImportAsync(list, new { email = Canaries.ContactEmail, firstName = Canaries.ContactFirstName });
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
}
