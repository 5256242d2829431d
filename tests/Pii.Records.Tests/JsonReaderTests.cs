using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pii.Records;

namespace Pii.Records.Tests;

public class JsonReaderTests
{
    /// <summary>The example of docs/processing-record.md, as the generator writes it.</summary>
    private const string DocsExample = """
        {
          "schemaVersion": 1,
          "assembly": "Shop",
          "controller": {
            "name": "Shop BV",
            "contact": "privacy@shop.example",
            "address": "Keizersgracht 1, Amsterdam",
            "representative": null
          },
          "dataProtectionOfficer": {
            "name": "Privacy Officer",
            "contact": "dpo@shop.example"
          },
          "purposes": [
            {
              "name": "Marketing",
              "description": "The monthly newsletter",
              "legalBasis": "Consent",
              "article": "Art. 6(1)(a)",
              "specialCategoryConditions": [],
              "retention": "P2Y",
              "retentionTrigger": null,
              "subjects": ["customer"],
              "categories": ["EmailAddress"],
              "specialCategories": [],
              "recipients": ["Mailjet"],
              "fields": ["Shop.Customer.Email"]
            }
          ],
          "subjects": [
            {
              "kind": "customer",
              "description": null,
              "root": "Shop.Customer",
              "key": "Shop.Customer.Id",
              "entities": ["Shop.Customer", "Shop.Order"]
            }
          ],
          "entities": [
            {
              "type": "Shop.Customer",
              "name": "Customer",
              "subject": "customer",
              "key": "Id",
              "link": null
            },
            {
              "type": "Shop.Order",
              "name": "Order",
              "subject": "customer",
              "key": "Id",
              "link": { "member": "CustomerId", "target": "Shop.Customer", "targetKey": "Id" }
            }
          ],
          "recipients": [
            {
              "name": "Mailjet",
              "role": "Processor",
              "country": "FR",
              "purposes": ["Marketing"],
              "description": "Sends the newsletter"
            }
          ],
          "transfers": [
            {
              "recipient": "Mailjet",
              "country": "US",
              "safeguard": "StandardContractualClauses",
              "article": "Art. 46(2)(c)",
              "details": null
            }
          ],
          "securityMeasures": ["Data encrypted at rest"],
          "retention": [
            { "purpose": "Marketing", "category": "EmailAddress", "retention": "P2Y", "trigger": null }
          ],
          "fields": [
            {
              "member": "Shop.Customer.Email",
              "type": "Shop.Customer",
              "name": "Email",
              "subject": "customer",
              "category": "EmailAddress",
              "specialCategory": null,
              "purposes": [
                { "name": "Marketing", "legalBasis": "Consent", "retention": "P2Y", "retentionTrigger": null }
              ],
              "erasure": "Clear",
              "redaction": "EmailMask",
              "source": { "file": "Customer.cs", "line": 12 }
            }
          ]
        }
        """;

