namespace EntityExtract.Tests.Infrastructure;

/// <summary>Where the tests find the seed article, their own source folder and the repository root.</summary>
internal static class TestFiles
{
    public static string SeedPath { get; } = Path.Combine(AppContext.BaseDirectory, "seeds", "000_cd29c6cbbf7a37ba.txt");

    public static string SeedText => File.ReadAllText(SeedPath);

    /// <summary>The source folder of this test project (where approved files and snapshots live).</summary>
    public static string TestsFolder { get; } = FindUp("EntityExtract.Tests.csproj");

    /// <summary>The repository root (the folder of EntityExtract.sln).</summary>
    public static string RepoRoot { get; } = FindUp("EntityExtract.sln");

    private static string FindUp(string marker)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, marker)))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"{marker} not found above {AppContext.BaseDirectory}");
    }
}
