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

    /// <summary>The baselines copied next to the tests; while updating, the checked-in ones just rewritten.</summary>
    public static string Folder(string input) =>
        Updating ? SourceFolder(input) : Path.Combine(AppContext.BaseDirectory, "Baselines", Path.GetFileNameWithoutExtension(input));

    public static void Write(string input, string hintName, string text)
    {
        string folder = SourceFolder(input);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, hintName + ".txt"), text);
    }

    private static string SourceFolder(string input) =>
        Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "Baselines", Path.GetFileNameWithoutExtension(input));

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
