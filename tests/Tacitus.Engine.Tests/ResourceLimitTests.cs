using System.Collections.Immutable;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Engine.Tests;

public sealed class ResourceLimitTests
{
    private static string RunOn(int repeats)
    {
        var sb = new StringBuilder("Putin refused");
        for (int i = 0; i < repeats; i++) sb.Append(" and Zelenskyy criticised Moscow, while Merz warned Russia in Berlin");
        return sb.Append('.').ToString();
    }

    [Fact]
    public void A_5000_token_sentence_is_split_for_the_parser_and_fully_coded()
    {
        var text = RunOn(500);
        var pipeline = TacitusEngine.Build();
        var doc = pipeline.Process(new Document("long", text) { PublicationDate = new DateOnly(2025, 5, 14) });
        Assert.True(doc.Tokens.Length > 5000);
        Assert.All(doc.Sentences, s => Assert.True(s.TokenCount <= 250, $"sentence of {s.TokenCount} tokens"));
        Assert.All(doc.Tokens, t => Assert.NotNull(t.Upos));
        Assert.Equal(text, doc.Text);
        Assert.NotEmpty(doc.Events);
    }

    [Fact]
    public void The_limit_is_a_setting_and_a_bad_value_is_a_clear_error()
    {
        var settings = ImmutableDictionary<string, string>.Empty.Add(EngineSettings.MaxSentenceTokens, "40");
        var doc = TacitusEngine.Build(new EngineOptions { Stages = ["tokenizer"], Settings = settings }).Process(new Document("d", RunOn(20)));
        Assert.All(doc.Sentences, s => Assert.True(s.TokenCount <= 40));

        var bad = ImmutableDictionary<string, string>.Empty.Add(EngineSettings.MaxSentenceTokens, "lots");
        var ex = Assert.Throws<TacitusException>(() => TacitusEngine.Build(new EngineOptions { Stages = ["tokenizer"], Settings = bad }));
        Assert.Contains(EngineSettings.MaxSentenceTokens, ex.Message, StringComparison.Ordinal);
    }
}
