using System;
using Microsoft.Extensions.Configuration;

namespace Mailing;

/// <summary>
/// The secret keys Pii needs: the suppression list's and the erasure receipts' HMAC key, and the key of the keyed
/// hashes in logs. They come from configuration (appsettings.json holds demo keys; use user secrets or the
/// environment in production). There is no built-in default: a missing key stops the application at startup.
/// </summary>
public sealed class PrivacyKeys
{
    private PrivacyKeys(byte[] hashKey, string logHashKeyId, byte[] logHashKey)
    {
        HashKey = hashKey;
        LogHashKeyId = logHashKeyId;
        LogHashKey = logHashKey;
    }

    /// <summary><c>Pii:HashKey</c>: suppression list and erasure receipts. Changing it makes the suppression list unmatchable.</summary>
    public byte[] HashKey { get; }

    /// <summary><c>Pii:LogHashKeyId</c>: the id written next to keyed hashes in logs, so keys can rotate.</summary>
    public string LogHashKeyId { get; }

    /// <summary><c>Pii:LogHashKey</c>: the key of keyed hashes in logs.</summary>
    public byte[] LogHashKey { get; }

    public static PrivacyKeys From(IConfiguration configuration) =>
        new(Key(configuration, "Pii:HashKey"), configuration["Pii:LogHashKeyId"] is { Length: > 0 } id ? id : "1", Key(configuration, "Pii:LogHashKey"));

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
