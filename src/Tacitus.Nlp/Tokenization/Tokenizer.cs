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

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var result = Tokenize(document.Text);
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

        var words = ImmutableArray.CreateBuilder<Token>(surface.Length + surface.Length / 16);
        var mwts = ImmutableArray.CreateBuilder<MultiwordToken>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();

        int sentenceFirstSurface = 0, sentenceFirstWord = 0;
        for (int k = 0; k < surface.Length; k++)
        {
            ref readonly var t = ref surface[k];
            if (k > sentenceFirstSurface && t.LineBreakBefore)
                CloseSentence(surface, k - 1, ref sentenceFirstSurface, ref sentenceFirstWord, words, sentences);

            AddWords(text, t, sentences.Count, words, mwts);

            int last = SentenceEndAt(text, surface, k);
            if (last >= 0)
            {
                for (int m = k + 1; m <= last; m++) AddWords(text, surface[m], sentences.Count, words, mwts);
                k = last;
                CloseSentence(surface, last, ref sentenceFirstSurface, ref sentenceFirstWord, words, sentences);
            }
        }
        if (surface.Length > sentenceFirstSurface)
            CloseSentence(surface, surface.Length - 1, ref sentenceFirstSurface, ref sentenceFirstWord, words, sentences);

        return new TokenizedText(words.DrainToImmutable(), mwts.DrainToImmutable(), sentences.DrainToImmutable());

        static void CloseSentence(ReadOnlySpan<SurfaceToken> surface, int lastSurface, ref int sentenceFirstSurface, ref int sentenceFirstWord,
            ImmutableArray<Token>.Builder words, ImmutableArray<Sentence>.Builder sentences)
        {
            var span = new TextSpan(surface[sentenceFirstSurface].Start, surface[lastSurface].End);
            sentences.Add(new Sentence(span, sentenceFirstWord, words.Count - sentenceFirstWord));
            sentenceFirstSurface = lastSurface + 1;
            sentenceFirstWord = words.Count;
        }
    }

    private static void AddWords(string text, in SurfaceToken t, int sentence, ImmutableArray<Token>.Builder words,
        ImmutableArray<MultiwordToken>.Builder mwts)
    {
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

    /// <summary>
    /// If a sentence ends with surface token <paramref name="k"/> (plus closing quotes/brackets glued to it), the index
    /// of its last token; otherwise -1.
    /// </summary>
    private static int SentenceEndAt(string text, ReadOnlySpan<SurfaceToken> s, int k)
    {
        var kind = s[k].Kind;
        if (kind is not (SurfaceKind.Terminal or SurfaceKind.Abbreviation)) return -1;
        int m = k;
        // Closing quotes and brackets glued to the punctuation belong to the sentence: ... end." He said
        while (m + 1 < s.Length && !s[m + 1].LineBreakBefore && s[m + 1].Start == s[m].End
               && s[m + 1].Kind is SurfaceKind.Quote or SurfaceKind.Close)
            m++;
        if (m + 1 >= s.Length || s[m + 1].LineBreakBefore) return -1; // the line break closes it
        ref readonly var next = ref s[m + 1];
        if (kind == SurfaceKind.Abbreviation)
        {
            if (m != k) return -1;
            return next.Kind == SurfaceKind.Word && Abbreviations.IsSentenceStarter(text.AsSpan(next.Start, next.End - next.Start)) ? m : -1;
        }
        // Terminal punctuation glued to a following word is inner (".NET", "?v=1") — not a boundary.
        if (m == k && next.Start == s[k].End && next.Kind is SurfaceKind.Word) return -1;
        return StartsSentence(text, next) ? m : -1;
    }

    private static bool StartsSentence(string text, in SurfaceToken t)
    {
        char c = text[t.Start];
        return !CharClass.IsLower(c);
    }
}

/// <summary>The result of tokenizing a text: syntactic words, the multiword surface tokens that group them, and sentences.</summary>
public sealed record TokenizedText(ImmutableArray<Token> Tokens, ImmutableArray<MultiwordToken> MultiwordTokens, ImmutableArray<Sentence> Sentences);
