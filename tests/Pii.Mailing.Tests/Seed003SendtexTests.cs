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
/// Seed 003 (../shared/seeds/003_8bdc024081c724c1.txt, Sendtex): website visits are recorded with anonymized IP
/// addresses; deleting an account removes its lists, contents and statistics irreversibly; data can be rectified.
/// </summary>
public class Seed003SendtexTests
{
    [Fact]
    public async Task A_visit_is_stored_with_an_anonymized_IP_address_only()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        using var visit = new HttpRequestMessage(HttpMethod.Post, "/visits") { Content = JsonContent.Create(new { path = "/pricing" }) };
        visit.Headers.Add("X-Forwarded-For", Canaries.VisitorIp);

        Assert.Equal(HttpStatusCode.NoContent, (await app.Http.SendAsync(visit)).StatusCode);

        JsonNode stored = Assert.Single((await app.GetJsonAsync("/visits")).AsArray())!;
        Assert.Equal("/pricing", (string?)stored["path"]);
        Assert.Equal("198.51.100.0", (string?)stored["anonymizedIp"]);
        Assert.False(Bytes.Contain(app.DatabaseBytes(), Canaries.VisitorIp), "the full address is in the database file");
        Assert.DoesNotContain(Canaries.VisitorIp, app.Logs.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_an_account_removes_its_lists_contents_and_statistics_irreversibly()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName, Canaries.ContactLastName, Canaries.ContactCustomFields);
        int campaign = await app.CreateCampaignAsync(customer);
        await app.PostJsonAsync($"/campaigns/{campaign}/send");
        await app.TrackOpenAsync(campaign, contact);
        await app.PostJsonAsync($"/customers/{customer}/tickets", new { subject = "Help", message = Canaries.TicketMessage });
        int other = await app.SignUpAsync(new { name = "Other Customer", email = "other@customer.example" });
        int otherList = await app.CreateListAsync(other);
        int otherContact = await app.AddContactAsync(otherList, "kept@mail.example", "Kept");

        JsonNode receipt = await app.DeleteJsonAsync($"/privacy/customers/{customer}");

