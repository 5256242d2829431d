using System;
using System.Linq;
using System.Text.Json;
using Pii.Export;
using Pii.Runtime.Tests.Crm;
using Pii.Runtime.Tests.Entities;

namespace Pii.Runtime.Tests;

public class ExportTests
{
    private const string LoginPurpose = """{"purpose":"Login","legalBasis":"legitimate-interests","retention":"P30D","retentionTrigger":"after the account is closed"}""";
    private const string MarketingPurpose = """{"purpose":"Marketing","legalBasis":"consent","retention":"P2Y"}""";
    private const string SupportPurpose = """{"purpose":"Support","legalBasis":"legitimate-interests","retention":"P1Y","retentionTrigger":"after the last ticket is closed"}""";
    private const string AccountPurpose = """{"purpose":"Account","legalBasis":"contract","retention":"P30D","retentionTrigger":"after the account is closed"}""";
    private const string TaxPurpose = """{"purpose":"Tax","legalBasis":"legal-obligation","retention":"P7Y"}""";
    private const string SecurityPurpose = """{"purpose":"Security","legalBasis":"legitimate-interests","retention":"P90D"}""";

    [Fact]
    public void Access_export_writes_every_tagged_member_with_category_and_all_purposes()
    {
        string json = TestData.Export(TestData.Customer(), ExportScope.Access);

        string expected =
            "{" +
            $$"""
            "Email":{"value":"canary.jansen@example.nl","category":"email-address","purposes":[{{LoginPurpose}},{{MarketingPurpose}},{{SupportPurpose}}]},
            """.TrimEnd() +
            $$"""
            "FirstName":{"value":"Canaryfirst","category":"name","purposes":[{{AccountPurpose}}]},
            """.TrimEnd() +
            $$"""
            "LastName":{"value":"Canarylastname","category":"name","purposes":[{{AccountPurpose}}]},
            """.TrimEnd() +
            $$"""
            "Phone":{"value":"\u002B31612345678","category":"phone-number","purposes":[{{SupportPurpose}}]},
            """.TrimEnd() +
            $$"""
            "BirthDate":{"value":"1980-05-17","category":"date-of-birth","purposes":[{{AccountPurpose}}]},
            """.TrimEnd() +
            $$"""
            "Gender":{"value":"Female","category":"gender","purposes":[{{MarketingPurpose}}]},
            """.TrimEnd() +
            $$"""
            "VatNumber":{"value":"NL123456789B01","category":"tax-identifier","purposes":[{{TaxPurpose}}]},
            """.TrimEnd() +
            $$"""
            "SignupIp":{"value":"203.0.113.77","category":"ip-address","purposes":[{{SecurityPurpose}}]},
            """.TrimEnd() +
            $$"""
            "Interests":{"value":["canary-cycling","canary-jazz"],"category":"preferences","purposes":[{{MarketingPurpose}}]},
            """.TrimEnd() +
            $$"""
            "UserName":{"value":"canaryuser","category":"account-identifier","purposes":[{{AccountPurpose}}]},
            """.TrimEnd() +
            $$"""
            "PasswordHash":{"value":"canary-hash-AQAAAAEAACcQ","category":"credentials","purposes":[{{AccountPurpose}}]},
            """.TrimEnd() +
            $$$"""
            "Address":{"Street":{"value":"Canarystraat 12","category":"postal-address","purposes":[{{{AccountPurpose}}}]},"City":{"value":"Canaryville","category":"postal-address","purposes":[{{{AccountPurpose}}}]}}
            """.TrimEnd() +
            "}";

        Assert.Equal(expected, json);
    }

    [Fact]
    public void Portability_export_keeps_only_consent_and_contract_data_and_only_those_purposes()
    {
        string json = TestData.Export(TestData.Customer(), ExportScope.Portability);

        using JsonDocument document = JsonDocument.Parse(json);
        string[] members = document.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["Email", "FirstName", "LastName", "BirthDate", "Gender", "Interests", "UserName", "PasswordHash", "Address"], members);

