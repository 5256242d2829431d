using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.Playwright;
using Pii.Records;
using Xunit.Abstractions;

namespace Pii.Records.Tests;

/// <summary>The readable page as text: escaping, determinism, words, and what it says is missing.</summary>
public sealed class HtmlPageTests
{
    [Fact]
    public void The_records_texts_are_escaped()
    {
        string html = ProcessingRecordHtml.Render(SampleRecords.Mailing());

        Assert.Contains("The monthly newsletter &amp; offers &lt;for subscribers&gt;", html);
        Assert.DoesNotContain("<for", html);
        Assert.DoesNotContain("offers <", html);
    }

    /// <summary>
    /// A subject whose kind is the orphans' label, "(no subject)", next to an entity no subject reaches: before, the two
    /// diagram nodes shared one key and rendering threw, which failed the build in the record tool.
    /// </summary>
    [Fact]
    public void A_subject_kind_named_like_the_orphans_node_and_an_orphan_entity_both_get_a_box()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Subjects = [mailing.Subjects[0] with { Kind = "(no subject)" }, .. mailing.Subjects.Skip(1)],
            Entities = [.. mailing.Entities, new EntityEntry("Mailing.Orphan", "Orphan", null, "Id", null)],
        };

        string html = ProcessingRecordHtml.Render(record);
        string diagram = Between(html, "<section id=\"diagram\">", "</section>");

        Assert.Contains("<g class=\"node subject orphan\">", diagram, StringComparison.Ordinal);
        // Every kind of the record, the old kind its entities still name, and the orphans'.
        Assert.Equal(mailing.Subjects.Count + 2, diagram.Split("<g class=\"node subject").Length - 1);
        Assert.Contains("Data subject: (no subject)", diagram, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_apostrophes_are_escaped_too()
    {
        ProcessingRecord record = SampleRecords.Mailing() with
        {
            Controller = new ControllerEntry("O'Brien \"Mail\" Ltd", "privacy@obrien.example", "1 <Main> Street", null),
        };

        string html = ProcessingRecordHtml.Render(record);

        Assert.Contains("O&#39;Brien &quot;Mail&quot; Ltd", html);
        Assert.Contains("1 &lt;Main&gt; Street", html);
        Assert.DoesNotContain("O'Brien", html);
        Assert.DoesNotContain("<Main>", html);
    }

    [Fact]
    public void The_same_record_gives_the_same_page()
    {
        string first = ProcessingRecordHtml.Render(SampleRecords.Mailing());
        string second = ProcessingRecordHtml.Render(SampleRecords.Mailing());
        var writer = new StringWriter();
        ProcessingRecordHtml.Write(SampleRecords.Mailing(), writer);

        Assert.Equal(first, second);
        Assert.Equal(first, writer.ToString());
        Assert.DoesNotContain('\r', first);
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", first);
        Assert.EndsWith("</html>\n", first);
    }

    [Fact]
    public void The_page_is_self_contained()
    {
        string html = ProcessingRecordHtml.Render(SampleRecords.Mailing());

        Assert.Contains("<style>", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@font-face", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Retention_is_written_in_words_with_the_duration_after_it()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Purposes =
            [
                mailing.Purposes[0] with { Retention = "P1Y6M" },
                mailing.Purposes[1] with { Retention = "PT12H" },
                mailing.Purposes[2],
            ],
        };

        string html = ProcessingRecordHtml.Render(record);

        Assert.Contains("1 year 6 months", html);
        Assert.Contains("(P1Y6M)", html);
        Assert.Contains("12 hours", html);
        Assert.Contains("(PT12H)", html);
        Assert.Contains("2 years", html); // the newsletter's P2Y
        Assert.Contains("30 days", html); // the login fields' P30D in the data map
        Assert.Contains("7 years", html); // the invoicing fields' P7Y in the retention table
        Assert.Contains("after consent is withdrawn", html);
        Assert.DoesNotContain("1 years", html);
    }

    [Fact]
    public void Enum_values_are_written_as_words_a_privacy_officer_reads()
    {
        string html = ProcessingRecordHtml.Render(SampleRecords.Mailing());

        Assert.Contains("Consent \u2014 Art. 6(1)(a)", html);
        Assert.Contains("Legitimate interests \u2014 Art. 6(1)(f)", html);
        Assert.Contains("E-mail address", html);
        Assert.Contains("Tax identification number", html);
        Assert.Contains("Standard contractual clauses \u2014 Art. 46(2)(c)", html);
        Assert.Contains("Sub-processor (Art. 28(2), (4))", html);
        Assert.Contains("E-mail opens and clicks", html);
        Assert.Contains("Record deleted", html);
        Assert.DoesNotContain("EmailAddress", html);
        Assert.DoesNotContain("LegitimateInterests", html);
        Assert.DoesNotContain("StandardContractualClauses", html);
    }

    [Fact]
    public void Special_category_conditions_are_named_with_their_article()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Purposes =
            [
                mailing.Purposes[0] with
                {
                    SpecialCategoryConditions = [SpecialCategoryCondition.ExplicitConsent, SpecialCategoryCondition.LegalClaims],
                    SpecialCategories = [SpecialCategory.Health],
                },
                mailing.Purposes[1],
                mailing.Purposes[2],
            ],
        };

        string html = ProcessingRecordHtml.Render(record);

        Assert.Contains("Explicit consent \u2014 Art. 9(2)(a)", html);
        Assert.Contains("Legal claims \u2014 Art. 9(2)(f)", html);
        Assert.Contains("Health data", html);
    }

    [Fact]
    public void The_empty_record_lists_what_is_missing()
    {
        string html = ProcessingRecordHtml.Render(SampleRecords.Empty());
        string warning = Between(html, "<aside class=\"warning\" id=\"missing-parts\"", "</aside>");

        Assert.Contains("The controller is not declared", warning);
        Assert.Contains("No security measures are declared", warning);
        Assert.Contains("The purpose \u201cSupport\u201d has no description", warning);
        Assert.DoesNotContain("id=\"complete\"", html);
    }

    [Fact]
    public void A_transfer_without_a_safeguard_is_missing_and_its_cell_says_not_declared()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Transfers = [mailing.Transfers[0] with { Safeguard = TransferSafeguard.Unspecified, Article = "" }],
        };

        string html = ProcessingRecordHtml.Render(record);
        string warning = Between(html, "<aside class=\"warning\" id=\"missing-parts\"", "</aside>");
        string transfers = Between(html, "<section id=\"transfers\">", "</section>");

        Assert.Contains("safeguard of the transfer to \u201cAmazon Web Services\u201d in US is not declared", warning);
        Assert.Contains("not declared", transfers);
        Assert.DoesNotContain("<td></td>", transfers);
    }

    [Fact]
    public void The_complete_record_has_no_missing_parts_warning()
    {
        string html = ProcessingRecordHtml.Render(SampleRecords.Mailing());

        Assert.DoesNotContain("id=\"missing-parts\"", html);
        Assert.Contains("id=\"complete\"", html);
        Assert.DoesNotContain("class=\"missing\">not declared", Between(html, "<main>", "</main>"));
    }

    [Fact]
    public void Empty_lists_are_said_in_a_sentence_not_shown_as_empty_tables()
    {
        string html = ProcessingRecordHtml.Render(SampleRecords.Empty());

        Assert.Contains("No recipients are declared.", Between(html, "<section id=\"recipients\">", "</section>"));
        Assert.Contains("No transfers to third countries are declared.", Between(html, "<section id=\"transfers\">", "</section>"));
        Assert.Contains("No security measures are declared.", Between(html, "<section id=\"security\">", "</section>"));
        Assert.Contains("No fields of personal data are tagged.", Between(html, "<section id=\"data-map\">", "</section>"));
        Assert.DoesNotContain("<table", html);
        Assert.DoesNotContain("<td></td>", html);
    }

    [Fact]
    public void A_recipient_declared_without_purposes_is_shown_receiving_all_purposes()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        ProcessingRecord record = mailing with
        {
            Recipients = [.. mailing.Recipients, new RecipientEntry("Sentry", RecipientRole.Processor, "US", [], "Error reports")],
        };

        string recipients = Between(ProcessingRecordHtml.Render(record), "<section id=\"recipients\">", "</section>");
        string sentry = Between(recipients, "Sentry", "</tr>");

        Assert.Contains("<td>all purposes</td>", sentry);
        Assert.DoesNotContain("none", sentry);
    }

    [Fact]
    public void A_purpose_card_says_when_the_retention_table_keeps_some_of_its_data_longer()
    {
        const string Note = "as declared; some members are kept longer: see the retention table";
        ProcessingRecord mailing = SampleRecords.Mailing();
        Assert.DoesNotContain(Note, ProcessingRecordHtml.Render(mailing)); // the newsletter's shorter P1Y row is no note

        // P24M is as long as the declared P2Y; P25M and no limit are longer.
        foreach ((string? kept, bool longer) in new (string?, bool)[] { ("P24M", false), ("P25M", true), (null, true) })
        {
            ProcessingRecord record = mailing with
            {
                Retention = [.. mailing.Retention, new RetentionEntry("Newsletter", DataCategory.Preferences, kept, null)],
            };

            string card = Between(ProcessingRecordHtml.Render(record), "<h3>Newsletter</h3>", "</article>");
            Assert.Equal(longer, card.Contains(Note, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_section_is_there_for_both_records()
    {
        foreach (ProcessingRecord record in new[] { SampleRecords.Mailing(), SampleRecords.Empty() })
        {
            string html = ProcessingRecordHtml.Render(record);
            foreach (string id in RecordPage.SectionIds)
            {
                Assert.Contains("<section id=\"" + id + "\">", html);
            }
        }
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => ProcessingRecordHtml.Render(null!)).ParamName);
        Assert.Equal("record", Assert.Throws<ArgumentNullException>(() => ProcessingRecordHtml.Write(null!, new StringWriter())).ParamName);
        Assert.Equal("writer", Assert.Throws<ArgumentNullException>(() => ProcessingRecordHtml.Write(SampleRecords.Mailing(), null!)).ParamName);
    }

    private static string Between(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, "not found: " + start);
        int to = text.IndexOf(end, from, StringComparison.Ordinal);
        Assert.True(to >= 0, "not found after " + start + ": " + end);
        return text.Substring(from, to - from);
    }
}

