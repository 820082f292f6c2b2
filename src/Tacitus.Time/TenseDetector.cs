using System.Collections.Frozen;
using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Time;

/// <summary>The temporal orientation of the clause around a time expression, relative to the publication date.</summary>
public enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}

/// <summary>
/// Guesses the tense governing a time expression from the words near it: the closest tense marker wins, markers
/// after the expression and reporting verbs ("said") count less. Uses the tagger's XPOS when tokens carry it
/// (VBD = past; a tagged non-verb "-ed" word is no marker), else a word-based heuristic.
/// </summary>
internal sealed class TenseDetector
{
    private static readonly FrozenSet<string> FutureWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "will", "shall", "ll", "scheduled", "slated", "plans", "plan", "planning", "intends", "intend", "upcoming",
        "poised", "tomorrow", "next", "expects", "aims", "due", "later", "soon", "until");
    // Future only when followed by "to"/"for": "is set to meet", "expected to", "due to".
    private static readonly FrozenSet<string> FutureIfTo = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "set", "expected", "going", "about", "preparing", "prepared", "ready");
    private static readonly FrozenSet<string> WeakFuture = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "would", "could", "might", "may");
    private static readonly FrozenSet<string> PastWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "was", "were", "had", "did", "met", "went", "came", "took", "made", "gave", "held", "left", "fell", "rose", "struck",
        "began", "saw", "won", "lost", "sent", "found", "became", "spoke", "wrote", "brought", "thought", "led", "ran", "sold",
        "bought", "paid", "hit", "kept", "got", "shot", "broke", "fled", "flew", "drove", "stood", "sat", "won", "knew",
        "felt", "heard", "meant", "seized", "overthrew", "withdrew", "ago", "yesterday", "last", "earlier", "arrived",
        "been", "sought", "fought", "caught", "taught", "built", "spent", "lent", "swore", "tore", "wore", "threw", "grew",
        "drew", "blew", "chose", "froze", "rode", "woke", "forgot", "forgave", "stole", "hung", "dealt", "quit", "lay", "bore", "since");
    private static readonly FrozenSet<string> ReportingWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "said", "told", "reported", "announced", "added", "stated", "noted", "declared", "confirmed", "wrote", "according");
    private static readonly FrozenSet<string> PresentWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "is", "are", "am", "says", "tells", "has", "have", "does");
    private static readonly FrozenSet<string> NotVerbsEd = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "united", "need", "speed", "seed", "feed", "weed", "breed", "bleed", "greed", "deed", "indeed", "shed", "bed", "red",
        "fled", "hundred", "limited", "armed", "related", "based", "alleged", "so-called", "advanced", "detailed", "red",
        "interested", "concerned", "supposed", "proposed", "embattled", "beleaguered", "married", "aged", "wicked", "naked",
        "sacred", "kindred", "rugged", "ragged", "crooked", "wretched", "learned", "beloved", "talented", "skilled", "unnamed",
        "unidentified", "disputed", "occupied", "suspected", "wounded", "injured", "displaced", "speed", "scheduled", "planned",
        "expected", "intended", "supposed", "tired", "mixed", "fixed", "biased", "sophisticated", "complicated", "dedicated",
        "unprecedented", "undisclosed", "renewed", "continued", "reported", "elected", "appointed", "sustained", "coordinated",
        "estimated", "combined", "listed", "used", "owned", "controlled", "backed", "led", "kindled");

    private readonly string _text;
    private readonly List<TimeWord> _words;
    private readonly ImmutableArray<Token> _tokens;
    private readonly bool _tagged;

    public TenseDetector(string text, List<TimeWord> words, ImmutableArray<Token> tokens)
    {
        _text = text;
        _words = words;
        _tokens = tokens.IsDefault ? [] : tokens;
        _tagged = _tokens.Length > 0 && _tokens[0].Xpos is not null;
    }

    /// <summary>The tense of the clause holding the words [<paramref name="first"/>, <paramref name="end"/>), within the sentence [<paramref name="sentenceStart"/>, <paramref name="sentenceEnd"/>).</summary>
    public Tense TenseAt(int first, int end, int sentenceStart, int sentenceEnd) => Guess(first, end, sentenceStart, sentenceEnd).Tense;

    /// <summary>The tense and how sure the guess is: a low score means a marker close by in the same clause.</summary>
    public (Tense Tense, int Score) Guess(int first, int end, int sentenceStart, int sentenceEnd)
    {
        Tense best = Tense.Unknown;
        int bestScore = int.MaxValue;
        for (int k = sentenceStart; k < sentenceEnd; k++)
        {
            if (k >= first && k < end) continue;
            var w = _words[k];
            if (w.Kind != WordKind.Letters) continue;
            var (tense, weight) = Marker(k);
            if (tense == Tense.Unknown) continue;
            int distance = k < first ? first - k : k - end + 1;
            int breaks = ClauseBreaks(k < first ? k + 1 : end, k < first ? first : k);
            // A weak modal in a later clause ("warnings on Thursday that strikes could do damage") says nothing about the date.
            if (k >= end && breaks > 0 && weight >= 4 && tense == Tense.Future) continue;
            int score = distance * 2 + (k >= end ? 6 : 0) + weight + 4 * breaks;
            if (score < bestScore)
            {
                bestScore = score;
                best = tense;
            }
        }
        return (best, bestScore);
    }

    /// <summary>Clause boundaries between two word positions: commas, semicolons, "that", "which", "when", "and", "but".</summary>
    private int ClauseBreaks(int from, int to)
    {
        int n = 0;
        for (int k = from; k < to; k++)
        {
            var w = _words[k];
            if (w.Kind == WordKind.Punct) { if (w.Char is ',' or ';' or ':' or '(' or ')') n++; continue; }
            if (w.Kind != WordKind.Letters) continue;
            var s = _text.AsSpan(w.Start, w.Length);
            if (s.Equals("that", StringComparison.OrdinalIgnoreCase) || s.Equals("which", StringComparison.OrdinalIgnoreCase) || s.Equals("when", StringComparison.OrdinalIgnoreCase)
                || s.Equals("and", StringComparison.OrdinalIgnoreCase) || s.Equals("but", StringComparison.OrdinalIgnoreCase) || s.Equals("because", StringComparison.OrdinalIgnoreCase)
                || s.Equals("while", StringComparison.OrdinalIgnoreCase) || s.Equals("who", StringComparison.OrdinalIgnoreCase))
                n++;
        }
        return n;
    }

    private (Tense Tense, int Weight) Marker(int k)
    {
        var w = _words[k];
        var span = _text.AsSpan(w.Start, w.Length);
        var lookup = FutureWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(span))
        {
            // "'ll" only after an apostrophe.
            if (span.Equals("ll", StringComparison.OrdinalIgnoreCase) && (k == 0 || _words[k - 1].Kind != WordKind.Punct)) return (Tense.Unknown, 0);
            // "announced the plan", "vacation plans": a noun, not a verb of intent.
            if (IsNounUse(k, span)) return (Tense.Unknown, 0);
            // "next to the embassy" is a place, not a time.
            if (span.Equals("next", StringComparison.OrdinalIgnoreCase) && k + 1 < _words.Count && Is(k + 1, "to")) return (Tense.Unknown, 0);
            // "had been scheduled to expire Friday": a plan that lay in the past.
            return (PastPerfect(k) ? Tense.Past : Tense.Future, -2);
        }
        if ((FutureIfTo.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span) || span.Equals("planned", StringComparison.OrdinalIgnoreCase))
            && k + 1 < _words.Count && (Is(k + 1, "to") || Is(k + 1, "for")))
            return (PastPerfect(k) ? Tense.Past : Tense.Future, -2);
        // "are expected in November", "is set for May".
        if (FutureIfTo.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span) && k > 0 && (Is(k - 1, "is") || Is(k - 1, "are") || Is(k - 1, "be")))
            return (Tense.Future, -2);
        if (WeakFuture.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span) && (k == 0 || w.Capitalized == false))
            return (Tense.Future, 4);
        if (ReportingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)) return (Tense.Past, 3);
        if (PastWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)) return (Tense.Past, 0);
        if (PresentWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)) return (Tense.Present, 3);
        var tag = XposAt(w.Start);
        if (tag is not null)
        {
            if (tag == "VBD") return (Tense.Past, 0);
            if (tag == "MD") return (Tense.Future, 4);
            return (Tense.Unknown, 0);
        }
        if (!_tagged && span.Length >= 5 && !w.Capitalized && span.EndsWith("ed", StringComparison.Ordinal)
            && !NotVerbsEd.GetAlternateLookup<ReadOnlySpan<char>>().Contains(span)
            && !(k > 0 && _words[k - 1].Lex?.Keyword is TimeKeyword.The or TimeKeyword.A))
            return (Tense.Past, 1);
        return (Tense.Unknown, 0);
    }

    private bool IsNounUse(int k, ReadOnlySpan<char> span)
    {
        if (!(span.Equals("plan", StringComparison.OrdinalIgnoreCase) || span.Equals("plans", StringComparison.OrdinalIgnoreCase) || span.Equals("aims", StringComparison.OrdinalIgnoreCase)))
            return false;
        var tag = XposAt(_words[k].Start);
        if (tag is not null) return tag.StartsWith("NN", StringComparison.Ordinal);
        if (k == 0) return false;
        var prev = _words[k - 1];
        if (prev.Lex?.Keyword is TimeKeyword.The or TimeKeyword.A) return true;
        var p = _text.AsSpan(prev.Start, prev.Length);
        return p.Equals("its", StringComparison.OrdinalIgnoreCase) || p.Equals("his", StringComparison.OrdinalIgnoreCase) || p.Equals("her", StringComparison.OrdinalIgnoreCase)
            || p.Equals("their", StringComparison.OrdinalIgnoreCase) || p.Equals("our", StringComparison.OrdinalIgnoreCase) || p.Equals("vacation", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>"had scheduled", "had been due": the word follows "had" (or "had been").</summary>
    private bool PastPerfect(int k) => (k > 0 && Is(k - 1, "had")) || (k > 1 && Is(k - 1, "been") && Is(k - 2, "had"));

    private bool Is(int k, string word)
    {
        var w = _words[k];
        return w.Kind == WordKind.Letters && _text.AsSpan(w.Start, w.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    private string? XposAt(int offset)
    {
        if (!_tagged) return null;
        int t = SpanSearch.IndexAt(_tokens.AsSpan(), offset);
        return t >= 0 ? _tokens[t].Xpos : null;
    }
}
