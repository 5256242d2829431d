using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Pii.Tests.Shared;
using Xunit.Abstractions;

namespace Pii.Records.Tests;

/// <summary>
/// The record of processing end to end, as a package consumer gets it: a real project built with <c>dotnet build</c>
/// against Pii's runtime, generator, Pii.targets and the record tool.
/// </summary>
[Collection(DotnetBuildCollection.Name)]
public sealed class RecordBuildTests(ITestOutputHelper output) : IDisposable
{
    private const string Shop = """
        using Pii;

        [assembly: DataController("Shop BV", Contact = "privacy@shop.example")]
        [assembly: DataRecipient("Mailjet", RecipientRole.Processor, Purposes = new[] { "Newsletter" }, Country = "FR")]
        [assembly: SecurityMeasure("Personal data is encrypted at rest")]
        [assembly: ProcessingPurpose("Account", LegalBasis.Contract, Retention = "P2Y", Description = "The customer's account")]
        [assembly: ProcessingPurpose("Newsletter", LegalBasis.Consent, Retention = "P1Y", Description = "The monthly newsletter")]

        namespace Shop;

        [DataSubject(Kind = "customer")]
        public class Customer
        {
            public int Id { get; set; }

            [PersonalData("Account", Category = DataCategory.EmailAddress)]
            [PersonalData("Newsletter")]
            public string? Email { get; set; }
        }
        """;

    private const string NewMember = """

            [PersonalData("Account", Category = DataCategory.PhoneNumber)]
            public string? Phone { get; set; }
        }
        """;

    private readonly ScratchProject project = new(output);

    private static readonly string[] Files = ["processing-record.json", "processing-record.html", "processing-record.fides.yml", "processing-record.ico.csv"];

    [Fact]
    public async Task Every_build_writes_the_record_and_the_gate_fails_on_a_change_until_it_is_accepted()
    {
        // 1. A plain build writes the four files, and no baseline: the gate is opt-in.
        project.Write(Shop);
        (int exit, string log) = await project.BuildAsync();
        Assert.True(exit == 0, log);
        foreach (string file in Files)
        {
            Assert.True(File.Exists(Path.Combine(project.OutputFolder, file)), file + " was not written");
        }

        string json = await File.ReadAllTextAsync(Path.Combine(project.OutputFolder, "processing-record.json"));
        ProcessingRecord record = ProcessingRecordJson.Parse(json);
        Assert.Equal("Shop.Customer.Email", Assert.Single(record.Fields).Member);
        Assert.Equal(new SourceLocation("Customer.cs", 18), record.Fields[0].Source);
        using (JsonDocument document = JsonDocument.Parse(json))
        {
            Assert.True(ScratchProject.RecordSchema.Evaluate(document.RootElement).IsValid);
        }

        Assert.Contains("Shop BV", await File.ReadAllTextAsync(Path.Combine(project.OutputFolder, "processing-record.html")));
        Assert.False(File.Exists(project.Baseline));

        // 2. Accepting writes the baseline: the record without source lines.
        (exit, log) = await project.BuildAsync("-p:PiiAcceptRecord=true");
        Assert.True(exit == 0, log);
        string approved = await File.ReadAllTextAsync(project.Baseline);
        Assert.Equal("Shop.Customer.Email", Assert.Single(ProcessingRecordJson.Parse(approved).Fields).Member);
        Assert.DoesNotContain("\"file\"", approved);

        // 3. A new member fails the enforced build with PII007, at the member, saying what changed.
        project.Write(Shop.Substring(0, Shop.LastIndexOf('}')) + NewMember);
        (exit, log) = await project.BuildAsync("-p:PiiEnforce=true");
        Assert.NotEqual(0, exit);
        Assert.Contains("Customer.cs(21,", log);
        Assert.Contains("error PII007", log);
        Assert.Contains("new personal data: field Shop.Customer.Phone (PhoneNumber, for 'Account')", log);

        // 4. Accepting rewrites the baseline (the diff a reviewer sees) and the next enforced build passes.
        (exit, log) = await project.BuildAsync("-p:PiiEnforce=true", "-p:PiiAcceptRecord=true");
        Assert.True(exit == 0, log);
        Assert.Contains("\"member\": \"Shop.Customer.Phone\"", await File.ReadAllTextAsync(project.Baseline));
        (exit, log) = await project.BuildAsync("-p:PiiEnforce=true");
        Assert.True(exit == 0, log);
        Assert.DoesNotContain("PII007", log);
    }

    [Fact]
    public async Task An_incomplete_record_is_a_warning_and_under_PiiEnforce_an_error()
    {
        project.Write(Shop.Replace("[assembly: SecurityMeasure(\"Personal data is encrypted at rest\")]", string.Empty, StringComparison.Ordinal));

        (int exit, string log) = await project.BuildAsync();
        Assert.True(exit == 0, log);
        Assert.Contains("warning PII010", log);
        Assert.Contains("no security measure is described", log);

        (exit, log) = await project.BuildAsync("-p:PiiEnforce=true");
        Assert.NotEqual(0, exit);
        Assert.Contains("error PII010", log);
    }

