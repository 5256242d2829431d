using System;
using System.IO;
using System.Net;
using System.Text;
using System.Text.Json;
using Pii.Export;
using Pii.Runtime.Tests.Entities;

namespace Pii.Runtime.Tests;

/// <summary>Entities filled with canary values: strings that appear nowhere else, so a leak is easy to find.</summary>
internal static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    public static readonly byte[] Key = Encoding.UTF8.GetBytes("test-key-0123456789abcdef-32byte");

    public static Customer Customer()
    {
        var customer = new Customer
        {
            Id = 42,
            Email = "canary.jansen@example.nl",
            FirstName = "Canaryfirst",
            LastName = "Canarylastname",
            Phone = "+31612345678",
            BirthDate = new DateOnly(1980, 5, 17),
            Gender = Gender.Female,
            VatNumber = "NL123456789B01",
            SignupIp = IPAddress.Parse("203.0.113.77"),
            Interests = { "canary-cycling", "canary-jazz" },
            UserName = "canaryuser",
            Address = new Address { Street = "Canarystraat 12", City = "Canaryville", CountryCode = "NL" },
            Plan = "pro",
            CreatedAt = Now.AddYears(-3),
        };
        customer.SetPasswordHash("canary-hash-AQAAAAEAACcQ");
        return customer;
    }

    public static string[] CustomerCanaries =>
    [
        "canary.jansen@example.nl", "Canaryfirst", "Canarylastname", "+31612345678", "1980-05-17", "NL123456789B01",
        "203.0.113.77", "canary-cycling", "canary-jazz", "canaryuser", "canary-hash-AQAAAAEAACcQ", "Canarystraat 12", "Canaryville",
    ];

    public static string Export(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static string Export(Customer customer, ExportScope scope) => Export(w => customer.WritePersonalData(w, scope));
}
