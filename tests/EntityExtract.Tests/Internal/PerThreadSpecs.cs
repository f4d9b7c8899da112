using EntityExtract.Internal;

namespace EntityExtract.Tests.Internal;

/// <summary>
/// <see cref="PerThread{T}"/>: a per-document step's tables are reused by the same thread's next document, never
/// shared by two users at once, and never seen by another thread. Each spec uses its own table type, so that specs
/// running at the same time do not share a slot.
/// </summary>
public sealed class PerThreadSpecs
{
    [Fact]
    public void A_returned_instance_is_the_next_one_taken_on_that_thread()
    {
        var first = PerThread<TablesA>.Take();
        PerThread<TablesA>.Return(first, entries: 10);
        Assert.Same(first, PerThread<TablesA>.Take());
    }

    [Fact]
    public void While_one_is_taken_a_nested_user_gets_a_new_one()
    {
        var outer = PerThread<TablesB>.Take();
        var inner = PerThread<TablesB>.Take();
        Assert.NotSame(outer, inner);
    }

    [Fact]
    public void Tables_that_held_a_huge_document_are_not_kept()
    {
        var huge = PerThread<TablesD>.Take();
        PerThread<TablesD>.Return(huge, entries: PerThread<TablesD>.MaxKeptEntries + 1);
        Assert.NotSame(huge, PerThread<TablesD>.Take());
    }

    [Fact]
    public void Another_thread_never_gets_the_instance_this_thread_returned()
    {
        var mine = PerThread<TablesC>.Take();
        PerThread<TablesC>.Return(mine, entries: 10);
        TablesC? theirs = null;
        var thread = new Thread(() => theirs = PerThread<TablesC>.Take());
        thread.Start();
        thread.Join();
        Assert.NotNull(theirs);
        Assert.NotSame(mine, theirs);
        Assert.Same(mine, PerThread<TablesC>.Take());
    }

    private sealed class TablesA
    {
    }

    private sealed class TablesB
    {
    }

    private sealed class TablesC
    {
    }

    private sealed class TablesD
    {
    }
}
