using EntityExtract.Serialization;
using Snapshooter.Xunit;

namespace EntityExtract.Tests.Snapshots;

/// <summary>
/// The whole schema JSON of the seed article. A snapshot is a claim that the output is correct: every
/// entity, canonical name, date value and speaker in it was read and checked by hand. When the
/// extractor changes, read the diff line by line; fix the extractor, not the snapshot, when a line is wrong.
/// </summary>
public class SeedArticleSnapshotTests
{
    [Fact]
    public void Seed_article_json()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "000_cd29c6cbbf7a37ba.txt"));
        var result = EntityExtractor.Extract(text);
        var json = Newtonsoft.Json.Linq.JToken.Parse(ExtractionJson.Serialize(result));
        Snapshot.Match(json);
    }
}