/// <summary>The readable page in a real headless Chromium: layout, diagram geometry, and a full-page screenshot.</summary>
public sealed class HtmlPageChromiumTests : IClassFixture<RecordPage>
{
    private readonly RecordPage browser;
    private readonly ITestOutputHelper output;

    public HtmlPageChromiumTests(RecordPage browser, ITestOutputHelper output)
    {
        this.browser = browser;
        this.output = output;
    }

    [ChromiumFact]
    public async Task Chromium_suite_ran__the_record_page_renders_in_headless_Chromium()
    {
        ProcessingRecord record = SampleRecords.Mailing();
        var requests = new List<string>();
        IPage page = await browser.OpenAsync(record, "mailing", requests);

        Assert.Equal("Record of processing activities \u2014 Mailing", await page.TitleAsync());
        Assert.Single(requests); // the page itself: no style sheet, font, image or script is fetched

        int[] widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"the page overflows horizontally: scrollWidth {widths[0]} > clientWidth {widths[1]}");
        Assert.Equal(1280, widths[1]);

        foreach (string id in RecordPage.SectionIds)
        {
            double height = await page.EvaluateAsync<double>("id => { const e = document.getElementById(id); return e ? e.getBoundingClientRect().height : -1; }", id);
            Assert.True(height > 0, $"section #{id} is missing or has no height ({height})");
            Assert.True(await page.Locator("#" + id).IsVisibleAsync(), $"section #{id} is not visible");
        }

