namespace EntityExtract.Internal;

/// <summary>
/// One reusable instance of <typeparamref name="T"/> per thread: the working tables of a per-document step
/// (dictionaries, lists), cleared by their user and kept for the thread's next document instead of allocated for
/// every document (issue 14: the garbage collector's pauses were a third of the pipeline's time). A step
/// <see cref="Take"/>s the instance, works with it, and <see cref="Return"/>s it when done; while taken, the
/// thread holds none, so a nested or re-entrant call takes a new one and nothing is shared. Thread-safe: each
/// thread has its own slot.
/// </summary>
/// <typeparam name="T">The tables' type; the user clears them after taking.</typeparam>
internal static class PerThread<T>
    where T : class, new()
{
    [ThreadStatic]
    private static T? t_kept;

    /// <summary>The thread's kept instance, or a new one; the thread keeps none until <see cref="Return"/>.</summary>
    public static T Take()
    {
        var item = t_kept ?? new T();
        t_kept = null;
        return item;
    }

    /// <summary>
    /// Keeps <paramref name="item"/> for the thread's next <see cref="Take"/>. A caller whose tables grew unusually
    /// large (a book rather than an article) should not return them, so that their memory is not held.
    /// </summary>
    /// <param name="item">The instance taken; not used by the caller afterwards.</param>
    public static void Return(T item) => t_kept = item;
}
