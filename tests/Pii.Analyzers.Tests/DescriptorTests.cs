using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Pii.Analyzers.Tests;

public class DescriptorTests
{
    private static string RepositoryRoot([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", ".."));

    public static TheoryData<string> Ids => new(Descriptors.All.Select(d => d.Id).Distinct());

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_has_a_help_link_to_its_page_and_the_page_exists(string id)
    {
        DiagnosticDescriptor descriptor = Descriptors.All.First(d => d.Id == id);

        Assert.All(Descriptors.All.Where(d => d.Id == id), d => Assert.Equal(Descriptors.HelpLinkBase + id + ".md", d.HelpLinkUri));
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
        DiagnosticDescriptor descriptor = Descriptors.All.First(d => d.Id == id);

        Assert.Contains($"{id} | {Descriptors.Category} | {descriptor.DefaultSeverity} |", unshipped);
        Assert.Contains($"| [{id}]({id}.md) | {descriptor.Title} |", readme);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_diagnostic_is_an_error_under_PiiEnforce(string id)
    {
        string enforce = File.ReadAllText(Path.Combine(RepositoryRoot(), "src", "PiiAttributes", "build", "Pii.Enforce.globalconfig"));

        Assert.Contains($"dotnet_diagnostic.{id}.severity = error", enforce);
    }

    [Fact]
    public void Descriptors_sharing_an_id_share_its_title_and_severity_and_ids_follow_the_PII_numbering()
    {
        foreach (IGrouping<string, DiagnosticDescriptor> id in Descriptors.All.GroupBy(d => d.Id))
        {
            Assert.Single(id.Select(d => d.Title.ToString()).Distinct());
            Assert.Single(id.Select(d => d.DefaultSeverity).Distinct());
        }

        Assert.All(Descriptors.All, d => Assert.Matches("^PII[0-9]{3}$", d.Id));
        Assert.All(Descriptors.All, d => Assert.Equal(Descriptors.Category, d.Category));
        Assert.All(Descriptors.All, d => Assert.Equal(DiagnosticSeverity.Warning, d.DefaultSeverity));
    }

    [Fact]
    public void Every_descriptor_is_reported_by_an_analyzer()
    {
        var supported = typeof(Descriptors).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .ToHashSet();

        Assert.All(Descriptors.All, d => Assert.Contains(d, supported));
    }

    [Fact]
    public void The_compiler_loads_one_analyzer_that_supports_every_descriptor()
    {
        Type[] loaded = typeof(Descriptors).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzerAttribute), inherit: false).Length > 0)
            .ToArray();

        Assert.Equal([typeof(PiiAnalyzer)], loaded);
        Assert.All(Descriptors.All, d => Assert.Contains(d, new PiiAnalyzer().SupportedDiagnostics));
    }
}