        string shot = Path.Combine(AppContext.BaseDirectory, "screenshots", "processing-record.png");
        Directory.CreateDirectory(Path.GetDirectoryName(shot)!);
        File.Delete(shot);
        await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true, Path = shot });
        output.WriteLine("screenshot: " + shot);

        byte[] png = await File.ReadAllBytesAsync(shot);
        Assert.True(png.Length > 24, "the screenshot is too short to be a PNG");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png.Take(8).ToArray());
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(png, 12, 4));
        int width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        int pngHeight = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4));
        output.WriteLine($"screenshot size: {width} x {pngHeight}");
        Assert.Equal(1280, width);
        Assert.True(pngHeight > 900, $"the full-page screenshot is only {pngHeight} px high");
    }

    [ChromiumFact]
    public async Task The_diagram_has_a_box_for_every_subject_entity_and_purpose()
    {
        ProcessingRecord record = SampleRecords.Mailing();
        IPage page = await browser.OpenAsync(record, "mailing");

        double[] size = await page.EvaluateAsync<double[]>("(() => { const r = document.querySelector('#diagram svg').getBoundingClientRect(); return [r.width, r.height]; })()");
        Assert.True(size[0] > 0 && size[1] > 0, $"the diagram has no size: {size[0]} x {size[1]}");

        string[] subjects = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#diagram svg g.node.subject text.label')].map(t => t.textContent)");
        string[] entities = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#diagram svg g.node.entity title')].map(t => t.textContent)");
        string[] purposes = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#diagram svg g.node.purpose text.label')].map(t => t.textContent)");

        Assert.Equal(record.Subjects.Select(s => s.Kind).OrderBy(k => k, StringComparer.Ordinal), subjects.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(record.Purposes.Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal), purposes.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(record.Entities.Count, entities.Length);
        foreach (EntityEntry entity in record.Entities)
        {
            Assert.Single(entities, title => title.StartsWith("Entity: " + entity.Type + " ", StringComparison.Ordinal));
        }
    }

    [ChromiumFact]
    public async Task The_diagram_draws_one_line_per_subject_entity_and_entity_purpose_pair()
    {
        ProcessingRecord record = SampleRecords.Mailing();
        IPage page = await browser.OpenAsync(record, "mailing");

        var expected = record.Subjects.SelectMany(s => s.Entities.Select(type => s.Kind + " \u2192 " + type))
            .Concat(record.Fields.SelectMany(f => f.Purposes.Select(p => f.Type + " \u2192 " + p.Name)))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(e => e, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(4 + 6, expected.Count); // customer: 2 entities, subscriber: 2; Customer: 3 purposes, the other three types: 1 each

        int lines = await page.EvaluateAsync<int>("document.querySelectorAll('#diagram svg path, #diagram svg line, #diagram svg polyline').length");
        string[] edges = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#diagram svg path')].map(p => p.querySelector('title').textContent)");
        double[] lengths = await page.EvaluateAsync<double[]>("[...document.querySelectorAll('#diagram svg path')].map(p => p.getTotalLength())");

        Assert.Equal(expected.Count, lines);
        Assert.Equal(expected, edges.OrderBy(e => e, StringComparer.Ordinal));
        Assert.All(lengths, length => Assert.True(length > 50, $"an edge is only {length} long"));
    }

    [ChromiumFact]
    public async Task No_two_diagram_boxes_overlap_and_every_label_stays_inside_its_box()
    {
        ProcessingRecord record = SampleRecords.Mailing();
        IPage page = await browser.OpenAsync(record, "mailing");


        DiagramGeometry geometry = (await page.EvaluateAsync<DiagramGeometry>(GeometryScript))!;

        Assert.Equal(record.Subjects.Count + record.Entities.Count + record.Purposes.Count, geometry.Boxes);
        Assert.Empty(geometry.Overlaps);
        Assert.Empty(geometry.Outside);
    }

    [ChromiumFact]
    public async Task The_data_map_has_one_row_per_field()
    {
        ProcessingRecord record = SampleRecords.Mailing();
        IPage page = await browser.OpenAsync(record, "mailing");

        int rows = await page.EvaluateAsync<int>("document.querySelectorAll('#data-map table tbody tr').length");
        string[] headers = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#data-map table thead th[scope=col]')].map(h => h.textContent)");
        string[] members = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#data-map table tbody tr td:first-child')].map(c => c.textContent)");

        Assert.Equal(record.Fields.Count, rows);
        Assert.Equal(7, headers.Length);
        Assert.Equal(record.Fields.Select(f => f.Member), members);
    }

    [ChromiumFact]
    public async Task The_missing_parts_warning_of_the_empty_record_is_visible_above_the_sections()
    {
        IPage page = await browser.OpenAsync(SampleRecords.Empty(), "empty");

        double[] warning = await page.EvaluateAsync<double[]>("(() => { const r = document.getElementById('missing-parts').getBoundingClientRect(); return [r.top, r.height]; })()");
        double purposesTop = await page.EvaluateAsync<double>("document.getElementById('purposes').getBoundingClientRect().top");
        int items = await page.EvaluateAsync<int>("document.querySelectorAll('#missing-parts li').length");

        Assert.True(warning[1] > 0, "the warning has no height");
        Assert.True(warning[0] < purposesTop, "the warning is below the purposes");
        Assert.True(warning[0] < 900, "the warning is not on the first screen");
        Assert.Equal(3, items); // no controller, a purpose without description, no security measures
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('#recipients table, #transfers table').length"));
    }

    [ChromiumFact]
    public async Task Long_names_wrap_on_the_page_and_are_cut_to_fit_in_the_diagram()
    {
        ProcessingRecord mailing = SampleRecords.Mailing();
        string longType = "Mailing." + new string('X', 160);
        string longName = "Y" + new string('y', 120);
        ProcessingRecord record = mailing with
        {
            SecurityMeasures = [.. mailing.SecurityMeasures, new string('Z', 300)],
            Fields =
            [
                .. mailing.Fields,
                mailing.Fields[0] with { Member = longType + "." + longName, Type = longType, Name = longName, Source = new SourceLocation(new string('d', 150) + ".cs", 1) },
            ],
        };
        IPage page = await browser.OpenAsync(record, "long-names");

        int[] widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        DiagramGeometry geometry = (await page.EvaluateAsync<DiagramGeometry>(GeometryScript))!;
        string[] entities = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#diagram svg g.node.entity title')].map(t => t.textContent)");

        Assert.True(widths[0] <= widths[1], $"the page overflows horizontally: scrollWidth {widths[0]} > clientWidth {widths[1]}");
        Assert.Contains(entities, title => title.StartsWith("Entity: " + longType + " ", StringComparison.Ordinal)); // the full name is in the box's title
        Assert.Empty(geometry.Overlaps);
        Assert.Empty(geometry.Outside); // the cut label fits in its box
    }

    /// <summary>Counts the diagram's boxes, and lists the pairs of boxes that overlap and the labels that stick out of their box.</summary>
    private const string GeometryScript = @"(() => {
        const nodes = [...document.querySelectorAll('#diagram svg g.node')];
        const boxes = nodes.map(g => ({ name: g.querySelector('text.label').textContent, r: g.querySelector('rect').getBoundingClientRect() }));
        const overlaps = [];
        for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
                const a = boxes[i].r, b = boxes[j].r;
                if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom)
                    overlaps.push(boxes[i].name + ' / ' + boxes[j].name);
            }
        const outside = [];
        for (const g of nodes) {
            const r = g.querySelector('rect').getBoundingClientRect();
            for (const t of g.querySelectorAll('text')) {
                const b = t.getBoundingClientRect();
                if (b.width === 0 || b.left < r.left || b.right > r.right || b.top < r.top || b.bottom > r.bottom)
                    outside.push(t.textContent);
            }
        }
        return { boxes: boxes.length, overlaps, outside };
    })()";

    /// <summary>What <see cref="GeometryScript"/> returns.</summary>
    public sealed class DiagramGeometry
    {
        public int Boxes { get; set; }

        public string[] Overlaps { get; set; } = [];

        public string[] Outside { get; set; } = [];
    }
}

