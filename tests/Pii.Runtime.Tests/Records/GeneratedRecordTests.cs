using System;
using System.Linq;
using Pii.Records;

namespace Pii.Runtime.Tests.Records;

/// <summary>The record this test assembly's own build generated: its typed value, its JSON and the readers and writers that use them.</summary>
public class GeneratedRecordTests
{
    [Fact]
    public void The_typed_value_is_read_once_from_the_JSON()
    {
        ProcessingRecord value = PersonalDataProcessingRecord.Value;

        Assert.Same(value, PersonalDataProcessingRecord.Value);
        Assert.Equal("Pii.Runtime.Tests", value.Assembly);
        Assert.Equal(PersonalDataProcessingRecord.Json.Split("\"erasure\":").Length - 1, value.Fields.Count);
    }

    [Fact]
    public void The_record_of_this_assembly_names_its_subjects_entities_and_links()
    {
        ProcessingRecord record = PersonalDataProcessingRecord.Value;

        SubjectEntry customer = Assert.Single(record.Subjects, s => s.Kind == "customer");
        Assert.Equal("Pii.Runtime.Tests.Entities.Customer", customer.Root);
        Assert.Contains("Pii.Runtime.Tests.Entities.Invoice", customer.Entities);

        EntityEntry open = Assert.Single(record.Entities, e => e.Name == "EmailOpen");
        Assert.Equal(new LinkEntry("CustomerId", "Pii.Runtime.Tests.Entities.Customer", "Id"), open.Link);

        // Declared for all purposes (no Purposes list): a recipient of every purpose.
        Assert.All(record.Purposes, p => Assert.Contains("Amazon Web Services", p.Recipients));
        Assert.Equal(["Amazon Web Services", "Mailjet"], record.Purposes.Single(p => p.Name == "Marketing").Recipients);

        FieldEntry iban = Assert.Single(record.Fields, f => f.Member == "Pii.Runtime.Tests.Entities.Invoice.Iban");
        Assert.Equal(ErasureStrategy.Retain, iban.Erasure);
        Assert.Equal("Entities/Invoice.cs", iban.Source!.File);
    }

    [Fact]
    public void Every_kind_of_document_can_be_made_from_the_generated_value()
    {
        ProcessingRecord record = PersonalDataProcessingRecord.Value;

        Assert.Contains("Test Shop BV", ProcessingRecordHtml.Render(record));
        Assert.Contains("fides_key:", FidesDataset.Render(record));
        Assert.Equal(record.Purposes.Count + 1, IcoRecordCsv.Render(record).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
