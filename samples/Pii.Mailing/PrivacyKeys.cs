using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Configuration;
using Pii.Encryption;

namespace Mailing;

/// <summary>
/// The secret keys Pii needs: the suppression list's and the erasure receipts' HMAC key, and the key of the keyed
/// hashes in logs. They come from configuration (appsettings.json holds demo keys; use user secrets or the
/// environment in production). There is no built-in default: a missing key stops the application at startup.
/// </summary>
public sealed class PrivacyKeys
{
    private PrivacyKeys(byte[] hashKey, string logHashKeyId, byte[] logHashKey, PersonalDataKeyRing keyRing)
    {
        HashKey = hashKey;
        LogHashKeyId = logHashKeyId;
        LogHashKey = logHashKey;
        KeyRing = keyRing;
    }

    /// <summary><c>Pii:HashKey</c>: suppression list and erasure receipts. Changing it makes the suppression list unmatchable.</summary>
    public byte[] HashKey { get; }

    /// <summary><c>Pii:LogHashKeyId</c>: the id written next to keyed hashes in logs, so keys can rotate.</summary>
    public string LogHashKeyId { get; }

    /// <summary><c>Pii:LogHashKey</c>: the key of keyed hashes in logs.</summary>
    public byte[] LogHashKey { get; }

    /// <summary>
    /// <c>Pii:EncryptionKeys</c> (id: 32 bytes in base64) and <c>Pii:CurrentEncryptionKey</c>: the keys the encrypted
    /// members are stored under. To rotate, add a key, make it current and run the store's ReencryptAsync.
    /// </summary>
    public PersonalDataKeyRing KeyRing { get; }

    public static PrivacyKeys From(IConfiguration configuration) =>
        new(
            Key(configuration, "Pii:HashKey"),
            configuration["Pii:LogHashKeyId"] is { Length: > 0 } id ? id : "1",
            Key(configuration, "Pii:LogHashKey"),
            Ring(configuration));

    private static PersonalDataKeyRing Ring(IConfiguration configuration)
    {
        var keys = configuration.GetSection("Pii:EncryptionKeys").GetChildren().Select(k => new KeyValuePair<string, string>(k.Key, k.Value ?? "")).ToList();
        string? current = configuration["Pii:CurrentEncryptionKey"];
        if (keys.Count == 0 || string.IsNullOrWhiteSpace(current))
        {
            throw new InvalidOperationException("Pii:EncryptionKeys and Pii:CurrentEncryptionKey are not configured: the encrypted members need at least one 32-byte key in base64, and the id of the current one. Pii has no default key.");
        }

        try
        {
            return PersonalDataKeyRing.FromBase64(current, keys);
        }
        catch (ArgumentException error)
        {
            throw new InvalidOperationException($"Pii:EncryptionKeys: {error.Message}", error);
        }
    }

    private static byte[] Key(IConfiguration configuration, string name)
    {
        string? text = configuration[name];
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InvalidOperationException($"{name} is not configured. Set it to at least 16 random bytes in base64 (appsettings.json, user secrets or the environment variable {name.Replace(":", "__", StringComparison.Ordinal)}).");
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException($"{name} is not valid base64.");
        }

        return key.Length >= 16 ? key : throw new InvalidOperationException($"{name} has {key.Length} bytes; at least 16 are needed.");
    }
}
