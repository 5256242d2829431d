using System;
using System.IO;
using System.Text;

namespace Pii.Benchmarks
{
    /// <summary>
    /// Writes <see cref="CompilationModel"/>'s source files to a folder, so that a real <c>dotnet build</c> can compile the
    /// same model (not a BenchmarkDotNet class; <c>benchmarks/real-build.sh</c> uses it).
    /// <c>write-model DIR [day-one | adopted | logging]</c>: the day-one model (two thirds of the classes untagged), the
    /// adopted model (every class a subject that tags its nine personal members) or the logging model (the day-one
    /// model with four <c>ILogger</c> calls per class).
    /// </summary>
    internal static class ModelWriter
    {
        public static void Run(string[] args)
        {
            string kind = args.Length > 2 ? args[2] : "day-one";
            if (args.Length < 2 || kind is not ("day-one" or "adopted" or "logging"))
            {
                throw new ArgumentException("Usage: write-model DIR [day-one | adopted | logging]");
            }

            string folder = Directory.CreateDirectory(args[1]).FullName;
            for (int file = 0; file < CompilationModel.FileCount; file++)
            {
                string text = CompilationModel.Source(file, edit: null, adopted: kind == "adopted", logging: kind == "logging");
                File.WriteAllText(Path.Combine(folder, $"Entities{file:D3}.cs"), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            Console.WriteLine($"{CompilationModel.FileCount} files of the {kind} model written to {folder}");
        }
    }
}
