using EntityExtract.Places;

namespace EntityExtract.Tools;

/// <summary>
/// <c>build-geo-index [--in PATH] [--out PATH]</c>: rebuilds <c>src/EntityExtract/Resources/geo.index</c>, the binary
/// gazetteer the library embeds, from its source text <c>src/EntityExtract/Resources/geo.tsv.gz</c> (written by
/// <c>build-geo.js</c>; docs/places.md). Run it after every change to the text; the test
/// <c>Embedded_index_is_built_from_the_source_text</c> fails until it is run. Deterministic: the same text gives the
/// same index.
/// </summary>
public static class GeoIndexTool
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The command's arguments.</param>
    /// <returns>0 when the index was written, 2 when the source was not found.</returns>
    public static int Run(string[] args)
    {
        string? resources = ResourcesFolder();
        string? input = Option(args, "--in") ?? (resources is null ? null : Path.Combine(resources, "geo.tsv.gz"));
        string? output = Option(args, "--out") ?? (resources is null ? null : Path.Combine(resources, "geo.index"));
        if (input is null || output is null || !File.Exists(input))
        {
            Console.Error.WriteLine("build-geo-index needs src/EntityExtract/Resources/geo.tsv.gz (run it inside the repository) or --in and --out.");
            return 2;
        }

        using (var source = File.OpenRead(input))
        using (var target = File.Create(output))
        {
            PlaceGazetteer.WriteIndex(source, target);
        }

        Console.WriteLine($"wrote {output} ({new FileInfo(output).Length:N0} bytes) from {input}");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string? ResourcesFolder()
    {
        var dir = new DirectoryInfo(Directory.GetCurrentDirectory());
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EntityExtract.sln")))
        {
            dir = dir.Parent;
        }

        return dir is null ? null : Path.Combine(dir.FullName, "src", "EntityExtract", "Resources");
    }
}
