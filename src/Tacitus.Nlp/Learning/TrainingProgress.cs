namespace Tacitus.Nlp.Learning;

/// <summary>
/// What a trainer reports after each epoch: training accuracy, dev scores (empty when training without a dev file; the
/// training accuracy then picks the best epoch), and whether this is the best model so far.
/// </summary>
public sealed record EpochReport(
    int Epoch,
    int MaxEpochs,
    double TrainScore,
    IReadOnlyDictionary<string, double> Dev,
    bool IsBest,
    TimeSpan Elapsed)
{
    /// <summary>The dev score that early stopping watches (when there is a dev file).</summary>
    public required string Watched { get; init; }
}

/// <summary>Options every perceptron trainer shares.</summary>
public record PerceptronTrainingOptions
{
    public int Epochs { get; init; } = 20;
    public int Seed { get; init; } = 1;
    /// <summary>Stop after this many epochs without a better dev score.</summary>
    public int Patience { get; init; } = 3;
    /// <summary>Averaged weights at most this large (absolute) are dropped from the shipped model.</summary>
    public float PruneBelow { get; init; } = 0.0f;
}

/// <summary>Deterministic shuffling (System.Random with a seed is stable across runs and platforms).</summary>
public static class Shuffle
{
    public static void InPlace<T>(T[] items, Random random)
    {
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