    [Fact]
    public async Task A_build_that_compiled_nothing_starts_no_tool_a_deleted_file_comes_back_PiiWriteRecord_false_removes_them_and_so_does_clean()
    {
        project.Write(Shop);
        (int exit, string log) = await project.BuildAsync();
        Assert.True(exit == 0, log);
        Assert.True(File.Exists(Path.Combine(project.OutputFolder, "processing-record.json")), log);

        (exit, log) = await project.BuildAsync("-v:n");
        Assert.True(exit == 0, log);
        Assert.Contains("Skipping target \"PiiWriteProcessingRecord\" because all output files are up-to-date", log);

        // A file deleted by hand is written again by the next build, although nothing was compiled.
        string page = Path.Combine(project.OutputFolder, "processing-record.html");
        File.Delete(page);
        (exit, log) = await project.BuildAsync("-v:n");
        Assert.True(exit == 0, log);
        Assert.True(File.Exists(page), log);
        Assert.Contains("Pii: wrote processing-record.html to", log);

        // Turning the files off removes those an earlier build wrote (MSBuild's incremental clean: they were that build's
        // FileWrites); turning them on again writes them again.
        (exit, log) = await project.BuildAsync("-p:PiiWriteRecord=false");
        Assert.True(exit == 0, log);
        Assert.All(Files, file => Assert.False(File.Exists(Path.Combine(project.OutputFolder, file)), file + " survived PiiWriteRecord=false"));
        (exit, log) = await project.BuildAsync();
        Assert.True(exit == 0, log);
        Assert.All(Files, file => Assert.True(File.Exists(Path.Combine(project.OutputFolder, file)), file + " was not written again"));

        (exit, log) = await project.RunAsync(new[] { "clean", "--disable-build-servers", "-nologo" });
        Assert.True(exit == 0, log);
        Assert.All(Files, file => Assert.False(File.Exists(Path.Combine(project.OutputFolder, file)), file + " survived dotnet clean"));
    }

    [Fact]
    public async Task A_project_without_a_record_starts_the_tool_once_not_on_every_build()
    {
        // Nothing tagged, nothing declared: the tool writes no file, and the stamp says so, so that the missing files do
        // not make every later build start it again.
        project.Write("namespace Shop;\n\npublic class Product\n{\n    public int Id { get; set; }\n}\n");
        (int exit, string log) = await project.BuildAsync("-v:n");
        Assert.True(exit == 0, log);
        Assert.Contains("has no record of processing", log);

        (exit, log) = await project.BuildAsync("-v:n");
        Assert.True(exit == 0, log);
        Assert.Contains("Skipping target \"PiiWriteProcessingRecord\" because all output files are up-to-date", log);
        Assert.All(Files, file => Assert.False(File.Exists(Path.Combine(project.OutputFolder, file)), file));
    }

    [ChromiumFact]
    public async Task The_page_a_build_writes_renders_in_headless_Chromium_with_every_section()
    {
        project.Write(Shop);
        (int exit, string log) = await project.BuildAsync();
        Assert.True(exit == 0, log);

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumFactAttribute.ExecutablePath, Headless = true });
        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(new Uri(Path.Combine(project.OutputFolder, "processing-record.html")).AbsoluteUri);

        foreach (string id in RecordPage.SectionIds)
        {
            Assert.True(await page.Locator("#" + id).IsVisibleAsync(), $"section #{id} is not visible");
        }

        Assert.Equal(1, await page.Locator("#data-map tbody tr").CountAsync());
        Assert.Contains("Newsletter", await page.Locator("#purposes").InnerTextAsync());

        string shot = Path.Combine(AppContext.BaseDirectory, "screenshots", "built-processing-record.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        byte[] png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = shot });
        output.WriteLine("screenshot: " + shot);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png.Take(4).ToArray());
    }

    [Fact]
    public async Task The_tool_removes_stale_files_for_an_assembly_without_a_record_and_reports_bad_input_in_MSBuild_format()
    {
        Directory.CreateDirectory(project.Directory);
        string stale = Path.Combine(project.Directory, "processing-record.html");
        await File.WriteAllTextAsync(stale, "from an earlier build");

        // Pii.dll itself has no generated record: nothing to write, and the earlier page must not linger.
        (int exit, string log) = await RunToolAsync(Path.Combine(AppContext.BaseDirectory, "Pii.dll"), project.Directory);
        Assert.True(exit == 0, log);
        Assert.Contains("has no record of processing", log);
        Assert.False(File.Exists(stale));

        string notAnAssembly = Path.Combine(project.Directory, "notes.txt");
        await File.WriteAllTextAsync(notAnAssembly, "not a .NET assembly");
        (exit, log) = await RunToolAsync(notAnAssembly, project.Directory);
        Assert.Equal(1, exit);
        Assert.Contains("Pii.RecordTool : error PII: the record of processing could not be written", log);

        (exit, log) = await RunToolAsync(notAnAssembly);
        Assert.Equal(2, exit);
        Assert.Contains("usage: Pii.RecordTool", log);
    }

    public void Dispose() => project.Dispose();

    private Task<(int ExitCode, string Output)> RunToolAsync(params string[] arguments) =>
        project.RunAsync(new[] { "exec", Path.Combine(AppContext.BaseDirectory, "refs", "tools", "net10.0", "Pii.RecordTool.dll") }.Concat(arguments));
}
