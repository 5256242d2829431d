using BenchmarkDotNet.Running;

namespace Pii.Benchmarks
{
    /// <summary>Runs the benchmarks chosen on the command line, for example <c>--filter '*' --job short</c>, or <c>generator-profile</c>.</summary>
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

            BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        }
    }
}
