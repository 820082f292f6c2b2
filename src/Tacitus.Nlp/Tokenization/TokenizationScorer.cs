using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Nlp.Tokenization;

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct PrecisionRecall(int Gold, int System, int Correct)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.Gold + b.Gold, a.System + b.System, a.Correct + b.Correct);

    public PrecisionRecall Add(PrecisionRecall other) => this + other;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"P {100 * Precision:F2}  R {100 * Recall:F2}  F1 {100 * F1:F2}  (gold {Gold}, system {System}, correct {Correct})");
}

/// <summary>Tokenizer scores on a gold treebank, with throughput.</summary>
public sealed record TokenizationScores(
    PrecisionRecall Tokens,
    PrecisionRecall Words,
    PrecisionRecall Sentences,
    long Characters,
    TimeSpan TokenizerTime,
    ImmutableArray<string> TokenErrors,
    ImmutableArray<string> SentenceErrors)
{
    public double CharactersPerSecond => TokenizerTime.TotalSeconds <= 0 ? 0 : Characters / TokenizerTime.TotalSeconds;
}

/// <summary>A gold surface token (a multiword token counts once) and the syntactic words it holds.</summary>
public sealed record GoldToken(TextSpan Span, ImmutableArray<string> Words);

/// <summary>One treebank document rebuilt as raw text, with gold token and sentence spans into it.</summary>
public sealed record GoldDocument(string Id, string Text, ImmutableArray<GoldToken> Tokens, ImmutableArray<TextSpan> Sentences);

/// <summary>
/// Scores tokenization and sentence splitting as the CoNLL 2018 shared task does: the raw text is rebuilt from the
/// gold file's <c># text</c> lines (sentences of a paragraph joined by a space, paragraphs — <c># newpar</c> — by a
/// line break, one document per <c># newdoc</c>), and system and gold units are compared by character span.
/// Tokens are surface tokens (a multiword token such as "don't" is one token); sentences are the spans from their first
/// to last token. Words are compared inside tokens whose spans match, by the longest common subsequence of
/// lower-cased forms (the shared task's alignment for multiword tokens); words of mismatched tokens count as errors.
/// </summary>
public static class TokenizationScorer
{
    public static TokenizationScores Evaluate(IEnumerable<GoldDocument> gold, int maxErrors = 0)
    {
        ArgumentNullException.ThrowIfNull(gold);
        PrecisionRecall tokens = default, words = default, sentences = default;
        long chars = 0;
        var elapsed = TimeSpan.Zero;
        var tokenErrors = ImmutableArray.CreateBuilder<string>();
        var sentenceErrors = ImmutableArray.CreateBuilder<string>();
        var docs = gold as IReadOnlyList<GoldDocument> ?? gold.ToList();
        foreach (var doc in docs)
        {
            var sys = Tokenizer.Tokenize(doc.Text);
            chars += doc.Text.Length;

            var sysTokens = SurfaceTokens(doc.Text, sys);
            tokens += CompareTokens(doc, sysTokens, maxErrors > tokenErrors.Count ? tokenErrors : null, maxErrors);
            words += CompareWords(doc.Tokens, sysTokens);
            var sysSentences = sys.Sentences.Select(s => s.Span).ToArray();
            sentences += CompareSentences(doc, sysSentences, maxErrors > sentenceErrors.Count ? sentenceErrors : null, maxErrors);
        }
        // Throughput: the best of up to ten further timed passes (about a second at most), so that JIT compilation
        // and tiering during the first passes are not counted.
        elapsed = TimeSpan.MaxValue;
        var budget = Stopwatch.StartNew();
        for (int pass = 0; pass < 10 && (pass < 2 || budget.Elapsed < TimeSpan.FromSeconds(1)); pass++)
        {
            long t0 = Stopwatch.GetTimestamp();
            foreach (var doc in docs) Tokenizer.Tokenize(doc.Text);
            var t = Stopwatch.GetElapsedTime(t0);
            if (t < elapsed) elapsed = t;
        }
        return new TokenizationScores(tokens, words, sentences, chars, elapsed, tokenErrors.ToImmutable(), sentenceErrors.ToImmutable());
    }

