using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Pii.Records;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pii.Records.Tests;

public class FidesDatasetTests
{
    /// <summary>
    /// The data categories of the fideslang default taxonomy that were added in 2.0.0 (ethyca/fideslang,
    /// data_files/data_categories.csv, version_added 2.0.0): valid in every fideslang 2.x and 3.x, and still in the
    /// 3.2.0 taxonomy (some there as deprecated with a replacement).
    /// </summary>
    private static readonly HashSet<string> FideslangCategories = new(StringComparer.Ordinal)
    {
        "system", "system.authentication", "system.operations",
        "user", "user.account", "user.account.settings", "user.account.username",
        "user.authorization", "user.authorization.biometric", "user.authorization.credentials", "user.authorization.password",
        "user.behavior", "user.behavior.browsing_history", "user.behavior.media_consumption", "user.behavior.purchase_history", "user.behavior.search_history",
        "user.biometric", "user.biometric.fingerprint", "user.biometric.health", "user.biometric.retinal", "user.biometric.voice",
        "user.childrens",
        "user.contact", "user.contact.address", "user.contact.address.city", "user.contact.address.country", "user.contact.address.postal_code",
        "user.contact.address.state", "user.contact.address.street", "user.contact.email", "user.contact.fax_number", "user.contact.organization",
        "user.contact.phone_number", "user.contact.url",
        "user.content", "user.content.private", "user.content.public", "user.content.self_image",
        "user.criminal_history",
        "user.demographic", "user.demographic.age_range", "user.demographic.date_of_birth", "user.demographic.gender", "user.demographic.language",
        "user.demographic.marital_status", "user.demographic.political_opinion", "user.demographic.profile", "user.demographic.race_ethnicity",
        "user.demographic.religious_belief", "user.demographic.sexual_orientation",
        "user.device", "user.device.cookie", "user.device.cookie_id", "user.device.device_id", "user.device.ip_address",
        "user.financial", "user.financial.bank_account", "user.financial.credit_card",
        "user.government_id", "user.government_id.birth_certificate", "user.government_id.drivers_license_number", "user.government_id.immigration",
        "user.government_id.national_identification_number", "user.government_id.passport_number", "user.government_id.vehicle_registration",
        "user.health_and_medical", "user.health_and_medical.genetic", "user.health_and_medical.insurance_beneficiary_id", "user.health_and_medical.record_id",
        "user.job_title",
        "user.location", "user.location.imprecise", "user.location.precise",
        "user.name", "user.name.first", "user.name.last",
        "user.payment", "user.privacy_preferences", "user.sensor", "user.social", "user.telemetry",
        "user.unique_id", "user.unique_id.pseudonymous", "user.user_sensor", "user.workplace",
    };

    private static readonly Regex FidesKey = new("^[A-Za-z0-9_.-]+$");

