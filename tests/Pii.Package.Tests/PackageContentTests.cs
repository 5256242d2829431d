using System;
using System.Collections.Generic;
using System.Linq;

namespace Pii.Package.Tests;

/// <summary>What <c>dotnet pack</c> of the solution makes: two packages, and in Pii what the compiler and the build need.</summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class PackageContentTests(PackedPackages packages)
{
    private static readonly string[] AnalyzerAssemblies = ["Pii.Generator.dll", "Pii.Analyzers.dll", "Pii.CodeFixes.dll"];

    [Fact]
    public void Packing_the_solution_makes_Pii_and_Pii_Compliance_and_nothing_else()
    {
        Assert.Equal(new[] { $"Pii.{packages.Version}.nupkg", $"Pii.Compliance.{packages.Version}.nupkg" }.Order(StringComparer.Ordinal), packages.FeedFiles);
        Assert.Equal("Pii", packages.Pii.Value("id"));
        Assert.Equal("Pii.Compliance", packages.Compliance.Value("id"));
        Assert.StartsWith("0.1.0-test.", packages.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void Pii_holds_the_library_for_each_framework_and_only_the_library_under_lib()
    {
        foreach (string framework in new[] { "netstandard2.0", "net8.0", "net10.0" })
        {
            Assert.Contains($"lib/{framework}/Pii.dll", packages.Pii.Entries);
            Assert.Contains($"lib/{framework}/Pii.xml", packages.Pii.Entries);
        }

        Assert.Equal(6, Under("lib/").Count());
    }

    [Fact]
    public void Pii_holds_the_generator_the_analyzers_and_the_code_fixes_for_the_compiler_and_nowhere_else()
    {
        Assert.Equal(AnalyzerAssemblies.Select(dll => "analyzers/dotnet/cs/" + dll).Order(StringComparer.Ordinal), Under("analyzers/"));
        foreach (string dll in AnalyzerAssemblies)
        {
            Assert.Single(packages.Pii.Entries, entry => entry.EndsWith("/" + dll, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Pii_holds_its_targets_for_direct_and_transitive_references_and_the_record_tool_they_run()
    {
        Assert.Equal(new[] { "build/Pii.Enforce.globalconfig", "build/Pii.targets" }, Under("build/"));
        Assert.Equal(new[] { "buildTransitive/Pii.targets" }, Under("buildTransitive/"));

        // What `dotnet exec tools/net10.0/Pii.RecordTool.dll` needs, as Pii.targets runs it, and no app host or symbols.
        Assert.Equal(
            new[] { "Pii.RecordTool.deps.json", "Pii.RecordTool.dll", "Pii.RecordTool.runtimeconfig.json", "Pii.dll" }.Select(file => "tools/net10.0/" + file),
            Under("tools/"));

        Assert.Contains("PACKAGE.md", packages.Pii.Entries);
        Assert.Equal("PACKAGE.md", packages.Pii.Value("readme"));
    }

    [Fact]
    public void Pii_depends_on_System_Text_Json_before_net10_0_only_and_on_none_of_its_own_projects()
    {
        IReadOnlyDictionary<string, string[]> groups = packages.Pii.Dependencies();

        Assert.Equal(new[] { ".NETStandard2.0", "net10.0", "net8.0" }, groups.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("System.Text.Json", Assert.Single(groups[".NETStandard2.0"]).Split(' ')[0]);
        Assert.Equal("System.Text.Json", Assert.Single(groups["net8.0"]).Split(' ')[0]);
        Assert.Empty(groups["net10.0"]);
    }

    [Fact]
    public void Pii_Compliance_depends_on_the_same_version_of_Pii_and_brings_no_compiler_parts_of_its_own()
    {
        string[] dependencies = Assert.Single(packages.Compliance.Dependencies()).Value;

        Assert.Contains($"Pii {packages.Version}", dependencies);
        Assert.Contains("lib/net10.0/Pii.Compliance.dll", packages.Compliance.Entries);
        Assert.Equal("PACKAGE.md", packages.Compliance.Value("readme"));
        Assert.DoesNotContain(packages.Compliance.Entries, entry => entry.StartsWith("analyzers/", StringComparison.Ordinal) || entry.StartsWith("build", StringComparison.Ordinal));
    }

    private IEnumerable<string> Under(string folder) =>
        packages.Pii.Entries.Where(entry => entry.StartsWith(folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
