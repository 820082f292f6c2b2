namespace Tacitus.Nlp.Scoring;

/// <summary>Precision, recall and F1 in percent, with the counts behind them.</summary>
public readonly record struct PrfScore(long Gold, long Predicted, long Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// Span-level exact-match NER scoring as conlleval does it: a chunk starts at B-X, or at I-X after O or another type,
/// and a predicted chunk is correct when a gold chunk has the same first token, last token and type.
/// </summary>
public sealed class NerScorer
{
    private readonly Dictionary<string, (long Gold, long Predicted, long Correct)> _byType = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException($"gold has {gold.Count} tags, prediction {predicted.Count}");
        var g = Chunks(gold);
        var p = Chunks(predicted);
        foreach (var c in g) Bump(c.Type, 1, 0, 0);
        foreach (var c in p) Bump(c.Type, 0, 1, g.Contains(c) ? 1 : 0);
    }

    private void Bump(string type, long gold, long pred, long ok)
    {
        var v = _byType.GetValueOrDefault(type);
        _byType[type] = (v.Gold + gold, v.Predicted + pred, v.Correct + ok);
    }

    public PrfScore Overall => new(_byType.Values.Sum(v => v.Gold), _byType.Values.Sum(v => v.Predicted), _byType.Values.Sum(v => v.Correct));

    public IReadOnlyDictionary<string, PrfScore> ByType =>
        _byType.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => new PrfScore(p.Value.Gold, p.Value.Predicted, p.Value.Correct));

    /// <summary>The chunks (first, last, type) of a tag sequence, conlleval style.</summary>
    public static HashSet<(int First, int Last, string Type)> Chunks(IReadOnlyList<string> tags)
    {
        var chunks = new HashSet<(int, int, string)>();
        int start = -1;
        string? type = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string tag = i < tags.Count ? tags[i] : "O";
            char prefix = tag.Length > 2 && tag[1] == '-' ? tag[0] : 'O';
            string? t = prefix == 'O' ? null : tag[2..];
            bool continues = prefix == 'I' && type is not null && t == type;
            if (start >= 0 && !continues)
            {
                chunks.Add((start, i - 1, type!));
                start = -1;
                type = null;
            }
            if (prefix == 'B' || (prefix == 'I' && start < 0))
            {
                start = i;
                type = t;
            }
        }
        return chunks;
    }
}