    [Fact]
    public void Renders_one_dataset_with_one_collection_per_entity()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing()));

        Assert.Equal("mailing", Text(dataset, "fides_key"));
        Assert.Equal("Mailing", Text(dataset, "name"));
        Assert.Contains("Mailing BV", Text(dataset, "description"), StringComparison.Ordinal);
        Assert.Equal(new[] { "Click", "Customer", "LoginEvent", "Subscriber" }, Collections(dataset).Select(c => Text(c, "name")));
        Assert.Contains("Mailing.LoginEvent", Text(Collection(dataset, "LoginEvent"), "description"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_collection_has_the_key_the_link_and_every_tagged_member()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing()));

        Assert.Equal(new[] { "Id", "Email", "Name", "VatNumber" }, FieldNames(Collection(dataset, "Customer")));
        Assert.Equal(new[] { "Id", "CustomerId", "IpAddress" }, FieldNames(Collection(dataset, "LoginEvent")));
        Assert.Equal(new[] { "Id", "SubscriberId", "Url" }, FieldNames(Collection(dataset, "Click")));
        Assert.Equal(new[] { "Id", "Email", "FirstName" }, FieldNames(Collection(dataset, "Subscriber")));
    }

    [Fact]
    public void Keys_are_primary_keys_and_subject_keys_are_identities()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing()));

        YamlMappingNode customerId = Field(dataset, "Customer", "Id");
        Assert.Equal("true", Text(Meta(customerId), "primary_key"));
        Assert.Equal(ScalarStyle.Plain, ((YamlScalarNode)Meta(customerId)["primary_key"]).Style); // a YAML boolean, not a string
        Assert.Equal("customer_id", Text(Meta(customerId), "identity"));
        Assert.Equal(new[] { "user.unique_id" }, Categories(customerId));

        Assert.Equal("subscriber_id", Text(Meta(Field(dataset, "Subscriber", "Id")), "identity"));

        YamlMappingNode loginId = Field(dataset, "LoginEvent", "Id");
        Assert.Equal("true", Text(Meta(loginId), "primary_key"));
        Assert.False(Meta(loginId).Children.ContainsKey("identity"));
        Assert.Equal(new[] { "system.operations" }, Categories(loginId));
    }

    [Fact]
    public void The_e_mail_of_a_subject_is_the_email_identity()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing()));

        foreach (string subject in new[] { "Customer", "Subscriber" })
        {
            YamlMappingNode email = Field(dataset, subject, "Email");
            Assert.Equal("email", Text(Meta(email), "identity"));
            Assert.Equal("string", Text(Meta(email), "data_type"));
            Assert.Equal(new[] { "user.contact.email" }, Categories(email));
        }

        // Not an identity: members that are no e-mail, and members of types that are no subject.
        Assert.False(Field(dataset, "Customer", "Name").Children.ContainsKey("fides_meta"));
        Assert.False(Field(dataset, "LoginEvent", "IpAddress").Children.ContainsKey("fides_meta"));
    }

    [Fact]
    public void A_phone_number_of_a_subject_is_the_phone_number_identity_and_one_elsewhere_is_not()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Fields =
            [
                .. mailing.Fields,
                Tagged("Mailing.Customer", "Mobile", DataCategory.PhoneNumber),
                Tagged("Mailing.LoginEvent", "SmsNumber", DataCategory.PhoneNumber),
            ],
        };

        YamlMappingNode dataset = Dataset(FidesDataset.Render(record));

        Assert.Equal("phone_number", Text(Meta(Field(dataset, "Customer", "Mobile")), "identity"));
        Assert.Equal(new[] { "user.contact.phone_number" }, Categories(Field(dataset, "Customer", "Mobile")));
        Assert.False(Field(dataset, "LoginEvent", "SmsNumber").Children.ContainsKey("fides_meta"));
    }

    [Fact]
    public void A_link_references_the_key_of_its_target_collection()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing()));

        YamlMappingNode customerId = Field(dataset, "LoginEvent", "CustomerId");
        YamlMappingNode reference = (YamlMappingNode)Assert.Single((YamlSequenceNode)Meta(customerId)["references"]);
        Assert.Equal("mailing", Text(reference, "dataset"));
        Assert.Equal("Customer.Id", Text(reference, "field"));
        Assert.Equal("from", Text(reference, "direction")); // the customer is visited before its login events
        Assert.Equal(new[] { "user.unique_id" }, Categories(customerId));
        Assert.False(Meta(customerId).Children.ContainsKey("primary_key"));

        YamlMappingNode subscriberId = Field(dataset, "Click", "SubscriberId");
        Assert.Equal("Subscriber.Id", Text((YamlMappingNode)((YamlSequenceNode)Meta(subscriberId)["references"])[0], "field"));
    }

    [Fact]
    public void A_link_to_an_entity_that_is_no_subject_is_system_data()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Entities =
            [
                .. mailing.Entities,
                new EntityEntry("Mailing.ClickDetail", "ClickDetail", "subscriber", "Id", new LinkEntry("ClickId", "Mailing.Click", "Id")),
            ],
        };

        YamlMappingNode dataset = Dataset(FidesDataset.Render(record));

        YamlMappingNode clickId = Field(dataset, "ClickDetail", "ClickId");
        Assert.Equal(new[] { "system.operations" }, Categories(clickId));
        Assert.Equal("Click.Id", Text((YamlMappingNode)((YamlSequenceNode)Meta(clickId)["references"])[0], "field"));
    }

    [Fact]
    public void Categories_are_mapped_to_fideslang_keys()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing()));

        Assert.Equal(new[] { "user.name" }, Categories(Field(dataset, "Customer", "Name")));
        Assert.Equal(new[] { "user.government_id" }, Categories(Field(dataset, "Customer", "VatNumber")));
        Assert.Equal(new[] { "user.device.ip_address" }, Categories(Field(dataset, "LoginEvent", "IpAddress")));
        Assert.Equal(new[] { "user.behavior" }, Categories(Field(dataset, "Click", "Url")));
        Assert.Equal(new[] { "user.name" }, Categories(Field(dataset, "Subscriber", "FirstName")));
    }

    [Fact]
    public void Every_category_key_in_the_output_is_in_the_fideslang_taxonomy()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        List<FieldEntry> fields = new(mailing.Fields);
        foreach (DataCategory category in Enum.GetValues<DataCategory>())
        {
            fields.Add(Tagged("Mailing.Customer", "Category" + category, category));
        }

        foreach (SpecialCategory special in Enum.GetValues<SpecialCategory>())
        {
            fields.Add(Tagged("Mailing.Customer", "Special" + special, DataCategory.Other) with { SpecialCategory = special });
        }

        YamlMappingNode dataset = Dataset(FidesDataset.Render(mailing with { Fields = fields }));

        List<string> used = new();
        foreach (YamlMappingNode collection in Collections(dataset))
        {
            foreach (YamlMappingNode field in Fields(collection))
            {
                used.AddRange(Categories(field));
            }
        }

        Assert.True(used.Count > 40, "every member should be in the output");
        Assert.All(used, key => Assert.Contains(key, FideslangCategories));
    }

    public static TheoryData<DataCategory> AllCategories() => new(Enum.GetValues<DataCategory>());

    [Theory]
    [MemberData(nameof(AllCategories))]
    public void Every_data_category_has_a_fideslang_key(DataCategory category)
    {
        string key = FidesDataset.CategoryKey(category);

        Assert.Contains(key, FideslangCategories);
        Assert.StartsWith("user", key, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DataCategory.Name, "user.name")]
    [InlineData(DataCategory.EmailAddress, "user.contact.email")]
    [InlineData(DataCategory.PhoneNumber, "user.contact.phone_number")]
    [InlineData(DataCategory.PostalAddress, "user.contact.address")]
    [InlineData(DataCategory.Gender, "user.demographic.gender")]
    [InlineData(DataCategory.DateOfBirth, "user.demographic.date_of_birth")]
    [InlineData(DataCategory.NationalIdentifier, "user.government_id")]
    [InlineData(DataCategory.PaymentData, "user.financial")]
    [InlineData(DataCategory.IpAddress, "user.device.ip_address")]
    [InlineData(DataCategory.DeviceIdentifier, "user.device.device_id")]
    [InlineData(DataCategory.Credentials, "user.authorization.credentials")]
    [InlineData(DataCategory.Geolocation, "user.location")]
    [InlineData(DataCategory.BrowsingBehaviour, "user.behavior.browsing_history")]
    [InlineData(DataCategory.Photo, "user.content.self_image")]
    [InlineData(DataCategory.Other, "user")]
    [InlineData(DataCategory.Unspecified, "user")]
    public void Maps_a_category(DataCategory category, string expected) =>
        Assert.Equal(expected, FidesDataset.CategoryKey(category));

    [Theory]
    [InlineData(SpecialCategory.Health, "user.health_and_medical")]
    [InlineData(SpecialCategory.GeneticData, "user.health_and_medical.genetic")]
    [InlineData(SpecialCategory.BiometricData, "user.biometric")]
    [InlineData(SpecialCategory.PoliticalOpinions, "user.demographic.political_opinion")]
    [InlineData(SpecialCategory.RacialOrEthnicOrigin, "user.demographic.race_ethnicity")]
    [InlineData(SpecialCategory.ReligiousOrPhilosophicalBeliefs, "user.demographic.religious_belief")]
    [InlineData(SpecialCategory.SexLifeOrSexualOrientation, "user.demographic.sexual_orientation")]
    [InlineData(SpecialCategory.TradeUnionMembership, "user.demographic")]
    public void A_special_category_overrides_the_category(SpecialCategory special, string expected)
    {
        Assert.Equal(expected, FidesDataset.CategoryKey(DataCategory.Name, special));
        Assert.Equal(expected, FidesDataset.CategoryKey(DataCategory.Other, special));
        Assert.Contains(expected, FideslangCategories);
    }

    [Fact]
    public void A_tagged_special_category_member_gets_the_special_key_and_is_no_identity()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Fields = [.. mailing.Fields, Tagged("Mailing.Customer", "Allergies", DataCategory.Other) with { SpecialCategory = SpecialCategory.Health }],
        };

        YamlMappingNode allergies = Field(Dataset(FidesDataset.Render(record)), "Customer", "Allergies");

        Assert.Equal(new[] { "user.health_and_medical" }, Categories(allergies));
        Assert.StartsWith("Other, special category: Health data.", Text(allergies, "description"), StringComparison.Ordinal);
    }

    [Fact]
    public void Field_descriptions_carry_purposes_legal_bases_and_retention()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing()));

        string email = Text(Field(dataset, "Customer", "Email"), "description");

        Assert.Contains("Login (Legitimate interests, kept 30 days (P30D))", email, StringComparison.Ordinal);
        Assert.Contains("Newsletter (Consent, kept 2 years (P2Y) after consent is withdrawn)", email, StringComparison.Ordinal);
        Assert.Contains("Erasure: Cleared.", email, StringComparison.Ordinal);
        Assert.Contains("Model/Customer.cs:14", email, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recipient_declared_without_purposes_receives_every_purpose_s_fields()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Recipients = [.. mailing.Recipients, new RecipientEntry("Sentry", RecipientRole.Processor, "US", [], "Error reports")],
        };

        YamlMappingNode dataset = Dataset(FidesDataset.Render(record));

        Assert.Contains("Recipients of its purposes: Belastingdienst, Sentry.", Text(Field(dataset, "Customer", "VatNumber"), "description"), StringComparison.Ordinal);
        Assert.Contains("Recipients of its purposes: Amazon Web Services, Mailjet, Sentry.", Text(Field(dataset, "Subscriber", "Email"), "description"), StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_with_quotes_colons_and_newlines_round_trip()
    {
        const string assembly = "Shop \"Main\": v2\nsecond line \\ back # no comment\t'single' {x: [y]} - &a *b !tag |> %";
        const string description = "Holder: a \"person\"\r\nwith \u0001 control, \u2028 separator, \u0085 next line, \uFEFF mark, \u007F\u009F\uFFFE\uFFFF, é ü 中文 and 🙂";
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Assembly = assembly,
            Subjects = [mailing.Subjects[0] with { Description = description }, mailing.Subjects[1]],
            Fields = [mailing.Fields[0] with { Source = new SourceLocation("Model/A: \"B\".cs", 3) }, .. mailing.Fields.Skip(1)],
        };

        string yaml = FidesDataset.Render(record);
        YamlMappingNode dataset = Dataset(yaml);

        Assert.Equal(assembly, Text(dataset, "name"));
        Assert.Contains(description, Text(Collection(dataset, "Customer"), "description"), StringComparison.Ordinal);
        Assert.Contains("Model/A: \"B\".cs:3", Text(Field(dataset, "Click", "Url"), "description"), StringComparison.Ordinal);
        Assert.DoesNotContain("\t", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", yaml, StringComparison.Ordinal);
        Assert.Matches(FidesKey, Text(dataset, "fides_key"));
    }

    [Fact]
    public void The_output_is_deterministic_with_two_space_indentation_and_lf_line_ends()
    {
        string first = FidesDataset.Render(SampleRecords.Mailing());
        string second = FidesDataset.Render(SampleRecords.Mailing());

        Assert.Equal(first, second);
        Assert.StartsWith("dataset:\n  - fides_key: \"mailing\"\n    name: ", first, StringComparison.Ordinal);
        Assert.EndsWith("\n", first, StringComparison.Ordinal);
        foreach (string line in first.Split('\n').Where(l => l.Length > 0))
        {
            int indent = line.Length - line.TrimStart(' ').Length;
            Assert.True(indent % 2 == 0, "odd indentation: " + line);
        }

        using StringWriter writer = new();
        FidesDataset.Write(SampleRecords.Mailing(), writer);
        Assert.Equal(first, writer.ToString());
    }

    [Theory]
    [InlineData("Mailing", "mailing")]
    [InlineData("MyShop.WebAPI", "my_shop.web_api")]
    [InlineData("Shop.Admin-Tools", "shop.admin-tools")]
    [InlineData("HTTPServer2", "http_server2")]
    [InlineData("Café Shop", "caf_shop")]
    [InlineData("***", "dataset")]
    public void The_dataset_key_is_the_assembly_name_lower_snake_cased(string assembly, string expected)
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing() with { Assembly = assembly }));

        Assert.Equal(expected, Text(dataset, "fides_key"));
        Assert.Equal(expected, Text((YamlMappingNode)((YamlSequenceNode)Meta(Field(dataset, "LoginEvent", "CustomerId"))["references"])[0], "dataset"));
    }

    [Fact]
    public void A_given_dataset_key_is_used_and_a_bad_one_refused()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Mailing(), "crm.mailing_db"));
        Assert.Equal("crm.mailing_db", Text(dataset, "fides_key"));
        Assert.Equal("crm.mailing_db", Text((YamlMappingNode)((YamlSequenceNode)Meta(Field(dataset, "Click", "SubscriberId"))["references"])[0], "dataset"));

        Assert.Throws<ArgumentException>(() => FidesDataset.Render(SampleRecords.Mailing(), "mailing db"));
        Assert.Throws<ArgumentException>(() => FidesDataset.Render(SampleRecords.Mailing(), string.Empty));
    }

    [Fact]
    public void A_record_without_entities_has_no_collections()
    {
        YamlMappingNode dataset = Dataset(FidesDataset.Render(SampleRecords.Empty()));

        Assert.Equal("empty", Text(dataset, "fides_key"));
        Assert.Empty(Collections(dataset));
    }

    [Fact]
    public void Entities_that_share_a_name_get_distinct_collection_names()
    {
        ProcessingRecord record = SampleRecords.Empty() with
        {
            Subjects = [new SubjectEntry("customer", null, "Crm.Customer", "Crm.Customer.Id", ["Crm.Customer", "Shop.Customer"])],
            Entities =
            [
                new EntityEntry("Crm.Customer", "Customer", "customer", "Id", null),
                new EntityEntry("Shop.Customer", "Customer", "customer", "Number", new LinkEntry("CrmId", "Crm.Customer", "Id")),
            ],
        };

        YamlMappingNode dataset = Dataset(FidesDataset.Render(record));

        Assert.Equal(new[] { "Crm_Customer", "Shop_Customer" }, Collections(dataset).Select(c => Text(c, "name")));
        YamlMappingNode link = Field(dataset, "Shop_Customer", "CrmId");
        Assert.Equal("Crm_Customer.Id", Text((YamlMappingNode)((YamlSequenceNode)Meta(link)["references"])[0], "field"));
    }

    [Fact]
    public void Members_of_a_type_that_is_no_entity_get_a_collection_of_their_own()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Fields = [.. mailing.Fields, Tagged("Mailing.Billing.Address", "Street", DataCategory.PostalAddress)],
        };

        YamlMappingNode dataset = Dataset(FidesDataset.Render(record));

        YamlMappingNode address = Collection(dataset, "Address");
        Assert.Equal(new[] { "Street" }, FieldNames(address));
        Assert.Equal(new[] { "user.contact.address" }, Categories(Field(dataset, "Address", "Street")));
        Assert.Equal("Address", Text(Collections(dataset).Last(), "name"));
    }

    [Fact]
    public void A_tagged_key_keeps_its_role_and_takes_the_tag_category()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Fields = [.. mailing.Fields, Tagged("Mailing.Subscriber", "Id", DataCategory.AccountIdentifier)],
        };

        YamlMappingNode dataset = Dataset(FidesDataset.Render(record));

        Assert.Equal(1, FieldNames(Collection(dataset, "Subscriber")).Count(n => n == "Id"));
        YamlMappingNode id = Field(dataset, "Subscriber", "Id");
        Assert.Equal(new[] { "user.account" }, Categories(id));
        Assert.Equal("true", Text(Meta(id), "primary_key"));
        Assert.Equal("subscriber_id", Text(Meta(id), "identity"));
    }

    // ----- helpers -----

    private static FieldEntry Tagged(string type, string name, DataCategory category) =>
        new(type + "." + name, type, name, "customer", category, null, [new FieldPurpose("Login", LegalBasis.LegitimateInterests, "P30D", null)],
            ErasureStrategy.Clear, RedactionKind.Erase, null);

    private static YamlMappingNode Dataset(string yaml)
    {
        YamlStream stream = new();
        stream.Load(new StringReader(yaml));
        YamlMappingNode root = (YamlMappingNode)Assert.Single(stream.Documents).RootNode;
        Assert.Equal(new[] { "dataset" }, root.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        return (YamlMappingNode)Assert.Single((YamlSequenceNode)root["dataset"]);
    }

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static IEnumerable<YamlMappingNode> Collections(YamlMappingNode dataset) =>
        ((YamlSequenceNode)dataset["collections"]).Cast<YamlMappingNode>();

    private static YamlMappingNode Collection(YamlMappingNode dataset, string name) =>
        Assert.Single(Collections(dataset), c => Text(c, "name") == name);

    private static IEnumerable<YamlMappingNode> Fields(YamlMappingNode collection) =>
        ((YamlSequenceNode)collection["fields"]).Cast<YamlMappingNode>();

    private static string[] FieldNames(YamlMappingNode collection) => Fields(collection).Select(f => Text(f, "name")).ToArray();

    private static YamlMappingNode Field(YamlMappingNode dataset, string collection, string name) =>
        Assert.Single(Fields(Collection(dataset, collection)), f => Text(f, "name") == name);

    private static YamlMappingNode Meta(YamlMappingNode field) => (YamlMappingNode)field["fides_meta"];

    private static string[] Categories(YamlMappingNode field) =>
        ((YamlSequenceNode)field["data_categories"]).Select(n => ((YamlScalarNode)n).Value!).ToArray();
}
