using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;

namespace Pii.Benchmarks
{
    /// <summary>Deterministic customers: one fully filled in, and a population with some members left empty.</summary>
    public static class CustomerData
    {
        private static readonly string[] Topics = { "mathematics", "poetry", "engines", "music", "travel", "chess" };

        /// <summary>One customer with every tagged member set.</summary>
        public static BenchCustomer One() => new()
        {
            Id = 1,
            Email = "ada.lovelace@example.com",
            FirstName = "Ada",
            LastName = "Lovelace",
            Phone = "+44 20 7946 0000",
            BirthDate = new DateOnly(1815, 12, 10),
            Gender = Gender.Female,
            VatNumber = "GB123456789",
            SignupIp = IPAddress.Parse("203.0.113.42"),
            Interests = new List<string> { "mathematics", "poetry", "engines" },
            UserName = "ada",
            CreatedAt = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };

        /// <summary>
        /// <paramref name="count"/> customers; every 5th has no phone, every 7th no birth date, every 11th no
        /// sign-up IP, every 13th an IPv6 one, and they have zero to three interests.
        /// </summary>
        public static BenchCustomer[] Many(int count)
        {
            var customers = new BenchCustomer[count];
            for (int i = 0; i < count; i++)
            {
                string n = i.ToString(CultureInfo.InvariantCulture);
                var interests = new List<string>();
                for (int k = 0; k < i % 4; k++)
                {
                    interests.Add(Topics[(i + k) % Topics.Length]);
                }

                customers[i] = new BenchCustomer
                {
                    Id = i,
                    Email = "customer" + n + "@example.com",
                    FirstName = i % 9 == 0 ? null : "First" + n,
                    LastName = "Last" + n,
                    Phone = i % 5 == 0 ? null : "+31 6 " + (10_000_000 + i).ToString(CultureInfo.InvariantCulture),
                    BirthDate = i % 7 == 0 ? null : new DateOnly(1950, 1, 1).AddDays(i % 20_000),
                    Gender = (Gender)(i % 4),
                    VatNumber = i % 3 == 0 ? null : "NL" + (100_000_000 + i).ToString(CultureInfo.InvariantCulture) + "B01",
                    SignupIp = i % 11 == 0 ? null
                        : i % 13 == 0 ? IPAddress.Parse("2001:db8::" + i.ToString("x", CultureInfo.InvariantCulture))
                        : new IPAddress(new byte[] { 10, (byte)(i >> 16), (byte)(i >> 8), (byte)i }),
                    Interests = interests,
                    UserName = "user" + n,
                    CreatedAt = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
                };
            }

            return customers;
        }
    }
}
