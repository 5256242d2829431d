using System;
using System.Linq;
using System.Text.Json;
using Pii.Erasure;
using Pii.Runtime.Tests.Entities;

namespace Pii.Runtime.Tests;

/// <summary>Collections of owned objects: a member that holds several objects of a class with tagged members.</summary>
public class OwnedCollectionTests
{
    private static Household Household()
    {
        var household = new Household
        {
            Number = "H-7",
            Residents = [new Resident { Name = "Canary Anna", TaxNumber = "NL-CANARY-1" }, null, new Resident { Name = "Canary Bram", TaxNumber = "NL-CANARY-2" }],
        };
        household.AddLodger(new Resident { Name = "Canary Lodger" });
        household.Guests.Add(new Resident { Name = "Canary Guest" });
        return household;
    }

    [Fact]
    public void Export_writes_each_element_as_an_object_in_an_array_and_a_null_element_or_collection_as_null()
    {
        using JsonDocument document = JsonDocument.Parse(TestData.Export(w => Household().WritePersonalData(w)));

        JsonElement residents = document.RootElement.GetProperty("Residents");
        Assert.Equal(JsonValueKind.Array, residents.ValueKind);
        Assert.Equal(3, residents.GetArrayLength());
        Assert.Equal("Canary Anna", residents[0].GetProperty("Name").GetProperty("value").GetString());
        Assert.Equal("tax-identifier", residents[0].GetProperty("TaxNumber").GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.Null, residents[1].ValueKind);
        Assert.Equal("Canary Bram", residents[2].GetProperty("Name").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("Former").ValueKind);

        // The property that exposes a private list, once; neither the list's field nor a reviewed view.
        Assert.Equal("Canary Lodger", document.RootElement.GetProperty("Lodgers")[0].GetProperty("Name").GetProperty("value").GetString());
        Assert.False(document.RootElement.TryGetProperty("_lodgers", out _));
        Assert.False(document.RootElement.TryGetProperty("Named", out _));

        // Any collection of one class, not only the common ones.
        Assert.Equal("Canary Guest", document.RootElement.GetProperty("Guests")[0].GetProperty("Name").GetProperty("value").GetString());
    }

