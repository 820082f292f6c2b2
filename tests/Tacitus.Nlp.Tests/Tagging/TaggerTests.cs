using System.Text.Json.Nodes;
using Tacitus.Core;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Nlp.Tests.Tagging;

public class TaggerTests
{
    private static PosTagger TrainTiny(int seed = 7) =>
        TaggerTrainer.Train(ShippedModels.Tiny(), [], new TaggerTrainingOptions { Epochs = 8, Seed = seed, MinClusterCount = 2, ClusterBits = 3 });

    [Fact]
    public void Tiny_training_run_learns_the_fixture()
    {
        var reports = new List<Tacitus.Nlp.Learning.EpochReport>();
        var tagger = TaggerTrainer.Train(ShippedModels.Tiny(), ShippedModels.Tiny(), new TaggerTrainingOptions { Epochs = 8, Seed = 7, MinClusterCount = 2, ClusterBits = 3 }, reports.Add);
        Assert.NotEmpty(reports);
        Assert.Contains(reports, r => r.IsBest);
        var scores = TaggerTrainer.Evaluate(tagger, ShippedModels.Tiny());
        Assert.Equal(100.0, scores["upos"]);
        var tags = tagger.Tag(["The", "minister", "refused", "the", "offer", "."]);
        Assert.Equal(["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"], tags.Select(t => t.Upos));
        Assert.Equal("VBD", tags[2].Xpos);
        Assert.Equal("Number=Sing", tags[1].Feats);
    }

    [Fact]
    public void Jackknifing_replaces_only_the_tags_and_tags_each_block_with_a_tagger_that_never_saw_it()
    {
        var train = ShippedModels.Tiny();
        var options = new TaggerTrainingOptions { Epochs = 4, Seed = 7, MinClusterCount = 2, ClusterBits = 3 };
        var folds = new List<int>();
        var tagged = TaggerTrainer.Jackknife(train, [], 2, options, folds.Add);
        Assert.Equal([1, 2], folds);
        Assert.Equal(train.Count, tagged.Count);
        for (int i = 0; i < train.Count; i++)
        {
            Assert.Equal(train[i].Comments, tagged[i].Comments);
            Assert.Equal(train[i].Words.Select(w => (w.Id, w.Form, w.Lemma, w.Feats, w.Head, w.Deprel)), tagged[i].Words.Select(w => (w.Id, w.Form, w.Lemma, w.Feats, w.Head, w.Deprel)));
            Assert.All(tagged[i].Words, w => Assert.False(string.IsNullOrEmpty(w.Upos)));
        }
        // The tags of the first block are exactly what a tagger trained on the second block alone predicts.
        bool InFirst(int i) => i * 2 / train.Count == 0;
        var second = TaggerTrainer.Train([.. train.Where((_, i) => !InFirst(i))], [], options);
        for (int i = 0; InFirst(i); i++)
            Assert.Equal(second.Tag([.. train[i].Words.Select(w => w.Form)]).Select(t => t.Upos), tagged[i].Words.Select(w => w.Upos));
        Assert.Throws<TacitusException>(() => TaggerTrainer.Jackknife(train, [], 1, options));
    }

    [Fact]
    public void Training_is_deterministic_given_the_seed()
    {
        var dir1 = Directory.CreateTempSubdirectory();
        var dir2 = Directory.CreateTempSubdirectory();
        try
        {
            TrainTiny(3).Save(dir1.FullName, new ModelMetadata { Component = PosTagger.Component });
            TrainTiny(3).Save(dir2.FullName, new ModelMetadata { Component = PosTagger.Component });
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir1.FullName, ModelPackage.WeightsFile)), File.ReadAllBytes(Path.Combine(dir2.FullName, ModelPackage.WeightsFile)));
        }
        finally
        {
            dir1.Delete(true);
            dir2.Delete(true);
        }
    }

    [Fact]
    public void Saved_and_reloaded_model_gives_identical_predictions()
    {
        var tagger = TrainTiny();
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            tagger.Save(dir.FullName, new ModelMetadata { Component = PosTagger.Component });
            var reloaded = PosTagger.Load(dir.FullName);
            foreach (var s in ShippedModels.Tiny())
            {
                var words = s.Words.Select(w => w.Form).ToList();
                Assert.Equal(tagger.Tag(words), reloaded.Tag(words));
            }
            Assert.Equal(tagger.Tag(["Unknown", "words", "here", "xyzzy"]), reloaded.Tag(["Unknown", "words", "here", "xyzzy"]));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Shipped_model_round_trips()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var shipped = ShippedModels.Tagger;
            shipped.Save(dir.FullName, new ModelMetadata { Component = PosTagger.Component });
            var reloaded = PosTagger.Load(dir.FullName);
            string[] words = ["Russia", "refused", "to", "send", "Putin", "to", "the", "talks", "in", "Istanbul", "on", "Thursday", "."];
            Assert.Equal(shipped.Tag(words), reloaded.Tag(words));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Shipped_model_tags_a_news_sentence()
    {
        var tags = ShippedModels.Tagger.Tag(["Russian", "President", "Vladimir", "Putin", "refused", "to", "meet", "Zelenskyy", "in", "Istanbul", "."]);
        Assert.Equal(["ADJ", "PROPN", "PROPN", "PROPN", "VERB", "PART", "VERB", "PROPN", "ADP", "PROPN", "PUNCT"], tags.Select(t => t.Upos));
        Assert.Equal("VBD", tags[4].Xpos);
    }

    [Fact]
    public void Loading_a_model_of_another_component_is_a_clear_error()
    {
        var ex = Assert.Throws<TacitusException>(() => PosTagger.Load(ShippedModels.Dir("lemmatizer")));
        Assert.Contains("not a 'tagger' model", ex.Message);
        var missing = Assert.Throws<TacitusException>(() => PosTagger.Load(Path.Combine(Path.GetTempPath(), "no-such-tagger-" + Guid.NewGuid())));
        Assert.Contains("tacitus train tagger", missing.Message);
    }

    [Fact]
    public void Truncated_weights_are_a_clear_error()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            TrainTiny().Save(dir.FullName, new ModelMetadata { Component = PosTagger.Component });
            var path = Path.Combine(dir.FullName, ModelPackage.WeightsFile);
            // Re-compress only the first half of the raw weights.
            byte[] raw;
            using (var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress))
            using (var ms = new MemoryStream()) { gz.CopyTo(ms); raw = ms.ToArray(); }
            using (var fs = File.Create(path))
            using (var gz = new System.IO.Compression.GZipStream(fs, System.IO.Compression.CompressionLevel.Fastest))
                gz.Write(raw, 0, raw.Length / 2);
            Assert.Throws<TacitusException>(() => PosTagger.Load(dir.FullName));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
