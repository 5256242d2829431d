using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using Mailing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Pii.Mailing.Tests.Infrastructure;

/// <summary>
/// The sample application, started as <c>dotnet run</c> starts it (the same <see cref="MailingApp"/>), on a free
/// loopback port, with its own SQLite file, its own keys and a log provider that captures everything at Trace level.
/// </summary>
internal sealed class RunningApp : IAsyncDisposable
{
    public const string HashKey = "7Q5SdOtyrJYnd8IjXCTK1nPd53+yExR/5psWJe3kgsk=";
    public const string EncryptionKey = "6pICBHy2XxnMFdv4Q7UgEYbe4MBAQ2yuhuIJEvzIXWk=";
    public const string LogHashKey = "FlocQ6vDjyKxsvPFWrtQM31oontWB7PIomHI4PdcZ6A=";

    private readonly WebApplication _app;
    private readonly string _folder;

    private RunningApp(WebApplication app, string folder, CapturedLogs logs, HttpClient http)
    {
        _app = app;
        _folder = folder;
        Logs = logs;
        Http = http;
    }

    public HttpClient Http { get; }

    public CapturedLogs Logs { get; }

    public string DatabaseFile => Path.Combine(_folder, "mailing.db");

    /// <summary>The applicants' own keys (crypto-shredding), in a file of their own beside the data.</summary>
    public string SubjectKeysFile => Path.Combine(_folder, "mailing.keys.db");

    public string Folder => _folder;

    public static async Task<RunningApp> StartAsync(bool demoData = false, IDictionary<string, string?>? settings = null)
    {
        string folder = Path.Combine(Path.GetTempPath(), "pii-mailing-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var logs = new CapturedLogs();
        var configuration = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:Mailing"] = $"Data Source={Path.Combine(folder, "mailing.db")}",
            ["Mailing:DemoData"] = demoData ? "true" : "false",
            ["Pii:HashKey"] = HashKey,
            ["Pii:LogHashKeyId"] = "test",
            ["Pii:LogHashKey"] = LogHashKey,
            ["Pii:CurrentEncryptionKey"] = "test-1",
            ["Pii:EncryptionKeys:test-1"] = EncryptionKey,
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
        };
        foreach ((string key, string? value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        WebApplication? app = null;
        try
        {
            app = MailingApp.Create([], builder =>
            {
                builder.Configuration.AddInMemoryCollection(configuration);
                builder.WebHost.UseUrls("http://127.0.0.1:0");
                builder.Logging.ClearProviders();
                builder.Logging.AddProvider(logs);
            });
            await MailingApp.PrepareDatabaseAsync(app);
            await app.StartAsync();
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            throw;
        }

        var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
        return new RunningApp(app, folder, logs, http);
    }

    public async Task<int> SignUpAsync(object customer) => await CreatedIdAsync(await Http.PostAsJsonAsync("/customers", customer));

    public async Task<int> CreateListAsync(int customer, string title = "Subscribers") =>
        await CreatedIdAsync(await Http.PostAsJsonAsync($"/customers/{customer}/lists", new { title }));

    public async Task<int> CreateCampaignAsync(int customer) =>
        await CreatedIdAsync(await Http.PostAsJsonAsync($"/customers/{customer}/campaigns", new { subject = "Spring", body = "<p>Hello</p>" }));

    /// <summary>Imports contacts and returns the import result (statuses and ids).</summary>
    public async Task<JsonNode> ImportAsync(int list, params object[] contacts)
    {
        HttpResponseMessage response = await Http.PostAsJsonAsync($"/lists/{list}/contacts", new { contacts });
        return await JsonAsync(response);
    }

    /// <summary>Imports one contact with consent to the newsletter and returns its id.</summary>
    public async Task<int> AddContactAsync(int list, string email, string? firstName = null, string? lastName = null, string? customFields = null)
    {
        JsonNode result = await ImportAsync(list, new { email, firstName, lastName, customFields, consentTo = new[] { "Newsletter" } });
        Assert.Equal("imported", (string?)result["contacts"]![0]!["status"]);
        return (int)result["contacts"]![0]!["id"]!;
    }

    public async Task<JsonNode> ExportAsync(string kind, int id, string scope = "access")
    {
        HttpResponseMessage response = await Http.GetAsync($"/privacy/{kind}/{id}/export?scope={scope}");
        return await JsonAsync(response);
    }

    public async Task<JsonNode> PostJsonAsync(string path, object? body = null) =>
        await JsonAsync(await Http.PostAsJsonAsync(path, body ?? new { }));

    public async Task<JsonNode> DeleteJsonAsync(string path) => await JsonAsync(await Http.DeleteAsync(path));

    public async Task<JsonNode> GetJsonAsync(string path) => await JsonAsync(await Http.GetAsync(path));

    /// <summary>The bytes of the database file, read as it lies on disk (what a backup or a stolen disk would hold).</summary>
    public byte[] DatabaseBytes()
    {
        SqliteConnection.ClearAllPools();
        return File.ReadAllBytes(DatabaseFile);
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response)
    {
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} {response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: {text}");
        return JsonNode.Parse(text) ?? throw new JsonException("empty response");
    }

    private static async Task<int> CreatedIdAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (int)(await JsonAsync(response))["id"]!;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on some platform: the temporary folder is left for the OS to clean.
        }
    }
}
