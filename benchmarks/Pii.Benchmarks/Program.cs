using BenchmarkDotNet.Running;

namespace Pii.Benchmarks
{
    /// <summary>Runs the benchmarks chosen on the command line, for example <c>--filter '*' --job short</c>, <c>generator-profile</c>, <c>pii012-probe</c>, <c>facet-probe</c> or <c>write-model</c>.</summary>
    public static class Program
    {
        public static void Main(string[] args)
        {
            // Not a BenchmarkDotNet run: the generator's own run on the compile model, step by step (GeneratorProfile.cs).
            if (args.Length > 0 && args[0] == "generator-profile")
            {
                GeneratorProfile.Run(args);
                return;
            }

            // Not a BenchmarkDotNet run: PII012's cost with and without the calls it follows, in pairs (Pii012Probe.cs).
            if (args.Length > 0 && args[0] == "pii012-probe")
            {
                Pii012Probe.Run(args);
                return;
            }

            // Not a BenchmarkDotNet run: what the parts of the generated code cost the compile (FacetProbe.cs).
            if (args.Length > 0 && args[0] == "facet-probe")
            {
                FacetProbe.Run(args);
                return;
            }

            // Not a BenchmarkDotNet run: the compile model's sources written to a folder for a real build (ModelWriter.cs).
            if (args.Length > 0 && args[0] == "write-model")
            {
                ModelWriter.Run(args);
                return;
            }

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
