using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Pii.Encryption;

namespace Pii.Runtime.Tests.Encryption;

public class ConcurrencyTests
{
    [Fact]
    public async Task Values_protected_in_parallel_while_keys_are_created_all_decrypt()
    {
        var ring = new KeyTableKeyRing(Rings.Key(100));
        DateTime start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        ring.Add(ring.CreateRow(start, "k-000"));
        var written = new ConcurrentBag<(string Value, byte[] Envelope)>();
        var failures = new ConcurrentBag<string>();
        int rotating = 1;

        Task rotation = Task.Run(() =>
        {
            for (int i = 1; i <= 40; i++)
            {
                ring.Add(ring.CreateRow(start.AddMinutes(i), $"k-{i:000}"));
                Thread.Sleep(1);
            }

            Volatile.Write(ref rotating, 0);
        });

        Task[] workers = Enumerable.Range(0, Math.Max(4, Environment.ProcessorCount * 2)).Select(worker => Task.Run(() =>
        {
            for (int i = 0; Volatile.Read(ref rotating) == 1 || i < 300; i++)
            {
                string value = $"worker {worker} value {i} ü";
                try
                {
                    byte[] envelope = PersonalDataCodec.Protect(value, ring, Rings.Context);
                    string read = PersonalDataCodec.UnprotectString(envelope, ring, Rings.Context);
                    if (read != value)
                    {
                        failures.Add($"{value} read as {read}");
                    }

                    long number = ((long)worker << 32) | (uint)i;
                    if (PersonalDataCodec.UnprotectInt64(PersonalDataCodec.Protect(number, ring, Rings.Context), ring, Rings.Context) != number)
                    {
                        failures.Add($"number {number}");
                    }

                    written.Add((value, envelope));
                }
                catch (Exception e)
                {
                    failures.Add($"{value}: {e.GetType().Name}: {e.Message}");
                }
            }
        })).ToArray();

        await Task.WhenAll([rotation, .. workers]);

        Assert.Empty(failures);
        Assert.Equal(41, ring.KeyIds.Count);
        Assert.Equal("k-040", ring.CurrentKeyId);
        HashSet<string> keyIds = [];
        foreach ((string value, byte[] envelope) in written)
        {
            Assert.Equal(value, PersonalDataCodec.UnprotectString(envelope, ring, Rings.Context));
            Assert.True(PersonalDataProtector.TryGetKeyId(envelope, out string keyId));
            keyIds.Add(keyId);
        }

        Assert.True(keyIds.Count > 1, "every value was written under one key: the rotation did not overlap the writes");
    }

    [Fact]
    public void One_ring_serves_many_threads_at_once()
    {
        PersonalDataKeyRing ring = Rings.Single();
        var failures = new ConcurrentBag<string>();

        Parallel.For(0, 20_000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var value = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromMinutes(i % 600)).AddTicks(i);
            DateTimeOffset read = PersonalDataCodec.UnprotectDateTimeOffset(PersonalDataCodec.Protect(value, ring, Rings.Context), ring, Rings.Context);
            if (!read.EqualsExact(value))
            {
                failures.Add($"{i}");
            }
        });

        Assert.Empty(failures);
    }
}
