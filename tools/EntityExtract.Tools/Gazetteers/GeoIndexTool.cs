using EntityExtract.Places;

namespace EntityExtract.Tools;

/// <summary>
/// <c>build-geo-index [SOURCE] [INDEX]</c>, run from the repository root: rebuilds
/// <c>src/EntityExtract/Resources/geo.index</c>, the binary gazetteer the library embeds, from its source text
/// <c>src/EntityExtract/Resources/geo.tsv.gz</c> (written by <c>build-geo.js</c>; docs/places.md). Run it after every
/// change to the text; <c>GazetteerIndexSpecs.Embedded_index_is_built_from_the_source_text</c> fails until it is run.
/// Deterministic: the same text gives the same index.
/// </summary>
public static class GeoIndexTool
{
    /// <summary>Runs the command.</summary>
    /// <param name="args">The source and index paths, by default those of the repository's Resources folder.</param>
    /// <returns>0 when the index was written, 2 when the source was not found.</returns>
    public static int Run(string[] args)
    {
        string input = args.Length > 0 ? args[0] : Path.Combine("src", "EntityExtract", "Resources", "geo.tsv.gz");
        string output = args.Length > 1 ? args[1] : Path.ChangeExtension(Path.ChangeExtension(input, null), ".index");
        if (!File.Exists(input))
        {
            Console.Error.WriteLine($"build-geo-index: no gazetteer text at {input} (run it from the repository root, or give SOURCE and INDEX).");
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
}
