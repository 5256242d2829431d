using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace Pii.Compliance.Tests;

/// <summary>A real logging pipeline: DI, LoggerFactory, the telemetry logger with redaction, the generated [LoggerMessage] code.</summary>
public class LoggingPipelineTests
{
    public enum Setup
    {
        /// <summary><c>logging.EnablePiiRedaction(...)</c>: the one call.</summary>
        Pii,

        /// <summary><c>services.AddPiiRedaction(...)</c> and the plain <c>logging.EnableRedaction()</c>, with its discriminator.</summary>
        PlainEnableRedaction,

        /// <summary><c>services.AddPiiRedaction(...)</c> without <c>EnableRedaction()</c>.</summary>
        NoEnableRedaction,
    }

    private static void Keys(PiiRedactionOptions o) =>
        o.AddHashKey("k1", TestKeys.K1).AddHashKey("k2", TestKeys.K2).CurrentHashKeyId = "k2";

    private static (ILogger Logger, FakeLogCollector Collector, ServiceProvider Provider) Pipeline(Setup setup = Setup.Pii)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging =>
        {
            logging.AddFakeLogging();
            switch (setup)
            {
                case Setup.Pii:
                    logging.EnablePiiRedaction(Keys);
                    break;
                case Setup.PlainEnableRedaction:
                    logging.Services.AddPiiRedaction(Keys);
                    logging.EnableRedaction();
                    break;
                default:
                    logging.Services.AddPiiRedaction(Keys);
                    break;
            }
        });
        ServiceProvider provider = services.BuildServiceProvider();
        ILogger logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger("Pii.Compliance.Tests.Shop");
        return (logger, provider.GetFakeLogCollector(), provider);
    }

    private static void LogEverything(ILogger logger)
    {
        Customer customer = Canaries.Customer();
        Log.SignedIn(logger, customer.Email, customer.LastIp);
        Log.Ticket(logger, customer.Name, customer.Phone, customer.ExternalId, customer.Allergy);
        Log.Connected(logger, IPAddress.Parse(customer.LastIp));
        Log.Updated(logger, customer);
    }

    /// <summary>Every text a record carries: message, structured state (keys and values), state, scopes, exception.</summary>
    private static string Everything(IEnumerable<FakeLogRecord> records) =>
        string.Join("\n", records.Select(r => string.Join(
            " | ",
            new[] { r.Message, r.State?.ToString(), r.Exception?.ToString(), r.ToString() }
                .Concat(r.StructuredState?.Select(kv => $"{kv.Key}={kv.Value}") ?? [])
                .Concat(r.Scopes.Select(s => s?.ToString()))
                .Where(s => s is not null))));

    [Theory]
    [InlineData(Setup.Pii)]
    [InlineData(Setup.PlainEnableRedaction)]
    [InlineData(Setup.NoEnableRedaction)]
    public void No_canary_reaches_the_captured_records(Setup setup)
    {
        (ILogger logger, FakeLogCollector collector, ServiceProvider provider) = Pipeline(setup);
        using (provider)
        {
            LogEverything(logger);
        }

        IReadOnlyList<FakeLogRecord> records = collector.GetSnapshot();
        Assert.Equal(4, records.Count);
        string text = Everything(records);
        Assert.All(Canaries.All, canary => Assert.DoesNotContain(canary, text, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Tagged_members_without_a_classification_leak_through_log_properties()
    {
        // The control: the canary check can fail. The logging generator reads data-classification attributes
        // only, so a member tagged [PersonalData] alone is logged as it is; PiiClassificationCheck finds it.
        (ILogger logger, FakeLogCollector collector, ServiceProvider provider) = Pipeline();
        using (provider)
        {
            Log.LeadUpdated(logger, new Lead { Id = 7, Email = Canaries.Email, Name = Canaries.Name, Diagnosis = Canaries.Allergy, Phone = Canaries.Phone });
        }

        FakeLogRecord record = Assert.Single(collector.GetSnapshot());
        Assert.Contains(Canaries.Email, Everything([record]));
        Assert.Equal(Canaries.Email, record.GetStructuredStateValue("lead.Email"));
        Assert.Equal("****3a", record.GetStructuredStateValue("lead.Name"));
        Assert.Equal("[redacted]", record.GetStructuredStateValue("lead.Diagnosis"));
        Assert.Equal("[redacted]", record.GetStructuredStateValue("lead.Phone"));
    }

    [Fact]
    public void With_the_plain_EnableRedaction_the_discriminator_spoils_the_forms_but_fails_closed()
    {
        (ILogger logger, FakeLogCollector collector, ServiceProvider provider) = Pipeline(Setup.PlainEnableRedaction);
        using (provider)
        {
            Customer c = Canaries.Customer();
            Log.SignedIn(logger, c.Email, c.LastIp);
            Log.Ticket(logger, c.Name, c.Phone, c.ExternalId, c.Allergy);
        }

        IReadOnlyList<FakeLogRecord> records = collector.GetSnapshot();
        Assert.Equal("Signed in c***@example.com:Email from ****", records[0].Message);
        Assert.Equal(
            $"Ticket from [redacted] (****ne, ref {TestKeys.Expected("k2", TestKeys.K2, Canaries.ExternalId + ":ExternalId")}) mentions [redacted]",
            records[1].Message);
    }

    [Fact]
    public void Without_EnableRedaction_classified_values_are_left_out()
    {
        // Observed with Microsoft.Extensions.Telemetry 10.11: without the redacting logger, the generated code
        // fills the message holes of classified parameters with nothing, and the provider gets no classified tag.
        (ILogger logger, FakeLogCollector collector, ServiceProvider provider) = Pipeline(Setup.NoEnableRedaction);
        using (provider)
        {
            Log.SignedIn(logger, Canaries.Email, Canaries.Ip);
        }

        FakeLogRecord record = Assert.Single(collector.GetSnapshot());
        Assert.Equal("Signed in (null) from (null)", record.Message);
        Assert.Null(record.GetStructuredStateValue("Email"));
    }

    [Fact]
    public void Classified_parameters_show_the_redacted_forms_in_message_and_state()
    {
        (ILogger logger, FakeLogCollector collector, ServiceProvider provider) = Pipeline();
        using (provider)
        {
            Customer c = Canaries.Customer();
            Log.SignedIn(logger, c.Email, c.LastIp);
            Log.Ticket(logger, c.Name, c.Phone, c.ExternalId, c.Allergy);
            Log.Connected(logger, IPAddress.Parse(c.LastIp));
        }

        IReadOnlyList<FakeLogRecord> records = collector.GetSnapshot();
        string hash = TestKeys.Expected("k2", TestKeys.K2, Canaries.ExternalId);

        Assert.Equal("Signed in c***@example.com from 203.0.113.0", records[0].Message);
        Assert.Equal("c***@example.com", records[0].GetStructuredStateValue("Email"));
        Assert.Equal("203.0.113.0", records[0].GetStructuredStateValue("Ip"));

        Assert.Equal($"Ticket from [redacted] (****99, ref {hash}) mentions [redacted]", records[1].Message);
        Assert.Equal("[redacted]", records[1].GetStructuredStateValue("Name"));
        Assert.Equal("****99", records[1].GetStructuredStateValue("Phone"));
        Assert.Equal(hash, records[1].GetStructuredStateValue("ExternalId"));
        Assert.Equal("[redacted]", records[1].GetStructuredStateValue("Allergy"));

        Assert.Equal("Connection from 203.0.113.0", records[2].Message);
    }

    [Fact]
    public void Log_properties_of_a_tagged_entity_are_redacted_member_by_member()
    {
        (ILogger logger, FakeLogCollector collector, ServiceProvider provider) = Pipeline();
        using (provider)
        {
            Log.Updated(logger, Canaries.Customer());
        }

        FakeLogRecord record = Assert.Single(collector.GetSnapshot());
        Assert.Equal("42", record.GetStructuredStateValue("customer.Id"));
        Assert.Equal("pro", record.GetStructuredStateValue("customer.Plan"));
        Assert.Equal("c***@example.com", record.GetStructuredStateValue("customer.Email"));
        Assert.Equal("[redacted]", record.GetStructuredStateValue("customer.Name"));
        Assert.Equal("****99", record.GetStructuredStateValue("customer.Phone"));
        Assert.Equal("203.0.113.0", record.GetStructuredStateValue("customer.LastIp"));
        Assert.Equal(TestKeys.Expected("k2", TestKeys.K2, Canaries.ExternalId), record.GetStructuredStateValue("customer.ExternalId"));
        Assert.Equal("[redacted]", record.GetStructuredStateValue("customer.Allergy"));
    }

    [Fact]
    public void The_pipeline_and_the_generated_redacted_view_show_the_same_forms()
    {
        (ILogger logger, FakeLogCollector collector, ServiceProvider provider) = Pipeline();
        Customer customer = Canaries.Customer();
        using (provider)
        {
            Log.Updated(logger, customer);
        }

        FakeLogRecord record = Assert.Single(collector.GetSnapshot());
        string view = customer.ToRedactedString(new Pii.Redaction.RedactionOptions { HashKey = TestKeys.K2, HashKeyId = "k2" });
        foreach (string member in new[] { "Email", "Name", "Phone", "LastIp", "ExternalId", "Allergy" })
        {
            Assert.Contains($"{member} = {record.GetStructuredStateValue("customer." + member)}", view);
        }
    }
}
