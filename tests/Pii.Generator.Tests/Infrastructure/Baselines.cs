using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace Pii.Generator.Tests.Infrastructure;

/// <summary>
/// The checked-in generated sources under <c>Baselines/{input}/{hint name}.txt</c>. Run the tests with
/// <c>PII_UPDATE_BASELINES=1</c> to rewrite them from the current generator, then review the diff.
/// </summary>
internal static class Baselines
{
    public static bool Updating => Environment.GetEnvironmentVariable("PII_UPDATE_BASELINES") == "1";

    public static string Folder(string input) =>
        Path.Combine(AppContext.BaseDirectory, "Baselines", Path.GetFileNameWithoutExtension(input));

    public static void Write(string input, string hintName, string text)
    {
        string folder = Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "Baselines", Path.GetFileNameWithoutExtension(input));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, hintName + ".txt"), text);
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
