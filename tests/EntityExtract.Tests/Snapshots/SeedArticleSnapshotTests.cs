using EntityExtract.Serialization;
using EntityExtract.Tests.Infrastructure;
using Snapshooter;
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
        string text = TestFiles.SeedText;
        var result = EntityExtractor.Extract(text);
        var json = Newtonsoft.Json.Linq.JToken.Parse(ExtractionJson.Serialize(result));

        // Snapshooter writes a missing snapshot and passes; here a missing snapshot is a failure, unless a
        // person asks for a new one (ENTITYEXTRACT_NEW_SNAPSHOT=1) in order to review it before committing.
        // The folder is named explicitly: Snapshooter otherwise finds it from the compiled source path, and a
        // deterministic CI build (ContinuousIntegrationBuild maps sources to "/_/") would read and write a
        // snapshot outside the repository, so the reviewed file would never be compared.
        // Snapshooter adds the "__snapshots__" folder itself.
        string folder = Path.Combine(TestFiles.TestsFolder, "Snapshots");
        const string name = "SeedArticleSnapshotTests.Seed_article_json.snap";
        string snapshot = Path.Combine(folder, "__snapshots__", name);
        Assert.True(File.Exists(snapshot) || Environment.GetEnvironmentVariable("ENTITYEXTRACT_NEW_SNAPSHOT") == "1", $"missing reviewed snapshot {snapshot}");
        Snapshot.Match(json, new SnapshotFullName(name, folder));
    }
}
