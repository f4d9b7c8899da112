using System.Diagnostics;
using System.IO.Compression;

namespace EntityExtract.Tests.Packaging;

/// <summary>
/// What a user gets: the packed library works from a PackageReference with no network, and the console
/// installs and runs as a .NET tool.
/// </summary>
[Trait("Category", "Packaging")]
public class PackedArtifactsTests(PackedArtifactsFixture packed) : IClassFixture<PackedArtifactsFixture>
{
    private string SeedPath => Path.Combine(packed.RepoRoot, "seeds", "000_cd29c6cbbf7a37ba.txt");

    [Fact]
    public void The_library_package_holds_the_model_docs_readme_and_notices()
    {
        string nupkg = Path.Combine(packed.Feed, $"EntityExtract.{packed.Version}.nupkg");
        using var zip = ZipFile.OpenRead(nupkg);
        var names = zip.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net10.0/EntityExtract.dll", names);
        Assert.Contains("lib/net10.0/EntityExtract.xml", names);
        Assert.Contains("README.md", names);
        Assert.Contains("THIRD-PARTY-NOTICES.md", names);
        Assert.Contains("LICENSE", names);
        Assert.True(File.Exists(Path.Combine(packed.Feed, $"EntityExtract.{packed.Version}.snupkg")), "symbols package missing");
    }

    [Fact]
    public void A_consumer_app_restores_the_package_offline_and_matches_the_library()
    {
        // Copy the sample out of the repository so that nothing of the repository's build reaches it.
        string app = Path.Combine(packed.Root, "consumer");
        Directory.CreateDirectory(app);
        foreach (var file in Directory.GetFiles(Path.Combine(packed.RepoRoot, "samples", "EntityExtract.ConsumerApp")))
        {
            File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
        }

        string packages = Path.Combine(packed.Root, "packages");
        var restore = PackedArtifactsFixture.Dotnet(app, "restore", "--source", packed.Feed, "--packages", packages, $"-p:EntityExtractVersion={packed.Version}");
        Assert.True(restore.Exit == 0, restore.Output);
        var build = PackedArtifactsFixture.Dotnet(app, "build", "--no-restore", "-c", "Release", "-o", Path.Combine(app, "out"), $"-p:EntityExtractVersion={packed.Version}");
        Assert.True(build.Exit == 0, build.Output);

        var run = PackedArtifactsFixture.Dotnet(app, Path.Combine(app, "out", "EntityExtract.ConsumerApp.dll"), SeedPath);
        Assert.True(run.Exit == 0, run.Output);
        Assert.Equal(ExpectedConsumerOutput(File.ReadAllText(SeedPath)), run.Output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
    }

    [Fact]
    public void The_console_installs_as_a_dotnet_tool_and_runs_on_the_seed()
    {
        string tools = Path.Combine(packed.Root, "tools");
        var install = PackedArtifactsFixture.Dotnet(packed.Root, "tool", "install", "entity-extract", "--tool-path", tools, "--add-source", packed.Feed, "--version", packed.Version);
        Assert.True(install.Exit == 0, install.Output);

        var info = new ProcessStartInfo(Path.Combine(tools, "entity-extract")) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("--format");
        info.ArgumentList.Add("json");
        info.ArgumentList.Add(SeedPath);
        var (exit, output) = PackedArtifactsFixture.Run(info);
        Assert.True(exit == 0, output);
        string expected = EntityExtract.Serialization.ExtractionJson.Serialize(EntityExtractor.Extract(File.ReadAllText(SeedPath)), indented: true);
        Assert.Equal(expected, output.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd());
    }

    private static string ExpectedConsumerOutput(string text)
    {
        var result = EntityExtractor.Extract(text);
        var lines = new List<string> { $"reference-date {result.ReferenceDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "none"}" };
        lines.AddRange(result.People.Select(p => $"person {p.Name} x{p.Mentions.Count}"));
        lines.AddRange(result.Places.Select(p => $"place {p.Name} x{p.Mentions.Count}"));
        lines.AddRange(result.Organizations.Select(p => $"organization {p.Name} x{p.Mentions.Count}"));
        lines.AddRange(result.Dates.Select(d => $"date {d.Text} = {d.Value ?? "?"}"));
        lines.AddRange(result.Quotes.Select(q => $"quote {q.Speaker ?? "?"}: {q.Text}"));
        return string.Join('\n', lines);
    }
}
