using Tacitus.Core;
using Tacitus.Nlp.Tagging;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Tagging;

public class TagRulesTests
{
    private static PosTagger Tagger => ShippedModels.Tagger;

    private static string[] Upos(TagRules rules, params string[] words)
    {
        var infos = words.Select((w, i) => Tagger.Describe(w, i == 0)).ToArray();
        var classes = new int[words.Length];
        Tagger.Tag(infos, classes);
        rules.Apply(Tagger, words.Length, new TagRules.StringForms(words), classes);
        return classes.Select(c => $"{Tagger.UposOf(c)}/{Tagger.XposOf(c)}").ToArray();
    }

    [Fact]
    public void A_rule_retags_a_word_where_its_conditions_hold_and_nowhere_else()
    {
        var rules = TagRules.Parse("# comment\nshot\t-1:upos=ADV 1:upos=PROPN|DET\tVERB\tVBD\n", "test", Tagger);
        Assert.Equal(1, rules.Count);
        string[] verb = ["An", "off-duty", "Turkish", "policeman", "fatally", "shot", "Russia", "'s", "ambassador", "to", "Turkey", "on", "Monday", "."];
        Assert.Equal("VERB/VBD", Upos(rules, verb)[5]);
        // without the rules the shipped tagger reads it as something else, which is why the rule exists
        Assert.NotEqual("VERB/VBD", Upos(TagRules.Empty, verb)[5]);
        // the conditions do not hold: no adverb before it
        Assert.Equal(Upos(TagRules.Empty, "He", "fired", "a", "single", "shot", "."), Upos(rules, "He", "fired", "a", "single", "shot", "."));
    }

    [Fact]
    public void Words_match_in_any_case_and_negated_conditions_hold_outside_the_sentence()
    {
        var rules = TagRules.Parse("SHOT\t-1:word=were 1:upos!=NOUN\tVERB\tVBN\n", "test", Tagger);
        Assert.Equal("VERB/VBN", Upos(rules, "Two", "officers", "were", "shot")[3]);
        Assert.Equal("VERB/VBN", Upos(rules, "Two", "officers", "were", "Shot", "and", "wounded")[3]);
    }

    [Fact]
    public void The_first_rule_that_holds_wins()
    {
        var rules = TagRules.Parse("shot\t-1:word=were\tVERB\tVBN\nshot\t-\tVERB\tVBD\n", "test", Tagger);
        Assert.Equal("VERB/VBN", Upos(rules, "They", "were", "shot")[2]);
        Assert.Equal("VERB/VBD", Upos(rules, "a", "long", "shot")[2]);
    }

    [Theory]
    [InlineData("shot\tVERB\tVBD\n", "1: expected WORD<TAB>CONDITIONS<TAB>UPOS<TAB>XPOS")]
    [InlineData("\nshot\t-\tVERB\tNN\n", "2: the tagger has no class VERB NN")]
    [InlineData("shot\t3:upos=ADV\tVERB\tVBD\n", "1: condition '3:upos=ADV' is not OFFSET:FIELD=VALUES")]
    [InlineData("shot\t-1:lemma=be\tVERB\tVBD\n", "field 'lemma' is not word, upos or xpos")]
    [InlineData("shot\t-1:upos=\tVERB\tVBD\n", "has no values")]
    public void A_malformed_rule_is_a_clear_error_with_its_line(string text, string message)
    {
        var ex = Assert.Throws<TacitusException>(() => TagRules.Parse(text, "rules.tsv", Tagger));
        Assert.Contains("rules.tsv:", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_rules_load_against_the_shipped_tagger()
    {
        var rules = TagRules.Load(Path.Combine(SharedData.RepoRoot, "models", TagRules.FileName), Tagger);
        Assert.True(rules.Count > 0);
        Assert.Equal("VERB/VBD", Upos(rules, "An", "off-duty", "Turkish", "policeman", "fatally", "shot", "Russia", "'s", "ambassador", "to", "Turkey", "on", "Monday", ".")[5]);
        Assert.Equal("NOUN/NN", Upos(rules, "he", "sustained", "an", "accidental", "gun", "shot", "wound", ".")[5]);
        Assert.Equal("NOUN/NN", Upos(rules, "His", "shot", "at", "the", "title", "failed", ".")[1]);
        string[] slepian = ["authorities", "issued", "a", "material", "witness", "warrant", "in", "the", "Slepian", "shooting", "in", "the", "hope", "of", "questioning", "him", "."];
        Assert.Equal("NOUN/NN", Upos(rules, slepian)[9]);
        Assert.NotEqual("NOUN/NN", Upos(TagRules.Empty, slepian)[9]);
        string[] press = ["According", "to", "press", "reports", ",", "Caridad", "Gonzalez", "said", "."];
        Assert.Equal("NOUN/NN", Upos(rules, press)[2]);
        Assert.NotEqual("NOUN/NN", Upos(TagRules.Empty, press)[2]);
        Assert.Equal(Upos(TagRules.Empty, "He", "was", "to", "press", "the", "king", "."), Upos(rules, "He", "was", "to", "press", "the", "king", "."));
        string[] trade = ["An", "auto", "manufacturers", "trade", "group", "earlier", "this", "month", "urged", "President-elect", "Donald", "Trump", "to", "act", "."];
        Assert.Equal("NOUN/NN", Upos(rules, trade)[3]);
        Assert.NotEqual("NOUN/NN", Upos(TagRules.Empty, trade)[3]);
        string[] wound = ["James", "Suver", ",", "25", ",", "of", "Columbia", ",", "had", "a", "single", "gunshot", "wound", "to", "the", "head", "."];
        Assert.Equal("NOUN/NN", Upos(rules, wound)[12]);
        Assert.NotEqual("NOUN/NN", Upos(TagRules.Empty, wound)[12]);
        Assert.Equal(Upos(TagRules.Empty, "She", "wound", "up", "in", "Kenya", "."), Upos(rules, "She", "wound", "up", "in", "Kenya", "."));
        string[] moderate = ["and", "could", "open", "the", "possibility", "that", "moderate", "Arabs", "--", "even", "including", "Saudi", "Arabia", "--", "might", "drop", "out", "."];
        Assert.Equal("ADJ/JJ", Upos(rules, moderate)[6]);
        Assert.NotEqual("ADJ/JJ", Upos(TagRules.Empty, moderate)[6]);
        Assert.Equal(Upos(TagRules.Empty, "They", "tried", "to", "moderate", "prices", "."), Upos(rules, "They", "tried", "to", "moderate", "prices", "."));
        string[] official = ["Macron", "arrived", "in", "Germany", "on", "his", "first", "official", "foreign", "visit", "."];
        Assert.Equal("ADJ/JJ", Upos(rules, official)[7]);
        Assert.NotEqual("ADJ/JJ", Upos(TagRules.Empty, official)[7]);
        Assert.Equal("NOUN/NN", Upos(rules, "A", "senior", "official", "familiar", "with", "the", "talks", "said", "so", ".")[2]);
    }

    [Fact]
    public void A_missing_rules_file_is_a_clear_error()
    {
        var ex = Assert.Throws<TacitusException>(() => TagRules.Load("/nonexistent/tag-rules.tsv", Tagger));
        Assert.Contains("do not exist", ex.Message, StringComparison.Ordinal);
    }
}
