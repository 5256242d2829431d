using System;
using System.Threading.Tasks;
using Pii.Store.Tests.Model;

namespace Pii.Store.Tests.Infrastructure
{
    /// <summary>Two contacts with events, clicks, invoices and notes. Alice's erasable values are canaries: strings that must vanish.</summary>
    public static class Seed
    {
        public const int Alice = 1;
        public const int Bob = 2;

        public const string AliceEmail = "Alice.Canary@Example.com";
        public const string AliceFirstName = "Alicanary";
        public const string AlicePhone = "+32 470 11 22 33";
        public const string AliceUserName = "alice-canary-login";
        public const string AliceIp = "203.0.113.77";
        public const string AliceAgent = "CanaryBrowser/1.0";
        public const string AliceClickIp = "198.51.100.77";
        public const string AliceNote = "Alice called about her canary";
        public const string AliceOldBillingName = "Alice Oldbill-Canary";
        public const string AliceNewBillingName = "Alice Newbill";
        public const string AliceCampaign = "SPRING-ALICE-CANARY";

        /// <summary>The erasable values of Alice that an erasure of everything removes everywhere.</summary>
        public static readonly string[] AliceCanaries =
        {
            AliceEmail, AliceFirstName, AlicePhone, AliceUserName, AliceIp, AliceAgent, AliceClickIp, AliceNote, AliceOldBillingName, AliceCampaign,
        };

        public static readonly DateTime Now = DateTime.UtcNow;

        public static async Task AddAsync(TestDatabase database, int eventsPerContact = 3)
        {
            await using MailingContext db = database.CreateContext();
            db.Contacts.Add(new Contact { Id = Alice, Email = AliceEmail, FirstName = AliceFirstName, Phone = AlicePhone, UserName = AliceUserName, CreatedAt = Now.AddYears(-9) });
            db.Contacts.Add(new Contact { Id = Bob, Email = "bob@example.com", FirstName = "Bob", Phone = "+31 6 1234 5678", UserName = "bob", CreatedAt = Now.AddYears(-1) });
            await db.SaveChangesAsync();

            int id = 1;
            foreach (int contact in new[] { Alice, Bob })
            {
                for (int i = 0; i < eventsPerContact; i++)
                {
                    bool alice = contact == Alice;
                    // Half the events are three years old (past the 14-month statistics retention), half a month old.
                    DateTime at = i % 2 == 0 ? Now.AddYears(-3) : Now.AddMonths(-1);
                    db.EmailEvents.Add(new EmailEvent { Id = id, ContactId = contact, OccurredAt = at, Ip = alice ? AliceIp : "192.0.2.2", UserAgent = alice ? AliceAgent : "BobMail/2" });
                    db.Clicks.Add(new Click { EmailEventId = id, Url = "https://example.com/offer", Ip = alice ? AliceClickIp : "192.0.2.3" });
                    id++;
                }
            }

            db.Invoices.Add(new Invoice { ContactId = Alice, IssuedOn = Now.AddYears(-8), BillingName = AliceOldBillingName, VatNumber = "BE0123456789", CampaignCode = AliceCampaign, Amount = 10 });
            db.Invoices.Add(new Invoice { ContactId = Alice, IssuedOn = Now.AddYears(-1), BillingName = AliceNewBillingName, VatNumber = "BE0999999999", CampaignCode = null, Amount = 20 });
            db.Invoices.Add(new Invoice { ContactId = Bob, IssuedOn = Now.AddYears(-1), BillingName = "Bob B.", VatNumber = "NL001", Amount = 30 });
            db.SupportNotes.Add(new SupportNote { ContactId = Alice, Text = AliceNote });
            db.SupportNotes.Add(new SupportNote { ContactId = Bob, Text = "Bob asked for an invoice copy" });
            await db.SaveChangesAsync();
        }
    }
}
