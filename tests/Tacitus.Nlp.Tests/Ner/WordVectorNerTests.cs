using System.Text;
using Tacitus.Core;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Ner;

namespace Tacitus.Nlp.Tests.Ner;

/// <summary>Pre-trained word vectors in the NER: reading them, clusters from them, the compiled table and the window network.</summary>
public class WordVectorNerTests
{
    private static List<IobSentence> Tiny() => IobReader.ReadFile(ShippedModels.Fixture("tiny.iob2")).ToList();

    /// <summary>
    /// Toy vectors: every word of the tiny fixture near the prototype of its kind (people, places, organisations, other
    /// words), plus unseen names of each kind, so vectors carry what the training text does not.
    /// </summary>
    private static WordEmbeddings ToyVectors()
    {
        string[] people = ["vladimir", "putin", "recep", "erdogan", "sergei", "lavrov", "zelenskyy", "fomin", "olaf", "scholz", "friedrich", "merz"];
        string[] places = ["istanbul", "geneva", "moscow", "ankara", "sumy", "turkey", "paris", "kyiv", "berlin"];
        string[] orgs = ["united", "nations", "nato", "gazprom", "reuters", "siemens", "unesco"];
        string[] other = ["met", "in", "the", "on", "monday", ".", "and", "arrived", "by", "criticised", "flew", "from", "hosted", "officials", "refused", "reported", "said", "stayed", "strike", "talks", "that", "to", "were", "with", "visited"];
        var random = new Random(7);
        var words = new List<string>();
        var vectors = new List<float[]>();
        void Add(string[] group, int axis)
        {
            foreach (var w in group)
            {
                var v = new float[8];
                for (int d = 0; d < v.Length; d++) v[d] = (float)(random.NextDouble() - 0.5) * 0.2f;
                v[axis] += 1f;
                words.Add(w);
                vectors.Add(v);
            }
        }
        Add(other, 0); Add(people, 1); Add(places, 2); Add(orgs, 3);
        return new WordEmbeddings([.. words], [.. vectors]);
    }

    [Fact]
    public void GloVe_text_and_wink_json_give_the_same_vectors()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var glove = Path.Combine(dir.FullName, "vectors.txt");
            File.WriteAllText(glove, "the 0.5 -1.25 3\nputin 1e-2 0 -0.75\n");
            var wink = Path.Combine(dir.FullName, "vectors.json");
            File.WriteAllText(wink, """{"precision":8,"dimensions":3,"words":["the","putin"],"vectors":{"the":[0.5,-1.25,3,3.2,0],"putin":[0.01,0,-0.75,0.75,1]},"unkVector":[0,0,0,0,-1]}""");
            foreach (var path in new[] { glove, wink })
            {
                var e = WordEmbeddings.Read(path);
                Assert.Equal(["the", "putin"], e.Words);
                Assert.Equal(3, e.Dimensions);
                Assert.Equal([0.5f, -1.25f, 3f], e.Vectors[0]);
                Assert.Equal([0.01f, 0f, -0.75f], e.Vectors[1]);
            }
            Assert.Single(WordEmbeddings.Read(wink, maxWords: 1).Words);
            Assert.Single(WordEmbeddings.Read(glove, maxWords: 1).Words);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Bad_vector_files_are_refused_with_the_line()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var bad = Path.Combine(dir.FullName, "bad.txt");
            File.WriteAllText(bad, "the 0.5 1\nputin 0.5 x\n");
            var e = Assert.Throws<TacitusException>(() => WordEmbeddings.Read(bad));
            Assert.Contains("bad.txt:2", e.Message, StringComparison.Ordinal);
            File.WriteAllText(bad, "the 0.5 1\nputin 0.5\n");
            Assert.Contains("1 numbers", Assert.Throws<TacitusException>(() => WordEmbeddings.Read(bad)).Message, StringComparison.Ordinal);
            var json = Path.Combine(dir.FullName, "bad.json");
            File.WriteAllText(json, """{"dimensions":3,"vectors":{"the":[0.5,1""");
            Assert.Throws<TacitusException>(() => WordEmbeddings.Read(json));
            Assert.Throws<TacitusException>(() => WordEmbeddings.Read(Path.Combine(dir.FullName, "missing.txt")));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Clusters_from_vectors_group_words_of_a_kind_and_are_deterministic()
    {
        var e = ToyVectors();
        var a = WordClusters.FromVectors(e, bits: 2, seed: 3);
        Assert.Equal(a, WordClusters.FromVectors(e, bits: 2, seed: 3));
        uint Of(string w) => a[FeatureHash.OfNormalized(w)];
        Assert.Equal(Of("putin"), Of("merz"));
        Assert.Equal(Of("paris"), Of("istanbul"));
        Assert.NotEqual(Of("putin"), Of("paris"));
        Assert.NotEqual(Of("nato"), Of("putin"));
        Assert.Equal(e.Count, a.Count);
    }

