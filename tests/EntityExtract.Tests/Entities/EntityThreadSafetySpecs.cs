namespace EntityExtract.Tests.Entities;

public class EntityThreadSafetySpecs
{
    private static readonly string[] Texts =
    [
        "Angela Merkel met Emmanuel Macron in Paris on Monday.",
        "The World Health Organization said the outbreak in Brazil was slowing.",
        "Microsoft and Google have offices in Dublin, Ireland.",
        "Lee Jae-myung spoke to reporters in Seoul after meeting officials from Samsung Electronics.",
        "FIFA FINES ARGENTINA AFTER CLASH IN MADRID",
        "",
        "   \n\n  ",
    ];

    [Fact]
    public void Parallel_extraction_equals_sequential_extraction()
    {
        var expected = Texts.Select(static t => Describe(EntityExtractor.Extract(t))).ToArray();
        var inputs = Enumerable.Range(0, 400).Select(static i => i % Texts.Length).ToArray();
        var actual = new string[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => actual[i] = Describe(EntityExtractor.Extract(Texts[inputs[i]])));
        for (int i = 0; i < inputs.Length; i++)
        {
            Assert.Equal(expected[inputs[i]], actual[i]);
        }
    }

    [Fact]
    public void Junk_and_huge_inputs_never_throw()
    {
        var random = new Random(7);
        for (int n = 0; n < 200; n++)
        {
            var chars = new char[random.Next(0, 300)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = (char)random.Next(0, 0xFFFF);
            }

            var result = EntityExtractor.Extract(new string(chars));
            Assert.NotNull(result);
        }

        string huge = string.Concat(Enumerable.Repeat("Barack Obama visited Kenya and met officials of the African Union. ", 3000));
        var big = EntityExtractor.Extract(huge);
        Assert.NotEmpty(big.Mentions);
        string noPunctuation = string.Concat(Enumerable.Repeat("Word Another Thing ", 20000));
        Assert.NotNull(EntityExtractor.Extract(noPunctuation));
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => EntityExtractor.Extract("Kim met Trump.", null, source.Token));
    }

    private static string Describe(ExtractionResult result)
        => string.Join("|", result.Mentions.Select(static m => $"{m.Type}:{m.Start}:{m.End}:{m.Canonical}"));
}
