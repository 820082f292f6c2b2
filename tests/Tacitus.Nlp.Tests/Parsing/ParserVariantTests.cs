using Tacitus.Nlp.Parsing;

namespace Tacitus.Nlp.Tests.Parsing;

/// <summary>The optional training variants: word-cluster features (lexicon format 2) and weight-averaged ensembles.</summary>
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
}