    [Fact]
    public void Reads_the_documented_example()
    {
        ProcessingRecord record = ProcessingRecordJson.Parse(DocsExample);

        Assert.Equal(1, record.SchemaVersion);
        Assert.Equal("Shop", record.Assembly);
        Assert.Equal(new ControllerEntry("Shop BV", "privacy@shop.example", "Keizersgracht 1, Amsterdam", null), record.Controller);
        Assert.Equal(new ContactEntry("Privacy Officer", "dpo@shop.example"), record.DataProtectionOfficer);

        PurposeEntry purpose = Assert.Single(record.Purposes);
        Assert.Equal("Marketing", purpose.Name);
        Assert.Equal("The monthly newsletter", purpose.Description);
        Assert.Equal(LegalBasis.Consent, purpose.LegalBasis);
        Assert.Equal("Art. 6(1)(a)", purpose.Article);
        Assert.Empty(purpose.SpecialCategoryConditions);
        Assert.Equal("P2Y", purpose.Retention);
        Assert.Null(purpose.RetentionTrigger);
        Assert.Equal(new[] { "customer" }, purpose.Subjects);
        Assert.Equal(new[] { DataCategory.EmailAddress }, purpose.Categories);
        Assert.Empty(purpose.SpecialCategories);
        Assert.Equal(new[] { "Mailjet" }, purpose.Recipients);
        Assert.Equal(new[] { "Shop.Customer.Email" }, purpose.Fields);

        SubjectEntry subject = Assert.Single(record.Subjects);
        Assert.Equal("customer", subject.Kind);
        Assert.Null(subject.Description);
        Assert.Equal("Shop.Customer", subject.Root);
        Assert.Equal("Shop.Customer.Id", subject.Key);
        Assert.Equal(new[] { "Shop.Customer", "Shop.Order" }, subject.Entities);

        Assert.Equal(2, record.Entities.Count);
        Assert.Equal(new EntityEntry("Shop.Customer", "Customer", "customer", "Id", null), record.Entities[0]);
        Assert.Equal(new EntityEntry("Shop.Order", "Order", "customer", "Id", new LinkEntry("CustomerId", "Shop.Customer", "Id")), record.Entities[1]);

        RecipientEntry recipient = Assert.Single(record.Recipients);
        Assert.Equal(("Mailjet", RecipientRole.Processor, "FR", "Sends the newsletter"), (recipient.Name, recipient.Role, recipient.Country, recipient.Description));
        Assert.Equal(new[] { "Marketing" }, recipient.Purposes);

        Assert.Equal(new TransferEntry("Mailjet", "US", TransferSafeguard.StandardContractualClauses, "Art. 46(2)(c)", null), Assert.Single(record.Transfers));
        Assert.Equal(new[] { "Data encrypted at rest" }, record.SecurityMeasures);
        Assert.Equal(new RetentionEntry("Marketing", DataCategory.EmailAddress, "P2Y", null), Assert.Single(record.Retention));

        FieldEntry field = Assert.Single(record.Fields);
        Assert.Equal("Shop.Customer.Email", field.Member);
        Assert.Equal("Shop.Customer", field.Type);
        Assert.Equal("Email", field.Name);
        Assert.Equal("customer", field.Subject);
        Assert.Equal(DataCategory.EmailAddress, field.Category);
        Assert.Null(field.SpecialCategory);
        Assert.Equal(new FieldPurpose("Marketing", LegalBasis.Consent, "P2Y", null), Assert.Single(field.Purposes));
        Assert.Equal(ErasureStrategy.Clear, field.Erasure);
        Assert.Equal(RedactionKind.EmailMask, field.Redaction);
        Assert.Equal(new SourceLocation("Customer.cs", 12), field.Source);
    }

    [Fact]
    public void Lists_are_arrays()
    {
        ProcessingRecord record = ProcessingRecordJson.Parse(DocsExample);

        Assert.IsType<PurposeEntry[]>(record.Purposes);
        Assert.IsType<string[]>(record.SecurityMeasures);
        Assert.IsType<DataCategory[]>(record.Purposes[0].Categories);
        Assert.IsType<FieldPurpose[]>(record.Fields[0].Purposes);
    }

    [Fact]
    public void Reads_special_categories_and_conditions()
    {
        string json = Edit(DocsExample, root =>
        {
            JsonObject purpose = Obj(root, "purposes", 0);
            purpose["specialCategoryConditions"] = new JsonArray("ExplicitConsent", "HealthOrSocialCare");
            purpose["specialCategories"] = new JsonArray("Health");
            Obj(root, "fields", 0)["specialCategory"] = "Health";
        });

        ProcessingRecord record = ProcessingRecordJson.Parse(json);

        Assert.Equal(new[] { SpecialCategoryCondition.ExplicitConsent, SpecialCategoryCondition.HealthOrSocialCare }, record.Purposes[0].SpecialCategoryConditions);
        Assert.Equal(new[] { SpecialCategory.Health }, record.Purposes[0].SpecialCategories);
        Assert.Equal(SpecialCategory.Health, record.Fields[0].SpecialCategory);
    }

    [Fact]
    public void A_record_written_from_the_model_reads_back_the_same()
    {
        foreach (ProcessingRecord original in new[] { SampleRecords.Mailing(), SampleRecords.Empty() })
        {
            string json = TestJson.Write(original);

            ProcessingRecord read = ProcessingRecordJson.Parse(json);

            Assert.Equal(json, TestJson.Write(read));
        }
    }

    [Fact]
    public void Reads_utf8_bytes_and_streams_with_or_without_a_byte_order_mark()
    {
        byte[] utf8 = Encoding.UTF8.GetBytes(DocsExample.Replace("Shop BV", "Shöp BV", StringComparison.Ordinal));
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. utf8];

