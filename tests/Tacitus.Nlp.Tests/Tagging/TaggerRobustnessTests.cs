using Tacitus.Core;
using Tacitus.Nlp.Lemmatization;
using Tacitus.Nlp.Tagging;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Tagging;

/// <summary>Bad input through the shipped tagger and lemmatizer stages: no exception, a tag and lemma for every token.</summary>
public class TaggerRobustnessTests
{
    private static readonly HashSet<string> Upos =
        ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"];


    private static Document Run(string text)
    {
        var doc = OneSentenceDocument.Of(text);
        doc = new TaggerStage(ShippedModels.Tagger).Process(doc);
        doc = new LemmatizerStage(ShippedModels.Lemmatizer).Process(doc);
        foreach (var t in doc.Tokens)
        {
            Assert.Contains(t.Upos!, Upos);
            Assert.NotNull(t.Lemma);
        }
        return doc;
    }

    /// <summary>Wire copy's ``quotes'' are read as the treebank's straight quotes: punctuation, not a possessive or an
    /// adjective (which broke the parse around them); the tokens keep their text.</summary>
    [Fact]
    public void Backquote_quotation_marks_are_punctuation()
    {
        var doc = Run("A voiceover called the exiles `` criminals '' and `` mafia members . ''");
        var quotes = doc.Tokens.Where(t => doc.TextOf(t) is "``" or "''").ToList();
        Assert.Equal(4, quotes.Count);
        Assert.All(quotes, t => Assert.Equal("PUNCT", t.Upos));
    }

    [Fact]
    public void A_2000_token_sentence_is_tagged()
    {
        var words = Enumerable.Range(0, 2000).Select(i => (i % 5) switch { 0 => "the", 1 => "army", 2 => "attacked", 3 => "villages", _ => "," });
        var doc = Run(string.Join(' ', words));
        Assert.Equal(2000, doc.Tokens.Length);
        Assert.Equal("DET", doc.Tokens[0].Upos);
        Assert.Equal("NOUN", doc.Tokens[1996].Upos);
    }

    [Fact]
    public void All_caps_text_gets_sane_tags_and_lemmas()
    {
        var doc = Run("RUSSIA REFUSED THE OFFER AND SAID TALKS WERE KILLING PEACE .");
        Assert.Equal("PUNCT", doc.Tokens[^1].Upos);
        Assert.Contains(doc.Tokens, t => t.Upos is "VERB" or "AUX");
        Assert.Contains(doc.Tokens, t => t.Lemma is "refuse" or "REFUSE" or "say" or "SAY");
    }

    [Fact]
    public void A_10000_character_token_is_handled()
    {
        var doc = Run("He wrote " + new string('a', 10_000) + " today .");
        Assert.Equal(5, doc.Tokens.Length);
        Assert.Equal(10_000, doc.Tokens[2].Lemma!.Length);
    }

    [Fact]
    public void Emoji_and_mixed_scripts_are_handled()
    {
        var doc = Run("Erdoğan met Зеленский in İstanbul 🇹🇷 🙂 東京 مرحبا ok");
        Assert.Equal(10, doc.Tokens.Length);
        Assert.Equal("Erdoğan", doc.Tokens[0].Lemma);
    }

    [Fact]
    public void Empty_document_and_empty_sentence_pass_through()
    {
        var empty = new Document("e", "");
        Assert.Same(empty, new TaggerStage(ShippedModels.Tagger).Process(empty));
        var tagger = ShippedModels.Tagger;
        Assert.Empty(tagger.Tag(Array.Empty<string>()));
    }
}
