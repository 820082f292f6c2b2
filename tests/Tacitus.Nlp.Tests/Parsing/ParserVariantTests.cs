using Tacitus.Nlp.Parsing;

namespace Tacitus.Nlp.Tests.Parsing;

/// <summary>The optional training variants: word-cluster features (lexicon format 2), weight-averaged ensembles, joint decisions, the relabeler.</summary>
public class ParserVariantTests
{
    private static (int[] Heads, string[] Relations)[] ParseAll(DependencyParserModel model) =>
        [.. ParserTestData.Sentences().Select(s => model.Parse([.. s.Words.Select(w => w.Form)], [.. s.Words.Select(w => w.Xpos)], [.. s.Words.Select(w => w.Upos)]))];

    private static DependencyParserModel Reload(DependencyParserModel model)
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-parser-variant-");
        try
        {
            model.Save(dir.FullName);
            return DependencyParserModel.Load(dir.FullName);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Cluster_features_are_learned_saved_and_reloaded()
    {
        var opts = new ParserTrainingOptions { Epochs = 10, Seed = 3, MinWordCount = 1, Patience = 10, PruneQuantiles = [], ClusterBits = 4, MinClusterCount = 1 };
        var model = ParserTrainer.Train(ParserTestData.Sentences(), ParserTestData.Sentences(), opts).Model;
        Assert.True(model.Lexicon.ClusterCount > 10);
        Assert.Equal(4, model.Lexicon.ClusterBits);
        var score = ParserTrainer.Evaluate(model, ParserTestData.Sentences());
        Assert.True(score.Uas >= 95, score.ToString());

        var back = Reload(model);
        Assert.Equal(model.Lexicon.ClusterCount, back.Lexicon.ClusterCount);
        var a = ParseAll(model);
        var b = ParseAll(back);
        for (int i = 0; i < a.Length; i++)
        {
            Assert.Equal(a[i].Heads, b[i].Heads);
            Assert.Equal(a[i].Relations, b[i].Relations);
        }
    }

    [Fact]
    public void Ensemble_averages_the_members_weights()
    {
        var single = new ParserTrainingOptions { Epochs = 6, Seed = 9, MinWordCount = 1, Patience = 6, PruneQuantiles = [] };
        var one = ParserTrainer.Train(ParserTestData.Sentences(), ParserTestData.Sentences(), single);
        var three = ParserTrainer.Train(ParserTestData.Sentences(), ParserTestData.Sentences(), single with { Ensemble = 3 });
        // Three members' epochs are logged, and the average holds at least the first member's features.
        Assert.Equal(3 * one.Epochs.Count, three.Epochs.Count);
        Assert.True(three.Model.Transitions.Count >= one.Model.Transitions.Count);
        Assert.True(ParserTrainer.Evaluate(three.Model, ParserTestData.Sentences()).Uas >= 95);
        var back = Reload(three.Model);
        var a = ParseAll(three.Model);
        var b = ParseAll(back);
        for (int i = 0; i < a.Length; i++) Assert.Equal(a[i].Heads, b[i].Heads);
    }

    [Fact]
    public void Joint_and_factored_models_both_learn_and_round_trip()
    {
        var opts = new ParserTrainingOptions { Epochs = 10, Seed = 5, MinWordCount = 1, Patience = 10, PruneQuantiles = [] };
        foreach (bool factored in new[] { true, false })
        {
            var model = ParserTrainer.Train(ParserTestData.Sentences(), ParserTestData.Sentences(), opts with { Factored = factored, AmbiguityClasses = true }).Model;
            Assert.Equal(factored, model.Factored);
            // Factored label rows hold one weight per relation; joint rows one per labelled transition.
            int classes = factored ? model.Lexicon.LabelCount : 2 * model.Lexicon.LabelCount + 1;
            Assert.Equal(DependencyParserModel.PaddedWidth(classes), model.LabelWeights.Width);
            Assert.True(model.Lexicon.AmbiguityCount > 10);
            Assert.True(ParserTrainer.Evaluate(model, ParserTestData.Sentences()).LasFull >= 90);
            var back = Reload(model);
            Assert.Equal(factored, back.Factored);
            Assert.Equal(model.Lexicon.AmbiguityCount, back.Lexicon.AmbiguityCount);
            var a = ParseAll(model);
            var b = ParseAll(back);
            for (int i = 0; i < a.Length; i++)
            {
                Assert.Equal(a[i].Heads, b[i].Heads);
                Assert.Equal(a[i].Relations, b[i].Relations);
            }
        }
    }

    [Fact]
    public void Relabeler_changes_relations_only_and_round_trips()
    {
        var opts = new ParserTrainingOptions { Epochs = 4, Seed = 2, MinWordCount = 1, Patience = 4, PruneQuantiles = [], Factored = true };
        var model = ParserTrainer.Train(ParserTestData.Sentences(), ParserTestData.Sentences(), opts).Model;
        var sentence = ParserTestData.Sentences()[0];
        var enc = model.Lexicon.Encode([.. sentence.Words.Select(w => w.Form)], [.. sentence.Words.Select(w => w.Xpos)], [.. sentence.Words.Select(w => w.Upos)]);
        var st = new ArcHybridState();
        model.Parse(enc, st);
        int n = enc.Length;
        var heads = st.Heads[..(n + 1)];
        int d = Enumerable.Range(1, n).First(i => heads[i] != 0);
        // A relabeler whose only weights push the features of d's arc towards "dep".
        var rl = new Relabeler();
        rl.Index(heads, n);
        var f = new ulong[Relabeler.MaxFeatures];
        int nf = rl.Extract(enc, heads, d, f);
        var table = new WeightTable(DependencyParserModel.PaddedWidth(model.Lexicon.LabelCount), 64, training: true);
        int dep = model.Lexicon.LabelIds["dep"];
        for (int i = 0; i < nf; i++) table.Update(f[i], dep - 1, 1000f, 1);
        foreach (float factor in new[] { 0f, 1f })
        {
            var relabelled = model.WithRelabeler(table.Averaged(0), factor);
            var a = ParseAll(model);
            var b = ParseAll(relabelled);
            for (int i = 0; i < a.Length; i++) Assert.Equal(a[i].Heads, b[i].Heads);
            Assert.Equal("dep", b[0].Relations[d - 1]);
            Assert.NotEqual("dep", a[0].Relations[d - 1]);
            var back = Reload(relabelled);
            Assert.Equal(factor, back.RelabelFactor);
            var c = ParseAll(back);
            for (int i = 0; i < b.Length; i++) Assert.Equal(b[i].Relations, c[i].Relations);
        }
    }
}
