namespace Tacitus.Nlp.Parsing;

/// <summary>
/// UAS/LAS over all syntactic words, punctuation included (CoNLL 2018 shared task). <see cref="Las"/> compares only the
/// universal part of the relation (before ':'), as CoNLL 2018 does; <see cref="LasFull"/> compares the full relation
/// with its subtype (obl:tmod, nsubj:pass, …).
/// </summary>
public sealed class AttachmentScore
{
    public long Words { get; private set; }
    public long HeadCorrect { get; private set; }
    public long LabelledCorrect { get; private set; }
    public long LabelledFullCorrect { get; private set; }

    public double Uas => Percent(HeadCorrect);
    public double Las => Percent(LabelledCorrect);
    public double LasFull => Percent(LabelledFullCorrect);

    private double Percent(long x) => Words == 0 ? 0 : 100.0 * x / Words;

    public void Add(int goldHead, string? goldRel, int predHead, string? predRel)
    {
        Words++;
        if (goldHead != predHead) return;
        HeadCorrect++;
        if (string.Equals(Universal(goldRel), Universal(predRel), StringComparison.Ordinal)) LabelledCorrect++;
        if (string.Equals(goldRel, predRel, StringComparison.Ordinal)) LabelledFullCorrect++;
    }

    public static string? Universal(string? rel)
    {
        if (rel is null) return null;
        int c = rel.IndexOf(':', StringComparison.Ordinal);
        return c < 0 ? rel : rel[..c];
    }

    public override string ToString() => $"UAS {Uas:F2}  LAS {Las:F2}  (LAS with subtypes {LasFull:F2}, {Words} words)";
}
