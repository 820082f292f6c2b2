using Tacitus.Nlp.Lemmatization;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Tests.Lemmatization;

public class LemmatizerTests
{
    [Theory]
    [InlineData("refused", "VERB", "VBD", "refuse")]
    [InlineData("killing", "VERB", "VBG", "kill")]
    [InlineData("met", "VERB", "VBD", "meet")]
    [InlineData("sought", "VERB", "VBN", "seek")]
    [InlineData("sought", "VERB", "VBD", "seek")]
    [InlineData("was", "AUX", "VBD", "be")]
    [InlineData("said", "VERB", "VBD", "say")]
    [InlineData("stated", "VERB", "VBD", "state")]
    [InlineData("Killing", "VERB", "VBG", "kill")]
    [InlineData("WAS", "AUX", "VBD", "be")]
    [InlineData("killed", "VERB", "VBN", "kill")]
    [InlineData("strikes", "NOUN", "NNS", "strike")]
    [InlineData("talks", "NOUN", "NNS", "talk")]
    [InlineData("The", "DET", "DT", "the")]
    [InlineData("Enron", "PROPN", "NNP", "Enron")]
    [InlineData("Zelenskyy", "PROPN", "NNP", "Zelenskyy")]
    [InlineData("negotiated", "VERB", "VBD", "negotiate")]
    [InlineData("bombarded", "VERB", "VBD", "bombard")]
    [InlineData("declined", "VERB", "VBD", "decline")]
    [InlineData("Provigo", "PROPN", "NNP", "Provigo")]
    public void News_words_get_their_lemma(string form, string upos, string xpos, string lemma) =>
        Assert.Equal(lemma, ShippedModels.Lemmatizer.Lemmatize(form, upos, xpos));

    [Fact]
    public void Lemmas_follow_the_predicted_tags_in_a_news_sentence()
    {
        string[] words = ["Russia", "refused", "the", "offer", ",", "killing", "three", ",", "and", "officials", "met", "and", "sought", "talks", "."];
        var tags = ShippedModels.Tagger.Tag(words);
        var lemmas = words.Select((w, i) => ShippedModels.Lemmatizer.Lemmatize(w, tags[i].Upos, tags[i].Xpos)).ToArray();
        Assert.Equal("refuse", lemmas[1]);
        Assert.Equal("kill", lemmas[5]);
        Assert.Equal("official", lemmas[9]);
        Assert.Equal("meet", lemmas[10]);
        Assert.Equal("seek", lemmas[12]);
        Assert.Equal("Russia", lemmas[0]);
    }

    [Fact]
    public void Unknown_tags_and_odd_forms_do_not_throw()
    {
        var l = ShippedModels.Lemmatizer;
        Assert.Equal("", l.Lemmatize("", "NOUN", "NN"));
        Assert.Equal("blorfed", l.Lemmatize("blorfed", "NOVEL", null).ToLowerInvariant());
        Assert.Equal("🙂", l.Lemmatize("🙂", "SYM", "NFP"));
        Assert.Equal(10_000, l.Lemmatize(new string('x', 10_000), "NOUN", "NN").Length);
    }

    [Fact]
    public void Repeated_words_share_one_lemma_string_and_concurrent_calls_agree()
    {
        var options = new LemmatizerTrainingOptions { SuffixLengths = [2, 3] };
        var shared = LemmatizerTrainer.Train(ShippedModels.Tiny(), [], options);
        var fresh = LemmatizerTrainer.Train(ShippedModels.Tiny(), [], options);
        var first = shared.Lemmatize("bombings".AsSpan(), "NOUN", "NNS");
        Assert.Same(first, shared.Lemmatize("bombings".AsSpan(), "NOUN", "NNS"));
        // More distinct (form, tag) pairs than the cache has slots, from several threads: every slot is replaced while
        // others read it; each result must still be the one a fresh lemmatizer gives.
        string[] tags = ["NOUN/NNS", "VERB/VBG", "VERB/VBD", "PROPN/NNP"];
        var inputs = Enumerable.Range(0, 40_000).Select(i => ($"Bomb{i % 20_000}ings", tags[i % tags.Length].Split('/'))).ToArray();
        var expected = inputs.Select(x => fresh.Lemmatize(x.Item1, x.Item2[0], x.Item2[1])).ToArray();
        Parallel.For(0, 8, _ =>
        {
            for (int i = 0; i < inputs.Length; i++)
                Assert.Equal(expected[i], shared.Lemmatize(inputs[i].Item1.AsSpan(), inputs[i].Item2[0], inputs[i].Item2[1]));
        });
    }

