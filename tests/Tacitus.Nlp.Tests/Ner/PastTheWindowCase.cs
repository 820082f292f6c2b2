using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Ner;

namespace Tacitus.Nlp.Tests.Ner;

/// <summary>
/// Whether "Jordan" is a person or a place is said only by the sentence's first word, three words away: outside the ±2
/// window a <see cref="WindowNetwork"/> reads. The data, vectors and options the context tests train on.
/// </summary>
internal sealed class PastTheWindowCase
{
    public static readonly string[] Person = ["met", "the", "the", "Jordan", "."];
    public static readonly string[] Place = ["hosted", "the", "the", "Jordan", "."];

    private readonly EntityRecognizer _proto = NerTrainer.Train([Sentence(Person, 3, "B-PER"), Sentence(Place, 3, "B-LOC")], [], Gazetteer.Empty,
        new NerTrainingOptions { Epochs = 1, MinClusterCount = 0 });

    public int PersonLabel { get; } = NerLabels.All.IndexOf("B-PER");
    public int PlaceLabel { get; } = NerLabels.All.IndexOf("B-LOC");
    public int Labels => NerLabels.All.Length;

    /// <summary>Twenty copies of each sentence with its gold labels.</summary>
    public List<(NerWord[] Words, int[] Gold)> Data()
    {
        int o = NerLabels.All.IndexOf("O");
        int[] Gold(int label) => [o, o, o, label, o];
        return [.. Enumerable.Range(0, 20).SelectMany(_ => new[] { (Words(Person), Gold(PersonLabel)), (Words(Place), Gold(PlaceLabel)) })];
    }

    public WordVectorTable Vectors { get; } = WordVectorTable.From(new WordEmbeddings(["met", "hosted", "the"], [[1f, 0f], [0f, 1f], [0.5f, 0.5f]]), 10);

    public WindowNetworkOptions Options { get; } = new() { Epochs = 60, Patience = 60, Hidden = 16, Projection = 2, Seed = 3, LearningRate = 0.01f, InputDropout = 0, HiddenDropout = 0 };

    public NerWord[] Words(string[] s)
    {
        var words = new NerWord[s.Length];
        _proto.Describe(new StringForms(s), s.Length, words);
        return words;
    }

    /// <summary>The network's log-probabilities for "Jordan" in <paramref name="s"/>.</summary>
    public float[] Jordan(WindowNetwork net, string[] s, float[]? encoded = null)
    {
        var output = new float[s.Length * Labels];
        net.LogProbabilities(Words(s), output, encoded);
        return output[(3 * Labels)..(4 * Labels)];
    }

    public static int Best(float[] scores) => Array.IndexOf(scores, scores.Max());

    private static IobSentence Sentence(string[] tokens, int at, string tag) =>
        new(null, [.. tokens], [.. tokens.Select((_, i) => i == at ? tag : "O")]);
}
