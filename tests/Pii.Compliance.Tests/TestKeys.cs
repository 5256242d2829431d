using System.Buffers.Text;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Pii.Compliance.Tests;

internal static class TestKeys
{
    public static readonly byte[] K1 = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    public static readonly byte[] K2 = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();

    /// <summary>The expected hash, computed here with the platform's HMAC, not with Pii's code.</summary>
    public static string Expected(string keyId, byte[] key, string value) =>
        $"hmac:{keyId}:{Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(value)))}";
}