/// <summary>One headless Chromium per test class, opening record pages written to a temporary folder.</summary>
public sealed class RecordPage : IAsyncLifetime
{
    /// <summary>The sections the page must have, by id.</summary>
    public static readonly string[] SectionIds = ["purposes", "diagram", "recipients", "transfers", "retention", "security", "data-map"];

    private readonly List<IPage> pages = [];
    private IPlaywright? playwright;
    private IBrowser? browser;
    private DirectoryInfo? folder;

    public async Task InitializeAsync()
    {
        if (!ChromiumFactAttribute.IsInstalled)
        {
            return; // every test is skipped
        }

        folder = Directory.CreateTempSubdirectory("pii-record-page-");
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
        });
    }

    /// <summary>Writes the record's page to a file and opens it at 1280 x 900.</summary>
    public async Task<IPage> OpenAsync(ProcessingRecord record, string name, List<string>? requests = null)
    {
        Assert.NotNull(browser);
        string file = Path.Combine(folder!.FullName, name + ".html");
        await File.WriteAllTextAsync(file, ProcessingRecordHtml.Render(record));

        IPage page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        pages.Add(page);
        if (requests is not null)
        {
            page.Request += (_, request) => requests.Add(request.Url);
        }

        IResponse? response = await page.GotoAsync(new Uri(file).AbsoluteUri);
        Assert.NotNull(response);
        return page;
    }

    public async Task DisposeAsync()
    {
        foreach (IPage page in pages)
        {
            await page.CloseAsync();
        }

        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        folder?.Delete(recursive: true);
    }
}

/// <summary>A fact that runs in Chromium, skipped with the reason when Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string NotInstalled =
        "Chromium is not installed (apt-get install chromium, or set PII_CHROMIUM); .ci/run installs it and fails when this test is skipped";

    public ChromiumFactAttribute()
    {
        if (!IsInstalled)
        {
            Skip = NotInstalled;
        }
    }

    /// <summary>The Chromium to drive: <c>PII_CHROMIUM</c> when set, otherwise Debian's <c>/usr/bin/chromium</c>.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("PII_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static bool IsInstalled => File.Exists(ExecutablePath);
}