    [Fact]
    public void Tiny_training_run_learns_suffix_rules_and_round_trips()
    {
        var lem = LemmatizerTrainer.Train(ShippedModels.Tiny(), [], new LemmatizerTrainingOptions { SuffixLengths = [3, 4] });
        Assert.Equal(100.0, LemmatizerTrainer.Evaluate(lem, ShippedModels.Tiny()));
        // Rules generalise to unseen regular forms.
        Assert.Equal("bomb", lem.Lemmatize("bombing", "VERB", "VBG"));
        Assert.Equal("town", lem.Lemmatize("towns", "NOUN", "NNS"));
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            lem.Save(dir.FullName, new ModelMetadata { Component = Lemmatizer.Component });
            var back = Lemmatizer.Load(dir.FullName);
            foreach (var s in ShippedModels.Tiny())
                foreach (var w in s.Words)
                    Assert.Equal(lem.Lemmatize(w.Form, w.Upos, w.Xpos), back.Lemmatize(w.Form, w.Upos, w.Xpos));
            Assert.Equal(lem.Lemmatize("bombing", "VERB", "VBG"), back.Lemmatize("bombing", "VERB", "VBG"));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    /// <summary>CoNLL-U lines "form lemma UPOS XPOS", one sentence each.</summary>
    private static List<Tacitus.Nlp.Conllu.ConlluSentence> Sentences(params string[] words) =>
        [.. Tacitus.Nlp.Conllu.ConlluReader.Read(new StringReader(string.Join("", words.Select(w =>
        {
            var f = w.Split(' ');
            return $"1\t{f[0]}\t{f[1]}\t{f[2]}\t{f[3]}\t_\t0\troot\t_\t_\n\n";
        }))))];

    [Fact]
    public void A_form_seen_under_one_sibling_tag_keeps_its_lemma_under_the_other()
    {
        // -ined past tenses cut "ed" (joined → join), but "declined" is only seen as a participle (decline).
        var train = Sentences("joined join VERB VBD", "rained rain VERB VBD", "gained gain VERB VBD", "declined decline VERB VBN", "joined join VERB VBN");
        var options = new LemmatizerTrainingOptions { SuffixLengths = [4] };
        Assert.Equal("decline", LemmatizerTrainer.Train(train, [], options).Lemmatize("declined", "VERB", "VBD"));
        Assert.Equal("declin", LemmatizerTrainer.Train(train, [], options with { SiblingTags = [] }).Lemmatize("declined", "VERB", "VBD"));
        Assert.Equal("strain", LemmatizerTrainer.Train(train, [], options).Lemmatize("strained", "VERB", "VBD"));
    }

    [Fact]
    public void A_rule_never_rewrites_letters_its_suffix_has_not_seen()
    {
        // "RODERIGO" → "Roderigo" rewrites seven letters; it must not teach other names in -igo that ending.
        var train = Sentences("RODERIGO Roderigo PROPN NNP", "Paris Paris PROPN NNP", "Enron Enron PROPN NNP");
        var lem = LemmatizerTrainer.Train(train, [], new LemmatizerTrainingOptions { SuffixLengths = [3, 4] });
        Assert.Equal("Provigo", lem.Lemmatize("Provigo", "PROPN", "NNP"));
        Assert.Equal("Roderigo", lem.Lemmatize("RODERIGO", "PROPN", "NNP"));
    }

    [Theory]
    [InlineData("killing", "kill", "K-3+")]
    [InlineData("The", "the", "L-0+")]
    [InlineData("was", "be", "K-3+be")]
    [InlineData("Bush", "Bush", "K-0+")]
    [InlineData("I", "I", "K-0+")]
    public void Edit_scripts_are_the_cheapest_and_apply_back(string form, string lemma, string script)
    {
        var s = EditScript.Between(form, lemma);
        Assert.Equal(script, s.ToString());
        Assert.Equal(lemma, s.Apply(form));
    }
}