        Assert.Equal("Erased", (string?)receipt["status"]);
        Assert.Equal(1, (int)Entity(receipt, "Account")["rowsDeleted"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/privacy/customers/{customer}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/lists/{list}/export")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/campaigns/{campaign}/report")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.GetAsync($"/privacy/contacts/{contact}/export")).StatusCode);

        // Irreversibly: none of it can be read back from the database file (SQLite secure_delete) ...
        byte[] file = app.DatabaseBytes();
        Assert.All(
            new[] { Canaries.CustomerName, Canaries.CustomerEmail, Canaries.CustomerStreet, Canaries.ContactEmail, Canaries.ContactLastName, "canary-size-47", Canaries.ReaderAgent, "saffron-harbour-71" },
            canary => Assert.False(Bytes.Contain(file, canary), $"'{canary}' can still be read from the database file"));

        // ... while another customer's data is untouched.
        Assert.Equal("Kept", (string?)Assert.Single((await app.ExportAsync("contacts", otherContact))["data"]!["Contact"]!.AsArray())!["FirstName"]!["value"]);
    }

    [Fact]
    public async Task Rectification_replaces_the_old_value_everywhere_it_is_read()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, "old.address@mail.example", "Jan");

        Assert.Equal(HttpStatusCode.NoContent, (await app.Http.PutAsJsonAsync($"/customers/{customer}", new { phone = "+31 30 000 0000", jobTitle = "Chair" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Http.PutAsJsonAsync($"/contacts/{contact}", new { email = "new.address@mail.example" })).StatusCode);

        JsonNode account = Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!;
        Assert.Equal("+31 30 000 0000", (string?)account["Phone"]!["value"]);
        Assert.Equal("Chair", (string?)account["JobTitle"]!["value"]);
        Assert.Equal(Canaries.CustomerName, (string?)account["Name"]!["value"]);
        string csv = await app.Http.GetStringAsync($"/lists/{list}/export");
        Assert.Contains("new.address@mail.example,Jan", csv, System.StringComparison.Ordinal);
        Assert.DoesNotContain("old.address", csv, System.StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Http.PutAsJsonAsync("/contacts/999999", new { email = "x@mail.example" })).StatusCode);
    }

    [Fact]
    public async Task Fields_marked_encrypted_are_stored_encrypted_and_read_as_plain_values()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName, Canaries.ContactLastName, Canaries.ContactCustomFields);

        // The API, the export and the list export read them as they were written ...
        JsonNode export = await app.ExportAsync("contacts", contact);
        Assert.Equal(Canaries.ContactCustomFields, (string?)Assert.Single(export["data"]!["Contact"]!.AsArray())!["CustomFields"]!["value"]);
        Assert.Contains("canary-size-47", await app.Http.GetStringAsync($"/lists/{list}/export"), System.StringComparison.Ordinal);
        JsonNode account = Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!;
        Assert.Equal(Canaries.CustomerPhone, (string?)account["Phone"]!["value"]);

        // ... while the database file holds ciphertext for them, and the unencrypted name in clear (the control).
        byte[] file = app.DatabaseBytes();
        Assert.True(Bytes.Contain(file, Canaries.ContactFirstName), "the control: an unencrypted value is found in the file");
        Assert.False(Bytes.Contain(file, "canary-size-47"), "the encrypted custom fields are in the database file in clear");
        Assert.False(Bytes.Contain(file, Canaries.CustomerPhone), "the encrypted phone number is in the database file in clear");
        Assert.False(Bytes.Contain(file, Canaries.CustomerVat), "the encrypted VAT number is in the database file in clear");
    }

    /// <summary>A query string can carry personal data (here an e-mail address from a link): only the page is kept.</summary>
    [Fact]
    public async Task A_visit_is_stored_and_logged_without_the_query_string()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        using var visit = new HttpRequestMessage(HttpMethod.Post, "/visits") { Content = JsonContent.Create(new { path = "/pricing?email=" + Canaries.ContactEmail + "#plans" }) };

        Assert.Equal(HttpStatusCode.NoContent, (await app.Http.SendAsync(visit)).StatusCode);

        JsonNode stored = Assert.Single((await app.GetJsonAsync("/visits")).AsArray())!;
        Assert.Equal("/pricing", (string?)stored["path"]);
        Assert.False(Bytes.Contain(app.DatabaseBytes(), Canaries.ContactEmail), "the query string is in the database file");
        Assert.DoesNotContain(Canaries.ContactEmail, app.Logs.Text, System.StringComparison.Ordinal);
    }

    /// <summary>Rectification cannot bring back an address erased on request, nor make two contacts of one person on a list.</summary>
    [Theory]
    [InlineData("ot.canary-contact@leak-check.example", "suppressed")]
    [InlineData(" Taken@Mail.example", "already on list")]
    public async Task Rectifying_a_contacts_address_to_a_suppressed_or_taken_one_is_a_conflict(string email, string detail)
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int erased = await app.AddContactAsync(list, Canaries.ContactEmail);
        await app.DeleteJsonAsync($"/privacy/contacts/{erased}");
        await app.AddContactAsync(list, "taken@mail.example");
        int contact = await app.AddContactAsync(list, "mine@mail.example", "Jan");

        HttpResponseMessage response = await app.Http.PutAsJsonAsync($"/contacts/{contact}", new { email, firstName = "Johan" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, await response.Content.ReadAsStringAsync(), System.StringComparison.Ordinal);
        JsonNode row = Assert.Single((await app.ExportAsync("contacts", contact))["data"]!["Contact"]!.AsArray())!;
        Assert.Equal("mine@mail.example", (string?)row["Email"]!["value"]);
        Assert.Equal("Jan", (string?)row["FirstName"]!["value"]);
    }

    /// <summary>Rectification corrects a value; it cannot blank an address or a name (that would be an erasure without its receipt).</summary>
    [Theory]
    [InlineData("/customers/1", "{\"email\":\"  \"}", "e-mail address")]
    [InlineData("/customers/1", "{\"name\":\"\"}", "name")]
    [InlineData("/contacts/1", "{\"email\":\" \"}", "e-mail address")]
    public async Task A_rectification_to_a_blank_value_is_refused(string path, string body, string detail)
    {
        await using RunningApp app = await RunningApp.StartAsync(demoData: true);
        string before = (await app.ExportAsync("customers", 1)).ToJsonString() + (await app.ExportAsync("contacts", 1)).ToJsonString();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        HttpResponseMessage response = await app.Http.PutAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"], System.StringComparison.Ordinal);
        Assert.Equal(
            Strip(before),
            Strip((await app.ExportAsync("customers", 1)).ToJsonString() + (await app.ExportAsync("contacts", 1)).ToJsonString()));
    }

    private static string Strip(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"exportedAt\":\"[^\"]*\"", "");
}
