using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Nlp.Tests.Tokenization;

public sealed class SentenceLengthLimitTests
{
    private static readonly string[] Words = ["Putin", "refused", "to", "attend", ",", "don't", "the", "talks", ";", "U.S.", "officials", "said", ":", "Kyiv's"];

    private static string RunOn(int words, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            var w = Words[random.Next(Words.Length)];
            if (sb.Length > 0 && w is not ("," or ";" or ":")) sb.Append(' ');
            sb.Append(w);
        }
        return sb.Append('.').ToString();
    }

    [Fact]
    public void A_2000_word_sentence_is_split_into_pieces_no_longer_than_the_limit_preferring_punctuation()
    {
        var text = RunOn(2000, 1);
        var tokenized = Tokenizer.Tokenize(text);
        Assert.Single(tokenized.Sentences);

        var limited = SentenceLengthLimit.Apply(text, tokenized, 100);

        Assert.True(limited.Sentences.Length >= 20);
        Assert.All(limited.Sentences, s => Assert.InRange(s.TokenCount, 1, 100));
        // Most pieces end after ; : or , (the text has plenty).
        int atPunct = limited.Sentences.SkipLast(1).Count(s => ";:,".Contains(text[limited.Tokens[s.FirstToken + s.TokenCount - 1].Span.Start], StringComparison.Ordinal));
        Assert.True(atPunct >= (limited.Sentences.Length - 1) * 9 / 10, $"{atPunct} of {limited.Sentences.Length - 1} pieces end at punctuation");
    }

    [Fact]
    public void Short_sentences_are_returned_as_they_are()
    {
        var text = "Putin refused. Zelenskyy went to Ankara.";
        var tokenized = Tokenizer.Tokenize(text);
        Assert.Same(tokenized, SentenceLengthLimit.Apply(text, tokenized, 250));
    }

    [Fact]
    public void Tokenizer_stage_applies_its_limit_and_zero_turns_it_off()
    {
        var text = RunOn(600, 2);
        Assert.All(new Tokenizer().Process(new Document("d", text)).Sentences, s => Assert.True(s.TokenCount <= SentenceLengthLimit.DefaultMaxTokens));
        Assert.Single(new Tokenizer { MaxSentenceTokens = 0 }.Process(new Document("d", text)).Sentences);
    }

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public Property Splitting_keeps_every_token_and_never_breaks_a_multiword_token(PositiveInt words, PositiveInt limit, int seed)
    {
        int max = 2 + limit.Get % 60;
        var text = RunOn(1 + words.Get % 400, seed) + " " + RunOn(1 + seed % 50, seed + 1);
        var before = Tokenizer.Tokenize(text);
        var after = SentenceLengthLimit.Apply(text, before, max);

        bool sameTokens = before.Tokens.Select(t => t.Span).SequenceEqual(after.Tokens.Select(t => t.Span));
        bool contiguous = true, sentenceIndex = true;
        int next = 0;
        for (int si = 0; si < after.Sentences.Length; si++)
        {
            var s = after.Sentences[si];
            contiguous &= s.FirstToken == next && s.TokenCount is > 0 && s.TokenCount <= max || s.TokenCount == 0;
            contiguous &= s.Span.Start == after.Tokens[s.FirstToken].Span.Start && s.Span.End == after.Tokens[s.FirstToken + s.TokenCount - 1].Span.End;
            for (int t = s.FirstToken; t < s.FirstToken + s.TokenCount; t++) sentenceIndex &= after.Tokens[t].Sentence == si;
            next = s.FirstToken + s.TokenCount;
        }
        contiguous &= next == after.Tokens.Length;
        bool mwtWhole = after.MultiwordTokens.All(m => after.Tokens[m.FirstToken].Sentence == after.Tokens[m.LastToken].Sentence);
        return (sameTokens && contiguous && sentenceIndex && mwtWhole).Label($"tokens {sameTokens}, contiguous {contiguous}, index {sentenceIndex}, mwt {mwtWhole}");
    }
}
