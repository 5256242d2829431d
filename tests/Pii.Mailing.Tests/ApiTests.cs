using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

using Pii.Mailing.Tests.Infrastructure;
using Pii.Records;

namespace Pii.Mailing.Tests;

/// <summary>The application's surface apart from the seed scenarios: the API description, the record page, errors, startup.</summary>
public class ApiTests
{
    [Fact]
    public async Task The_OpenAPI_description_lists_every_right_and_the_record()
    {
        await using RunningApp app = await RunningApp.StartAsync();

        JsonNode paths = (await app.GetJsonAsync("/openapi/v1.json"))["paths"]!;

        string subject = "/privacy/{kind}/{id}";
        Assert.NotNull(paths[subject + "/export"]!["get"]);
        Assert.NotNull(paths[subject]!["delete"]);
        Assert.NotNull(paths[subject + "/consents/{purpose}/withdraw"]!["post"]);
        Assert.NotNull(paths[subject + "/objection"]!["post"]);
        Assert.NotNull(paths["/privacy/record"]!["get"]);
        Assert.NotNull(paths["/privacy/purge"]!["post"]);
        Assert.NotNull(paths["/lists/{id}/contacts"]!["post"]);
        Assert.Contains("Art. 17", (string?)paths[subject]!["delete"]!["summary"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_record_of_processing_is_served_as_a_page_and_as_the_JSON_the_compiler_generated()
    {
        await using RunningApp app = await RunningApp.StartAsync();

        HttpResponseMessage page = await app.Http.GetAsync("/privacy/record");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        string html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Pii Mailing BV", html, StringComparison.Ordinal);
        Assert.Contains("Invoicing", html, StringComparison.Ordinal);

        ProcessingRecord record = ProcessingRecordJson.Parse(await app.Http.GetStringAsync("/privacy/record.json"));
        Assert.Equal(["applicant", "contact", "customer"], record.Subjects.Select(s => s.Kind).Order());
        Assert.Equal(13, record.Purposes.Count);
        Assert.Contains(record.Transfers, t => t.Recipient == "Zendesk" && t.Country == "US");
        Assert.Equal(global::Mailing.PersonalDataProcessingRecord.Value.Fields.Count, record.Fields.Count);
    }

    [Theory]
    [InlineData("GET", "/privacy/contacts/424242/export", HttpStatusCode.NotFound, "no contact 424242")]
    [InlineData("GET", "/privacy/customers/1/export?scope=everything", HttpStatusCode.BadRequest, "Unknown scope 'everything'")]
    [InlineData("GET", "/privacy/suppliers/1/export", HttpStatusCode.NotFound, null)]
    [InlineData("DELETE", "/privacy/applicants/424242", HttpStatusCode.NotFound, "no applicant 424242")]
    [InlineData("POST", "/privacy/contacts/1/consents/Unknown/withdraw", HttpStatusCode.NotFound, "No purpose 'Unknown'")]
    [InlineData("POST", "/privacy/contacts/1/consents/Marketing/withdraw", HttpStatusCode.BadRequest, "'Marketing' concerns no contact")]
    [InlineData("POST", "/privacy/customers/1/consents/Invoicing/withdraw", HttpStatusCode.BadRequest, "processed on LegalObligation")]
    [InlineData("POST", "/lists/424242/contacts", HttpStatusCode.NotFound, "no list 424242")]
    [InlineData("POST", "/privacy/applicants/1/objection", HttpStatusCode.BadRequest, "The data of applicants is not used for direct marketing")]
    public async Task Bad_requests_get_a_clear_problem_and_change_nothing(string method, string path, HttpStatusCode status, string? detail)
    {
        await using RunningApp app = await RunningApp.StartAsync(demoData: true);
        string before = (await app.ExportAsync("customers", 1)).ToJsonString();

        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = System.Net.Http.Json.JsonContent.Create(new { contacts = Array.Empty<object>() });
        }

        HttpResponseMessage response = await app.Http.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        if (detail is not null)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(detail, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(Without("exportedAt", before), Without("exportedAt", (await app.ExportAsync("customers", 1)).ToJsonString()));
    }

    [Theory]
    [InlineData("{}", "The body needs \"contacts\"")]
    [InlineData("{\"contacts\":null}", "The body needs \"contacts\"")]
    [InlineData("{\"contacts\":[null]}", "Contact 0 is null")]
    [InlineData("{\"contacts\":[{\"email\":\"new@mail.example\",\"consentTo\":[null]}]}", "Contact 0: '' is not a purpose a contact can consent to (Newsletter)")]
    [InlineData("{\"contacts\":[{\"email\":\"new@mail.example\",\"consentTo\":[\"Newsletter\"]},{\"email\":\"other@mail.example\",\"consentTo\":[\"Bogus\"]}]}", "Contact 1: 'Bogus' is not a purpose")]
    public async Task An_import_without_contacts_or_with_a_malformed_one_is_refused_and_imports_nothing(string body, string detail)
    {
        await using RunningApp app = await RunningApp.StartAsync(demoData: true);
        string before = await app.Http.GetStringAsync("/lists/1/export");

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        HttpResponseMessage response = await app.Http.PostAsync("/lists/1/contacts", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(detail, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
        Assert.Equal(before, await app.Http.GetStringAsync("/lists/1/export"));
    }

    [Theory]
    [InlineData("/customers/1/lists", "{}", "A list needs a title.")]
    [InlineData("/customers/1/campaigns", "{\"subject\":\"Spring\"}", "A campaign needs a subject and a body.")]
    [InlineData("/applicants", "{}", "An application needs a vacancy, a name and an e-mail address.")]
    [InlineData("/applicants", "{\"vacancy\":\"Deliverability engineer\"}", "An application needs a vacancy, a name and an e-mail address.")]
    [InlineData("/visits", "{}", "A visit needs the path of the page.")]
    [InlineData("/customers/1/tickets", "{}", "A ticket needs a subject and a message.")]
    [InlineData("/customers/1/tickets", "{\"subject\":\" \",\"message\":\"Help\"}", "A ticket needs a subject and a message.")]
    [InlineData("/customers/1/invoices", "{}", "An invoice needs an amount greater than zero.")]
    [InlineData("/customers/1/invoices", "{\"amount\":0}", "An invoice needs an amount greater than zero.")]
    public async Task A_form_without_a_required_field_is_refused_with_a_problem(string path, string body, string detail)
    {
        await using RunningApp app = await RunningApp.StartAsync(demoData: true);
        string before = (await app.ExportAsync("customers", 1)).ToJsonString();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        HttpResponseMessage response = await app.Http.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
        Assert.Equal(Without("exportedAt", before), Without("exportedAt", (await app.ExportAsync("customers", 1)).ToJsonString())); // nothing stored
    }

    [Theory]
    [InlineData("/privacy/purge", "{", "Failed to read parameter \"PurgeRequest request\" from the request body as JSON.")]
    [InlineData("/customers", "{\"name\":\"Anna\",\"email\":\"anna@mail.example\",\"marketingConsent\":\"yes\"}", "Failed to read parameter \"CustomerForm form\" from the request body as JSON.")]
    [InlineData("/lists/1/contacts", "[1,2]", "Failed to read parameter \"ImportRequest request\" from the request body as JSON.")]
    public async Task A_body_that_is_not_the_expected_JSON_gets_a_problem_that_says_which_parameter(string path, string body, string detail)
    {
        await using RunningApp app = await RunningApp.StartAsync(demoData: true);
        string before = (await app.ExportAsync("customers", 1)).ToJsonString();

        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        HttpResponseMessage response = await app.Http.PostAsync(path, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(detail, (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]);
        Assert.Equal(Without("exportedAt", before), Without("exportedAt", (await app.ExportAsync("customers", 1)).ToJsonString()));
    }

    [Fact]
    public async Task An_export_that_fails_part_way_sends_a_problem_and_no_part_of_the_document()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName, customFields: Canaries.ContactCustomFields);

        // The contact's encrypted custom fields no longer start with a Pii envelope: the export cannot read them.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            connection.Open();
            using Microsoft.Data.Sqlite.SqliteCommand command = connection.CreateCommand();
            command.CommandText = "UPDATE Contacts SET CustomFields = x'00' || substr(CustomFields, 2) WHERE Id = $id";
            command.Parameters.AddWithValue("$id", contact);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        HttpResponseMessage response = await app.Http.GetAsync($"/privacy/contacts/{contact}/export");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        string body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\"subject\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Canaries.ContactFirstName, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_data_fills_an_empty_database_once()
    {
        await using RunningApp app = await RunningApp.StartAsync(demoData: true);

        JsonNode customer = Assert.Single((await app.ExportAsync("customers", 1))["data"]!["Account"]!.AsArray())!;
        Assert.Equal("Sanne de Vries", (string?)customer["Name"]!["value"]);
        Assert.Equal(2, (await app.ExportAsync("customers", 1))["data"]!["Invoice"]!.AsArray().Count);
        Assert.Contains("Database ready: 2 customers, 3 contacts (demo data: True)", app.Logs.Text, StringComparison.Ordinal);
        Assert.Contains("/privacy/record", await app.Http.GetStringAsync("/"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Pii:HashKey", null, "Pii:HashKey is not configured")]
    [InlineData("Pii:HashKey", "c2hvcnQ=", "Pii:HashKey has 5 bytes; at least 16 are needed")]
    [InlineData("Pii:LogHashKey", "not base64!", "Pii:LogHashKey is not valid base64")]
    [InlineData("Pii:CurrentEncryptionKey", null, "Pii has no default key")]
    [InlineData("Pii:EncryptionKeys:test-1", "c2hvcnQ=", "Pii:EncryptionKeys: ")]
    public async Task Without_valid_keys_the_application_does_not_start(string key, string? value, string message)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        InvalidOperationException error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunningApp.StartAsync(settings: settings));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A customer with an invoice keeps their row after erasure (the law holds the invoice): it is exported as it is,
    /// but nothing is changed or added to it, and the answer says so (410) instead of acting on an empty account.
    /// </summary>
    [Theory]
    [InlineData("PUT", "/customers/{0}", "{\"jobTitle\":\"Chair\"}")]
    [InlineData("POST", "/customers/{0}/contract/end", "{}")]
    [InlineData("POST", "/customers/{0}/invoices", "{\"amount\":10}")]
    [InlineData("POST", "/customers/{0}/tickets", "{\"subject\":\"Help\",\"message\":\"Hello\"}")]
    [InlineData("POST", "/customers/{0}/lists", "{\"title\":\"New\"}")]
    [InlineData("POST", "/customers/{0}/campaigns", "{\"subject\":\"Spring\",\"body\":\"Hello\"}")]
    [InlineData("POST", "/privacy/customers/{0}/objection", "{}")]
    [InlineData("POST", "/privacy/customers/{0}/consents/Marketing/withdraw", "{}")]
    [InlineData("DELETE", "/privacy/customers/{0}", null)]
    public async Task An_erased_customer_is_gone_and_nothing_is_added_to_what_is_held(string method, string path, string? body)
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer(marketingConsent: true));
        await app.PostJsonAsync($"/customers/{customer}/invoices", new { amount = 10m });
        await app.DeleteJsonAsync($"/privacy/customers/{customer}");
        string before = (await app.ExportAsync("customers", customer)).ToJsonString();

        using var request = new HttpRequestMessage(new HttpMethod(method), string.Format(System.Globalization.CultureInfo.InvariantCulture, path, customer));
        if (body is not null)
        {
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        }

        HttpResponseMessage response = await app.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"customer {customer} was erased", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Without("exportedAt", before), Without("exportedAt", (await app.ExportAsync("customers", customer)).ToJsonString()));
    }

    [Fact]
    public async Task An_erased_applicant_is_gone()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int applicant = (int)(await app.PostJsonAsync("/applicants", new { vacancy = "Engineer", name = Canaries.ApplicantName, email = Canaries.ApplicantEmail }))["id"]!;
        await app.DeleteJsonAsync($"/privacy/applicants/{applicant}");

        Assert.Equal(HttpStatusCode.Gone, (await app.Http.DeleteAsync($"/privacy/applicants/{applicant}")).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await app.Http.PostAsync($"/applicants/{applicant}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync($"/privacy/applicants/{applicant}/export")).StatusCode);
    }

    /// <summary>A request that reaches no endpoint gets a problem like every other error, not an empty body.</summary>
    [Theory]
    [InlineData("GET", "/nowhere", HttpStatusCode.NotFound)]
    [InlineData("GET", "/privacy/suppliers/1/export", HttpStatusCode.NotFound)]
    [InlineData("GET", "/campaigns/abc/report", HttpStatusCode.NotFound)]
    [InlineData("DELETE", "/visits", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/customers/1/tickets", HttpStatusCode.MethodNotAllowed)]
    public async Task An_unknown_route_or_method_gets_a_problem(string method, string path, HttpStatusCode status)
    {
        await using RunningApp app = await RunningApp.StartAsync(demoData: true);

        HttpResponseMessage response = await app.Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["status"]!);
    }

    /// <summary>
    /// A value that is not an e-mail address is refused where an address is stored (before, "anna", "anna@" and a
    /// display name with an address in angle brackets were stored as addresses, and mail to them would fail).
    /// </summary>
    [Theory]
    [InlineData("anna")]
    [InlineData("anna@")]
    [InlineData("Anna <anna@mail.example>")]
    [InlineData("anna@mail.example, piet@mail.example")]
    public async Task A_value_that_is_not_an_e_mail_address_is_refused_with_a_problem(string address)
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(new { name = "Anna", email = "anna@mail.example" });
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, "piet@mail.example");
        const string Expected = "he e-mail address is not one plain address such as name@example.com (the value is not repeated here: it may be personal data).";

        (HttpResponseMessage Response, string Path)[] refused =
        [
            (await app.Http.PostAsJsonAsync("/customers", new { name = "Other", email = address }), "sign-up"),
            (await app.Http.PutAsJsonAsync($"/customers/{customer}", new { email = address }), "customer"),
            (await app.Http.PostAsJsonAsync($"/lists/{list}/contacts", new { contacts = new[] { new { email = address } } }), "import"),
            (await app.Http.PutAsJsonAsync($"/contacts/{contact}", new { email = address }), "contact"),
            (await app.Http.PostAsJsonAsync("/applicants", new { vacancy = "Designer", name = "Joe", email = address }), "applicant"),
        ];

        foreach ((HttpResponseMessage response, string path) in refused)
        {
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path}: {response.StatusCode}");
            string detail = (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!;
            Assert.EndsWith(Expected, detail);
            Assert.DoesNotContain(address, detail, StringComparison.Ordinal);
        }

        Assert.Equal("anna@mail.example", (string?)Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!["Email"]!["value"]);
        Assert.DoesNotContain(address, await app.Http.GetStringAsync($"/lists/{list}/export"), StringComparison.Ordinal);
    }

    /// <summary>
    /// The database itself keeps an address on a list once and a login address on one account, in any case: the
    /// endpoints' checks run before the save, so two requests at the same time could both pass them and store the address
    /// twice (before, nothing else stopped them).
    /// </summary>
    [Fact]
    public async Task The_database_refuses_an_address_twice_on_a_list_or_as_two_logins()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(new { name = "Anna", email = "anna@mail.example" });
        int list = await app.CreateListAsync(customer);
        await app.AddContactAsync(list, "piet@mail.example");

        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabaseFile}");
        await connection.OpenAsync();
        await using var contact = connection.CreateCommand();
        contact.CommandText = $"INSERT INTO Contacts (ContactListId, Email) VALUES ({list}, 'PIET@mail.example')";
        Assert.Equal(2067, Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => contact.ExecuteNonQuery()).SqliteExtendedErrorCode);
        await using var account = connection.CreateCommand();
        account.CommandText = "INSERT INTO Accounts (Email, Name, ContractStartedAt) VALUES ('Anna@Mail.Example', 'Other', '2026-01-01')";
        Assert.Equal(2067, Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => account.ExecuteNonQuery()).SqliteExtendedErrorCode);

        // Erased or purged addresses are null: any number of rows may hold that.
        await using var erased = connection.CreateCommand();
        erased.CommandText = $"INSERT INTO Contacts (ContactListId, Email) VALUES ({list}, NULL), ({list}, NULL)";
        Assert.Equal(2, erased.ExecuteNonQuery());
    }

