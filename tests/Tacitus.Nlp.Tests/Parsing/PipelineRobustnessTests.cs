using Tacitus.Core;
using Tacitus.Nlp.Lemmatization;
using Tacitus.Nlp.Parsing;
using Tacitus.Nlp.Tagging;
using Tacitus.Nlp.Tokenization;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Parsing;

/// <summary>
/// Bad input through the shipped tagger, lemmatizer and parser in a row: no exception, a tag, a lemma and a head for
/// every token, and every sentence a tree. Parsing is 2n transitions of constant work, so length alone cannot make it
/// slow; the long cases here would take minutes if anything were quadratic.
/// </summary>
public class PipelineRobustnessTests
{
    private static readonly Lazy<DependencyParser> Parser = new(() => DependencyParser.Load(Path.Combine(ShippedModels.Dir("parser"))));

    private static Document Annotate(Document doc)
    {
        doc = new TaggerStage(ShippedModels.Tagger).Process(doc);
        doc = new LemmatizerStage(ShippedModels.Lemmatizer).Process(doc);
        doc = Parser.Value.Process(doc);
        for (int si = 0; si < doc.Sentences.Length; si++)
        {
            var toks = doc.SentenceTokens(si);
            var heads = new int[toks.Length];
            var rels = new string[toks.Length];
            for (int k = 0; k < toks.Length; k++)
            {
                Assert.NotNull(toks[k].Upos);
                Assert.NotNull(toks[k].Lemma);
                heads[k] = toks[k].Head;
                rels[k] = toks[k].Deprel!;
            }
            ParserTests.AssertTree(heads, rels);
        }
        return doc;
    }


    private static Document Tokenized(string text) => new Tokenizer().Process(new Document("robust", text));

    [Theory]
    [InlineData(2_000)]
    [InlineData(20_000)]
    public void A_very_long_sentence_gets_a_tree(int length)
    {
        string[] cycle = ["the", "army", "attacked", "villages", "near", "Sumy", "and", "killed", "three", "people", ","];
        var doc = Annotate(OneSentenceDocument.Of(string.Join(' ', Enumerable.Range(0, length).Select(i => cycle[i % cycle.Length]))));
        Assert.Equal(length, doc.Tokens.Length);
        Assert.Equal(1, doc.Tokens.Count(t => t.Head == 0));
    }

    [Fact]
    public void All_caps_text_is_parsed_like_news()
    {
        var doc = Annotate(Tokenized("RUSSIA REFUSED THE OFFER."));
        Assert.Equal(["nsubj", "root", "det", "obj", "punct"], doc.Tokens.Select(t => t.Deprel!).ToArray());
        Assert.Equal([2, 0, 4, 2, 2], doc.Tokens.Select(t => t.Head).ToArray());
    }

    [Fact]
    public void Tokens_of_10000_characters_are_handled()
    {
        var doc = Annotate(OneSentenceDocument.Of("Putin said " + new string('a', 10_000) + " and " + new string('Ж', 10_000) + " " + new string('7', 10_000) + " ."));
        Assert.Equal(7, doc.Tokens.Length);
        Assert.Equal("said", doc.TextOf(doc.Tokens.Single(t => t.Head == 0)));
    }

    [Fact]
    public void Emoji_and_mixed_scripts_are_handled()
    {
        var doc = Annotate(Tokenized("Zelenskyy 🇺🇦 met Erdoğan in İstanbul 🙂 — Зеленский встретился с Эрдоганом , قال الرئيس 说 . 👍🏽👍🏽"));
        Assert.True(doc.Tokens.Length >= 15);
        Assert.Equal("met", doc.TextOf(doc.Tokens.First(t => t.Head == 0)));
    }
}
