using System.Diagnostics;
using EntityExtract.Tests.Infrastructure;

namespace EntityExtract.Tests.Packaging;

/// <summary>
/// Packs the library and the console tool once, with a version of their own, into a temporary folder
/// feed, exactly as a user would receive them.
/// </summary>
public sealed class PackedArtifactsFixture : IDisposable
{
    public PackedArtifactsFixture()
    {
        Root = Directory.CreateTempSubdirectory("ee-pack-").FullName;
        Feed = Path.Combine(Root, "feed");
        Version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        RepoRoot = TestFiles.RepoRoot;
        foreach (var project in new[] { "src/EntityExtract/EntityExtract.csproj", "samples/EntityExtract.Cli/EntityExtract.Cli.csproj" })
        {
            var (exit, output) = Dotnet(RepoRoot, "pack", Path.Combine(RepoRoot, project), "-c", "Release", "-o", Feed, $"-p:MinVerVersionOverride={Version}", "-p:ContinuousIntegrationBuild=true", "--nologo");
            if (exit != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
            }
        }
    }

    public string Root { get; }

    public string Feed { get; }

    public string Version { get; }

    public string RepoRoot { get; }

    public static (int Exit, string Output) Dotnet(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        // The child build must not inherit the test host's MSBuild state.
        info.Environment.Remove("MSBuildExtensionsPath");
        info.Environment.Remove("MSBUILD_EXE_PATH");
        info.Environment.Remove("MSBuildSDKsPath");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return Run(info);
    }

    public static (int Exit, string Output) Run(ProcessStartInfo info)
    {
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{info.FileName} {string.Join(' ', info.ArgumentList)} did not finish in 10 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is harmless.
        }
    }
}