    [Fact]
    public void Compiled_vector_table_round_trips_and_stays_close_to_the_vectors()
    {
        var e = ToyVectors();
        var table = WordVectorTable.From(e, maxWords: 20);
        Assert.Equal(20, table.Count);
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true)) table.Write(w);
        ms.Position = 0;
        var back = WordVectorTable.Read(new BinaryReader(ms));
        Span<float> x = stackalloc float[8], y = stackalloc float[8];
        for (int i = 0; i < e.Count; i++)
        {
            bool has = table.TryGet(FeatureHash.OfNormalized(e.Words[i]), x);
            Assert.Equal(i < 20, has);
            Assert.Equal(has, back.TryGet(FeatureHash.OfNormalized(e.Words[i]), y));
            Assert.True(x.SequenceEqual(y));
            if (!has) continue;
            double dot = 0, norm = 0, nx = 0;
            for (int d = 0; d < 8; d++) { dot += x[d] * e.Vectors[i][d]; norm += e.Vectors[i][d] * e.Vectors[i][d]; nx += x[d] * x[d]; }
            Assert.True(dot / Math.Sqrt(norm * nx) > 0.995, $"{e.Words[i]}: cosine {dot / Math.Sqrt(norm * nx)}");
        }
    }

    [Fact]
    public void Network_training_learns_the_fixture_judges_unseen_names_by_their_vectors_and_round_trips()
    {
        var options = new NerTrainingOptions
        {
            Epochs = 20, Patience = 20, Seed = 5, ClusterBits = 2, Embeddings = ToyVectors(),
            Network = new WindowNetworkOptions { Epochs = 40, Patience = 40, Hidden = 16, Projection = 4, Seed = 2, LearningRate = 0.01f, InputDropout = 0, HiddenDropout = 0 },
        };
        // No dev set: the network's last epoch is kept (on this fixture the perceptron alone is already perfect, so a
        // dev score would keep the first).
        var ner = NerTrainer.Train(Tiny(), [], Gazetteer.Empty, options);
        Assert.NotNull(ner.Network);
        Assert.True(ner.NetworkWeight > 0);
        Assert.Equal(100, NerTrainer.Evaluate(ner, Tiny())["f1"]);
        Assert.NotNull(ner.Config["network"]);
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            ner.Save(dir.FullName, new ModelMetadata { Component = EntityRecognizer.Component });
            var back = EntityRecognizer.Load(dir.FullName);
            Assert.NotNull(back.Network);
            Assert.Equal(ner.NetworkWeight, back.NetworkWeight);
            string[] unseen = ["Olaf", "Scholz", "visited", "Paris", "and", "Siemens", "."];
            Assert.Equal(ner.Tag(unseen), back.Tag(unseen));
            foreach (var s in Tiny()) Assert.Equal(ner.Tag(s.Tokens), back.Tag(s.Tokens));
            // The network alone, on words the training text never had: their vectors say what they are.
            var words = new NerWord[unseen.Length];
            back.Describe(new StringForms(unseen), unseen.Length, words);
            var logProbs = new float[unseen.Length * back.LabelCount];
            back.Network!.LogProbabilities(words, logProbs);
            string Best(int i) => back.LabelOf(Enumerable.Range(0, back.LabelCount).MaxBy(c => logProbs[i * back.LabelCount + c]));
            Assert.EndsWith("PER", Best(0), StringComparison.Ordinal);
            Assert.EndsWith("LOC", Best(3), StringComparison.Ordinal);
            Assert.Equal("O", Best(2));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_network_ensemble_averages_its_members_and_round_trips()
    {
        var options = new NerTrainingOptions
        {
            Epochs = 5, Seed = 5, ClusterBits = 2, Embeddings = ToyVectors(), NetworkEnsemble = 2,
            Network = new WindowNetworkOptions { Epochs = 5, Hidden = 8, Projection = 4, Seed = 2, LearningRate = 0.01f },
        };
        var ner = NerTrainer.Train(Tiny(), [], Gazetteer.Empty, options);
        Assert.Equal(2, ner.Network!.Members.Count);
        Assert.Equal(2, ner.Config["network"]!["members"]!.GetValue<int>());
        string[] sentence = ["Olaf", "Scholz", "visited", "Paris", "."];
        var words = new NerWord[sentence.Length];
        ner.Describe(new StringForms(sentence), sentence.Length, words);
        int size = sentence.Length * ner.LabelCount;
        var mean = new float[size];
        ner.Network.LogProbabilities(words, mean);
        var a = new float[size];
        var b = new float[size];
        ner.Network.Members[0].LogProbabilities(words, a);
        ner.Network.Members[1].LogProbabilities(words, b);
        Assert.False(a.SequenceEqual(b), "members trained with different seeds differ");
        for (int i = 0; i < size; i++) Assert.Equal((a[i] + b[i]) / 2, mean[i], 4);
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            ner.Save(dir.FullName, new ModelMetadata { Component = EntityRecognizer.Component });
            var back = EntityRecognizer.Load(dir.FullName);
            Assert.Equal(2, back.Network!.Members.Count);
            var again = new float[size];
            back.Network.LogProbabilities(words, again);
            Assert.Equal(mean, again);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_compiled_network_scores_a_word_the_same_whether_it_kept_its_vector_contribution_or_not()
    {
        var options = new NerTrainingOptions
        {
            Epochs = 5, Seed = 5, ClusterBits = 2, Embeddings = ToyVectors(),
            Network = new WindowNetworkOptions { Epochs = 5, Hidden = 8, Projection = 4, Seed = 2, LearningRate = 0.01f },
        };
        var ner = NerTrainer.Train(Tiny(), [], Gazetteer.Empty, options);
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            // Two copies of the same network, each with its own (empty) store of word contributions.
            ner.Save(dir.FullName, new ModelMetadata { Component = EntityRecognizer.Component });
            var a = EntityRecognizer.Load(dir.FullName);
            var b = EntityRecognizer.Load(dir.FullName);
            string[] first = ["Olaf", "Scholz", "visited", "Paris", "."], second = ["Paris", "visited", "Olaf", "and", "Paris", "."];
            float[] Score(EntityRecognizer ner, string[] sentence)
            {
                var words = new NerWord[sentence.Length];
                ner.Describe(new StringForms(sentence), sentence.Length, words);
                var output = new float[sentence.Length * ner.LabelCount];
                ner.Network!.LogProbabilities(words, output);
                return output;
            }
            // a meets the sentences in one order, b in the other: the words they share are computed by one and kept by
            // the other, and "Paris" is kept within the second sentence itself.
            var a1 = Score(a, first);
            var a2 = Score(a, second);
            var b2 = Score(b, second);
            var b1 = Score(b, first);
            Assert.Equal(a1, b1);
            Assert.Equal(a2, b2);
            Assert.Equal(a1, Score(a, first));
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void A_model_without_a_network_still_loads_and_tags_as_before()
    {
        var ner = NerTrainer.Train(Tiny(), [], Gazetteer.Empty, new NerTrainingOptions { Epochs = 3, Seed = 3, MinClusterCount = 2, ClusterBits = 3 });
        Assert.Null(ner.Network);
        Assert.Null(ner.Config["network"]);
        Assert.Equal(0f, ner.NetworkWeight);
    }
}
