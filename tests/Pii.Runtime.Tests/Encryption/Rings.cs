using System;
using System.Collections.Generic;
using Pii.Encryption;

namespace Pii.Runtime.Tests.Encryption;

/// <summary>Keys and rings for the protection tests: fixed bytes, so that a failure can be reproduced.</summary>
internal static class Rings
{
    public const string Context = "Shop.Customer.Email";

    public static byte[] Key(byte seed)
    {
        byte[] key = new byte[32];
        for (int i = 0; i < key.Length; i++)
        {
            key[i] = (byte)(seed + (i * 7));
        }

        return key;
    }

    public static PersonalDataKeyRing Single(string keyId = "2026-01", byte seed = 1) =>
        new(keyId, [new KeyValuePair<string, byte[]>(keyId, Key(seed))]);

    /// <summary>A ring that is not one of Pii's, to exercise the path for any <see cref="IPersonalDataKeyRing"/>.</summary>
    public sealed class External(string currentKeyId, Dictionary<string, byte[]> keys) : IPersonalDataKeyRing
    {
        public string CurrentKeyId { get; } = currentKeyId;

        public bool TryGetKey(string keyId, out ReadOnlyMemory<byte> key)
        {
            bool found = keys.TryGetValue(keyId, out byte[]? bytes);
            key = bytes;
            return found;
        }
    }
}
