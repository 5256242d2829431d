using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Pii.Analyzers.Tests;

public class DescriptorTests
{
    private static string RepositoryRoot([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    public static TheoryData<string> Ids => new(Descriptors.All.Select(d => d.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_has_a_help_link_to_its_page_and_the_page_exists(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors.All.Single(d => d.Id == id);

        Assert.Equal(Descriptors.HelpLinkBase + id + ".md", descriptor.HelpLinkUri);
        string page = Path.Combine(RepositoryRoot(), "docs", "diagnostics", id + ".md");
        Assert.True(File.Exists(page), $"{page} is missing");
        Assert.StartsWith($"# {id}: {descriptor.Title}", File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_is_in_the_release_tracking_file_and_the_readme_table(string id)
    {
        string unshipped = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "PiiAnalyzers", "AnalyzerReleases.Unshipped.md"));
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "diagnostics", "README.md"));
        DiagnosticDescriptor descriptor = Descriptors.All.Single(d => d.Id == id);

        Assert.Contains($"{id} | {Descriptors.Category} |", unshipped);
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.Title} |", readme);
    }

    [Fact]
    public void Ids_are_unique_and_follow_the_PII_numbering()
    {
        Assert.Equal(Descriptors.All.Length, Descriptors.All.Select(d => d.Id).Distinct().Count());
        Assert.All(Descriptors.All, d => Assert.Matches("^PII[0-9]{3}$", d.Id));
        Assert.All(Descriptors.All, d => Assert.Equal(Descriptors.Category, d.Category));
    }
}
