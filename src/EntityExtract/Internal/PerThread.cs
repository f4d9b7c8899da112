namespace EntityExtract.Internal;

/// <summary>
/// One reusable instance of <typeparamref name="T"/> per thread: the working tables of a per-document step
/// (dictionaries, lists), cleared by their user and kept for the thread's next document instead of allocated for
/// every document (issue 14: the pipeline allocated 58 bytes per byte of text, most of it such tables). A step
/// <see cref="Take"/>s the instance, works with it, and <see cref="Return"/>s it when done; while taken, the
/// thread holds none, so a nested or re-entrant call takes a new one and nothing is shared. Thread-safe: each
/// thread has its own slot.
/// </summary>
/// <typeparam name="T">The tables' type; the user clears them after taking.</typeparam>
internal static class PerThread<T>
    where T : class, new()
{
    /// <summary>
    /// The most entries a user's tables may have held for them to be kept: an article has tens or hundreds of names;
    /// tables grown by a book-sized document are left to the collector rather than held by the thread.
    /// </summary>
    public const int MaxKeptEntries = 4096;

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
    /// Keeps <paramref name="item"/> for the thread's next <see cref="Take"/>, unless its tables held more than
    /// <see cref="MaxKeptEntries"/> entries, so that the memory of an unusually large document is not held.
    /// </summary>
    /// <param name="item">The instance taken; not used by the caller afterwards.</param>
    /// <param name="entries">How many entries its tables held for the document.</param>
    public static void Return(T item, int entries)
    {
        if (entries <= MaxKeptEntries)
        {
            t_kept = item;
        }
    }
}
