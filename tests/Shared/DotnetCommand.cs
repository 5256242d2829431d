using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace Pii.Tests.Shared;

/// <summary>Runs the <c>dotnet</c> that runs the tests (a build of a throw-away project, or a tool) and returns its exit code and output.</summary>
internal static class DotnetCommand
{
    /// <summary>The arguments of a build that leaves nothing running behind and whose warnings stay warnings.</summary>
    public static readonly string[] Build = ["build", "--disable-build-servers", "-nologo", "-p:TreatWarningsAsErrors=false"];

    public static async Task<(int ExitCode, string Output)> RunAsync(string directory, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // No build servers (see Build): they would outlive the test and hold its output pipes open.
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild settings must not leak into the child build.
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");

        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
