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
/// Seed 002 (../shared/seeds/002_640ed57e1daac7a0.txt, Flexibelt): one e-mail address serves login, service notices,
/// marketing and support, each on its own legal basis; withdrawing consent for marketing keeps the others.
/// </summary>
public class Seed002FlexibeltTests
{
    [Fact]
    public async Task One_address_serves_four_purposes_each_on_its_own_legal_basis()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer(marketingConsent: true));

        JsonNode email = Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!["Email"]!;

        Assert.Equal("email-address", (string?)email["category"]);
        var bases = email["purposes"]!.AsArray().ToDictionary(p => (string)p!["purpose"]!, p => (string)p!["legalBasis"]!);
        Assert.Equal("contract", bases["Login"]);
        Assert.Equal("legitimate-interests", bases["ServiceNotices"]);
        Assert.Equal("consent", bases["Marketing"]);
        Assert.Equal("legitimate-interests", bases["Support"]);

        // The record of processing says the same, from the same tags.
        JsonNode record = await app.GetJsonAsync("/privacy/record.json");
        JsonNode field = record["fields"]!.AsArray().Single(f => (string?)f!["member"] == "Mailing.Model.Account.Email")!;
        Assert.Equal(["Login", "ServiceNotices", "Marketing", "CustomerOffers", "Support"], field["purposes"]!.AsArray().Select(p => (string?)p!["name"]));
    }

    [Fact]
    public async Task Withdrawing_marketing_consent_keeps_login_service_notices_and_support()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer(marketingConsent: true));
        Assert.Contains(customer, (await app.GetJsonAsync("/marketing/audience"))["newsletter"]!.AsArray().Select(id => (int)id!));

        JsonNode receipt = await app.PostJsonAsync($"/privacy/customers/{customer}/consents/Marketing/withdraw");

        JsonNode members = Entity(receipt, "Account")["members"]!;
        Assert.Equal("KeptForOtherPurpose", Outcome(members, "Email"));
        Assert.Equal("Cleared", Outcome(members, "MarketingConsentAt"));
        Assert.DoesNotContain(customer, (await app.GetJsonAsync("/marketing/audience"))["newsletter"]!.AsArray().Select(id => (int)id!));

        JsonNode account = Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!;
        Assert.Equal(Canaries.CustomerEmail, (string?)account["Email"]!["value"]);
        Assert.Null(account["MarketingConsentAt"]?["value"]?.GetValue<string>());

        // A second withdrawal changes nothing and says so.
        JsonNode again = await app.PostJsonAsync($"/privacy/customers/{customer}/consents/Marketing/withdraw");
        Assert.Equal("NothingChanged", (string?)again["status"]);
    }

    /// <summary>The address is the customer's login: two accounts cannot sign in with the same one, in any spelling.</summary>
    [Fact]
    public async Task An_address_another_customer_signs_in_with_is_a_conflict()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int other = await app.SignUpAsync(new { name = "Other Customer", email = "other@customer.example" });

        HttpResponseMessage signUp = await app.Http.PostAsJsonAsync("/customers", new { name = "Copy", email = " " + Canaries.CustomerEmail.ToUpperInvariant() });
        HttpResponseMessage rectify = await app.Http.PutAsJsonAsync($"/customers/{other}", new { email = Canaries.CustomerEmail, name = "Renamed" });

        Assert.Equal(HttpStatusCode.Conflict, signUp.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, rectify.StatusCode);
        Assert.Equal("application/problem+json", rectify.Content.Headers.ContentType?.MediaType);
        Assert.Contains("another customer", await rectify.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        JsonNode row = Assert.Single((await app.ExportAsync("customers", other))["data"]!["Account"]!.AsArray())!;
        Assert.Equal("other@customer.example", (string?)row["Email"]!["value"]);
        Assert.Equal("Other Customer", (string?)row["Name"]!["value"]);
        Assert.Equal(HttpStatusCode.NoContent, (await app.Http.PutAsJsonAsync($"/customers/{customer}", new { email = Canaries.CustomerEmail })).StatusCode);
    }
}
