using System.Linq;
using System.Net.Http;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace Pii.Mailing.Tests.Infrastructure;

/// <summary>Steps and readings the seed scenarios share: a tracked open, and the parts of an erasure receipt.</summary>
internal static class Receipts
{
    public static async Task TrackOpenAsync(this RunningApp app, int campaign, int contact)
    {
        using var open = new HttpRequestMessage(HttpMethod.Get, $"/t/{campaign}/{contact}/open");
        open.Headers.Add("X-Forwarded-For", Canaries.ReaderIp);
        open.Headers.TryAddWithoutValidation("User-Agent", Canaries.ReaderAgent);
        HttpResponseMessage response = await app.Http.SendAsync(open);
        Assert.Equal("image/gif", response.Content.Headers.ContentType?.MediaType);
    }

    public static JsonNode Entity(JsonNode receipt, string entity) =>
        receipt["entities"]!.AsArray().Single(e => (string?)e!["entity"] == entity)!;

    public static string? Outcome(JsonNode members, string member) =>
        (string?)members.AsArray().Single(m => (string?)m!["member"] == member)!["outcome"];
}
