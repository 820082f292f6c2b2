using System.Buffers;
using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Nlp.Tokenization;

/// <summary>
/// Rule-based English tokenizer and sentence splitter following UD English-EWT conventions. Surface tokens
/// ("don't", "Putin’s") are recorded as <see cref="MultiwordToken"/>s and split into syntactic words
/// (do + n't, Putin + ’s), which become the document's <see cref="Token"/>s. No character is lost: tokens are in
/// order, do not overlap, and leave only whitespace uncovered. A line break always ends a sentence.
/// </summary>
public sealed class Tokenizer : IDocumentProcessor
{
    public string Name => "tokenizer";

    /// <summary>Sentences longer than this many tokens are split (see <see cref="SentenceLengthLimit"/>); 0 = no limit.</summary>
    public int MaxSentenceTokens { get; init; } = SentenceLengthLimit.DefaultMaxTokens;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = Tokenize(document.Text);
        if (MaxSentenceTokens > 0) result = SentenceLengthLimit.Apply(document.Text, result, MaxSentenceTokens);
        return document with
        {
            Tokens = result.Tokens,
            MultiwordTokens = result.MultiwordTokens,
            Sentences = result.Sentences,
        };
    }

    /// <summary>Tokenizes <paramref name="text"/> into words, multiword tokens and sentences.</summary>
    public static TokenizedText Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var scanner = new SurfaceScanner(text).Scan();
        var surface = scanner.Tokens;

        // Words go into a pooled buffer and are copied once, into an array of the exact length (a builder that guessed
        // the capacity copied a second time). A surface token gives one word, or two for a contraction or a detached
        // period, so the buffer rarely grows.
        var words = new WordBuffer(surface.Length + surface.Length / 8 + 16);
        var mwts = ImmutableArray.CreateBuilder<MultiwordToken>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();

        int sentenceFirstSurface = 0, sentenceFirstWord = 0;
        for (int k = 0; k < surface.Length; k++)
        {
            if (k > sentenceFirstSurface && (surface[k].LineBreakBefore || (StartsTimestamp(text, surface, k))))
                CloseSentence(surface, k - 1, ref sentenceFirstSurface, ref sentenceFirstWord, ref words, sentences);

            int last = SentenceEndAt(text, surface, k, sentenceFirstSurface);
            bool endsHere = last >= 0 || k + 1 == surface.Length || surface[k + 1].LineBreakBefore;
            AddWords(text, surface[k], sentences.Count, ref words, mwts, detachPeriod: endsHere && surface[k].Kind == SurfaceKind.Abbreviation);
            if (last >= 0)
            {
                for (int m = k + 1; m <= last; m++) AddWords(text, surface[m], sentences.Count, ref words, mwts, detachPeriod: false);
                k = last;
                CloseSentence(surface, last, ref sentenceFirstSurface, ref sentenceFirstWord, ref words, sentences);
            }
        }
        if (surface.Length > sentenceFirstSurface)
            CloseSentence(surface, surface.Length - 1, ref sentenceFirstSurface, ref sentenceFirstWord, ref words, sentences);

        var tokens = words.ToImmutableAndReturn();
        return new TokenizedText(tokens, mwts.DrainToImmutable(), sentences.DrainToImmutable());

        static void CloseSentence(ReadOnlySpan<SurfaceToken> surface, int lastSurface, ref int sentenceFirstSurface, ref int sentenceFirstWord,
            ref WordBuffer words, ImmutableArray<Sentence>.Builder sentences)
        {
            var span = new TextSpan(surface[sentenceFirstSurface].Start, surface[lastSurface].End);
            sentences.Add(new Sentence(span, sentenceFirstWord, words.Count - sentenceFirstWord));
            sentenceFirstSurface = lastSurface + 1;
            sentenceFirstWord = words.Count;
        }
    }

    private static void AddWords(string text, in SurfaceToken t, int sentence, ref WordBuffer words,
        ImmutableArray<MultiwordToken>.Builder mwts, bool detachPeriod)
    {
        // EWT gives a sentence-final abbreviation's period to the sentence: "in the U.S." → U.S + .
        if (detachPeriod)
        {
            words.Add(new Token(new TextSpan(t.Start, t.End - 1), sentence));
            words.Add(new Token(new TextSpan(t.End - 1, t.End), sentence));
            return;
        }
        if (t.Kind == SurfaceKind.Word)
        {
            int cut = Contractions.SplitPoint(text.AsSpan(t.Start, t.End - t.Start));
            if (cut > 0)
            {
                int first = words.Count;
                words.Add(new Token(new TextSpan(t.Start, t.Start + cut), sentence));
                words.Add(new Token(new TextSpan(t.Start + cut, t.End), sentence));
                mwts.Add(new MultiwordToken(new TextSpan(t.Start, t.End), first, first + 1));
                return;
            }
        }
        words.Add(new Token(new TextSpan(t.Start, t.End), sentence));
    }

    /// <summary>Words appended to a rented array. The tokenizer's words hold no references, so returned arrays need no clearing.</summary>
    private struct WordBuffer(int capacity)
    {
        private Token[] _items = ArrayPool<Token>.Shared.Rent(capacity);

        public int Count { get; private set; }

        public void Add(Token word)
        {
            if (Count == _items.Length)
            {
                var bigger = ArrayPool<Token>.Shared.Rent(_items.Length * 2);
                _items.AsSpan(0, Count).CopyTo(bigger);
                ArrayPool<Token>.Shared.Return(_items);
                _items = bigger;
            }
            _items[Count++] = word;
        }

        public ImmutableArray<Token> ToImmutableAndReturn()
        {
            var result = ImmutableArray.Create(_items.AsSpan(0, Count));
            ArrayPool<Token>.Shared.Return(_items);
            _items = [];
            return result;
        }
    }

    /// <summary>
    /// If a sentence ends with surface token <paramref name="k"/> (plus closing quotes/brackets glued to it), the index
    /// of its last token; otherwise -1.
    /// </summary>
    private static int SentenceEndAt(string text, ReadOnlySpan<SurfaceToken> s, int k, int sentenceStart)
    {
        var kind = s[k].Kind;
        int m = k;
        if (kind is not (SurfaceKind.Terminal or SurfaceKind.Abbreviation or SurfaceKind.Emoticon))
        {
            if (m + 1 >= s.Length || s[m + 1].LineBreakBefore) return -1;
            var word = text.AsSpan(s[k].Start, s[k].End - s[k].Start);
            // "Regards, Debra" / "Hi, Yes …" — a greeting or closing line in running text
            if (word is "," && k - sentenceStart is 1 or 2 && IsGreeting(Slice(text, s[k - 1]))) return m;
            // "Kay Mann 04/26/2001 07:17 AM Will you …" — an e-mail header's time stamp stands alone
            if (k >= 2 && word is "AM" or "PM" or "am" or "pm" && IsTime(Slice(text, s[k - 1])) && IsDate(Slice(text, s[k - 2]))) return m;
            return -1;
        }
        if (kind == SurfaceKind.Abbreviation)
        {
            if (m + 1 >= s.Length || s[m + 1].LineBreakBefore) return -1; // the line break closes it
            ref readonly var n = ref s[m + 1];
            return n.Kind == SurfaceKind.Word && Abbreviations.IsSentenceStarter(text.AsSpan(n.Start, n.End - n.Start)) ? m : -1;
        }
        // Terminal punctuation glued to a following word is inner (".NET", "?v=1") — not a boundary.
        if (m + 1 < s.Length && s[m + 1].Start == s[m].End && s[m + 1].Kind is SurfaceKind.Word) return -1;
        // (bounded, so that a long run of ". . . ." stays linear)
        while (m + 1 < s.Length && !s[m + 1].LineBreakBefore && m - k < 32)
        {
            ref readonly var n = ref s[m + 1];
            // Closing quotes and brackets glued to the punctuation belong to the sentence: … end." He said
            if (n.Start == s[m].End && n.Kind is SurfaceKind.Quote or SurfaceKind.Close) { m++; continue; }
            // So do spaced dots (". . .") and a trailing emoticon ("Loved it! :)").
            if (n.Kind is SurfaceKind.Terminal or SurfaceKind.Emoticon) { m++; continue; }
            break;
        }
        if (m + 1 >= s.Length || s[m + 1].LineBreakBefore) return m; // the text or the paragraph ends here anyway
        // After a closing quote a lower-case word continues the sentence: "Why?" he asked.
        return StartsSentence(text, s[m + 1], IsEllipsis(text, s[k]) || m > k) ? m : -1;
    }

    private static ReadOnlySpan<char> Slice(string text, in SurfaceToken t) => text.AsSpan(t.Start, t.End - t.Start);

    private static bool IsGreeting(ReadOnlySpan<char> w) =>
        w.Equals("regards", StringComparison.OrdinalIgnoreCase) || w.Equals("sincerely", StringComparison.OrdinalIgnoreCase)
        || w.Equals("thanks", StringComparison.OrdinalIgnoreCase) || w.Equals("cheers", StringComparison.OrdinalIgnoreCase)
        || w.Equals("hi", StringComparison.OrdinalIgnoreCase) || w.Equals("hello", StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<char> TimeChars = SearchValues.Create("0123456789:");
    private static readonly SearchValues<char> DateChars = SearchValues.Create("0123456789/");

    private static bool IsTime(ReadOnlySpan<char> w) => w.Length >= 4 && w.Contains(':') && !w.ContainsAnyExcept(TimeChars);

    private static bool IsDate(ReadOnlySpan<char> w) => w.Length >= 6 && w.Count('/') == 2 && !w.ContainsAnyExcept(DateChars);

    private static bool StartsTimestamp(string text, ReadOnlySpan<SurfaceToken> s, int k) =>
        k + 2 < s.Length && IsDate(Slice(text, s[k])) && IsTime(Slice(text, s[k + 1])) && Slice(text, s[k + 2]) is "AM" or "PM" or "am" or "pm";

    private static bool IsEllipsis(string text, in SurfaceToken t)
    {
        var span = text.AsSpan(t.Start, t.End - t.Start);
        return span.Length >= 2 ? !span.ContainsAnyExcept('.') : span[0] == '\u2026';
    }

    private static bool StartsSentence(string text, in SurfaceToken t, bool lowerContinues)
    {
        if (t.Kind is SurfaceKind.Close) return false;
        char c = text[t.Start];
        if (c is ',' or ';' or ':' or '-') return false;
        // Web and e-mail text often starts sentences in lower case ("max and jen are looking for you. call them"),
        // but after an ellipsis a lower-case word continues the sentence ("well... i think").
        return !lowerContinues || !CharClass.IsLower(c);
    }
}

/// <summary>The result of tokenizing a text: syntactic words, the multiword surface tokens that group them, and sentences.</summary>
public sealed record TokenizedText(ImmutableArray<Token> Tokens, ImmutableArray<MultiwordToken> MultiwordTokens, ImmutableArray<Sentence> Sentences);
