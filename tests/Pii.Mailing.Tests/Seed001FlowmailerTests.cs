using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Pii.Mailing.Tests.Infrastructure;
using static Pii.Mailing.Tests.Infrastructure.Receipts;

namespace Pii.Mailing.Tests;

/// <summary>
/// Seed 001 (../shared/seeds/001_1777be2621effe08.txt, Flowmailer): erasure is partial when administration data must
/// be kept by law; portability covers only data processed on consent or contract; an objection to direct marketing is
/// always honoured.
/// </summary>
public class Seed001FlowmailerTests
{
    [Fact]
    public async Task Erasure_keeps_the_invoices_the_tax_law_holds_and_erases_the_rest()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        DateTime issued = DateTime.UtcNow.Date.AddMonths(-2);
        await app.PostJsonAsync($"/customers/{customer}/invoices", new { amount = 99.5m, issuedOn = issued });
        await app.PostJsonAsync($"/customers/{customer}/tickets", new { subject = "Help", message = Canaries.TicketMessage });

        JsonNode receipt = await app.DeleteJsonAsync($"/privacy/customers/{customer}");

        // The invoice's billing details are held for seven years from the invoice date, and the receipt says until when.
        JsonNode invoice = Entity(receipt, "Invoice");
        foreach (string member in new[] { "BillingName", "BillingAddress", "VatNumber" })
        {
            JsonNode count = invoice["members"]!.AsArray().Single(m => (string?)m!["member"] == member)!;
            Assert.Equal("Held", (string?)count["outcome"]);
            Assert.Equal(1, (int)count["rowsHeld"]!);
            Assert.Equal(issued.AddYears(7), DateTimeOffset.Parse((string)count["heldUntil"]!, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime);
        }

        // Everything else about the customer is gone: the account's members cleared (its row stays for the invoice),
        // the support ticket deleted.
        JsonNode accountMembers = Entity(receipt, "Account")["members"]!;
        Assert.All(new[] { "Email", "Name", "Company", "VatNumber", "Phone", "BillingStreet" }, m => Assert.Equal("Cleared", Outcome(accountMembers, m)));
        Assert.Equal(1, (int)Entity(receipt, "SupportTicket")["rowsDeleted"]!);

        JsonNode export = await app.ExportAsync("customers", customer);
        JsonNode account = Assert.Single(export["data"]!["Account"]!.AsArray())!;
        Assert.Null(account["Email"]?["value"]?.GetValue<string>());
        Assert.Null(account["Name"]?["value"]?.GetValue<string>());
        Assert.Empty(export["data"]!["SupportTicket"]?.AsArray() ?? []);
        JsonNode kept = Assert.Single(export["data"]!["Invoice"]!.AsArray())!;
        Assert.Equal(Canaries.CustomerVat, (string?)kept["VatNumber"]!["value"]);
        Assert.Contains(Canaries.CustomerName, (string?)kept["BillingName"]!["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Portability_covers_only_data_processed_on_consent_or_contract()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer(marketingConsent: true));
        await app.PostJsonAsync($"/customers/{customer}/invoices", new { amount = 10m });
        await app.PostJsonAsync($"/customers/{customer}/tickets", new { subject = "Help", message = Canaries.TicketMessage });

        HttpResponseMessage response = await app.Http.GetAsync($"/privacy/customers/{customer}/export?scope=portability");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        JsonNode export = await RunningApp.JsonAsync(response);

        Assert.Equal("portability", (string?)export["scope"]);
        JsonNode account = Assert.Single(export["data"]!["Account"]!.AsArray())!;
        Assert.Equal(Canaries.CustomerName, (string?)account["Name"]!["value"]);
        Assert.NotNull(account["MarketingConsentAt"]);

        // The e-mail address is exported with its consent and contract purposes only.
        string[] bases = account["Email"]!["purposes"]!.AsArray().Select(p => (string)p!["legalBasis"]!).Distinct().ToArray();
        Assert.All(bases, b => Assert.Contains(b, new[] { "consent", "contract" }));

        // Invoices (legal obligation), tickets (legitimate interests) and the objection register are not portable.
        Assert.Empty(export["data"]!["Invoice"]?.AsArray() ?? []);
        Assert.Empty(export["data"]!["SupportTicket"]?.AsArray() ?? []);
        Assert.Null(account["ObjectedToMarketingAt"]);
        string text = export.ToJsonString();
        Assert.DoesNotContain("legal-obligation", text, StringComparison.Ordinal);
        Assert.DoesNotContain("legitimate-interests", text, StringComparison.Ordinal);

        // The access export of the same customer has them.
        JsonNode access = await app.ExportAsync("customers", customer);
        Assert.Single(access["data"]!["Invoice"]!.AsArray());
        Assert.Single(access["data"]!["SupportTicket"]!.AsArray());
    }

    [Fact]
    public async Task An_objection_to_direct_marketing_is_always_honoured_whatever_the_legal_basis()
    {
        await using RunningApp app = await RunningApp.StartAsync();

        // Offers to existing customers run on legitimate interests: there is no consent to withdraw ...
        int customer = await app.SignUpAsync(Canaries.Customer(marketingConsent: true));
        JsonNode audience = await app.GetJsonAsync("/marketing/audience");
        Assert.Contains(customer, audience["offers"]!.AsArray().Select(id => (int)id!));
        Assert.Contains(customer, audience["newsletter"]!.AsArray().Select(id => (int)id!));
        HttpResponseMessage withdraw = await app.Http.PostAsync($"/privacy/customers/{customer}/consents/CustomerOffers/withdraw", null);
        Assert.Equal(HttpStatusCode.BadRequest, withdraw.StatusCode);
        Assert.Contains("not on consent", await withdraw.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // ... but an objection ends it, and the newsletter too.
        JsonNode receipt = await app.PostJsonAsync($"/privacy/customers/{customer}/objection");
        Assert.Equal(["Marketing", "CustomerOffers"], receipt["purposes"]!.AsArray().Select(p => (string?)p));
        audience = await app.GetJsonAsync("/marketing/audience");
        Assert.DoesNotContain(customer, audience["offers"]!.AsArray().Select(id => (int)id!));
        Assert.DoesNotContain(customer, audience["newsletter"]!.AsArray().Select(id => (int)id!));

        // The customer keeps their account (login, service notices) and the objection is on record.
        JsonNode account = Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!;
        Assert.Equal(Canaries.CustomerEmail, (string?)account["Email"]!["value"]);
        Assert.NotNull(account["ObjectedToMarketingAt"]!["value"]);

        // A contact's objection: no campaign reaches them again, even though they had consented.
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName);
        await app.PostJsonAsync($"/privacy/contacts/{contact}/objection");
        int campaign = await app.CreateCampaignAsync(customer);
        Assert.Equal(0, (int)(await app.PostJsonAsync($"/campaigns/{campaign}/send"))["recipients"]!);

        // Applicants receive no direct marketing: there is nothing to object to, and the API says so.
        HttpResponseMessage applicant = await app.Http.PostAsync("/privacy/applicants/1/objection", null);
        Assert.Equal(HttpStatusCode.BadRequest, applicant.StatusCode);
    }

    /// <summary>The objection register says since when someone objects: objecting again does not move that date.</summary>
    [Fact]
    public async Task An_objection_made_twice_keeps_the_first_date()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, "objects@mail.example");
        await app.PostJsonAsync($"/privacy/customers/{customer}/objection");
        await app.PostJsonAsync($"/privacy/contacts/{contact}/objection");
        string customerAt = (string)Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!["ObjectedToMarketingAt"]!["value"]!;
        string contactAt = (string)Assert.Single((await app.ExportAsync("contacts", contact))["data"]!["Contact"]!.AsArray())!["ObjectedToMarketingAt"]!["value"]!;
        await Task.Delay(20);

        await app.PostJsonAsync($"/privacy/customers/{customer}/objection");
        await app.PostJsonAsync($"/privacy/contacts/{contact}/objection");

        Assert.Equal(customerAt, (string)Assert.Single((await app.ExportAsync("customers", customer))["data"]!["Account"]!.AsArray())!["ObjectedToMarketingAt"]!["value"]!);
        Assert.Equal(contactAt, (string)Assert.Single((await app.ExportAsync("contacts", contact))["data"]!["Contact"]!.AsArray())!["ObjectedToMarketingAt"]!["value"]!);
    }
}
