using System.Buffers;
using EntityExtract.Pipeline;
using EntityExtract.Quotes;
using EntityExtract.Tools;

namespace EntityExtract.Tests.Quotes;

/// <summary>
/// The quote stage's readers rent their per-token tables from <see cref="ArrayPool{T}.Shared"/> and give them back
/// when disposed (issue 14). A second <c>Dispose</c> must not give them back again: the pool would then hand the same
/// array to two renters, and two documents would write into one table.
/// </summary>
public class DocumentDisposalSpecs
{
    [Fact]
    public void A_reported_document_disposed_twice_gives_its_tables_back_once()
    {
        var capture = new CaptureStage();
        var builder = ExtractionPipelineBuilder.CreateDefault();
        builder.Stages.Add(capture);
        builder.Build().Extract("Officials warned that prices could rise, the minister said.");
        var document = ReportedDocument.Of(capture.Last!);
        int tokens = document.Count;

        document.Dispose();
        document.Dispose();

        // Returned twice, the table would sit both in the thread's slot and on the shared stack: two rents would get it.
        var first = ArrayPool<bool>.Shared.Rent(tokens);
        var second = ArrayPool<bool>.Shared.Rent(tokens);
        Assert.NotSame(first, second);
        ArrayPool<bool>.Shared.Return(first);
        ArrayPool<bool>.Shared.Return(second);
    }
}
