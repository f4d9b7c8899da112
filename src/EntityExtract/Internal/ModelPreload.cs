using EntityExtract.Calibration;
using EntityExtract.Places;
using EntityExtract.Quotes;

namespace EntityExtract.Internal;

/// <summary>
/// Starts loading the default pipeline's embedded models on thread-pool threads, so that they load side by side
/// rather than one after another as each stage first asks for its model (issue 14: start-up was almost all
/// model loading, one model at a time, on one core). Each model stays behind its own thread-safe
/// <see cref="Lazy{T}"/>: a stage that needs a model before its background load has finished waits for that load
/// rather than starting a second one, and a load that fails fails again, the same way, for the stage that asks.
/// </summary>
internal static class ModelPreload
{
    private static int started;

    /// <summary>
    /// Starts, once per process, the loads of the place gazetteer, the reported-speech cue model and the
    /// calibrators; the caller goes on to the entity model, which the first stage needs at once.
    /// </summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref started, 1) != 0)
        {
            return;
        }

        // A faulted task is never observed here: the exception stays in the Lazy and reaches the stage that asks.
        _ = Task.Run(static () => PlaceGazetteer.Default);
        _ = Task.Run(static () => CueModel.Default);
        _ = Task.Run(static () => ConfidenceModel.Default);
    }
}
