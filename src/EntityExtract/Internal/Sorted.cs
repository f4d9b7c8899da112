namespace EntityExtract.Internal;

/// <summary>
/// Binary search over items sorted by an integer key (tokens by offset, sentences by token): the one home of the
/// lower-bound loop that readers of the token stream need off their hot paths. Stateless and thread-safe.
/// </summary>
internal static class Sorted
{
    /// <summary>
    /// The index of the first item whose key is greater than <paramref name="value"/>, or the length when there is none;
    /// <paramref name="items"/> must be sorted by <paramref name="key"/>.
    /// </summary>
    public static int FirstAbove<T>(ReadOnlySpan<T> items, Func<T, int> key, int value)
    {
        int lo = 0, hi = items.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (key(items[mid]) <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