    [Fact]
    public void A_public_field_holding_a_collection_is_exported_erased_and_redacted()
    {
        Household household = Household();
        household.Boarders.Add(new Resident { Name = "Canary Boarder" });

        using JsonDocument document = JsonDocument.Parse(TestData.Export(w => household.WritePersonalData(w)));
        string redacted = household.ToRedactedString();
        ErasureResult result = household.ErasePersonalData(ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(TestData.Key));

        Assert.Equal("Canary Boarder", document.RootElement.GetProperty("Boarders")[0].GetProperty("Name").GetProperty("value").GetString());
        Assert.Contains("Boarders = [", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Canary Boarder", redacted, StringComparison.Ordinal);
        Assert.Null(household.Boarders[0].Name);
        Assert.Equal(ErasureOutcome.Cleared, result["Household.Boarders[0].Name"]!.Outcome);
    }

    [Fact]
    public void An_array_of_owned_objects_is_exported_and_erased_like_a_list()
    {
        Household household = Household();
        household.Former = [new Resident { Name = "Canary Cas" }];

        using JsonDocument document = JsonDocument.Parse(TestData.Export(w => household.WritePersonalData(w)));
        ErasureResult result = household.ErasePersonalData(ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(TestData.Key));

        Assert.Equal("Canary Cas", document.RootElement.GetProperty("Former")[0].GetProperty("Name").GetProperty("value").GetString());
        Assert.Null(household.Former[0].Name);
        Assert.Equal(ErasureOutcome.Cleared, result["Household.Former[0].Name"]!.Outcome);
        Assert.Null(household.Lodgers.Single().Name);
        Assert.Single(result.Members, m => m.Member.EndsWith(".Name", StringComparison.Ordinal) && m.Member.Contains("odgers", StringComparison.Ordinal));
    }

    [Fact]
    public void Objects_with_no_tag_of_their_own_are_followed_to_the_tagged_objects_inside_them()
    {
        Household household = Household();
        household.Floors = [new Floor { Level = 2, Tenant = new Resident { Name = "Canary Tenant", TaxNumber = "NL-CANARY-T" } }, new Floor { Level = 3 }];

        using JsonDocument document = JsonDocument.Parse(TestData.Export(w => household.WritePersonalData(w)));
        string redacted = household.ToRedactedString();
        ErasureResult result = household.ErasePersonalData(ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(TestData.Key));

        JsonElement floors = document.RootElement.GetProperty("Floors");
        Assert.Equal(2, floors.GetArrayLength());
        Assert.Equal("Canary Tenant", floors[0].GetProperty("Tenant").GetProperty("Name").GetProperty("value").GetString());
        Assert.False(floors[0].TryGetProperty("Level", out _)); // not personal data: not exported
        Assert.Equal(JsonValueKind.Null, floors[1].GetProperty("Tenant").ValueKind);

        Assert.Null(household.Floors[0].Tenant!.Name);
        Assert.Equal("NL-CANARY-T", household.Floors[0].Tenant!.TaxNumber); // Tax: held
        Assert.Equal(2, household.Floors[0].Level);
        Assert.Equal(ErasureOutcome.Cleared, result["Household.Floors[0].Tenant.Name"]!.Outcome);
        Assert.Equal(ErasureOutcome.Held, result["Household.Floors[0].Tenant.TaxNumber"]!.Outcome);
        Assert.Contains("Floors = [ Floor { Tenant = Resident { Name = ", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("Canary Tenant", redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Erasure_reaches_every_element_and_reports_it_by_index()
    {
        Household household = Household();

        ErasureResult result = household.ErasePersonalData(ErasureRequest.Everything(TestData.Now).WithPseudonymizationKey(TestData.Key));

        Assert.All(household.Residents.OfType<Resident>(), r => Assert.Null(r.Name));
        Assert.All(household.Residents.OfType<Resident>(), r => Assert.StartsWith("NL-CANARY-", r.TaxNumber, StringComparison.Ordinal)); // Tax: held
        Assert.Equal(ErasureOutcome.Cleared, result["Household.Residents[0].Name"]!.Outcome);
        Assert.Equal(ErasureOutcome.Cleared, result["Household.Residents[2].Name"]!.Outcome);
        Assert.Equal(ErasureOutcome.Held, result["Household.Residents[2].TaxNumber"]!.Outcome);
        Assert.Null(result["Household.Residents[1].Name"]); // a null element has nothing to erase
        Assert.Equal("H-7", household.Number);
    }

    [Fact]
    public void A_failure_in_a_later_element_rolls_back_the_earlier_ones()
    {
        Household household = Household();
        household.Residents[2]!.Alias = "canary-bram"; // pseudonymized on erasure, and the request has no key

        Assert.Throws<ErasureFailedException>(() => household.ErasePersonalData(ErasureRequest.Everything(TestData.Now)));

        Assert.Equal("Canary Anna", household.Residents[0]!.Name); // erased before the failure, restored
        Assert.Equal("Canary Bram", household.Residents[2]!.Name);
        Assert.Equal("canary-bram", household.Residents[2]!.Alias);
    }

    [Fact]
    public void The_redacted_view_shows_each_element_redacted()
    {
        string text = Household().ToRedactedString();

        Assert.Contains("Residents = [ Resident { Name = [redacted], TaxNumber = [redacted], Alias = null }, null, Resident { Name = [redacted], TaxNumber = [redacted], Alias = null } ]", text);
        Assert.Contains("Former = null", text);
        Assert.DoesNotContain("Canary", text, StringComparison.Ordinal);
    }
}
