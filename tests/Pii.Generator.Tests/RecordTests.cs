using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using Json.Schema;
using Microsoft.CodeAnalysis;
using Pii.Generator.Tests.Infrastructure;

namespace Pii.Generator.Tests;

/// <summary>The record of processing: its content, its determinism, its schema, PII010 for what it lacks and PII007 for what changed.</summary>
public class RecordTests
{
    private static readonly string Customer = GeneratorRun.Input("Customer.cs");

    // Loaded once: the library keeps a process-wide registry of schemas by $id and refuses to load one twice.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "docs", "processing-record.schema.json")));

    private static string Json(string source) => RecordRun.Constant(Generate([source]), "Json");

    /// <summary>The record as the baseline holds it: what the record tool writes on acceptance, with the same function.</summary>
    private static string Approved(string source) => Pii.Records.RecordText.WithoutSources(Json(source));

    private static string Generate(IEnumerable<string> sources, IReadOnlyDictionary<string, string>? properties = null) =>
        RecordRun.Run(sources, properties: properties).Source ?? throw new InvalidOperationException("no record was generated");

    private static int LineOf(string source, string text) => source.Substring(0, source.IndexOf(text, StringComparison.Ordinal)).Count(c => c == '\n') + 1;

    [Fact]
    public void Every_tagged_member_is_in_the_data_map_with_its_purposes_subject_strategy_and_source_line()
    {
        using JsonDocument record = JsonDocument.Parse(Json(Customer));
        JsonElement root = record.RootElement;

        JsonElement email = root.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("member").GetString() == "Shop.Customer.Email");
        Assert.Equal("customer", email.GetProperty("subject").GetString());
        Assert.Equal("EmailAddress", email.GetProperty("category").GetString());
        Assert.Equal(["Login", "Marketing"], email.GetProperty("purposes").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Equal(["P30D", "P2Y"], email.GetProperty("purposes").EnumerateArray().Select(p => p.GetProperty("retention").GetString()));
        Assert.Equal("EmailMask", email.GetProperty("redaction").GetString());
        Assert.Equal("Test0.cs", email.GetProperty("source").GetProperty("file").GetString());
        Assert.Equal(LineOf(Customer, "public string Email"), email.GetProperty("source").GetProperty("line").GetInt32());

        // The owned Address has no key: it belongs to the subject of the entity that holds it.
        JsonElement city = root.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("member").GetString() == "Shop.Address.City");
        Assert.Equal("customer", city.GetProperty("subject").GetString());

        // Not tagged, not in the map.
        Assert.DoesNotContain(root.GetProperty("fields").EnumerateArray(), f => f.GetProperty("name").GetString() is "Plan" or "Id");

