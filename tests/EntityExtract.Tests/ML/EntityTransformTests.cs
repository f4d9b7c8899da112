using EntityExtract.ML;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace EntityExtract.Tests.ML;

/// <summary>The ML.NET transform on a few small texts written for the tests.</summary>
public class EntityTransformTests
{
    private static readonly Row[] Rows =
    [
        new() { Body = "Thursday, December 11, 2025\n\nThe meeting ended on Tuesday, officials said.", Published = "" },
        new() { Body = "The vote was held on Monday.", Published = "2024-03-07" },
        new() { Body = "", Published = "not a date" },
    ];

    [Fact]
    public void Adds_entity_columns_lazily_to_an_IDataView()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Rows);
        var model = ml.Transforms.ExtractEntities(nameof(Row.Body), nameof(Row.Published)).Fit(data);
        var output = model.Transform(data);

        foreach (var column in EntityExtractCatalog.OutputColumnNames)
        {
            Assert.NotNull(output.Schema.GetColumnOrNull(column));
        }

        var rows = ml.Data.CreateEnumerable<Features>(output, reuseRowObject: false).ToArray();
        Assert.Equal(3, rows.Length);
        Assert.Equal(Expected(Rows[0]), rows[0].Dates);
        Assert.Equal(Expected(Rows[1]), rows[1].Dates);
        Assert.Empty(rows[2].People);
        Assert.Equal(0f, rows[2].QuoteCount);
    }

    [Fact]
    public void A_saved_model_loads_and_gives_the_same_columns()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(Rows);
        var model = ml.Transforms.ExtractEntities(nameof(Row.Body)).Fit(data);
        string path = Path.Combine(Path.GetTempPath(), $"ee-ml-{Guid.NewGuid():N}.zip");
        try
        {
            ml.Model.Save(model, data.Schema, path);
            var fresh = new MLContext(seed: 1);
            fresh.RegisterEntityExtract();
            var loaded = fresh.Model.Load(path, out _);
            var before = ml.Data.CreateEnumerable<Features>(model.Transform(data), false).ToArray();
            var after = fresh.Data.CreateEnumerable<Features>(loaded.Transform(fresh.Data.LoadFromEnumerable(Rows)), false).ToArray();
            Assert.Equal(before.Select(r => string.Join('|', r.Dates) + "#" + string.Join('|', r.People)), after.Select(r => string.Join('|', r.Dates) + "#" + string.Join('|', r.People)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string[] Expected(Row row)
    {
        DateOnly? date = DateOnly.TryParseExact(row.Published, "yyyy-MM-dd", out var d) ? d : null;
        return EntityExtractor.Extract(row.Body, new ExtractionOptions { ReferenceDate = date }).Dates.Where(m => m.Value is not null).Select(m => m.Value!).ToArray();
    }

    public sealed class Row
    {
        public string Body { get; set; } = "";

        public string Published { get; set; } = "";
    }

    public sealed class Features
    {
        public string[] People { get; set; } = [];

        public string[] Dates { get; set; } = [];

        public float QuoteCount { get; set; }
    }
}
