using Tacitus.Core;

namespace Tacitus.Time.Evaluation;

/// <summary>
/// TempEval-3 TIMEX3 scores. Extraction: strict (identical spans) and relaxed (overlapping spans) precision, recall
/// and F1. Attributes (type, value) are judged on relaxed matches, as the official TempEval-3 scorer does:
/// attribute P = correct / system, R = correct / gold, F1 = 2PR/(P+R) — which equals relaxed F1 × attribute accuracy,
/// where accuracy = correct / relaxed matches. Matching is one-to-one (each gold to the first unused overlapping
/// system expression, exact span first).
/// </summary>
public sealed class TimeScorer
{
    public int Gold { get; private set; }
    public int System { get; private set; }
    public int Strict { get; private set; }
    public int Relaxed { get; private set; }
    public int TypeCorrect { get; private set; }
    public int ValueCorrect { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>Whether to record a line per miss, spurious match and wrong value in <see cref="Errors"/>.</summary>
    public bool KeepErrors { get; init; }

    public void Add(string docId, string text, IReadOnlyList<GoldTimex> gold, IReadOnlyList<TimeExpression> system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        Gold += gold.Count;
        System += system.Count;
        var used = new bool[system.Count];
        var goldMatch = new int[gold.Count];
        Array.Fill(goldMatch, -1);
        for (int g = 0; g < gold.Count; g++)
            for (int s = 0; s < system.Count; s++)
                if (!used[s] && system[s].Span == gold[g].Span) { used[s] = true; goldMatch[g] = s; Strict++; break; }
        for (int g = 0; g < gold.Count; g++)
        {
            if (goldMatch[g] >= 0) continue;
            for (int s = 0; s < system.Count; s++)
                if (!used[s] && system[s].Span.Overlaps(gold[g].Span)) { used[s] = true; goldMatch[g] = s; break; }
        }
        for (int g = 0; g < gold.Count; g++)
        {
            int s = goldMatch[g];
            if (s < 0)
            {
                if (KeepErrors) Errors.Add($"{docId}\tMISS\t{Quote(text, gold[g].Span)}\t{gold[g].Type}\t{gold[g].Value}\t{Context(text, gold[g].Span)}");
                continue;
            }
            Relaxed++;
            var sys = system[s];
            bool typeOk = sys.Type == gold[g].Type;
            bool valueOk = sys.Value == gold[g].Value;
            if (typeOk) TypeCorrect++;
            if (valueOk) ValueCorrect++;
            if (KeepErrors && (!valueOk || !typeOk))
                Errors.Add($"{docId}\tVALUE\t{Quote(text, gold[g].Span)}|{Quote(text, sys.Span)}\tgold {gold[g].Type} {gold[g].Value}\tsys {sys.Type} {sys.Value} ({sys.Producer})\t{Context(text, gold[g].Span)}");
        }
        if (KeepErrors)
            for (int s = 0; s < system.Count; s++)
                if (!used[s]) Errors.Add($"{docId}\tSPURIOUS\t{Quote(text, system[s].Span)}\t{system[s].Type}\t{system[s].Value} ({system[s].Producer})\t{Context(text, system[s].Span)}");
    }

    private static string Quote(string text, TextSpan span) => text.Substring(span.Start, span.Length).Replace('\n', ' ');

    private static string Context(string text, TextSpan span)
    {
        int s = Math.Max(0, span.Start - 50), e = Math.Min(text.Length, span.End + 50);
        return text[s..e].Replace('\n', ' ');
    }

    public TimeScores Scores()
    {
        static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
        static double Div(int a, int b) => b == 0 ? 0 : (double)a / b;
        double sp = Div(Strict, System), sr = Div(Strict, Gold);
        double rp = Div(Relaxed, System), rr = Div(Relaxed, Gold);
        double vp = Div(ValueCorrect, System), vr = Div(ValueCorrect, Gold);
        double tp = Div(TypeCorrect, System), tr = Div(TypeCorrect, Gold);
        return new TimeScores(Gold, System, sp, sr, F(sp, sr), rp, rr, F(rp, rr),
            F(vp, vr), Div(ValueCorrect, Relaxed), F(tp, tr), Div(TypeCorrect, Relaxed));
    }
}

/// <summary>TempEval-3 TIMEX3 numbers (fractions 0–1).</summary>
public sealed record TimeScores(
    int Gold, int System,
    double StrictPrecision, double StrictRecall, double StrictF1,
    double RelaxedPrecision, double RelaxedRecall, double RelaxedF1,
    double ValueF1, double ValueAccuracy,
    double TypeF1, double TypeAccuracy);