        JsonElement marketing = root.GetProperty("purposes").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Marketing");
        Assert.Equal("Consent", marketing.GetProperty("legalBasis").GetString());
        Assert.Equal("Art. 6(1)(a)", marketing.GetProperty("article").GetString());
        Assert.Equal("The monthly newsletter", marketing.GetProperty("description").GetString());
        Assert.Equal(["Mailjet"], marketing.GetProperty("recipients").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["EmailAddress", "Gender", "Preferences"], marketing.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));

        JsonElement transfer = Assert.Single(root.GetProperty("transfers").EnumerateArray());
        Assert.Equal("Art. 46(2)(c)", transfer.GetProperty("article").GetString());
        Assert.Equal("Shop BV", root.GetProperty("controller").GetProperty("name").GetString());
        Assert.Equal(["Access to personal data is logged", "Personal data is encrypted at rest"], root.GetProperty("securityMeasures").EnumerateArray().Select(m => m.GetString()));
    }

    [Fact]
    public void Encrypted_and_crypto_shredded_members_are_stated_as_security_measures_beside_the_declared_ones()
    {
        const string source = """
            using Pii;
            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P1Y", Description = "The customer's account")]
            [assembly: SecurityMeasure("Access to personal data is logged")]
            namespace Clinic
            {
                [DataSubject(Kind = "patient")]
                public class Patient
                {
                    public int Id { get; set; }

                    [PersonalData("Account", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
                    public string? Name { get; set; }

                    [PersonalData("Account", Category = DataCategory.PhoneNumber, Protection = Protection.Encrypted)]
                    public string? Phone { get; set; }

                    [PersonalData("Account", Category = DataCategory.EmailAddress, Protection = Protection.Encrypted)]
                    public string? Email { get; set; }

                    [PersonalData("Account", Category = DataCategory.Other)]
                    public string? Plain { get; set; }
                }
            }
            """;
        using JsonDocument record = JsonDocument.Parse(Json(source));

        Assert.Equal(
            [
                "Access to personal data is logged",
                "Crypto-shredding (encrypted under a key of each data subject's own, destroyed on erasure, so that copies in backups can no longer be read) of Patient.Name",
                "Encryption at rest (AES-256-GCM, keys kept outside the database) of Patient.Email, Patient.Phone",
            ],
            record.RootElement.GetProperty("securityMeasures").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal("CryptoShred", record.RootElement.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Name").GetProperty("erasure").GetString());
        Assert.True(Schema.Value.Evaluate(record.RootElement).IsValid, "the record with a crypto-shredded member is not valid against docs/processing-record.schema.json");
    }

    [Fact]
    public void A_crypto_shredded_member_that_a_context_encrypts_under_the_key_ring_is_stated_as_encrypted_only()
    {
        string stub = GeneratorRun.Input("Store.cs");
        const string source = """
            using Pii;
            [assembly: ProcessingPurpose("Care", LegalBasis.Contract, Retention = "P1Y", Description = "Treating the patient")]
            namespace Clinic
            {
                using Microsoft.EntityFrameworkCore;

                [DataSubject(Kind = "patient")]
                public class Patient
                {
                    public int Id { get; set; }

                    [PersonalData("Care", Category = DataCategory.Name, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
                    public string? Name { get; set; }

                    public Address? Home { get; set; }
                }

                // Held, not an entity: encrypted under the key ring (PII006).
                public class Address
                {
                    [PersonalData("Care", Category = DataCategory.PostalAddress, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
                    public string? Street { get; set; }
                }

                // One link from the subject: shredded.
                public class Visit
                {
                    public int Id { get; set; }

                    public int PatientId { get; set; }

                    [PersonalData("Care", Category = DataCategory.Other, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
                    public string? Note { get; set; }
                }

                // Two links away: encrypted under the key ring (PII006).
                public class Prescription
                {
                    public int Id { get; set; }

                    public int VisitId { get; set; }

                    [PersonalData("Care", Category = DataCategory.Other, Protection = Protection.Encrypted, Erasure = ErasureStrategy.CryptoShred)]
                    public string? Drug { get; set; }
                }

                public class ClinicContext : DbContext
                {
                    public DbSet<Patient> Patients { get; set; } = null!;

                    public DbSet<Visit> Visits { get; set; } = null!;

                    public DbSet<Prescription> Prescriptions { get; set; } = null!;
                }
            }
            """;
        using JsonDocument record = JsonDocument.Parse(RecordRun.Constant(Generate([stub[..stub.IndexOf("namespace Mail", StringComparison.Ordinal)], source]), "Json"));

        Assert.Equal(
            [
                "Crypto-shredding (encrypted under a key of each data subject's own, destroyed on erasure, so that copies in backups can no longer be read) of Patient.Name, Visit.Note",
                "Encryption at rest (AES-256-GCM, keys kept outside the database) of Address.Street, Prescription.Drug",
            ],
            record.RootElement.GetProperty("securityMeasures").EnumerateArray().Select(m => m.GetString()).Where(m => m!.StartsWith("Crypto", StringComparison.Ordinal) || m.StartsWith("Encryption", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_same_code_gives_the_same_bytes_and_the_checkout_path_does_not_matter()
    {
        Assert.Equal(Json(Customer), Json(Customer));

        string here = RecordRun.Constant(Generate([Customer], new Dictionary<string, string> { ["ProjectDir"] = "/0/" }), "Json");
        string elsewhere = RecordRun.Constant(Generate([Customer], new Dictionary<string, string> { ["ProjectDir"] = "/home/ci/checkout/" }), "Json");
        Assert.Contains("\"file\": \"Test0.cs\"", here);
        Assert.Equal(here, elsewhere);

        // The approved form leaves the volatile source lines out: moving a member is no change to review.
        string moved = Customer.Replace("public int Id { get; set; }", "public int Id { get; set; }\n\n\n");
        Assert.NotEqual(Json(Customer), Json(moved));
        Assert.Equal(Approved(Customer), Approved(moved));
        Assert.DoesNotContain("\"file\"", Approved(Customer));
        Assert.Equal(Json(Customer).Split("\"source\": {").Length - 1, Approved(Customer).Split("\"source\": null").Length - 1);
    }

    [Theory]
    [InlineData("Customer.cs")]
    [InlineData("Shapes.cs")]
    [InlineData("Store.cs")]
    public void Generated_records_are_valid_against_the_documented_schema(string input)
    {
        JsonSchema schema = Schema.Value;
        string source = Generate([GeneratorRun.Input(input)]);

        foreach (string json in new[] { RecordRun.Constant(source, "Json"), Pii.Records.RecordText.WithoutSources(RecordRun.Constant(source, "Json")) })
        {
            using JsonDocument document = JsonDocument.Parse(json);
            EvaluationResults result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
        }
    }

    [Fact]
    public void The_schema_rejects_what_the_record_must_not_hold()
    {
        JsonSchema schema = Schema.Value;
        string json = Json(Customer);

        foreach (string broken in new[]
        {
            json.Replace("\"category\": \"EmailAddress\"", "\"category\": \"Emial\""),
            json.Replace("\"retention\": \"P2Y\"", "\"retention\": \"2 years\""),
            json.Replace("\"country\": \"US\"", "\"country\": \"USA\""),
            json.Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2"),
        })
        {
            Assert.NotEqual(json, broken);
            using JsonDocument document = JsonDocument.Parse(broken);
            Assert.False(schema.Evaluate(document.RootElement).IsValid);
        }
    }

    [Fact]
    public void A_complete_record_reports_nothing_and_each_empty_required_part_is_one_PII010()
    {
        Assert.Empty(RecordRun.Run([Customer]).Diagnostics);

        const string Incomplete = """
            using Pii;

            [assembly: ProcessingPurpose("Support", LegalBasis.Contract, Retention = "P1Y")]
            [assembly: DataRecipient("Zendesk", RecipientRole.Unspecified, Purposes = new[] { "Support", "Sales" }, Country = "Ireland")]
            [assembly: ThirdCountryTransfer("Freshdesk", "IN", TransferSafeguard.Unspecified)]

            namespace Help
            {
                [DataSubject]
                public class Caller
                {
                    public int Id { get; set; }

                    [PersonalData("Support", Category = DataCategory.PhoneNumber)]
                    public string? Phone { get; set; }
                }
            }
            """;
        (_, var diagnostics) = RecordRun.Run([Incomplete]);

        Assert.All(diagnostics, d => Assert.Equal("PII010", d.Id));
        Assert.Equal(
            [
                "no controller is declared (Art. 30(1)(a)): add [assembly: DataController(\"name\", Contact = \"...\")]",
                "no security measure is described (Art. 30(1)(g)): add [assembly: SecurityMeasure(\"...\")] for each technical and organisational measure",
                "purpose 'Support' has no description (Art. 30(1)(b)): set Description on its [ProcessingPurpose] or on a tag",
                "recipient 'Zendesk' has no role (Art. 30(1)(d)): say whether it is a processor, a sub-processor, a joint controller, a third party or a public authority",
                "recipient 'Zendesk' receives data for purpose 'Sales', which no tag and no [ProcessingPurpose] declares",
                "recipient 'Zendesk': 'Ireland' is not an ISO 3166-1 alpha-2 country code (two capital letters, such as \"NL\")",
                "the transfer to 'Freshdesk' in 'IN' names no safeguard (Art. 30(1)(e), Chapter V)",
                "the transfer names recipient 'Freshdesk', which no [DataRecipient] declares",
            ],
            RecordRun.Messages(diagnostics, "PII010").Select(m => m.Substring("The record of processing is incomplete: ".Length)));

        // Declarations point at their attribute; what is missing altogether has no place to point at.
        Diagnostic description = diagnostics.Single(d => d.GetMessage().Contains("has no description"));
        Assert.Equal(LineOf(Incomplete, "[assembly: ProcessingPurpose"), description.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Equal(Location.None, diagnostics.First().Location);
    }

    /// <summary>
    /// A purpose that only short-form tags name, with no [ProcessingPurpose], has no declaration to put a description
    /// on: the message says that it is undeclared and how to declare it (before, it said "set Description on its
    /// [ProcessingPurpose]", which does not exist), and points at no declaration.
    /// </summary>
    [Fact]
    public void An_undeclared_purpose_without_a_description_is_reported_as_undeclared()
    {
        const string Undeclared = """
            using Pii;

            [assembly: DataController("Help BV", Contact = "privacy@help.example")]
            [assembly: SecurityMeasure("Access is logged")]

            namespace Help
            {
                [DataSubject]
                public class Caller
                {
                    public int Id { get; set; }

                    [PersonalData("Support", Category = DataCategory.PhoneNumber)]
                    public string? Phone { get; set; }
                }
            }
            """;
        (_, var diagnostics) = RecordRun.Run([Undeclared]);

        Diagnostic undeclared = Assert.Single(diagnostics, d => d.Id == "PII010");
        Assert.Equal(
            "The record of processing is incomplete: purpose 'Support' has no description (Art. 30(1)(b)) and no [ProcessingPurpose] declares it: set Description on a tag, or declare it with [assembly: ProcessingPurpose(\"Support\", ..., Description = \"...\")]",
            undeclared.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, undeclared.Location);
    }

    [Fact]
    public void An_assembly_that_tags_and_declares_nothing_gets_no_record()
    {
        (string? source, var diagnostics) = RecordRun.Run(["namespace Plain { public class Order { public int Id { get; set; } } }"]);

        Assert.Null(source);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("/0/PersonalData.approved.json")]
    [InlineData("/0/privacy/record.marked.json")]
    public void An_unchanged_record_passes_the_gate_whatever_the_line_ends(string baselinePath)
    {
        string approved = Approved(Customer);

        Assert.Empty(RecordRun.Run([Customer], approved, baselinePath: baselinePath).Diagnostics);
        Assert.Empty(RecordRun.Run([Customer], approved.Replace("\n", "\r\n"), baselinePath: baselinePath).Diagnostics);
        Assert.Empty(RecordRun.Run([Customer], "\uFEFF" + approved.TrimEnd(), baselinePath: baselinePath).Diagnostics);

        // Entries in another order are the same record: reformatting the file is no change to review.
        var root = System.Text.Json.Nodes.JsonNode.Parse(approved)!.AsObject();
        var reversed = new System.Text.Json.Nodes.JsonArray(root["fields"]!.AsArray().Reverse().Select(f => f!.DeepClone()).ToArray());
        root["fields"] = reversed;
        string reordered = root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
        Assert.NotEqual(approved.TrimEnd(), reordered);
        Assert.Empty(RecordRun.Run([Customer], reordered, baselinePath: baselinePath).Diagnostics);
    }

    [Fact]
    public void A_file_that_is_neither_named_nor_marked_as_the_baseline_is_ignored()
    {
        Assert.Empty(RecordRun.Run([Customer], "{}", baselinePath: "/0/appsettings.json").Diagnostics);
    }

    [Fact]
    public void A_new_member_a_longer_retention_and_a_new_recipient_are_one_PII007_each_saying_what_changed()
    {
        string approved = Approved(Customer);
        string changed = Customer
            .Replace("Retention = \"P2Y\", Description = \"The monthly newsletter\"", "Retention = \"P3Y\", Description = \"The monthly newsletter\"")
            .Replace("        public int Id { get; set; }\n", "        public int Id { get; set; }\n\n        [PersonalData(\"Marketing\", Category = DataCategory.PhoneNumber)]\n        public string? Mobile { get; set; }\n")
            .Replace("[assembly: SecurityMeasure(\"Access", "[assembly: DataRecipient(\"Google Analytics\", RecipientRole.ThirdParty, Purposes = new[] { \"Marketing\" }, Country = \"US\")]\n[assembly: SecurityMeasure(\"Access");
        Assert.Contains("Mobile", changed);
        Assert.Contains("Google Analytics", changed);

        (_, var diagnostics) = RecordRun.Run([changed], approved);

        string[] messages = RecordRun.Messages(diagnostics, "PII007");
        Assert.Equal(3, messages.Length);
        Assert.Contains(messages, m => m.Contains("purpose 'Marketing': retention changed from 'P2Y' to 'P3Y' (longer)"));
        Assert.Contains(messages, m => m.Contains("new recipient 'Google Analytics' (ThirdParty, US)"));
        Assert.Contains(messages, m => m.Contains("new personal data: field Shop.Customer.Mobile (PhoneNumber, for 'Marketing')"));
        Assert.All(messages, m => Assert.Contains("dotnet build -p:PiiAcceptRecord=true", m));

        // The new member's diagnostic points at its declaration, so the IDE shows it where the change was made.
        Diagnostic mobile = diagnostics.Single(d => d.GetMessage().Contains("Mobile"));
        Assert.Equal("/0/Test0.cs", mobile.Location.GetLineSpan().Path);
        Assert.Equal(LineOf(changed, "public string? Mobile"), mobile.Location.GetLineSpan().StartLinePosition.Line + 1);
    }

    [Fact]
    public void A_removed_member_and_a_changed_purpose_of_a_member_point_at_the_baseline()
    {
        string approved = Approved(Customer);
        string changed = Customer
            .Replace("[PersonalData(\"Marketing\", Category = DataCategory.Gender)]\n        public Gender Gender { get; set; }", "public Gender Gender { get; set; }")
            .Replace("[PersonalData(\"Security\", \"P90D\", LegalBasis.LegitimateInterests)]", "[PersonalData(\"Security\", \"P1Y\", LegalBasis.LegitimateInterests)]");
        Assert.NotEqual(Customer, changed);

        (_, var diagnostics) = RecordRun.Run([changed], approved);

        Diagnostic removed = Assert.Single(diagnostics, d => d.GetMessage().Contains("field Shop.Customer.Gender was removed"));
        Assert.Equal("/0/PersonalData.approved.json", removed.Location.GetLineSpan().Path);
        Assert.Contains("\"member\": \"Shop.Customer.Gender\"", approved.Split('\n')[removed.Location.GetLineSpan().StartLinePosition.Line + 1]);

        // The Security purpose is declared on the tag: the change is the member's, and it says so.
        Assert.Contains(diagnostics, d => d.GetMessage().Contains("field Shop.Customer.LastIp, purpose 'Security': retention changed from 'P90D' to 'P1Y' (longer)"));
    }

    [Fact]
    public void Accepting_turns_the_gate_off_for_that_build_and_a_broken_baseline_is_reported()
    {
        string changed = Customer.Replace("P7Y", "P10Y");
        Assert.NotEmpty(RecordRun.Messages(RecordRun.Run([changed], Approved(Customer)).Diagnostics, "PII007"));
        Assert.Empty(RecordRun.Run([changed], Approved(Customer), new Dictionary<string, string> { ["PiiAcceptRecord"] = "true" }).Diagnostics);

        string broken = Assert.Single(RecordRun.Messages(RecordRun.Run([Customer], "{ \"purposes\": [ }").Diagnostics, "PII007"));
        Assert.Contains("the baseline is not valid JSON", broken);
        Assert.Contains("line 1", broken);
    }

    [Fact]
    public void Renaming_a_subjects_kind_moves_the_entities_of_other_files_with_it_without_reparsing_them()
    {
        const string Customer = """
            using Pii;

            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y", Description = "The account")]

            namespace Shop
            {
                [DataSubject(Kind = "customer")]
                public class Customer
                {
                    public int Id { get; set; }

                    [PersonalData("Account", Category = DataCategory.EmailAddress)]
                    public string? Email { get; set; }
                }
            }
            """;
        const string Order = """
            using Pii;

            namespace Shop
            {
                public class Order
                {
                    public int Id { get; set; }

                    public int CustomerId { get; set; }

                    [PersonalData("Account", Category = DataCategory.PostalAddress)]
                    public string? ShippingAddress { get; set; }
                }
            }
            """;
        var compilation = GeneratorRun.Compile([Customer, Order]);
        GeneratorDriver driver = GeneratorRun.CreateDriver().RunGenerators(compilation);
        SyntaxTree customer = compilation.SyntaxTrees[0];

        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(customer, Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Customer.Replace("\"customer\"", "\"client\""), GeneratorRun.Latest, path: customer.FilePath)));

        string json = RecordRun.Constant(driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == RecordRun.HintName).SourceText.ToString(), "Json");
        using JsonDocument record = JsonDocument.Parse(json);
        JsonElement order = record.RootElement.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("member").GetString() == "Shop.Order.ShippingAddress");
        Assert.Equal("client", order.GetProperty("subject").GetString());
        Assert.Equal("client", Assert.Single(record.RootElement.GetProperty("subjects").EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public void A_retention_meant_as_for_ever_is_compared_not_dropped()
    {
        string forever = Customer.Replace("Retention = \"P2Y\", Description = \"The monthly newsletter\"", "Retention = \"P9999Y\", Description = \"The monthly newsletter\"");
        Assert.NotEqual(Customer, forever);

        (string? source, var diagnostics) = RecordRun.Run([forever], Approved(Customer));

        Assert.NotNull(source);
        Assert.Contains(RecordRun.Messages(diagnostics, "PII007"), m => m.Contains("purpose 'Marketing': retention changed from 'P2Y' to 'P9999Y' (longer)"));
    }

    [Fact]
    public void Text_that_has_no_UTF_8_form_is_replaced_so_the_JSON_stays_valid()
    {
        string json = Json(Customer.Replace("[assembly: SecurityMeasure(\"Access", "[assembly: SecurityMeasure(\"Vault \\uD83D keys\")]\n[assembly: SecurityMeasure(\"Access"));

        using JsonDocument record = JsonDocument.Parse(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Contains(record.RootElement.GetProperty("securityMeasures").EnumerateArray(), m => m.GetString() == "Vault \uFFFD keys");
    }

    [Fact]
    public void Subjects_without_tagged_members_and_types_owned_by_owned_types_are_placed()
    {
        const string Source = """
            using Pii;

            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y", Description = "The account")]

            namespace Shop
            {
                [DataSubject(Kind = "user", Description = "A signed-up user")]
                public class User
                {
                    public int Id { get; set; }
                }

                public class Profile
                {
                    public int Id { get; set; }

                    public int UserId { get; set; }

                    [PersonalData("Account", Category = DataCategory.Name)]
                    public string? DisplayName { get; set; }

                    public Address? Home { get; set; }
                }

                public class Address
                {
                    [PersonalData("Account", Category = DataCategory.PostalAddress)]
                    public string? Street { get; set; }

                    public Geo? Position { get; set; }
                }

                public class Geo
                {
                    [PersonalData("Account", Category = DataCategory.Geolocation)]
                    public string? Coordinates { get; set; }
                }
            }
            """;
        using JsonDocument record = JsonDocument.Parse(Json(Source));

        JsonElement user = Assert.Single(record.RootElement.GetProperty("subjects").EnumerateArray());
        Assert.Equal("user", user.GetProperty("kind").GetString());
        Assert.Equal("Shop.User.Id", user.GetProperty("key").GetString());
        Assert.Equal("A signed-up user", user.GetProperty("description").GetString());
        Assert.All(record.RootElement.GetProperty("fields").EnumerateArray(), f => Assert.Equal("user", f.GetProperty("subject").GetString()));
        Assert.Equal(3, record.RootElement.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public void An_owned_element_with_a_key_of_its_own_has_its_owner_s_subject_and_an_entity_held_by_reference_does_not()
    {
        const string Source = """
            using System.Collections.Generic;
            using Pii;

            [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y", Description = "The account")]

            namespace Microsoft.EntityFrameworkCore
            {
                [System.AttributeUsage(System.AttributeTargets.Class)]
                public sealed class OwnedAttribute : System.Attribute
                {
                }
            }

            namespace Shop
            {
                [DataSubject(Kind = "shopper")]
                public class Shopper
                {
                    public int Id { get; set; }

                    [PersonalData("Account", Category = DataCategory.Name)]
                    public string? Name { get; set; }

                    public List<PastAddress> PastAddresses { get; set; } = new();

                    public Courier? Courier { get; set; }
                }

                // OwnsMany with a key of its own: part of the shopper.
                [Microsoft.EntityFrameworkCore.Owned]
                public class PastAddress
                {
                    public int Id { get; set; }

                    [PersonalData("Account", Category = DataCategory.PostalAddress)]
                    public string? Line { get; set; }
                }

                // An entity of its own that the shopper refers to: not the shopper's data.
                public class Courier
                {
                    public int Id { get; set; }

                    [PersonalData("Account", Category = DataCategory.Name)]
                    public string? DriverName { get; set; }
                }
            }
            """;
        using JsonDocument record = JsonDocument.Parse(Json(Source));

        JsonElement[] fields = record.RootElement.GetProperty("fields").EnumerateArray().ToArray();
        Assert.Equal("shopper", Assert.Single(fields, f => f.GetProperty("name").GetString() == "Line").GetProperty("subject").GetString());
        Assert.Equal(JsonValueKind.Null, Assert.Single(fields, f => f.GetProperty("name").GetString() == "DriverName").GetProperty("subject").ValueKind);
    }

    [Fact]
    public void A_change_to_one_member_of_an_undeclared_purpose_is_the_members_not_the_purposes()
    {
        const string Source = """
            using Pii;

            [assembly: DataController("Shop BV", Contact = "privacy@shop.example")]
            [assembly: SecurityMeasure("Encrypted at rest")]

            namespace Shop
            {
                [DataSubject]
                public class Reader
                {
                    public int Id { get; set; }

                    [PersonalData("News", "P1Y", LegalBasis.Consent, Description = "The newsletter")]
                    public string? Email { get; set; }

                    [PersonalData("News", "P1Y", LegalBasis.Consent, Description = "The newsletter")]
                    public string? Name { get; set; }
                }
            }
            """;
        string approved = Approved(Source);
        const string Tag = "[PersonalData(\"News\", \"P1Y\", LegalBasis.Consent";
        int first = Source.IndexOf(Tag, StringComparison.Ordinal);
        string changed = Source.Substring(0, first) + "[PersonalData(\"News\", \"P2Y\", LegalBasis.Contract" + Source.Substring(first + Tag.Length);
        Assert.NotEqual(Source, changed);

        string[] messages = RecordRun.Messages(RecordRun.Run([changed], approved).Diagnostics, "PII007");

        Assert.Equal(2, messages.Length);
        Assert.Contains(messages, m => m.Contains("field Shop.Reader.Email, purpose 'News': legal basis changed from 'Consent' to 'Contract'"));
        Assert.Contains(messages, m => m.Contains("field Shop.Reader.Email, purpose 'News': retention changed from 'P1Y' to 'P2Y' (longer)"));
    }

    [Theory]
    [InlineData("\r")]
    [InlineData("\r\n")]
    public void A_difference_points_at_its_line_of_the_baseline_whatever_ends_the_lines(string lineEnd)
    {
        // The baseline as an editor may leave it: other line ends, and a line separator inside a text.
        string approved = Approved(Customer).Replace("The customer's account", "The customer's\u2028account").Replace("\n", lineEnd);
        string changed = Customer.Replace("[PersonalData(\"Security\", \"P90D\"", "[PersonalData(\"Security\", \"P1Y\"");

        Diagnostic difference = Assert.Single(RecordRun.Run([changed.Replace("The customer's account", "The customer's\\u2028account")], approved).Diagnostics);

        int line = difference.Location.GetLineSpan().StartLinePosition.Line;
        string text = Microsoft.CodeAnalysis.Text.SourceText.From(approved).Lines[line].ToString();
        Assert.Contains("\"retention\": \"P90D\"", text);
    }

    [Fact]
    public void Removing_every_tag_and_declaration_is_a_difference_too()
    {
        (string? source, var diagnostics) = RecordRun.Run(["namespace Shop { public class Customer { public int Id { get; set; } } }"], Approved(Customer));

        Assert.Null(source);
        Assert.Contains("the assembly no longer tags or declares any personal data", Assert.Single(RecordRun.Messages(diagnostics, "PII007")));
    }

    [Fact]
    public void PiiRecord_false_turns_the_record_and_its_diagnostics_off()
    {
        (string? source, var diagnostics) = RecordRun.Run(
            [Customer.Replace("[assembly: DataController", "// [assembly: DataController")],
            Approved(Customer).Replace("P7Y", "P1Y"),
            new Dictionary<string, string> { ["PiiRecord"] = "false" });

        Assert.Null(source);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void The_record_class_lives_in_the_root_namespace_made_valid()
    {
        string source = Generate([Customer], new Dictionary<string, string> { ["RootNamespace"] = "My-Shop.2025.Web" });

        Assert.Contains("namespace My_Shop._2025.Web", source);
        Assert.Contains("internal static class PersonalDataProcessingRecord", source);
    }

    [Fact]
    public void Every_truncation_of_the_baseline_is_reported_and_never_throws()
    {
        string approved = Approved(Customer);

        for (int length = 0; length < approved.Length; length += 97)
        {
            (_, var diagnostics) = RecordRun.Run([Customer], approved.Substring(0, length));
            Assert.NotEmpty(RecordRun.Messages(diagnostics, "PII007"));
        }
    }

    [Theory]
    [InlineData("PII007")]
    [InlineData("PII010")]
    [InlineData("PII014")]
    public void The_generators_diagnostics_have_a_page_a_release_entry_and_a_row(string id)
    {
        Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor = id switch
        {
            "PII007" => Review.RecordDiagnostics.BaselineDifference,
            "PII010" => Review.RecordDiagnostics.IncompleteRecord,
            _ => Review.RecordDiagnostics.LanguageVersionTooOld,
        };
        string root = RepositoryRoot();

        Assert.Equal("https://github.com/pii-dotnet/pii/blob/main/docs/diagnostics/" + id + ".md", descriptor.HelpLinkUri);
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(Path.Combine(root, "docs", "diagnostics", id + ".md")));
        Assert.Contains($"{id} | Privacy | {descriptor.DefaultSeverity} |", File.ReadAllText(Path.Combine(root, "src", "PiiGenerator", "AnalyzerReleases.Unshipped.md")));
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.Title} |", File.ReadAllText(Path.Combine(root, "docs", "diagnostics", "README.md")));
        Assert.Contains($"dotnet_diagnostic.{id}.severity = error", File.ReadAllText(Path.Combine(root, "src", "PiiAttributes", "build", "Pii.Enforce.globalconfig")));
    }

    private static string RepositoryRoot()
    {
        for (DirectoryInfo? directory = new(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Pii.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (Pii.sln) was not found above " + AppContext.BaseDirectory);
    }
}
