using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using System.Xml.Linq;
using Pii.Tests.Shared;

namespace Pii.Package.Tests;

/// <summary>
/// The packages as <c>dotnet pack</c> of the whole solution makes them, packed once for every test of the collection.
/// They are built from the sources with artifacts of their own in a temporary folder, so the repository's bin/ and obj/
/// are neither used nor changed, and with a version suffix no earlier run had, so no NuGet cache can serve an older Pii.
/// </summary>
public sealed class PackedPackages : IAsyncLifetime
{
    private readonly string suffix = "test." + Guid.NewGuid().ToString("N").Substring(0, 12);

    /// <summary>The temporary folder of the run: artifacts, the package folder and the consumers' projects.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pii-package-" + Guid.NewGuid().ToString("N"));

    /// <summary>The folder <c>dotnet pack -o</c> wrote to, used by the consumers as a NuGet source.</summary>
    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The packages' version: the repository's version prefix and this run's suffix.</summary>
    public string Version { get; private set; } = "";

    public string PackLog { get; private set; } = "";

    public PackedPackage Pii { get; private set; } = null!;

    public PackedPackage Compliance { get; private set; } = null!;

    /// <summary>Every file the pack wrote to the package folder.</summary>
    public IReadOnlyList<string> FeedFiles { get; private set; } = [];

    public async Task InitializeAsync()
    {
        string repository = RepositoryRoot();
        (int exit, string log) = await DotnetCommand.RunAsync(repository,
        [
            "pack", Path.Combine(repository, "Pii.sln"), "--disable-build-servers", "-nologo",
            "--artifacts-path", Path.Combine(Root, "artifacts"), "-o", Feed, "-p:VersionSuffix=" + suffix,
        ]);
        PackLog = log;
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet pack exited with {exit}:{Environment.NewLine}{log}");
        }

        FeedFiles = Directory.GetFiles(Feed).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();
        string pii = FeedFiles.Single(file => file.StartsWith("Pii.", StringComparison.Ordinal) && !file.StartsWith("Pii.Compliance.", StringComparison.Ordinal));
        Version = pii.Substring("Pii.".Length, pii.Length - "Pii..nupkg".Length);
        if (!Version.EndsWith("-" + suffix, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the package {pii} does not carry this run's suffix {suffix}");
        }

        Pii = PackedPackage.Read(Path.Combine(Feed, pii));
        Compliance = PackedPackage.Read(Path.Combine(Feed, $"Pii.Compliance.{Version}.nupkg"));
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }

        return Task.CompletedTask;
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

/// <summary>What a .nupkg holds: its entries (paths with '/') and its .nuspec.</summary>
public sealed record PackedPackage(IReadOnlySet<string> Entries, XElement Metadata)
{
    public static PackedPackage Read(string path)
    {
        using ZipArchive archive = ZipFile.OpenRead(path);
        var entries = archive.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
        ZipArchiveEntry nuspec = archive.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !entry.FullName.Contains('/'));
        using Stream stream = nuspec.Open();
        XElement metadata = XDocument.Load(stream).Root!.Elements().Single(element => element.Name.LocalName == "metadata");
        return new PackedPackage(entries, metadata);
    }

    public string Value(string name) => Metadata.Elements().SingleOrDefault(element => element.Name.LocalName == name)?.Value ?? "";

    /// <summary>The dependencies, by target framework group: "id version" for each.</summary>
    public IReadOnlyDictionary<string, string[]> Dependencies() =>
        Metadata.Elements().Where(element => element.Name.LocalName == "dependencies").Elements()
            .ToDictionary(
                group => group.Attribute("targetFramework")?.Value ?? "",
                group => group.Elements().Select(dependency => $"{dependency.Attribute("id")?.Value} {dependency.Attribute("version")?.Value}").ToArray());
}

[CollectionDefinition(Name)]
public sealed class PackedPackagesCollection : ICollectionFixture<PackedPackages>
{
    public const string Name = "the packed packages";
}
