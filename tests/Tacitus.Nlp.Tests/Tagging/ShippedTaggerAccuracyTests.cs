using System.Text.Json;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Lemmatization;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Scoring;
using Tacitus.Nlp.Tagging;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Tagging;

/// <summary>CI accuracy floor: the shipped models on EWT dev must stay within 0.5 of the scores recorded when they were trained.</summary>
public class ShippedTaggerAccuracyTests
{
    private static double Recorded(string component, string key)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedModels.Dir(component), ModelPackage.MetaFile)));
        return doc.RootElement.GetProperty("scores").GetProperty(key).GetDouble();
    }

    [SharedDataFact("nlp", "en_ewt-ud-dev.conllu")]
    public void Shipped_tagger_and_lemmatizer_hold_their_dev_scores()
    {
        var gold = ConlluReader.ReadFile(SharedData.Path("nlp", "en_ewt-ud-dev.conllu")).ToList();
        var doc = ConlluDocuments.ToDocument("ewt-dev", gold, keepAnnotations: false);
        doc = new TaggerStage(ShippedModels.Tagger).Process(doc);
        doc = new LemmatizerStage(ShippedModels.Lemmatizer).Process(doc);
        var scores = ConlluScorer.Score(gold, ConlluDocuments.FromDocument(doc, gold));

        Assert.Equal(gold.Sum(s => s.Words.Length), scores.Words);
        Assert.True(scores.Upos >= Recorded("tagger", "dev.upos") - 0.5, $"dev UPOS {scores.Upos:F2} fell more than 0.5 below the recorded {Recorded("tagger", "dev.upos"):F2}");
        Assert.True(scores.Xpos >= Recorded("tagger", "dev.xpos") - 0.5, $"dev XPOS {scores.Xpos:F2}");
        var goldTagLemmas = LemmatizerTrainer.Evaluate(ShippedModels.Lemmatizer, gold);
        Assert.True(goldTagLemmas >= Recorded("lemmatizer", "dev.lemma_gold_tags") - 0.5, $"dev lemmas with gold tags {goldTagLemmas:F2}");
        Assert.True(scores.Lemma >= 96.0, $"dev Lemmas with predicted tags {scores.Lemma:F2}");
        Assert.True(scores.Upos >= 94.0);
        Assert.Null(scores.Uas);
    }
}
