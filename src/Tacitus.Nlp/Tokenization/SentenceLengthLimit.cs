using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Nlp.Tokenization;

/// <summary>
/// Splits sentences longer than a limit into pieces the tagger and parser can handle in bounded time (a 5,000-word
/// run-on "sentence" from a scraped table, say). Pieces end, where possible, after a semicolon, colon or comma in the
/// last third of the window, and never inside a multiword token ("don't"). Text and spans are untouched: only the
/// sentence boundaries move.
/// </summary>
public static class SentenceLengthLimit
{
    /// <summary>Default longest sentence, in tokens. EWT's longest is 159; news sentences rarely pass 80.</summary>
    public const int DefaultMaxTokens = 250;

    public static TokenizedText Apply(string text, TokenizedText tokenized, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokenized);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 2);
        if (!tokenized.Sentences.Any(s => s.TokenCount > maxTokens)) return tokenized;

        var tokens = tokenized.Tokens;
        // A token that may not end a piece because the next one belongs to the same multiword token.
        var joined = new bool[tokens.Length];
        foreach (var m in tokenized.MultiwordTokens)
            for (int t = m.FirstToken; t < m.LastToken && t < joined.Length; t++) joined[t] = true;

        var sentences = ImmutableArray.CreateBuilder<Sentence>(tokenized.Sentences.Length + tokens.Length / maxTokens);
        foreach (var s in tokenized.Sentences)
        {
            int start = s.FirstToken, end = s.FirstToken + s.TokenCount;
            while (end - start > maxTokens)
            {
                int cut = ChooseCut(text, tokens, joined, start, start + maxTokens);
                sentences.Add(Piece(tokens, start, cut));
                start = cut;
            }
            sentences.Add(Piece(tokens, start, end));
        }

        var renumbered = ImmutableArray.CreateBuilder<Token>(tokens.Length);
        for (int si = 0; si < sentences.Count; si++)
        {
            var piece = sentences[si];
            for (int t = piece.FirstToken; t < piece.FirstToken + piece.TokenCount; t++)
                renumbered.Add(tokens[t].Sentence == si ? tokens[t] : tokens[t] with { Sentence = si });
        }
        return tokenized with { Tokens = renumbered.MoveToImmutable(), Sentences = sentences.ToImmutable() };
    }

    /// <summary>The token index where the next piece starts: after punctuation late in the window, else at the limit.</summary>
    private static int ChooseCut(string text, ImmutableArray<Token> tokens, bool[] joined, int start, int limit)
    {
        int earliest = start + (limit - start) * 2 / 3;
        foreach (var marks in new[] { ";:", "," })
        {
            for (int t = limit - 1; t >= earliest; t--)
            {
                var span = tokens[t].Span;
                if (span.End - span.Start == 1 && marks.Contains(text[span.Start], StringComparison.Ordinal) && !joined[t]) return t + 1;
            }
        }
        int cut = limit;
        while (cut > start + 1 && joined[cut - 1]) cut--;
        return cut;
    }

    private static Sentence Piece(ImmutableArray<Token> tokens, int first, int end) =>
        new(new TextSpan(tokens[first].Span.Start, tokens[end - 1].Span.End), first, end - first);
}
