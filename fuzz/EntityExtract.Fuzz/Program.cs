using System.Runtime.InteropServices;
using EntityExtract;
using EntityExtract.Serialization;
using SharpFuzz;

// Each AFL++ input is read as raw UTF-16 code units, so that every string, lone surrogates included,
// is reachable. Any exception, or any span that disagrees with the text, is a crash for AFL++ to keep.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var memory = new MemoryStream();
    stream.CopyTo(memory);
    var bytes = memory.ToArray();
    string text = new(MemoryMarshal.Cast<byte, char>(bytes.AsSpan(0, bytes.Length & ~1)));
    FuzzTarget.Check(text);
});

internal static class FuzzTarget
{
    public static void Check(string text)
    {
        var result = EntityExtractor.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11) });
        foreach (var m in result.Mentions)
        {
            if (m.Start < 0 || m.End > text.Length || m.End <= m.Start || !text.AsSpan(m.Start, m.End - m.Start).SequenceEqual(m.Text))
            {
                throw new InvalidOperationException($"inconsistent mention {m}");
            }
        }

        foreach (var q in result.Quotes)
        {
            if (q.Start < 0 || q.End > text.Length || q.End <= q.Start || !text.AsSpan(q.Start, q.End - q.Start).SequenceEqual(q.Text))
            {
                throw new InvalidOperationException($"inconsistent quote {q}");
            }
        }

        _ = ExtractionJson.Serialize(result);
    }
}
