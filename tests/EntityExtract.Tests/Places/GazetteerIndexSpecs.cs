using EntityExtract.Places;
using EntityExtract.Tests.Infrastructure;

namespace EntityExtract.Tests.Places;

/// <summary>
/// The embedded gazetteer index (<c>Resources/geo.index</c>) is the source text <c>Resources/geo.tsv.gz</c> in
/// binary form: built from it by <c>build-geo-index</c>, and read back to the same lookups under either
/// globalization mode.
/// </summary>
public class GazetteerIndexSpecs
{
    // A stand-in fold for the runtime that removes accents: these letters, each to its plain letter.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿāēīōūłś";
    private const string Plain = "aaaaaaceeeeiiiinoooooouuuuyyaeiouls";

    private static readonly string SourcePath = Path.Combine(TestFiles.RepoRoot, "src", "EntityExtract", "Resources", "geo.tsv.gz");

    [Fact]
    public void Embedded_index_is_built_from_the_source_text()
    {
        byte[] embedded;
        using (var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(PlaceGazetteer.ResourceName)!)
        {
            embedded = PlaceGazetteer.Inflate(stream);
        }

        using var source = File.OpenRead(SourcePath);
        byte[] built = PlaceGazetteer.BuildPayload(source, PlaceGazetteer.Key);
        Assert.True(built.AsSpan().SequenceEqual(embedded), "Resources/geo.index is not the index of Resources/geo.tsv.gz: run `dotnet run -c Release --project tools/EntityExtract.Tools -- build-geo-index`.");
    }

    [Fact]
    public void A_runtime_that_folds_accents_finds_what_a_text_index_keyed_its_way_finds()
    {
        // A stand-in for a runtime whose Key removes accents (invariant globalization, which the tests run under,
        // removes none): a few Latin letters folded by hand, then the usual key.
        static string Fold(string name) => PlaceGazetteer.Key(new string(name.Select(static c => Accented.IndexOf(c) is >= 0 and var i ? Plain[i] : c).ToArray()));

        byte[] keyedByFold;
        using (var source = File.OpenRead(SourcePath))
        {
            keyedByFold = PlaceGazetteer.BuildPayload(source, Fold);
        }

        var expected = PlaceGazetteer.FromPayload(keyedByFold, fold: null);
        PlaceGazetteer actual;
        using (var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(PlaceGazetteer.ResourceName)!)
        {
            actual = PlaceGazetteer.Read(stream, Fold);
        }

        var differing = expected.Keys().Union(actual.Keys())
            .Where(key => !expected.Lookup(key).SequenceEqual(actual.Lookup(key)))
            .Take(10)
            .ToList();
        Assert.Empty(differing);
        Assert.Equal(expected.Lookup(Fold("São Paulo")).ToArray(), actual.Lookup(Fold("São Paulo")).ToArray());
        Assert.NotEqual(0, actual.Lookup(Fold("Kraków")).Length);
    }
}
