using System;
using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Pii.Encryption;

namespace Pii.Store.Tests.Model.ShreddedShapes
{
    // Model shapes crypto-shredding must handle (found by a review): a dependent with two links to its subject, a
    // navigation-only dependent, string, Guid and long keys, a subject derived from a tagged base entity, a suppressible
    // crypto-shredded e-mail address and a purged one, and a hierarchy whose base declares the member but has no link.
    [DataSubject(Kind = "user")]
    public class User
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Name { get; set; }
    }

    public class Message
    {
        public int Id { get; set; }

        public int SenderId { get; set; }

        public User? Sender { get; set; }

        public int RecipientId { get; set; }

        public User Recipient { get; set; } = null!;

        [PersonalData("Account", Category = DataCategory.Correspondence, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Body { get; set; }
    }

    public class Note
    {
        public int Id { get; set; }

        public User Author { get; set; } = null!;

        [PersonalData("Account", Category = DataCategory.Correspondence, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Text { get; set; }
    }

    [DataSubject(Kind = "account")]
    public class Account
    {
        [Key]
        public string Code { get; set; } = "";

        [PersonalData("Account", Category = DataCategory.EmailAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Email { get; set; }
    }

    public class Login
    {
        public int Id { get; set; }

        public string AccountId { get; set; } = "";

        [PersonalData("Account", Category = DataCategory.IpAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Ip { get; set; }
    }

    [DataSubject(Kind = "device")]
    public class Device
    {
        public Guid Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Label { get; set; }
    }

    [DataSubject(Kind = "member")]
    public class Member
    {
        public long Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Other, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Label { get; set; }
    }

    public class MessagingContext : DbContext
    {
        public MessagingContext(DbContextOptions<MessagingContext> options, IPersonalDataKeyRing keyRing)
            : base(options)
        {
            KeyRing = keyRing;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public DbSet<User> Users => Set<User>();

        public DbSet<Message> Messages => Set<Message>();

        public DbSet<Note> Notes => Set<Note>();

        public DbSet<Account> Accounts => Set<Account>();

        public DbSet<Login> Logins => Set<Login>();

        public DbSet<Device> Devices => Set<Device>();

        public DbSet<Member> Members => Set<Member>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Message>().HasOne(m => m.Sender).WithMany().HasForeignKey(m => m.SenderId).OnDelete(DeleteBehavior.Restrict);
            modelBuilder.Entity<Message>().HasOne(m => m.Recipient).WithMany().HasForeignKey(m => m.RecipientId).OnDelete(DeleteBehavior.Restrict);
            modelBuilder.Entity<Login>().HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId);
            MessagingContextPersonalData.ConfigureProtection(modelBuilder, KeyRing, this);
        }
    }

    // Table-per-hierarchy: the data subject derives from a tagged base entity; a dependent's foreign key names the derived subject.
    public class Party
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.Other)]
        public string? Remark { get; set; }
    }

    [DataSubject(Kind = "client")]
    public class Client : Party
    {
        [PersonalData("Account", Category = DataCategory.EmailAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Email { get; set; }
    }

    public class Order
    {
        public int Id { get; set; }

        public int ClientId { get; set; }

        [PersonalData("Account", Category = DataCategory.PostalAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Address { get; set; }
    }

    public class PartyContext : DbContext
    {
        public PartyContext(DbContextOptions<PartyContext> options, IPersonalDataKeyRing keyRing)
            : base(options)
        {
            KeyRing = keyRing;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public DbSet<Party> Parties => Set<Party>();

        public DbSet<Client> Clients => Set<Client>();

        public DbSet<Order> Orders => Set<Order>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Order>().HasOne<Client>().WithMany().HasForeignKey(o => o.ClientId);
            PartyContextPersonalData.ConfigureProtection(modelBuilder, KeyRing, this);
        }
    }
}

namespace Pii.Store.Tests.Model.ShreddedShapes
{
    [DataSubject(Kind = "subscriber")]
    public class Subscriber
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.EmailAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Email { get; set; }

        public System.DateTime SeenAt { get; set; }

        [PersonalData("Statistics", Category = DataCategory.IpAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred, RetentionStartsAt = nameof(SeenAt))]
        public string? LastIp { get; set; }
    }

    public class ListContext : DbContext
    {
        public ListContext(DbContextOptions<ListContext> options, IPersonalDataKeyRing keyRing)
            : base(options)
        {
            KeyRing = keyRing;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public DbSet<Subscriber> Subscribers => Set<Subscriber>();

        public DbSet<Pii.Store.SuppressedIdentifier> SuppressedIds => Set<Pii.Store.SuppressedIdentifier>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => ListContextPersonalData.ConfigureProtection(modelBuilder, KeyRing, this);
    }
}

namespace Pii.Store.Tests.Model.ShreddedShapes
{
    /// <summary>A base entity that declares a crypto-shredded member but leads to no subject (PII009): the member stays encrypted under the ring.</summary>
    public class Person
    {
        public int Id { get; set; }

        [PersonalData("Account", Category = DataCategory.EmailAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Email { get; set; }
    }

    [DataSubject(Kind = "customer")]
    public class Customer : Person
    {
        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Name { get; set; }
    }

    /// <summary>The derived set declared first.</summary>
    public class CustomersFirstContext(DbContextOptions<CustomersFirstContext> options, IPersonalDataKeyRing keyRing) : DbContext(options)
    {
        public DbSet<Customer> Customers => Set<Customer>();

        public DbSet<Person> People => Set<Person>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => CustomersFirstContextPersonalData.ConfigureProtection(modelBuilder, keyRing, this);
    }

    /// <summary>The base set declared first.</summary>
    public class PeopleFirstContext(DbContextOptions<PeopleFirstContext> options, IPersonalDataKeyRing keyRing) : DbContext(options)
    {
        public DbSet<Person> People => Set<Person>();

        public DbSet<Customer> Customers => Set<Customer>();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => PeopleFirstContextPersonalData.ConfigureProtection(modelBuilder, keyRing, this);
    }
}

namespace Pii.Store.Tests.Model.ShreddedShapes
{
    /// <summary>A subject with an alternate key, which an update never writes.</summary>
    [DataSubject(Kind = "holder")]
    public class Holder
    {
        public int Id { get; set; }

        public string Code { get; set; } = "";

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Name { get; set; }
    }

    /// <summary>Names that could collide with the generated code's locals: a subject called Transaction keyed by Key.</summary>
    [DataSubject(Kind = "vault")]
    public class Transaction
    {
        [System.ComponentModel.DataAnnotations.Key]
        public int Key { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Root { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Session { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Entry { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Ring { get; set; }
    }

    public class Item
    {
        public int Id { get; set; }

        public int TransactionKey { get; set; }

        public Transaction? Transaction { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? KeyId { get; set; }

        [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
        public string? Created { get; set; }
    }

    public class HolderContext : DbContext
    {
        public HolderContext(DbContextOptions<HolderContext> options, IPersonalDataKeyRing keyRing)
            : base(options)
        {
            KeyRing = keyRing;
        }

        public IPersonalDataKeyRing KeyRing { get; }

        public DbSet<Holder> Holders => Set<Holder>();

        public DbSet<Transaction> Transactions => Set<Transaction>();

        public DbSet<Item> Items => Set<Item>();

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Holder>().HasAlternateKey(h => h.Code);
            modelBuilder.Entity<Item>().HasOne(i => i.Transaction).WithMany().HasForeignKey(i => i.TransactionKey);
            HolderContextPersonalData.ConfigureProtection(modelBuilder, KeyRing, this);
        }
    }
}
