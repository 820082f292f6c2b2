namespace Tacitus.Nlp.Learning;

/// <summary>
/// Jack-knifing over contiguous blocks: item i belongs to block ⌊i·K/N⌋. Contiguous blocks, not every K-th item: a
/// block then holds whole documents the other blocks never saw, so a model trained on the rest is about as wrong on it
/// as on new text (interleaved blocks share documents with the rest, and their predictions come out too good).
/// </summary>
public static class ContiguousFolds
{
    /// <summary>
    /// For each of <paramref name="folds"/> blocks, calls <paramref name="predict"/>(block number, the other items, the
    /// block's items; a block may be empty when there are more blocks than items), which returns one prediction per block
    /// item; the predictions come back in the items' order.
    /// </summary>
    public static T[] Jackknife<T>(IReadOnlyList<T> items, int folds, Func<int, IReadOnlyList<T>, IReadOnlyList<T>, IReadOnlyList<T>> predict)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(predict);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 1);
        var result = new T[items.Count];
        for (int f = 0; f < folds; f++)
        {
            var rest = new List<T>(items.Count);
            var held = new List<int>();
            for (int i = 0; i < items.Count; i++)
            {
                if ((int)((long)i * folds / items.Count) == f) held.Add(i);
                else rest.Add(items[i]);
            }
            var predicted = predict(f, rest, [.. held.Select(i => items[i])]);
            if (predicted.Count != held.Count) throw new InvalidOperationException($"fold {f}: {predicted.Count} predictions for {held.Count} items");
            for (int k = 0; k < held.Count; k++) result[held[k]] = predicted[k];
        }
        return result;
    }
}
