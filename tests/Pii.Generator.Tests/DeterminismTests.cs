using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Pii.Generator.Tests.Infrastructure;

namespace Pii.Generator.Tests;

public class DeterminismTests
{
    [Fact]
    public void The_same_input_gives_the_same_bytes_whatever_the_culture()
    {
        string[] invariant = Generate(CultureInfo.InvariantCulture);
        string[] finnish = Generate(new CultureInfo("fi-FI"));
        string[] turkish = Generate(new CultureInfo("tr-TR"));

        Assert.NotEmpty(invariant);
        Assert.Equal(invariant, finnish);
        Assert.Equal(invariant, turkish);
        Assert.DoesNotContain(invariant, text => text.Contains('\u2212') || text.Contains('\r'));
    }

    private static string[] Generate(CultureInfo culture)
    {
        CultureInfo previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            (GeneratorRunResult run, _) = GeneratorRun.Run(GeneratorRun.Compile([GeneratorRun.Input("Customer.cs"), GeneratorRun.Input("Shapes.cs")]));
            return run.GeneratedSources.Select(s => s.HintName + "\n" + s.SourceText).ToArray();
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
