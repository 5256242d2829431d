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
/// Seed 000 (../shared/seeds/000_d3b1516cea307cbc.txt, Flexmail): a contact may see all the data held about them, have
/// it removed, after which the address is blacklisted so that it is not imported again, and opt out of marketing.
/// </summary>
public class Seed000FlexmailTests
{
    [Fact]
    public async Task Access_export_contains_all_data_held_about_a_contact()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int campaign = await app.CreateCampaignAsync(customer);
        int contact = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName, Canaries.ContactLastName, Canaries.ContactCustomFields);
        await app.PostJsonAsync($"/campaigns/{campaign}/send");
        await app.TrackOpenAsync(campaign, contact);

        JsonNode export = await app.ExportAsync("contacts", contact);

        Assert.Equal("access", (string?)export["scope"]);
        JsonNode data = export["data"]!;
        JsonNode row = Assert.Single(data["Contact"]!.AsArray())!;
        Assert.Equal(Canaries.ContactEmail, (string?)row["Email"]!["value"]);
        Assert.Equal(Canaries.ContactFirstName, (string?)row["FirstName"]!["value"]);
        Assert.Equal(Canaries.ContactLastName, (string?)row["LastName"]!["value"]);
        Assert.Equal(Canaries.ContactCustomFields, (string?)row["CustomFields"]!["value"]);
        Assert.Equal("127.0.0.1", (string?)row["OptInIp"]!["value"]);
        Assert.Equal(["Newsletter", "ListManagement"], row["Email"]!["purposes"]!.AsArray().Select(p => (string?)p!["purpose"]));

        // Everything linked to the contact: the consent, and the open with the reader's address and browser.
        Assert.Single(data["ContactConsent"]!.AsArray());
        JsonNode open = Assert.Single(data["EmailEvent"]!.AsArray())!;
        Assert.Equal(Canaries.ReaderIp, (string?)open["Ip"]!["value"]);
        Assert.Equal(Canaries.ReaderAgent, (string?)open["UserAgent"]!["value"]);
    }

    [Fact]
    public async Task Removal_on_request_puts_the_address_on_the_suppression_list_and_a_later_import_is_refused()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName);

        JsonNode receipt = await app.DeleteJsonAsync($"/privacy/contacts/{contact}");

        Assert.Equal("Erased", (string?)receipt["status"]);
        Assert.Equal(1, (int)receipt["addedToSuppressionList"]!);
        Assert.Equal(1, (int)Entity(receipt, "Contact")["rowsDeleted"]!);
        HttpResponseMessage gone = await app.Http.GetAsync($"/privacy/contacts/{contact}/export");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, gone.StatusCode);

        // The same person, imported again by the customer (in another spelling, into another list): refused.
        int otherList = await app.CreateListAsync(customer, "Import from the shop");
        JsonNode import = await app.ImportAsync(otherList, new { email = "  " + Canaries.ContactEmail.ToUpperInvariant() + " " }, new { email = "someone.else@mail.example" });
        Assert.Equal(["suppressed", "imported"], import["contacts"]!.AsArray().Select(c => (string?)c!["status"]));
        Assert.Equal(1, (int)import["suppressed"]!);

        // The list holds a keyed hash, never the address: the database file does not contain it.
        Assert.False(Bytes.Contain(app.DatabaseBytes(), Canaries.ContactEmail), "the suppressed address is in the database file");
    }

    [Fact]
    public async Task Opting_out_of_marketing_stops_the_campaigns_and_erases_what_only_marketing_needed()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int stays = await app.AddContactAsync(list, "stays@mail.example", "Anna");
        int leaves = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName, Canaries.ContactLastName, Canaries.ContactCustomFields);
        int campaign = await app.CreateCampaignAsync(customer);
        Assert.Equal([stays, leaves], (await app.PostJsonAsync($"/campaigns/{campaign}/send"))["contactIds"]!.AsArray().Select(id => (int)id!));

        JsonNode receipt = await app.PostJsonAsync($"/privacy/contacts/{leaves}/consents/Newsletter/withdraw");

        Assert.Equal(["Newsletter"], receipt["purposes"]!.AsArray().Select(p => (string?)p));
        JsonNode members = Entity(receipt, "Contact")["members"]!;
        Assert.Equal("Cleared", Outcome(members, "FirstName"));
        Assert.Equal("Cleared", Outcome(members, "CustomFields"));
        Assert.Equal("KeptForOtherPurpose", Outcome(members, "Email"));

        int next = await app.CreateCampaignAsync(customer);
        Assert.Equal([stays], (await app.PostJsonAsync($"/campaigns/{next}/send"))["contactIds"]!.AsArray().Select(id => (int)id!));

        // The address stays on the customer's list (list management), without the names only marketing used.
        string csv = await app.Http.GetStringAsync($"/lists/{list}/export");
        string line = Assert.Single(csv.Split("\r\n"), l => l.StartsWith(Canaries.ContactEmail, StringComparison.Ordinal));
        Assert.DoesNotContain(Canaries.ContactFirstName, line, StringComparison.Ordinal);
        JsonNode consent = Assert.Single((await app.ExportAsync("contacts", leaves))["data"]!["ContactConsent"]!.AsArray())!;
        Assert.NotNull(consent["WithdrawnAt"]);
    }

    /// <summary>
    /// A contact who left the list is kept for list management two years, and the proof of their consent three years
    /// after they withdrew it; then the purge erases both. A contact still on the list expires never: its clock has not
    /// started. (Before, no contact data had a retention date, so the purge never erased any, whatever the purposes said.)
    /// </summary>
    [Fact]
    public async Task A_contact_who_left_the_list_is_purged_when_list_management_and_consent_proof_have_ended()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int leaves = await app.AddContactAsync(list, Canaries.ContactEmail, Canaries.ContactFirstName);
        int stays = await app.AddContactAsync(list, "stays@mail.example", "Stay");
        await app.PostJsonAsync($"/privacy/contacts/{leaves}/consents/Newsletter/withdraw");
        DateTimeOffset left = DateTimeOffset.UtcNow;

        // Within two years the address is still on the list, as are the opt-in and the consent record.
        await app.PostJsonAsync("/privacy/purge", new { at = left.AddYears(2).AddDays(-2) });
        JsonNode data = (await app.ExportAsync("contacts", leaves))["data"]!;
        JsonNode row = Assert.Single(data["Contact"]!.AsArray())!;
        Assert.Equal(Canaries.ContactEmail, (string?)row["Email"]!["value"]);
        Assert.NotNull(row["UnsubscribedAt"]!["value"]?.GetValue<string>());
        Assert.Single(data["ContactConsent"]!.AsArray());

        // Two years after leaving: list management has ended; the proof of consent is kept a third year.
        await app.PostJsonAsync("/privacy/purge", new { at = left.AddYears(2).AddDays(2) });
        data = (await app.ExportAsync("contacts", leaves))["data"]!;
        row = Assert.Single(data["Contact"]!.AsArray())!;
        Assert.Null(row["Email"]?["value"]?.GetValue<string>());
        Assert.NotNull(row["UnsubscribedAt"]!["value"]?.GetValue<string>());   // when they left: proof, like the opt-in
        Assert.NotNull(row["OptInAt"]!["value"]?.GetValue<string>());
        Assert.Single(data["ContactConsent"]!.AsArray());
        Assert.DoesNotContain(Canaries.ContactEmail, await app.Http.GetStringAsync($"/lists/{list}/export"), StringComparison.Ordinal);

        // Three years after: the proof goes too. The contact who stayed keeps everything, ten years on.
        await app.PostJsonAsync("/privacy/purge", new { at = left.AddYears(10) });
        data = (await app.ExportAsync("contacts", leaves))["data"]!;
        row = Assert.Single(data["Contact"]!.AsArray())!;
        Assert.Null(row["OptInAt"]?["value"]?.GetValue<string>());
        Assert.Null(row["UnsubscribedAt"]?["value"]?.GetValue<string>());
        Assert.Empty(data["ContactConsent"]?.AsArray() ?? []);
        JsonNode kept = Assert.Single((await app.ExportAsync("contacts", stays))["data"]!["Contact"]!.AsArray())!;
        Assert.Equal("stays@mail.example", (string?)kept["Email"]!["value"]);
        Assert.Equal("Stay", (string?)kept["FirstName"]!["value"]);
        Assert.Single((await app.ExportAsync("contacts", stays))["data"]!["ContactConsent"]!.AsArray());

        // The purged contact's row stays (statistics may link to it) but is gone for the platform: no rectification,
        // objection or withdrawal brings data back onto it (before: 204 and a new address), and the list leaves it out.
        Assert.Equal(HttpStatusCode.Gone, (await app.Http.PutAsJsonAsync($"/contacts/{leaves}", new { email = "back@mail.example" })).StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await app.Http.PostAsync($"/privacy/contacts/{leaves}/objection", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Http.GetAsync($"/privacy/contacts/{leaves}/export")).StatusCode);
        string[] lines = (await app.Http.GetStringAsync($"/lists/{list}/export")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);   // the header and the contact who stayed
    }

    /// <summary>The address was erased on request from one of the customer's lists; it is still on another: it is not contacted again.</summary>
    [Fact]
    public async Task A_campaign_skips_an_address_on_the_suppression_list()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int shop = await app.CreateListAsync(customer, "Shop");
        int club = await app.CreateListAsync(customer, "Club");
        int erased = await app.AddContactAsync(shop, Canaries.ContactEmail);
        int stillListed = await app.AddContactAsync(club, Canaries.ContactEmail);
        int other = await app.AddContactAsync(club, "other@mail.example");
        await app.DeleteJsonAsync($"/privacy/contacts/{erased}");

        int campaign = await app.CreateCampaignAsync(customer);
        JsonNode sent = await app.PostJsonAsync($"/campaigns/{campaign}/send");

        Assert.Equal([other], sent["contactIds"]!.AsArray().Select(id => (int)id!));
        Assert.Equal(1, (int)sent["recipients"]!);
        Assert.DoesNotContain(stillListed, sent["contactIds"]!.AsArray().Select(id => (int)id!));
    }

    /// <summary>The same person on two of the customer's lists, in two spellings, receives one e-mail, not two.</summary>
    [Fact]
    public async Task A_campaign_reaches_an_address_on_two_lists_once()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int shop = await app.CreateListAsync(customer, "Shop");
        int club = await app.CreateListAsync(customer, "Club");
        int first = await app.AddContactAsync(shop, "twice@mail.example");
        await app.AddContactAsync(club, "Twice@Mail.example");
        int other = await app.AddContactAsync(club, "other@mail.example");

        int campaign = await app.CreateCampaignAsync(customer);
        JsonNode sent = await app.PostJsonAsync($"/campaigns/{campaign}/send");

        Assert.Equal([first, other], sent["contactIds"]!.AsArray().Select(id => (int)id!));
        Assert.Equal(2, (int)sent["recipients"]!);
    }

    /// <summary>Withdrawing consent to the newsletter, or objecting, unsubscribes the contact: the list says since when.</summary>
    [Fact]
    public async Task Unsubscribing_from_the_newsletter_is_recorded_on_the_list()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int withdraws = await app.AddContactAsync(list, "withdraws@mail.example", "Anna");
        int objects = await app.AddContactAsync(list, "objects@mail.example", "Bert");
        int stays = await app.AddContactAsync(list, "stays@mail.example", "Cees");

        await app.PostJsonAsync($"/privacy/contacts/{withdraws}/consents/Newsletter/withdraw");
        await app.PostJsonAsync($"/privacy/contacts/{objects}/objection");

        foreach (int contact in new[] { withdraws, objects })
        {
            JsonNode row = Assert.Single((await app.ExportAsync("contacts", contact))["data"]!["Contact"]!.AsArray())!;
            Assert.NotNull(row["UnsubscribedAt"]?["value"]?.GetValue<string>());
        }

        JsonNode kept = Assert.Single((await app.ExportAsync("contacts", stays))["data"]!["Contact"]!.AsArray())!;
        Assert.Null(kept["UnsubscribedAt"]?["value"]?.GetValue<string>());
        string[] lines = (await app.Http.GetStringAsync($"/lists/{list}/export")).Split("\r\n");
        Assert.Matches("^withdraws@mail.example,.*,[0-9-]+T[0-9:.]+Z?$", lines[1]);
        Assert.EndsWith(",", lines[3], StringComparison.Ordinal);
    }

    /// <summary>The ids in a pixel's URL can be guessed: an open of a draft, or of another customer's campaign, is not recorded.</summary>
    [Fact]
    public async Task The_tracking_pixel_records_opens_only_of_a_sent_campaign_by_one_of_its_recipients()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, "reader@mail.example");
        int other = await app.SignUpAsync(new { name = "Other Customer", email = "other@customer.example" });
        int stranger = await app.AddContactAsync(await app.CreateListAsync(other), "stranger@mail.example");
        int draft = await app.CreateCampaignAsync(customer);
        int sent = await app.CreateCampaignAsync(customer);
        await app.PostJsonAsync($"/campaigns/{sent}/send");

        await app.TrackOpenAsync(draft, contact);
        await app.TrackOpenAsync(sent, stranger);

        Assert.Equal(0, (int)(await app.GetJsonAsync($"/campaigns/{draft}/report"))["opens"]!);
        Assert.Equal(0, (int)(await app.GetJsonAsync($"/campaigns/{sent}/report"))["opens"]!);
        Assert.Empty((await app.ExportAsync("contacts", stranger))["data"]!["EmailEvent"]?.AsArray() ?? []);

        await app.TrackOpenAsync(sent, contact);
        Assert.Equal(1, (int)(await app.GetJsonAsync($"/campaigns/{sent}/report"))["opens"]!);

        // A contact put on the list after the send was not sent the campaign (before, being on the list was enough); the
        // recipient's export shows the delivery the open counts against.
        int later = await app.AddContactAsync(list, "later@mail.example");
        await app.TrackOpenAsync(sent, later);
        Assert.Equal(1, (int)(await app.GetJsonAsync($"/campaigns/{sent}/report"))["opens"]!);
        Assert.Empty((await app.ExportAsync("contacts", later))["data"]!["EmailEvent"]?.AsArray() ?? []);
        Assert.Single((await app.ExportAsync("contacts", contact))["data"]!["CampaignDelivery"]!.AsArray());

        // A campaign is sent once: sending it again is refused and changes nothing.
        HttpResponseMessage again = await app.Http.PostAsync($"/campaigns/{sent}/send", null);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, again.StatusCode);
        Assert.Empty((await app.ExportAsync("contacts", later))["data"]!["CampaignDelivery"]?.AsArray() ?? []);
    }

    /// <summary>Withdrawing consent to the newsletter erases the contact's deliveries: the newsletter was their only purpose.</summary>
    [Fact]
    public async Task Withdrawing_newsletter_consent_erases_the_deliveries_and_later_opens_are_not_recorded()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        int contact = await app.AddContactAsync(list, "reader@mail.example");
        int campaign = await app.CreateCampaignAsync(customer);
        await app.PostJsonAsync($"/campaigns/{campaign}/send");

        await app.PostJsonAsync($"/privacy/contacts/{contact}/consents/Newsletter/withdraw");
        await app.TrackOpenAsync(campaign, contact);

        JsonNode data = (await app.ExportAsync("contacts", contact))["data"]!;
        Assert.Empty(data["CampaignDelivery"]?.AsArray() ?? []);
        Assert.Empty(data["EmailEvent"]?.AsArray() ?? []);
    }

    /// <summary>The opt-in's IP address and time prove a consent: a contact imported without one has none stored.</summary>
    [Fact]
    public async Task The_opt_in_proof_is_stored_only_for_a_contact_who_consented()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);

        JsonNode import = await app.ImportAsync(list, new { email = "listed@mail.example" }, new { email = "opted.in@mail.example", consentTo = new[] { "Newsletter" } });

        JsonNode listed = Assert.Single((await app.ExportAsync("contacts", (int)import["contacts"]![0]!["id"]!))["data"]!["Contact"]!.AsArray())!;
        Assert.Null(listed["OptInIp"]?["value"]?.GetValue<string>());
        Assert.Null(listed["OptInAt"]?["value"]?.GetValue<string>());
        JsonNode optedIn = Assert.Single((await app.ExportAsync("contacts", (int)import["contacts"]![1]!["id"]!))["data"]!["Contact"]!.AsArray())!;
        Assert.Equal("127.0.0.1", (string?)optedIn["OptInIp"]!["value"]);
        Assert.NotNull(optedIn["OptInAt"]!["value"]);
    }

    /// <summary>A contact's names and custom fields serve the newsletter alone: without consent to it they are not stored, at import or later.</summary>
    [Fact]
    public async Task Fields_only_the_newsletter_uses_need_consent_to_it()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);
        string before = await app.Http.GetStringAsync($"/lists/{list}/export");

        HttpResponseMessage import = await app.Http.PostAsJsonAsync($"/lists/{list}/contacts", new { contacts = new[] { new { email = "named@mail.example", firstName = "Anna" } } });

        Assert.Equal(HttpStatusCode.BadRequest, import.StatusCode);
        Assert.Contains("consent", (string?)JsonNode.Parse(await import.Content.ReadAsStringAsync())!["detail"], StringComparison.Ordinal);
        Assert.Equal(before, await app.Http.GetStringAsync($"/lists/{list}/export"));

        int contact = await app.AddContactAsync(list, "withdrawn@mail.example", "Bert");
        await app.PostJsonAsync($"/privacy/contacts/{contact}/consents/Newsletter/withdraw");
        HttpResponseMessage rectify = await app.Http.PutAsJsonAsync($"/contacts/{contact}", new { firstName = "Bert" });
        Assert.Equal(HttpStatusCode.Conflict, rectify.StatusCode);
        JsonNode row = Assert.Single((await app.ExportAsync("contacts", contact))["data"]!["Contact"]!.AsArray())!;
        Assert.Null(row["FirstName"]?["value"]?.GetValue<string>());
    }

    /// <summary>An import that names a purpose twice records one consent, which one withdrawal ends.</summary>
    [Fact]
    public async Task A_consent_given_twice_is_recorded_once()
    {
        await using RunningApp app = await RunningApp.StartAsync();
        int customer = await app.SignUpAsync(Canaries.Customer());
        int list = await app.CreateListAsync(customer);

        JsonNode import = await app.ImportAsync(list, new { email = "eager@mail.example", consentTo = new[] { "Newsletter", "Newsletter" } });

        Assert.Single((await app.ExportAsync("contacts", (int)import["contacts"]![0]!["id"]!))["data"]!["ContactConsent"]!.AsArray());
    }
}