    /// <summary>
    /// Another request stores the address after this one's check and before its save (a trigger plays that request, just
    /// before the insert): the index refuses the save, and the answer is a 409 problem with nothing stored, not a 500.
    /// </summary>
    [Fact]
    public async Task An_address_stored_by_another_request_after_the_check_is_a_409_and_nothing_is_stored()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(new { name = "Anna", email = "anna@mail.example" });
        int list = await app.CreateListAsync(customer);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabaseFile}"))
        {
            await connection.OpenAsync();
            await using var triggers = connection.CreateCommand();
            triggers.CommandText = """
                CREATE TRIGGER other_import BEFORE INSERT ON Contacts WHEN NEW.Email = 'race@mail.example'
                BEGIN INSERT INTO Contacts (ContactListId, Email) VALUES (NEW.ContactListId, 'RACE@mail.example'); END;
                CREATE TRIGGER other_sign_up BEFORE INSERT ON Accounts WHEN NEW.Email = 'race@mail.example'
                BEGIN INSERT INTO Accounts (Email, Name, ContractStartedAt) VALUES ('RACE@mail.example', 'Other', NEW.ContractStartedAt); END;
                """;
            await triggers.ExecuteNonQueryAsync();
        }

        HttpResponseMessage import = await app.Http.PostAsJsonAsync($"/lists/{list}/contacts", new { contacts = new[] { new { email = "race@mail.example" } } });
        HttpResponseMessage signUp = await app.Http.PostAsJsonAsync("/customers", new { name = "Race", email = "race@mail.example" });

        Assert.Equal(HttpStatusCode.Conflict, import.StatusCode);
        Assert.StartsWith("An address of the import was put on the list by another request meanwhile; nothing was imported.", (string?)JsonNode.Parse(await import.Content.ReadAsStringAsync())!["detail"]);
        Assert.Equal(HttpStatusCode.Conflict, signUp.StatusCode);
        Assert.Equal("The address is already used by another customer to sign in.", (string?)JsonNode.Parse(await signUp.Content.ReadAsStringAsync())!["detail"]);
        Assert.DoesNotContain("race@", await app.Http.GetStringAsync($"/lists/{list}/export"), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A database an earlier version of the sample created is not silently used without the tables and indexes added
    /// since (EnsureCreated leaves an existing database as it is): startup stops and says to delete it.
    /// </summary>
    [Fact]
    public async Task A_database_from_an_earlier_version_stops_startup_with_what_to_do()
    {
        string folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pii-mailing-old-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        string file = System.IO.Path.Combine(folder, "mailing.db");
        try
        {
            var settings = new Dictionary<string, string?> { ["ConnectionStrings:Mailing"] = $"Data Source={file}" };
            await using (await RunningApp.StartAsync(demoData: true, settings: settings))
            {
            }

            // What the sample's database looked like before deliveries and the unique indexes.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "DROP TABLE Deliveries; DROP INDEX IX_Accounts_Email;";
                await command.ExecuteNonQueryAsync();
            }

            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => RunningApp.StartAsync(settings: settings));

            Assert.Equal(
                $"The database {file} was created by an earlier version of the sample and lacks index IX_Accounts_Email, table Deliveries. Delete its folder to start over: the demo data is added again.",
                error.Message);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    private static string Without(string property, string json)
    {
        JsonNode node = JsonNode.Parse(json)!;
        node.AsObject().Remove(property);
        return node.ToJsonString();
    }
}
