using System;
using System.Linq;
using System.Threading.Tasks;
using Mailing.Model;

namespace Mailing.Data;

/// <summary>Made-up customers, contacts, campaigns and applicants, so that every endpoint has something to show.</summary>
internal static class DemoData
{
    public static async Task AddAsync(MailingDb db, DateTime now)
    {
        var bloemen = new Account
        {
            Name = "Sanne de Vries", Email = "sanne@bloemen.example", Company = "De Vries Bloemen", JobTitle = "Owner",
            VatNumber = "NL004495445B01", Phone = "+31 20 123 4567", BillingStreet = "Keizersgracht 12", BillingPostalCode = "1015 CJ",
            BillingCity = "Amsterdam", BillingCountry = "NL", MarketingConsentAt = now.AddMonths(-3), ContractStartedAt = now.AddYears(-2),
        };
        var brasserie = new Account
        {
            Name = "Luc Peeters", Email = "luc@brasserie.example", Company = "Brasserie Peeters", JobTitle = "Manager",
            VatNumber = "BE0417497106", Phone = "+32 3 555 12 12", BillingStreet = "Meir 50", BillingPostalCode = "2000",
            BillingCity = "Antwerpen", BillingCountry = "BE", ContractStartedAt = now.AddMonths(-8),
        };
        db.Accounts.AddRange(bloemen, brasserie);
        await db.SaveChangesAsync();

        var customers = new ContactList { AccountId = bloemen.Id, Title = "Customers" };
        var guests = new ContactList { AccountId = brasserie.Id, Title = "Guests" };
        db.ContactLists.AddRange(customers, guests);
        await db.SaveChangesAsync();

        Contact[] contacts =
        [
            new() { ContactListId = customers.Id, Email = "emma.janssen@mail.example", FirstName = "Emma", LastName = "Janssen", CustomFields = "{\"favourite\":\"tulips\"}", OptInIp = "198.51.100.23", OptInAt = now.AddMonths(-5) },
            new() { ContactListId = customers.Id, Email = "noah.bakker@mail.example", FirstName = "Noah", LastName = "Bakker", OptInIp = "198.51.100.87", OptInAt = now.AddMonths(-4) },
            new() { ContactListId = guests.Id, Email = "lea.dubois@mail.example", FirstName = "Léa", LastName = "Dubois", CustomFields = "{\"table\":\"terrace\"}", OptInIp = "203.0.113.9", OptInAt = now.AddMonths(-2) },
        ];
        db.Contacts.AddRange(contacts);
        await db.SaveChangesAsync();

        foreach (Contact contact in contacts)
        {
            db.ContactConsents.Add(new ContactConsent { ContactId = contact.Id, Purpose = "Newsletter", GivenAt = contact.OptInAt });
        }

        var spring = new Campaign { AccountId = bloemen.Id, Subject = "Spring bouquets", Body = "<p>Our spring collection is here.</p>", SentAt = now.AddDays(-10) };
        db.Campaigns.Add(spring);
        await db.SaveChangesAsync();

        db.Deliveries.AddRange(contacts.Where(contact => contact.ContactListId == customers.Id).Select(contact => new CampaignDelivery { CampaignId = spring.Id, ContactId = contact.Id, SentAt = spring.SentAt.Value }));
        db.EmailEvents.AddRange(
            new EmailEvent { CampaignId = spring.Id, ContactId = contacts[0].Id, Kind = EmailEventKind.Open, OccurredAt = now.AddDays(-9), Ip = "198.51.100.23", UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)" },
            new EmailEvent { CampaignId = spring.Id, ContactId = contacts[0].Id, Kind = EmailEventKind.Click, OccurredAt = now.AddDays(-9), Ip = "198.51.100.23", UserAgent = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)" },
            new EmailEvent { CampaignId = spring.Id, ContactId = contacts[1].Id, Kind = EmailEventKind.Open, OccurredAt = now.AddDays(-8), Ip = "198.51.100.87", UserAgent = "Thunderbird/128.0" });

        db.Invoices.AddRange(
            new Invoice { AccountId = bloemen.Id, Number = $"{now.AddYears(-1):yyyy}-0001-001", IssuedOn = now.AddYears(-1), Amount = 240m, BillingName = "Sanne de Vries, De Vries Bloemen", BillingAddress = "Keizersgracht 12, 1015 CJ Amsterdam, NL", VatNumber = bloemen.VatNumber },
            new Invoice { AccountId = bloemen.Id, Number = $"{now:yyyy}-0001-002", IssuedOn = now.AddMonths(-1), Amount = 240m, BillingName = "Sanne de Vries, De Vries Bloemen", BillingAddress = "Keizersgracht 12, 1015 CJ Amsterdam, NL", VatNumber = bloemen.VatNumber });
        db.SupportTickets.Add(new SupportTicket { AccountId = bloemen.Id, OpenedAt = now.AddDays(-20), Subject = "Bounces", Message = "Some of my contacts bounce, can you check?" });
        db.JobApplicants.Add(new JobApplicant { Vacancy = "Deliverability engineer", Name = "Jonas Müller", Email = "jonas.mueller@mail.example", Phone = "+49 30 1234567", Education = "MSc Computer Science", Career = "Five years of e-mail operations", AppliedAt = now.AddDays(-6) });
        db.WebsiteVisits.Add(new WebsiteVisit { At = now.AddHours(-1), Path = "/pricing", AnonymizedIp = "192.0.2.0" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
