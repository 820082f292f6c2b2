using Tacitus.Core;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Nlp.Tests.Tagging;

public class ExternalTagLexiconTests
{
    private static string WriteTemp(string text)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Reads_javascript_object_lines_and_tab_separated_lines()
    {
        var js = WriteTemp("var lexicon = {\n    \"refused\": \"VBD|VBN\",\n    \"Putin\": \"NNP\",\n    \"say \\\"hi\\\"\": \"UH\",\n};\n");
        var tsv = WriteTemp("met\tVBD|VBN\nnot a line\n\tNN\n");
        try
        {
            var a = ExternalTagLexicon.Read(js);
            Assert.Equal(["VBD", "VBN"], a["refused"]);
            Assert.Equal(["NNP"], a["Putin"]);
            Assert.Equal(["UH"], a["say \"hi\""]);
            Assert.Equal(3, a.Count);
            var b = ExternalTagLexicon.Read(tsv);
            Assert.Equal(["VBD", "VBN"], Assert.Single(b).Value);
        }
        finally
        {
            File.Delete(js);
            File.Delete(tsv);
        }
    }

    [Fact]
    public void An_empty_or_missing_lexicon_is_a_clear_error()
    {
        var empty = WriteTemp("nothing here\n");
        try
        {
            Assert.Contains("no entries", Assert.Throws<TacitusException>(() => ExternalTagLexicon.Read(empty)).Message);
            Assert.Contains("does not exist", Assert.Throws<TacitusException>(() => ExternalTagLexicon.Read(empty + ".missing")).Message);
        }
        finally
        {
            File.Delete(empty);
        }
    }

    [Fact]
    public void Exact_form_wins_over_the_lower_cased_form_and_same_sets_hash_alike()
    {
        var lex = ExternalTagLexicon.Compile(new Dictionary<string, string[]>
        {
            ["May"] = ["NNP", "MD"],
            ["may"] = ["MD"],
            ["refused"] = ["VBN", "VBD"],
            ["sought"] = ["VBD", "VBN"],
        });
        ulong Of(string w) => ExternalTagLexicon.Lookup(lex, Learning.FeatureHash.Of(w), Learning.FeatureHash.OfNormalized(w));
        Assert.Equal(ExternalTagLexicon.SetOf(Of("refused")), ExternalTagLexicon.SetOf(Of("sought")));     // the same set, whatever the order,
        Assert.NotEqual(ExternalTagLexicon.FirstOf(Of("refused")), ExternalTagLexicon.FirstOf(Of("sought"))); // but a different first (most likely) tag
        Assert.NotEqual(0UL, ExternalTagLexicon.FirstOf(Of("may")));
        Assert.NotEqual(Of("May"), Of("may"));
        Assert.Equal(Of("sought"), Of("SOUGHT"));           // falls back to the lower-cased form
        Assert.Equal(0UL, Of("xyzzy"));
    }

    [Fact]
    public void A_tagger_with_an_external_lexicon_round_trips_and_uses_it()
    {
        var lexicon = ExternalTagLexicon.Compile(new Dictionary<string, string[]>
        {
            ["rebuffed"] = ["VBD", "VBN"],
            ["refused"] = ["VBD", "VBN"],
            ["proposal"] = ["NN"],
            ["offer"] = ["NN", "VB"],
        });
        var options = new TaggerTrainingOptions { Epochs = 8, Seed = 7, MinClusterCount = 2, ClusterBits = 3, ExternalLexicon = lexicon, ExternalLexiconSource = "test" };
        var tagger = TaggerTrainer.Train(ShippedModels.Tiny(), [], options);
        Assert.True(tagger.Lexicon.HasExternal);
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            tagger.Save(dir.FullName, new ModelMetadata { Component = PosTagger.Component });
            var reloaded = PosTagger.Load(dir.FullName);
            Assert.True(reloaded.Lexicon.HasExternal);
            Assert.Equal(tagger.Lexicon.ExternalCount, reloaded.Lexicon.ExternalCount);
            string[] unseen = ["The", "minister", "rebuffed", "the", "proposal", "."];
            Assert.Equal(tagger.Tag(unseen), reloaded.Tag(unseen));
            foreach (var s in ShippedModels.Tiny())
            {
                var words = s.Words.Select(w => w.Form).ToList();
                Assert.Equal(tagger.Tag(words), reloaded.Tag(words));
            }
            // Trained without the lexicon, the same tagger has no external section and loads as before.
            var plain = TaggerTrainer.Train(ShippedModels.Tiny(), [], options with { ExternalLexicon = null });
            Assert.False(plain.Lexicon.HasExternal);
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