        Assert.Equal("Shöp BV", ProcessingRecordJson.Parse(utf8.AsSpan()).Controller!.Name);
        Assert.Equal("Shöp BV", ProcessingRecordJson.Parse(withBom.AsSpan()).Controller!.Name);
        using MemoryStream stream = new(withBom);
        Assert.Equal("Shöp BV", ProcessingRecordJson.Parse(stream).Controller!.Name);
    }

    [Fact]
    public void Unknown_properties_are_ignored()
    {
        string json = Edit(DocsExample, root =>
        {
            root["generatedBy"] = "Pii 2.0";
            root["extra"] = new JsonObject { ["nested"] = new JsonArray(1, 2) };
            Obj(root, "fields", 0)["sensitivity"] = "high";
            Obj(root, "entities", 1)["link"]!["cardinality"] = "many";
        });

        ProcessingRecord record = ProcessingRecordJson.Parse(json);

        Assert.Equal("Shop", record.Assembly);
        Assert.Equal(new LinkEntry("CustomerId", "Shop.Customer", "Id"), record.Entities[1].Link);
    }

    [Fact]
    public void Nulls_are_read_where_the_model_is_nullable()
    {
        string json = Edit(DocsExample, root =>
        {
            root["controller"] = null;
            root["dataProtectionOfficer"] = null;
            JsonObject purpose = Obj(root, "purposes", 0);
            purpose["description"] = null;
            purpose["retention"] = null;
            Obj(root, "subjects", 0)["key"] = null;
            JsonObject entity = Obj(root, "entities", 1);
            entity["subject"] = null;
            entity["key"] = null;
            entity["link"] = null;
            Obj(root, "recipients", 0)["country"] = null;
            JsonObject field = Obj(root, "fields", 0);
            field["subject"] = null;
            field["source"] = null;
        });

        ProcessingRecord record = ProcessingRecordJson.Parse(json);

        Assert.Null(record.Controller);
        Assert.Null(record.DataProtectionOfficer);
        Assert.Null(record.Purposes[0].Description);
        Assert.Null(record.Purposes[0].Retention);
        Assert.Null(record.Subjects[0].Key);
        Assert.Equal(new EntityEntry("Shop.Order", "Order", null, null, null), record.Entities[1]);
        Assert.Null(record.Recipients[0].Country);
        Assert.Null(record.Fields[0].Subject);
        Assert.Null(record.Fields[0].Source);
    }

    [Fact]
    public void A_nullable_property_that_is_left_out_reads_as_null()
    {
        string json = Edit(DocsExample, root =>
        {
            Obj(root, "controller").Remove("representative");
            Obj(root, "controller").Remove("contact");
            Obj(root, "fields", 0).Remove("specialCategory");
        });

        ProcessingRecord record = ProcessingRecordJson.Parse(json);

        Assert.Equal(new ControllerEntry("Shop BV", null, "Keizersgracht 1, Amsterdam", null), record.Controller);
        Assert.Null(record.Fields[0].SpecialCategory);
    }

    public static TheoryData<string, string> MissingRequired => new()
    {
        { "assembly", "$.assembly: " },
        { "purposes", "$.purposes: " },
        { "securityMeasures", "$.securityMeasures: " },
        { "fields", "$.fields: " },
        { "purposes[0].legalBasis", "$.purposes[0].legalBasis: " },
        { "purposes[0].specialCategories", "$.purposes[0].specialCategories: " },
        { "controller.name", "$.controller.name: " },
        { "entities[1].link.targetKey", "$.entities[1].link.targetKey: " },
        { "fields[0].category", "$.fields[0].category: " },
        { "fields[0].purposes[0].name", "$.fields[0].purposes[0].name: " },
        { "fields[0].source.line", "$.fields[0].source.line: " },
        { "schemaVersion", "$.schemaVersion: " },
    };

    [Theory]
    [MemberData(nameof(MissingRequired))]
    public void A_missing_required_property_is_named_by_its_path(string property, string expectedStart)
    {
        string json = Edit(DocsExample, root => Remove(root, property));

        FormatException error = Assert.Throws<FormatException>(() => ProcessingRecordJson.Parse(json));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> WrongTypes => new()
    {
        // path to set, JSON value, expected message start
        { "assembly", "42", "$.assembly: expected a string, found a number (42)" },
        { "assembly", "null", "$.assembly: expected a string, found null" },
        { "controller", "\"Shop BV\"", "$.controller: expected an object or null, found a string" },
        { "controller.name", "null", "$.controller.name: expected a string, found null" },
        { "purposes", "{}", "$.purposes: expected an array, found an object" },
        { "purposes", "null", "$.purposes: expected an array, found null" },
        { "purposes[0]", "\"Marketing\"", "$.purposes[0]: expected an object, found a string" },
        { "purposes[0].subjects", "\"customer\"", "$.purposes[0].subjects: expected an array, found a string" },
        { "purposes[0].subjects[0]", "3", "$.purposes[0].subjects[0]: expected a string, found a number (3)" },
        { "purposes[0].subjects[0]", "null", "$.purposes[0].subjects[0]: expected a string, found null" },
        { "purposes[0].legalBasis", "1", "$.purposes[0].legalBasis: expected a LegalBasis name (a string), found a number (1)" },
        { "purposes[0].legalBasis", "null", "$.purposes[0].legalBasis: expected a LegalBasis name (a string), found null" },
        { "purposes[0].categories[0]", "10", "$.purposes[0].categories[0]: expected a DataCategory name (a string), found a number (10)" },
        { "entities[1].link", "[]", "$.entities[1].link: expected an object or null, found an array" },
        { "fields[0].source.line", "\"12\"", "$.fields[0].source.line: expected an integer, found a string (\"12\")" },
        { "fields[0].source.line", "12.5", "$.fields[0].source.line: expected an integer, found 12.5" },
        { "fields[0].specialCategory", "true", "$.fields[0].specialCategory: expected a SpecialCategory name (a string), found true" },
        { "schemaVersion", "\"1\"", "$.schemaVersion: expected an integer, found a string (\"1\")" },
    };

    [Theory]
    [MemberData(nameof(WrongTypes))]
    public void A_value_of_the_wrong_type_is_named_by_its_path(string property, string value, string expectedStart)
    {
        string json = Edit(DocsExample, root => Set(root, property, JsonNode.Parse(value)));

        FormatException error = Assert.Throws<FormatException>(() => ProcessingRecordJson.Parse(json));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> BadEnumNames => new()
    {
        { "fields[0].category", "Emial", "$.fields[0].category: 'Emial' is not a DataCategory" },
        { "fields[0].category", "emailAddress", "$.fields[0].category: 'emailAddress' is not a DataCategory" },
        { "fields[0].category", "10", "$.fields[0].category: '10' is not a DataCategory" },
        { "fields[0].category", "-1", "$.fields[0].category: '-1' is not a DataCategory" },
        { "fields[0].category", " EmailAddress", "$.fields[0].category: ' EmailAddress' is not a DataCategory" },
        { "fields[0].category", "EmailAddress, Name", "$.fields[0].category: 'EmailAddress, Name' is not a DataCategory" },
        { "fields[0].category", "", "$.fields[0].category: '' is not a DataCategory" },
        { "fields[0].erasure", "Erase", "$.fields[0].erasure: 'Erase' is not an ErasureStrategy" },
        { "fields[0].redaction", "Clear", "$.fields[0].redaction: 'Clear' is not a RedactionKind" },
        { "fields[0].specialCategory", "Religion", "$.fields[0].specialCategory: 'Religion' is not a SpecialCategory" },
        { "fields[0].purposes[0].legalBasis", "CONSENT", "$.fields[0].purposes[0].legalBasis: 'CONSENT' is not a LegalBasis" },
        { "purposes[0].specialCategoryConditions", "[\"ExplicitConsent\", \"Consent\"]", "$.purposes[0].specialCategoryConditions[1]: 'Consent' is not a SpecialCategoryCondition" },
        { "purposes[0].specialCategories", "[\"Genetic\"]", "$.purposes[0].specialCategories[0]: 'Genetic' is not a SpecialCategory" },
        { "recipients[0].role", "Controller", "$.recipients[0].role: 'Controller' is not a RecipientRole" },
        { "transfers[0].safeguard", "SCC", "$.transfers[0].safeguard: 'SCC' is not a TransferSafeguard" },
        { "retention[0].category", "Email", "$.retention[0].category: 'Email' is not a DataCategory" },
    };

    [Theory]
    [MemberData(nameof(BadEnumNames))]
    public void An_unknown_enum_name_is_named_by_its_path(string property, string value, string expected)
    {
        JsonNode? node = value.StartsWith('[') ? JsonNode.Parse(value) : JsonValue.Create(value);
        string json = Edit(DocsExample, root => Set(root, property, node));

        FormatException error = Assert.Throws<FormatException>(() => ProcessingRecordJson.Parse(json));

        Assert.Equal(expected, error.Message);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(0)]
    [InlineData(-1)]
    public void Another_schema_version_is_refused(int version)
    {
        string json = Edit(DocsExample, root => root["schemaVersion"] = version);

        FormatException error = Assert.Throws<FormatException>(() => ProcessingRecordJson.Parse(json));

        Assert.Equal($"$.schemaVersion: schema version {version} is not supported; this library reads schema version 1", error.Message);
    }

    [Fact]
    public void The_schema_version_is_checked_before_the_structure()
    {
        // A version-2 record may look different: the version, not a missing property, is the error to report.
        const string json = """{ "schemaVersion": 2, "records": [] }""";

        FormatException error = Assert.Throws<FormatException>(() => ProcessingRecordJson.Parse(json));

        Assert.StartsWith("$.schemaVersion: schema version 2 is not supported", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("{ \"schemaVersion\": 1, }")]
    [InlineData("// comment\n{}")]
    [InlineData("{} {}")]
    public void Text_that_is_not_json_is_refused(string json)
    {
        FormatException error = Assert.Throws<FormatException>(() => ProcessingRecordJson.Parse(json));

        Assert.StartsWith("$: not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Theory]
    [InlineData("[]", "$: expected an object, found an array")]
    [InlineData("null", "$: expected an object, found null")]
    [InlineData("\"record\"", "$: expected an object, found a string (\"record\")")]
    public void The_root_must_be_an_object(string json, string expected)
    {
        FormatException error = Assert.Throws<FormatException>(() => ProcessingRecordJson.Parse(json));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void A_duplicated_property_is_refused()
    {
        string json = DocsExample.Replace("\"assembly\": \"Shop\",", "\"assembly\": \"Shop\", \"assembly\": \"Other\",", StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => ProcessingRecordJson.Parse(json));
    }

    [Fact]
    public void A_null_argument_is_refused()
    {
        Assert.Throws<ArgumentNullException>(() => ProcessingRecordJson.Parse((string)null!));
        Assert.Throws<ArgumentNullException>(() => ProcessingRecordJson.Parse((Stream)null!));
    }

    // ----- editing the example -----

    private static string Edit(string json, Action<JsonObject> edit)
    {
        JsonObject root = JsonNode.Parse(json)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject Obj(JsonObject root, string name, int? index = null) =>
        index is int i ? root[name]![i]!.AsObject() : root[name]!.AsObject();

    /// <summary>Walks a path like <c>fields[0].source.line</c> to the parent of its last step.</summary>
    private static (JsonNode Parent, string? Name, int Index) Walk(JsonObject root, string path)
    {
        List<(string? Name, int Index)> steps = new();
        foreach (string part in path.Split('.'))
        {
            int bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket < 0)
            {
                steps.Add((part, -1));
                continue;
            }

            steps.Add((part.Substring(0, bracket), -1));
            steps.Add((null, int.Parse(part.AsSpan(bracket + 1, part.Length - bracket - 2), System.Globalization.CultureInfo.InvariantCulture)));
        }

        JsonNode node = root;
        for (int i = 0; i < steps.Count - 1; i++)
        {
            node = steps[i].Name is string name ? node[name]! : node[steps[i].Index]!;
        }

        return (node, steps[^1].Name, steps[^1].Index);
    }

    private static void Remove(JsonObject root, string path)
    {
        (JsonNode parent, string? name, int index) = Walk(root, path);
        if (name is not null)
        {
            Assert.True(parent.AsObject().Remove(name), path);
        }
        else
        {
            parent.AsArray().RemoveAt(index);
        }
    }

    private static void Set(JsonObject root, string path, JsonNode? value)
    {
        (JsonNode parent, string? name, int index) = Walk(root, path);
        if (name is not null)
        {
            Assert.True(parent.AsObject().ContainsKey(name), path);
            parent[name] = value;
        }
        else
        {
            parent[index] = value;
        }
    }
}
