using Tacitus.Core;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Ner;

namespace Tacitus.Nlp.Tests.Ner;

/// <summary>Documents of IOB2 files, capitalised runs, the brand list and word dropout behind the NER model.</summary>
public class NerRunFeatureTests
{
    private static NerWord[] Described(string[] words)
    {
        var ner = new EntityRecognizer([.. NerLabels.All], new AveragedPerceptron(7).Freeze(), new AveragedPerceptron(56).Freeze(),
            new Tacitus.Nlp.Tagging.WordLexicon([], [], 4), Gazetteer.Empty, new System.Text.Json.Nodes.JsonObject { ["format"] = 4 });
        var infos = new NerWord[words.Length];
        ner.Describe(new StringForms(words), words.Length, infos);
        return infos;
    }

    [Fact]
    public void Iob_reader_keeps_the_document_of_each_sentence()
    {
        const string text = "# newdoc id = d1\n# sent_id = a\n1\tHi\tO\n\n# sent_id = b\n1\tBye\tO\n\n# newdoc id = d2\n# sent_id = c\n1\tYo\tO\n";
        var sentences = IobReader.Read(new StringReader(text)).ToList();
        Assert.Equal(["d1", "d1", "d2"], sentences.Select(s => s.DocId));
        var docs = IobDocuments.Of(sentences).ToList();
        Assert.Equal([2, 1], docs.Select(d => d.Count));
        // Without newdoc lines every sentence is its own document.
        Assert.Equal(3, IobDocuments.Of(sentences.Select(s => s with { DocId = null })).Count());
    }

    [Fact]
    public void Capitalised_runs_join_connectors_and_know_their_head_word()
    {
        string[] words = ["I", "work", "at", "Bank", "of", "America", "and", "Joe", "'s", "Pizza", "on", "Elm", "Street", "of", "course", "."];
        var w = Described(words);
        // "I" is a one-word run; "Bank of America" is one run of three words.
        Assert.Equal(4UL * 8 + 1, w[0].Run);
        Assert.Equal(1UL * 8 + 3, w[3].Run);
        Assert.Equal(2UL * 8 + 3, w[4].Run);
        Assert.Equal(3UL * 8 + 3, w[5].Run);
        Assert.Equal(w[3].RunLastCluster, w[5].Word.Cluster);
        Assert.Equal(w[2].Word.Norm, w[4].RunBefore);
        Assert.Equal(0UL, w[6].Run);       // "and" does not join two names
        Assert.Equal(1UL, w[7].RunHead);   // Joe 's Pizza: organisation head word
        Assert.Equal(w[6].Word.Norm, w[9].RunBefore);
        Assert.Equal(2UL, w[12].RunHead);  // Elm Street: place head word
        Assert.Equal(0UL, w[13].Run);      // "of course": no capital after the connector
    }

    [Fact]
    public void Brand_list_adds_titles_and_aliases()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(dir.FullName, "simple-icons.json");
            File.WriteAllText(path, """
                [{"title":"Burger King","slug":"burgerking"},{"title":"T-Mobile","aliases":{"aka":["Magenta"],"dup":[{"title":"Deutsche Telekom"}]}},{"title":"X"},{"title":".ENV"}]
                """);
            var b = new Gazetteer.Builder();
            Assert.Equal(4, GazetteerSources.AddBrandList(b, path)); // Burger King, T-Mobile, Magenta, Deutsche Telekom
            var g = b.ToGazetteer();
            foreach (var phrase in new[] { "burger king", "t - mobile", "t mobile", "tmobile", "deutsche telekom", "magenta" })
            {
                var words = phrase.Split(' ');
                var begin = new GazetteerKind[words.Length];
                g.Mark(words.Select(x => FeatureHash.OfNormalized(x)).ToArray(), begin, new GazetteerKind[words.Length]);
                Assert.True(begin[0] == GazetteerKind.Brand, phrase);
            }
            File.WriteAllText(path, "{\"oops\":");
            Assert.Throws<TacitusException>(() => GazetteerSources.AddBrandList(new Gazetteer.Builder(), path));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Word_dropout_training_is_deterministic_and_still_learns_the_fixture()
    {
        var tiny = IobReader.ReadFile(ShippedModels.Fixture("tiny.iob2")).ToList();
        var options = new NerTrainingOptions { Epochs = 30, Patience = 30, Seed = 5, MinClusterCount = 2, ClusterBits = 3, WordDropout = 0.3 };
        var a = NerTrainer.Train(tiny, tiny, Gazetteer.Empty, options);
        var b = NerTrainer.Train(tiny, tiny, Gazetteer.Empty, options);
        Assert.True(NerTrainer.Evaluate(a, tiny)["f1"] >= 90);
        Assert.Equal(0.3, a.Config["word_dropout"]!.GetValue<double>());
        foreach (var s in tiny) Assert.Equal(a.Tag(s.Tokens), b.Tag(s.Tokens));
    }

    [Fact]
    public void A_larger_organisation_bonus_never_labels_fewer_organisation_words()
    {
        var tiny = IobReader.ReadFile(ShippedModels.Fixture("tiny.iob2")).ToList();
        var ner = NerTrainer.Train(tiny, [], Gazetteer.Empty, new NerTrainingOptions { Epochs = 3, Seed = 3, MinClusterCount = 2, ClusterBits = 3 });
        string[] words = ["Olaf", "Scholz", "met", "officials", "of", "the", "European", "Union", "and", "Gazprom", "in", "Brussels", "."];
        int previous = -1;
        foreach (var bonus in new[] { 0.0, 1, 4, 16, 1e4 })
        {
            var cfg = (System.Text.Json.Nodes.JsonObject)ner.Config.DeepClone();
            cfg["type_bonus"] = new System.Text.Json.Nodes.JsonObject { ["ORG"] = bonus };
            var tags = new EntityRecognizer([.. ner.Labels], ner.Model, ner.Pairs, ner.Lexicon, ner.Gazetteer, cfg).Tag(words);
            int orgs = tags.Count(t => t.EndsWith("-ORG", StringComparison.Ordinal));
            Assert.True(orgs >= previous, $"bonus {bonus}: {orgs} ORG words, fewer than {previous}");
            previous = orgs;
        }
        Assert.Equal(words.Length, previous); // a huge bonus makes every word part of an organisation
    }
}
