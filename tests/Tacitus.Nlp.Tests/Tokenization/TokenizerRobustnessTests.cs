using System.Collections.Immutable;
using System.Text;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;
using static Tacitus.Nlp.Tests.Tokenization.TokenizerAssert;

namespace Tacitus.Nlp.Tests.Tokenization;

/// <summary>Large and pathological inputs complete and keep the invariants (correctness only; speed is a benchmark's job).</summary>
public class TokenizerRobustnessTests
{
    [Fact]
    public void A_50_MB_single_line_completes()
    {
        // News-like pieces and long tokens, no line break anywhere.
        const string piece = "Putin’s 30-day “ceasefire”—U.S. officials didn't say. Then 3.5% of https://example.org/a?b=1 ... ";
        var longWord = new string('x', 400);
        var sb = new StringBuilder(50_000_100);
        while (sb.Length < 50_000_000) sb.Append(piece).Append(longWord).Append(' ');
        var text = sb.ToString();
        var r = Run(text);
        Assert.True(r.Tokens.Length > 1_000_000);
        Assert.True(r.Sentences.Length > 1);
        Assert.Equal(text.TrimEnd().Length, r.Tokens[^1].Span.End);
        Assert.Equal(r.Tokens.Length, r.Sentences[^1].EndToken);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('9')]
    [InlineData('.')]
    [InlineData('-')]
    [InlineData('’')]
    public void A_2000_character_token_completes_and_stays_whole(char c)
    {
        var token = new string(c, 2000);
        var text = $"Before {token} after.";
        var r = Run(text);
        Invariants(text, r);
        Assert.Contains(Surface(text), t => t == token);
    }

    [Fact]
    public void Long_pathological_chunks_complete()
    {
        foreach (var unit in new[] { "a.Bcde", "1,000", "x@y.", "'s", ". ", "…\"", "U.S.", "#a", "((", "a-b-", "\uD800", "\u0301" })
        {
            var text = string.Concat(Enumerable.Repeat(unit, 20_000));
            Invariants(text, Run(text));
        }
    }

    [Fact]
    public void The_invariant_check_catches_a_lost_character()
    {
        // Guard for the property tests: a tokenization that drops "b" must be rejected.
        const string text = "a b";
        var lossy = new TokenizedText([new Token(new TextSpan(0, 1), 0)], [], [new Sentence(new TextSpan(0, 1), 0, 1)]);
        Assert.Throws<InvalidOperationException>(() => Invariants(text, lossy));
        var overlapping = new TokenizedText(
            [new Token(new TextSpan(0, 1), 0), new Token(new TextSpan(0, 3), 0)], ImmutableArray<MultiwordToken>.Empty,
            [new Sentence(new TextSpan(0, 3), 0, 2)]);
        Assert.Throws<InvalidOperationException>(() => Invariants(text, overlapping));
    }
}
