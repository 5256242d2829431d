using System;
using System.IO;
using System.Text.Json.Serialization;
using Mailing.Data;
using Mailing.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pii.Compliance;
using Pii.Encryption;
using Pii.Store;

namespace Mailing;

/// <summary>Builds the e-mail marketing platform: the database, Pii's keys, redacted logging and the endpoints.</summary>
public static class MailingApp
{
    /// <summary>Creates the application; <paramref name="configure"/> may change the builder (tests set the URL, the database and a log sink).</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        PrivacyKeys keys = PrivacyKeys.From(builder.Configuration);
        builder.Services.AddSingleton(keys);
        builder.Services.AddSingleton<Pii.Encryption.IPersonalDataKeyRing>(keys.KeyRing);
        builder.Services.AddSingleton(new PersonalDataStoreOptions { HashKey = keys.HashKey });

        string connection = builder.Configuration.GetConnectionString("Mailing")
            ?? $"Data Source={Path.Combine(builder.Environment.ContentRootPath, "App_Data", "mailing.db")}";

        // The applicants' own keys (crypto-shredding) in a file of their own beside the data file, attached to every
        // connection; one interceptor for the application encrypts and decrypts with them.
        string dataFile = new SqliteConnectionStringBuilder(connection).DataSource;
        string keysFile = builder.Configuration["Mailing:SubjectKeysFile"] ?? Path.ChangeExtension(Path.GetFullPath(dataFile), ".keys.db");
        var subjectKeys = new SubjectKeyTable(keys.KeyRing, new SubjectKeyTableOptions { Table = SubjectKeysFile.Schema + ".pii_subject_keys" });
        var shredding = new MailingDbPersonalData.CryptoShreddingInterceptor(subjectKeys);
        builder.Services.AddSingleton(subjectKeys);
        builder.Services.AddDbContext<MailingDb>(options => options
            .UseSqlite(connection)
            .AddInterceptors(new SecureDelete(), new SubjectKeysFile(keysFile), shredding)
            // The crypto-shredding interceptor sees rows materialize, which makes it part of EF Core's internal service
            // provider: one per application. The acceptance tests start many applications in one process, more than
            // EF Core's warning allows.
            .ConfigureWarnings(warnings => warnings.Ignore(CoreEventId.ManyServiceProvidersCreatedWarning)));

        // Every log record passes through Pii's redactors: classified parameters are masked, truncated or hashed.
        builder.Logging.EnablePiiRedaction(options => options.AddHashKey(keys.LogHashKeyId, keys.LogHashKey));

        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Pii Mailing";
            document.Info.Description = "An e-mail marketing platform whose personal data is tagged with Pii: the data subjects' rights and the record of processing.";
            return System.Threading.Tasks.Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));

        // A request the endpoints cannot read (malformed JSON, a missing body, a value of the wrong type) is answered
        // with a problem that says which parameter could not be read, as the endpoints' own 400s are; an unexpected
        // failure with a problem that shows nothing of it.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = error => error is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            if (context.Exception is BadHttpRequestException bad)
            {
                context.ProblemDetails.Detail = bad.Message;
            }
        });

        // Behind a proxy the visitor's address comes in X-Forwarded-For (trusted from loopback only, the default).
        builder.Services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders = ForwardedHeaders.XForwardedFor);

        WebApplication app = builder.Build();
        app.UseExceptionHandler();

        // A request that reaches no endpoint (an unknown path or id, a method the path does not take) is answered with a
        // problem too: 404 or 405, as application/problem+json like every other error.
        app.UseStatusCodePages();
        app.UseForwardedHeaders();
        app.MapOpenApi();
        app.MapGet("/", () => Results.Content(HomePage.Html, "text/html; charset=utf-8")).ExcludeFromDescription();
        app.MapPrivacyEndpoints();
        app.MapPlatformEndpoints();
        return app;
    }

    /// <summary>Creates the SQLite database when it does not exist and, unless <c>Mailing:DemoData</c> is false, fills an empty one with demo data.</summary>
    public static async System.Threading.Tasks.Task PrepareDatabaseAsync(WebApplication app)
    {
        using IServiceScope scope = app.Services.CreateScope();
        MailingDb db = scope.ServiceProvider.GetRequiredService<MailingDb>();
        string? file = db.Database.GetDbConnection().DataSource;
        if (!string.IsNullOrEmpty(file) && Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await db.Database.EnsureCreatedAsync();
        await RequireCurrentSchemaAsync(db, file);
        await db.Database.OpenConnectionAsync();
        await scope.ServiceProvider.GetRequiredService<SubjectKeyTable>().EnsureCreatedAsync(db.Database.GetDbConnection());
        await db.Database.CloseConnectionAsync();
        bool demo = app.Configuration.GetValue("Mailing:DemoData", defaultValue: true);
        if (demo && !await db.Accounts.AnyAsync())
        {
            await DemoData.AddAsync(db, DateTime.UtcNow);
        }

        Log.DatabaseReady(app.Logger, await db.Accounts.CountAsync(), await db.Contacts.CountAsync(), demo);
    }

    /// <summary>
    /// EnsureCreated leaves a database that already exists as it is: one an earlier version of the sample created lacks
    /// the tables and indexes added since (no migrations here). Rather than fail later on one endpoint, or run without a
    /// unique index, startup stops and says what to do.
    /// </summary>
    private static async System.Threading.Tasks.Task RequireCurrentSchemaAsync(MailingDb db, string? file)
    {
        var present = new System.Collections.Generic.HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await foreach (string name in db.Database.SqlQueryRaw<string>("SELECT name AS Value FROM sqlite_master WHERE type IN ('table', 'index')").AsAsyncEnumerable())
        {
            present.Add(name);
        }

        var missing = new System.Collections.Generic.List<string>();
        foreach (Microsoft.EntityFrameworkCore.Metadata.IEntityType entity in db.Model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && !present.Contains(table))
            {
                missing.Add("table " + table);   // and its indexes
                continue;
            }

            foreach (Microsoft.EntityFrameworkCore.Metadata.IIndex index in entity.GetIndexes())
            {
                if (index.GetDatabaseName() is { } name && !present.Contains(name))
                {
                    missing.Add("index " + name);
                }
            }
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The database {file} was created by an earlier version of the sample and lacks {string.Join(", ", missing)}. Delete its folder to start over: the demo data is added again.");
        }
    }
}
