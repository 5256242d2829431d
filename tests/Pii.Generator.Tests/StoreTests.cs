using System.Linq;
using Microsoft.CodeAnalysis;
using Pii.Generator.Tests.Infrastructure;

namespace Pii.Generator.Tests;

/// <summary>
/// The EF Core store: which entities a context's generated operations reach and the queries that find a subject's rows.
/// (The generated code is compiled and run against SQLite and PostgreSQL in Pii.Store.Tests; here EF Core is a stand-in.)
/// </summary>
public class StoreTests
{
    private static string StoreSource()
    {
        (GeneratorRunResult result, _) = GeneratorRun.Run(GeneratorRun.Compile([GeneratorRun.Input("Store.cs")]));
        Assert.Null(result.Exception);
        return Assert.Single(result.GeneratedSources, s => s.HintName.EndsWith(".PersonalDataStore.g.cs")).SourceText.ToString();
    }

    [Fact]
    public void A_context_with_tagged_entities_gets_one_store_with_a_row_query_per_linked_entity()
    {
        string store = StoreSource();

        Assert.Contains("public static MailContextPersonalData PersonalData(this global::Mail.MailContext db", store);
        Assert.Contains("private global::System.Linq.IQueryable<global::Mail.Contact> ContactRows(int subjectKey)", store);
        Assert.Contains("db.Set<global::Mail.Contact>().Where(row => row.Id == subjectKey)", store);
        // A nullable {Subject}Id foreign key, a [SubjectLink] through an intermediate entity, a navigation without a foreign key.
        Assert.Contains("db.Set<global::Mail.EmailEvent>().Where(row => row.ContactId == subjectKey)", store);
        Assert.Contains("db.Set<global::Mail.Click>().Where(row => db.Set<global::Mail.EmailEvent>().Any(parent1 => parent1.Id == row.EmailEventId && parent1.ContactId == subjectKey))", store);
        Assert.Contains("db.Set<global::Mail.Review>().Where(row => row.Author!.Id == subjectKey)", store);
    }

    [Fact]
    public void An_entity_without_a_link_is_left_out_of_export_and_erasure_but_still_purged()
    {
        string store = StoreSource();

        Assert.DoesNotContain("OrphanRows", store);
        Assert.Contains("await PurgeOrphanAsync(result, token);", store);
    }

    [Fact]
    public void Dependents_are_erased_before_what_they_link_to()
    {
        string store = StoreSource();

        int click = store.IndexOf("await EraseClickAsync(", System.StringComparison.Ordinal);
        int emailEvent = store.IndexOf("await EraseEmailEventAsync(", System.StringComparison.Ordinal);
        int contact = store.IndexOf("await EraseContactAsync(", System.StringComparison.Ordinal);
        Assert.True(click >= 0 && click < emailEvent && emailEvent < contact, "clicks, then e-mail events, then the contact");
    }

    [Fact]
    public void Without_a_DbContext_no_store_is_generated()
    {
        (GeneratorRunResult result, _) = GeneratorRun.Run(GeneratorRun.Compile([GeneratorRun.Input("Customer.cs")]));

        Assert.DoesNotContain(result.GeneratedSources, s => s.HintName.EndsWith(".PersonalDataStore.g.cs"));
        Assert.NotEmpty(result.GeneratedSources);
    }
}