        // The e-mail address serves login and support on legitimate interest, and marketing on consent: only marketing is portable.
        Assert.Equal(
            $$"""{"value":"canary.jansen@example.nl","category":"email-address","purposes":[{{MarketingPurpose}}]}""",
            document.RootElement.GetProperty("Email").GetRawText());

        // Phone (support, legitimate interests), VAT number (tax, legal obligation) and sign-up IP (security) are not portable.
        Assert.DoesNotContain("+31612345678", json);
        Assert.DoesNotContain("NL123456789B01", json);
        Assert.DoesNotContain("203.0.113.77", json);
    }

    [Fact]
    public void Null_values_are_exported_as_null_and_owned_objects_that_are_missing_as_null()
    {
        var customer = new Customer { Email = "x@example.org" };

        using JsonDocument document = JsonDocument.Parse(TestData.Export(customer, ExportScope.Access));

        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("FirstName").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("BirthDate").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("SignupIp").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("Address").ValueKind);
        Assert.Equal(JsonValueKind.Array, document.RootElement.GetProperty("Interests").GetProperty("value").ValueKind);
    }

    [Fact]
    public void Inherited_members_of_a_generic_base_are_exported_with_the_derived_type()
    {
        var ticket = new SupportTicket
        {
            CreatedBy = "canary-agent",
            Body = "Please call me back",
            Recording = [1, 2, 3],
            LastContactAt = new System.DateTime(2026, 1, 2, 3, 4, 5, System.DateTimeKind.Utc),
            Rating = 4.5m,
        };

        using JsonDocument document = JsonDocument.Parse(TestData.Export(w => ticket.WritePersonalData(w)));
        JsonElement root = document.RootElement;

        Assert.Equal(["CreatedBy", "Body", "Recording", "LastContactAt", "Rating"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("canary-agent", root.GetProperty("CreatedBy").GetProperty("value").GetString());
        Assert.Equal("AQID", root.GetProperty("Recording").GetProperty("value").GetString());
        Assert.Equal("2026-01-02T03:04:05Z", root.GetProperty("LastContactAt").GetProperty("value").GetString());
        Assert.Equal(4.5m, root.GetProperty("Rating").GetProperty("value").GetDecimal());
        Assert.Equal("call-recording", root.GetProperty("Recording").GetProperty("category").GetString());
    }

    [Fact]
    public void Records_with_init_only_and_private_members_and_special_categories_are_exported()
    {
        var applicant = new Applicant(System.Guid.NewGuid(), "Canary Applicant", "canary-asthma") { Employers = ["Canary BV"], Children = 2 }
            .WithSchool("Canary University");

        using JsonDocument document = JsonDocument.Parse(TestData.Export(w => applicant.WritePersonalData(w, ExportScope.Portability)));
        JsonElement root = document.RootElement;

        Assert.Equal("Canary Applicant", root.GetProperty("FullName").GetProperty("value").GetString());
        Assert.Equal("health", root.GetProperty("HealthNotes").GetProperty("specialCategory").GetString());
        Assert.Equal("explicit-consent", root.GetProperty("HealthNotes").GetProperty("article9Condition").GetString());
        Assert.Equal("Canary BV", root.GetProperty("Employers").GetProperty("value")[0].GetString());
        Assert.Equal("Canary University", root.GetProperty("_school").GetProperty("value").GetString());
        Assert.Equal(2, root.GetProperty("Children").GetProperty("value").GetInt32());
    }

    [Fact]
    public void Types_with_the_same_name_in_different_namespaces_and_nested_and_global_types_each_export_their_own_members()
    {
        string entities = TestData.Export(w => new Entities.Lead { Email = "lead@example.org", Company = "Canary Ltd" }.WritePersonalData(w));
        string crm = TestData.Export(w => new Crm.Lead { Phone = "+3200000" }.WritePersonalData(w));
        string nested = TestData.Export(w => new Outer.Inner { Nickname = "Canarynick" }.WritePersonalData(w));
        string global = TestData.Export(w => new global::Subscriber { Email = "sub@example.org" }.WritePersonalData(w));
        string derived = TestData.Export(w => new TrackedVisit { IpAddress = "198.51.100.4", Pages = ["/pricing"] }.WritePersonalData(w));

        Assert.Contains("\"Company\":{\"value\":\"Canary Ltd\"", entities);
        Assert.DoesNotContain("Phone", entities);
        Assert.Contains("\"Phone\":", crm);
        Assert.Contains("Canarynick", nested);
        Assert.Contains("sub@example.org", global);
        Assert.Contains("\"IpAddress\":{\"value\":\"198.51.100.4\"", derived);
        Assert.Contains("\"Pages\":{\"value\":[\"/pricing\"]", derived);
    }
}

public class OwnedExportTests
{
    [Fact]
    public void An_owned_object_with_no_consent_or_contract_data_is_left_out_of_the_portability_export()
    {
        var order = new Order { Recipient = "Canary Recipient", Delivery = new TaxAddress { Line = "Canary Lane 1" } };

        string access = TestData.Export(w => order.WritePersonalData(w, ExportScope.Access));
        string portability = TestData.Export(w => order.WritePersonalData(w, ExportScope.Portability));

        Assert.Contains("\"Delivery\":{\"Line\":{\"value\":\"Canary Lane 1\"", access);
        Assert.DoesNotContain("Delivery", portability);
        Assert.Contains("Canary Recipient", portability);
    }
}

public class InheritanceTests
{
    [Fact]
    public void A_derived_type_without_tags_of_its_own_is_exported_erased_and_redacted_by_its_base()
    {
        var vip = new VipCustomer { Id = 9, Email = "canary.vip@example.org", Tier = 3 };

        string json = TestData.Export(w => vip.WritePersonalData(w));
        Pii.Erasure.ErasureResult result = vip.ErasePersonalData(Pii.Erasure.ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(TestData.Key));

        Assert.Contains("canary.vip@example.org", json);
        Assert.Equal("Customer", result.Type);
        Assert.Equal(string.Empty, vip.Email);
        Assert.DoesNotContain("canary", vip.ToRedactedString());
    }
}

public class InvoiceExportTests
{
    private static readonly Invoice Invoice = new()
    {
        IssuedOn = new System.DateTime(2024, 1, 31),
        BillingName = "Canary Billing",
        BillingAddress = "Canary Road 7",
        Iban = "NL91ABNA0417164300",
        CampaignCode = "spring",
    };

    [Fact]
    public void Access_export_of_an_invoice_is_exact()
    {
        const string Tax = """{"purpose":"Tax","legalBasis":"legal-obligation","retention":"P7Y"}""";
        const string Marketing = """{"purpose":"Marketing","legalBasis":"consent","retention":"P2Y"}""";
        const string Payments = """{"purpose":"Payments","legalBasis":"legal-obligation","retention":"P7Y"}""";

        Assert.Equal(
            "{" +
            $$"""
            "BillingName":{"value":"Canary Billing","category":"name","purposes":[{{Tax}}]},
            """.TrimEnd() +
            $$"""
            "BillingAddress":{"value":"Canary Road 7","category":"postal-address","purposes":[{{Tax}},{{Marketing}}]},
            """.TrimEnd() +
            $$"""
            "Iban":{"value":"NL91ABNA0417164300","category":"payment-data","purposes":[{{Payments}}]},
            """.TrimEnd() +
            $$"""
            "CampaignCode":{"value":"spring","category":"email-engagement","purposes":[{{Marketing}}]}
            """.TrimEnd() +
            "}",
            TestData.Export(w => Invoice.WritePersonalData(w, ExportScope.Access)));
    }

    [Fact]
    public void Portability_export_of_an_invoice_is_exact()
    {
        const string Marketing = """{"purpose":"Marketing","legalBasis":"consent","retention":"P2Y"}""";

        Assert.Equal(
            "{" +
            $$"""
            "BillingAddress":{"value":"Canary Road 7","category":"postal-address","purposes":[{{Marketing}}]},
            """.TrimEnd() +
            $$"""
            "CampaignCode":{"value":"spring","category":"email-engagement","purposes":[{{Marketing}}]}
            """.TrimEnd() +
            "}",
            TestData.Export(w => Invoice.WritePersonalData(w, ExportScope.Portability)));
    }

    [Fact]
    public void Numbers_of_every_kind_keep_their_exact_value()
    {
        var measurements = new Measurements
        {
            Height = 0.1f,
            Weight = null,
            Salary = 1234567890.123456789m,
            Floor = -2,
            Offset = -128,
            Visits = uint.MaxValue,
            Points = ulong.MaxValue,
            Shoe = 255,
        };

        using JsonDocument json = JsonDocument.Parse(TestData.Export(w => measurements.WritePersonalData(w)));
        string Raw(string member) => json.RootElement.GetProperty(member).GetProperty("value").GetRawText();

        Assert.Equal("0.1", Raw("Height"));                       // a float widened to double would read 0.10000000149011612
        Assert.Equal("null", Raw("Weight"));
        Assert.Equal("1234567890.123456789", Raw("Salary"));      // through double it would lose digits
        Assert.Equal("-2", Raw("Floor"));
        Assert.Equal("-128", Raw("Offset"));
        Assert.Equal("4294967295", Raw("Visits"));
        Assert.Equal("18446744073709551615", Raw("Points"));
        Assert.Equal("255", Raw("Shoe"));
    }

    /// <summary>
    /// JSON has no number for NaN or the infinities: before, the writer threw halfway through the object. Special-category
    /// members (BloodSugar, Pulse), written out by the generated code itself, too.
    /// </summary>
    [Theory]
    [InlineData(double.NaN, float.PositiveInfinity, "NaN", "Infinity")]
    [InlineData(double.NegativeInfinity, float.NaN, "-Infinity", "NaN")]
    public void NaN_and_infinities_are_written_as_their_names(double weight, float height, string weightText, string heightText)
    {
        var measurements = new Measurements { Weight = weight, Height = height, BloodSugar = weight, Pulse = height };

        using JsonDocument json = JsonDocument.Parse(TestData.Export(w => measurements.WritePersonalData(w)));

        Assert.Equal(weightText, json.RootElement.GetProperty("Weight").GetProperty("value").GetString());
        Assert.Equal(heightText, json.RootElement.GetProperty("Height").GetProperty("value").GetString());
        Assert.Equal(weightText, json.RootElement.GetProperty("BloodSugar").GetProperty("value").GetString());
        Assert.Equal(heightText, json.RootElement.GetProperty("Pulse").GetProperty("value").GetString());
        Assert.Equal(0u, json.RootElement.GetProperty("Visits").GetProperty("value").GetUInt32()); // the object goes on after them
    }

    [Fact]
    public void Every_data_category_has_its_shared_encoded_text()
    {
        foreach (DataCategory category in Enum.GetValues<DataCategory>())
        {
            var field = typeof(DataCategoryJson).GetField(category.ToString());
            Assert.True(field is not null, $"DataCategoryJson has no field for {category}");
            string expected = string.Concat(category.ToString().Select((c, i) => char.IsUpper(c) ? (i > 0 ? "-" : "") + char.ToLowerInvariant(c) : c.ToString()));
            Assert.Equal(expected, ((JsonEncodedText)field!.GetValue(null)!).Value);
        }

        Assert.Equal(Enum.GetValues<DataCategory>().Length, typeof(DataCategoryJson).GetFields().Length);
    }
}