    /// <summary>The system's surface tokens: each multiword token once, other words as they are.</summary>
    public static List<GoldToken> SurfaceTokens(string text, TokenizedText sys)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sys);
        var result = new List<GoldToken>(sys.Tokens.Length);
        int m = 0;
        for (int w = 0; w < sys.Tokens.Length; w++)
        {
            if (m < sys.MultiwordTokens.Length && sys.MultiwordTokens[m].FirstToken == w)
            {
                var mwt = sys.MultiwordTokens[m++];
                var forms = ImmutableArray.CreateBuilder<string>();
                for (int k = mwt.FirstToken; k <= mwt.LastToken; k++) forms.Add(sys.Tokens[k].TextIn(text));
                result.Add(new GoldToken(mwt.Span, forms.ToImmutable()));
                w = mwt.LastToken;
            }
            else
            {
                result.Add(new GoldToken(sys.Tokens[w].Span, [sys.Tokens[w].TextIn(text)]));
            }
        }
        return result;
    }

    private static PrecisionRecall CompareTokens(GoldDocument doc, List<GoldToken> sys, ImmutableArray<string>.Builder? errors, int maxErrors)
    {
        var gold = doc.Tokens;
        int i = 0, j = 0, correct = 0;
        while (i < gold.Length && j < sys.Count)
        {
            var g = gold[i].Span;
            var s = sys[j].Span;
            if (g == s) { correct++; i++; j++; continue; }
            if (g.End <= s.Start) { i++; continue; }
            if (s.End <= g.Start) { j++; continue; }
            // A region of disagreement: advance until both sides end at the same offset.
            int gi = i, sj = j;
            int gEnd = gold[i].Span.End, sEnd = sys[j].Span.End;
            i++; j++;
            while (gEnd != sEnd)
            {
                if (gEnd < sEnd) { if (i >= gold.Length) break; gEnd = gold[i++].Span.End; }
                else { if (j >= sys.Count) break; sEnd = sys[j++].Span.End; }
            }
            if (errors is not null && errors.Count < maxErrors)
            {
                var gText = string.Join(" | ", Enumerable.Range(gi, i - gi).Select(k => gold[k].Span.Of(doc.Text)));
                var sText = string.Join(" | ", Enumerable.Range(sj, j - sj).Select(k => sys[k].Span.Of(doc.Text)));
                errors.Add($"gold [{gText}]  system [{sText}]  in: {Context(doc.Text, gold[gi].Span.Start, 40)}");
            }
        }
        return new PrecisionRecall(gold.Length, sys.Count, correct);
    }

    private static PrecisionRecall CompareWords(ImmutableArray<GoldToken> gold, List<GoldToken> sys)
    {
        int goldWords = 0, sysWords = 0, correct = 0;
        foreach (var g in gold) goldWords += g.Words.Length;
        foreach (var s in sys) sysWords += s.Words.Length;
        int i = 0, j = 0;
        while (i < gold.Length && j < sys.Count)
        {
            var g = gold[i];
            var s = sys[j];
            if (g.Span == s.Span)
            {
                correct += g.Words.Length == 1 && s.Words.Length == 1 ? 1 : Lcs(g.Words, s.Words);
                i++; j++;
            }
            else if (g.Span.End <= s.Span.End) i++;
            else j++;
        }
        return new PrecisionRecall(goldWords, sysWords, correct);
    }

    private static int Lcs(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var dp = new int[a.Length + 1, b.Length + 1];
        for (int x = 1; x <= a.Length; x++)
            for (int y = 1; y <= b.Length; y++)
                dp[x, y] = string.Equals(a[x - 1], b[y - 1], StringComparison.OrdinalIgnoreCase)
                    ? dp[x - 1, y - 1] + 1
                    : Math.Max(dp[x - 1, y], dp[x, y - 1]);
        return dp[a.Length, b.Length];
    }

    private static PrecisionRecall CompareSentences(GoldDocument doc, TextSpan[] sys, ImmutableArray<string>.Builder? errors, int maxErrors)
    {
        var gold = doc.Sentences;
        var goldSet = gold.ToHashSet();
        int correct = sys.Count(goldSet.Contains);
        if (errors is not null)
        {
            var goldEnds = gold.Select(s => s.End).ToHashSet();
            var sysEnds = sys.Select(s => s.End).ToHashSet();
            foreach (var end in goldEnds.Where(e => !sysEnds.Contains(e)).Take(maxErrors - errors.Count))
                errors.Add($"missed  {Context(doc.Text, end, 50)}");
            foreach (var end in sysEnds.Where(e => !goldEnds.Contains(e)).Take(Math.Max(0, maxErrors - errors.Count)))
                errors.Add($"extra   {Context(doc.Text, end, 50)}");
        }
        return new PrecisionRecall(gold.Length, sys.Length, correct);
    }

    private static string Context(string text, int at, int width)
    {
        int s = Math.Max(0, at - width), e = Math.Min(text.Length, at + width);
        return (text[s..at] + "‖" + text[at..e]).Replace('\n', '¶');
    }

    // ---- gold reading ------------------------------------------------------------------------------------------

    /// <summary>
    /// Reads the parts of a CoNLL-U file that tokenization scoring needs: <c># newdoc</c>, <c># newpar</c>,
    /// <c># text</c> and the ID and FORM columns.
    /// </summary>
    public static List<GoldDocument> ReadGold(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) throw new TacitusException($"{path}: file not found");
        using var reader = new StreamReader(path, Encoding.UTF8);
        return ReadGold(reader, path);
    }

    public static List<GoldDocument> ReadGold(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var docs = new List<GoldDocument>();
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<GoldToken>();
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        string docId = name;
        int docCount = 0;

        string? sentText = null;
        bool newPar = false;
        // surface tokens of the current sentence: (form, words)
        var sentTokens = new List<(string Form, List<string> Words)>();
        int mwtEnd = -1;
        int lineNo = 0;
        bool sawText = false;

        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0)
            {
                FlushSentence();
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    FlushDocument();
                    int eq = line.IndexOf('=');
                    docId = eq >= 0 ? line[(eq + 1)..].Trim() : $"{name}#{docCount + 1}";
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal)) newPar = true;
                else if (line.StartsWith("# text =", StringComparison.Ordinal)) { sentText = line[8..].Trim(); sawText = true; }
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10) throw new TacitusException($"{name}:{lineNo}: expected 10 tab-separated columns, found {cols.Length}");
            string id = cols[0], form = cols[1];
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out mwtEnd))
                    throw new TacitusException($"{name}:{lineNo}: bad multiword token range '{id}'");
                sentTokens.Add((form, []));
                continue;
            }
            if (id.Contains('.', StringComparison.Ordinal)) continue; // empty node
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int wordId))
                throw new TacitusException($"{name}:{lineNo}: bad token id '{id}'");
            if (wordId <= mwtEnd && sentTokens.Count > 0) sentTokens[^1].Words.Add(form);
            else sentTokens.Add((form, [form]));
        }
        FlushSentence();
        FlushDocument();
        if (!sawText) throw new TacitusException($"{name}: no '# text =' lines; cannot rebuild the raw text to score tokenization");
        return docs;

        void FlushSentence()
        {
            if (sentTokens.Count == 0) { sentText = null; return; }
            if (sentText is null) throw new TacitusException($"{name}:{lineNo}: sentence without a '# text =' line");
            if (text.Length > 0) text.Append(newPar ? '\n' : ' ');
            int baseOffset = text.Length;
            text.Append(sentText);
            int pos = 0, first = -1, last = -1;
            foreach (var (form, words) in sentTokens)
            {
                int start = -1, end = -1;
                foreach (char f in form)
                {
                    if (char.IsWhiteSpace(f)) continue;
                    while (pos < sentText.Length && char.IsWhiteSpace(sentText[pos])) pos++;
                    if (pos >= sentText.Length || sentText[pos] != f)
                        throw new TacitusException($"{name}:{lineNo}: token '{form}' does not match the sentence's '# text' at offset {pos}");
                    if (start < 0) start = pos;
                    end = ++pos;
                }
                if (start < 0) continue;
                tokens.Add(new GoldToken(new TextSpan(baseOffset + start, baseOffset + end), [.. words]));
                if (first < 0) first = baseOffset + start;
                last = baseOffset + end;
            }
            if (first >= 0) sentences.Add(new TextSpan(first, last));
            sentTokens.Clear();
            sentText = null;
            newPar = false;
            mwtEnd = -1;
        }

        void FlushDocument()
        {
            if (text.Length > 0)
            {
                docs.Add(new GoldDocument(docId, text.ToString(), tokens.ToImmutable(), sentences.ToImmutable()));
                docCount++;
            }
            text.Clear();
            tokens.Clear();
            sentences.Clear();
        }
    }
}
