using Tacitus.Core;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Nlp.Tests.Tokenization;

/// <summary>Helpers that show a tokenization as strings, and the invariants every tokenization must keep.</summary>
internal static class TokenizerAssert
{
    public static TokenizedText Run(string text) => Tokenizer.Tokenize(text);

    /// <summary>Surface tokens (a multiword token such as "don't" once).</summary>
    public static string[] Surface(string text)
    {
        var r = Run(text);
        return TokenizationScorer.SurfaceTokens(text, r).Select(t => t.Span.Of(text)).ToArray();
    }

    /// <summary>Syntactic words.</summary>
    public static string[] Words(string text)
    {
        var r = Run(text);
        return r.Tokens.Select(t => t.TextIn(text)).ToArray();
    }

    public static string[] Sentences(string text)
    {
        var r = Run(text);
        return r.Sentences.Select(s => s.Span.Of(text)).ToArray();
    }

    /// <summary>Throws unless the tokenization keeps every character and is internally consistent.</summary>
    public static void Invariants(string text, TokenizedText r)
    {
        var tokens = r.Tokens;
        int prevEnd = 0;
        var covered = new bool[text.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var s = tokens[i].Span;
            if (s.Start < prevEnd || s.End <= s.Start || s.End > text.Length)
                throw new InvalidOperationException($"token {i} {s} is out of order, empty or outside the text (previous end {prevEnd})");
            for (int c = s.Start; c < s.End; c++) covered[c] = true;
            prevEnd = s.End;
            if (tokens[i].Form is not null && tokens[i].Form == s.Of(text))
                throw new InvalidOperationException($"token {i} sets Form to its own span text");
        }
        for (int c = 0; c < text.Length; c++)
            if (!covered[c] && !char.IsWhiteSpace(text[c]))
                throw new InvalidOperationException($"character {c} (U+{(int)text[c]:X4}) is not whitespace and in no token");

        foreach (var m in r.MultiwordTokens)
        {
            if (m.FirstToken >= m.LastToken || m.LastToken >= tokens.Length)
                throw new InvalidOperationException($"multiword token {m} has a bad word range");
            if (tokens[m.FirstToken].Span.Start != m.Span.Start || tokens[m.LastToken].Span.End != m.Span.End)
                throw new InvalidOperationException($"multiword token {m.Span} does not cover exactly its words");
            for (int w = m.FirstToken; w < m.LastToken; w++)
                if (tokens[w].Span.End != tokens[w + 1].Span.Start)
                    throw new InvalidOperationException($"multiword token {m.Span}: words {w} and {w + 1} are not adjacent");
        }

        int expectedFirst = 0, prevSentenceEnd = 0;
        for (int i = 0; i < r.Sentences.Length; i++)
        {
            var s = r.Sentences[i];
            if (s.FirstToken != expectedFirst || s.TokenCount < 1)
                throw new InvalidOperationException($"sentence {i} starts at token {s.FirstToken}, expected {expectedFirst}, or is empty");
            if (s.Span.Start != tokens[s.FirstToken].Span.Start || s.Span.End != tokens[s.EndToken - 1].Span.End || s.Span.Start < prevSentenceEnd)
                throw new InvalidOperationException($"sentence {i} span {s.Span} does not match its tokens or overlaps the previous one");
            for (int t = s.FirstToken; t < s.EndToken; t++)
                if (tokens[t].Sentence != i) throw new InvalidOperationException($"token {t} says sentence {tokens[t].Sentence}, is in {i}");
            // a blank line always ends a sentence (a single line break may not: wrapped text)
            int breaks = 0;
            var span = s.Span.Slice(text);
            for (int c = 0; c < span.Length; c++)
            {
                if (span[c] is '\n' or '\r' or '\u2028' or '\u2029' or '\u000B' or '\u000C' or '\u0085')
                {
                    if (!(span[c] == '\n' && c > 0 && span[c - 1] == '\r') && ++breaks >= 2)
                        throw new InvalidOperationException($"sentence {i} {s.Span} runs across a blank line");
                }
                else if (!char.IsWhiteSpace(span[c])) breaks = 0;
            }
            expectedFirst = s.EndToken;
            prevSentenceEnd = s.Span.End;
        }
        if (expectedFirst != tokens.Length)
            throw new InvalidOperationException($"sentences hold {expectedFirst} tokens, the text has {tokens.Length}");
    }
}
