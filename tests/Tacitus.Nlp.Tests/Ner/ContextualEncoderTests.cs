using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Ner;

namespace Tacitus.Nlp.Tests.Ner;

/// <summary>The pre-trained contextual encoder (all-MiniLM-L6-v2 from its NuGet package) and the NER network that reads it.</summary>
public class ContextualEncoderTests
{
    private static readonly Lazy<ContextualEncoder> Shared = new(() => ContextualEncoder.Load());

    private static float[] Encode(params string[] words)
    {
        var output = new float[words.Length * Shared.Value.Dimensions];
        Shared.Value.Encode(new StringForms(words), words.Length, output);
        return output;
    }

    private static float[] Word(float[] encoded, int i) => encoded[(i * 384)..((i + 1) * 384)];

    private static double Cosine(float[] a, float[] b) => System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(a, b);

    [Fact]
    public void A_word_is_encoded_by_its_sentence_and_the_same_sentence_the_same_way()
    {
        var river = Encode("They", "sat", "on", "the", "bank", "of", "the", "river", ".");
        var money = Encode("She", "paid", "the", "money", "into", "the", "bank", ".");
        Assert.Equal(river, Encode("They", "sat", "on", "the", "bank", "of", "the", "river", "."));
        var bankRiver = Word(river, 4);
        var bankMoney = Word(money, 6);
        Assert.NotEqual(bankRiver, bankMoney);
        Assert.True(Cosine(bankRiver, bankMoney) > 0.3, "the same word keeps much in common");
        Assert.True(Cosine(bankRiver, bankMoney) < 0.95, "but its context changes it");
        Assert.All(Enumerable.Range(0, 9), i => Assert.Contains(Word(river, i), v => v != 0));
    }

    [Fact]
    public void Odd_words_and_long_sentences_still_get_a_vector_each()
    {
        // Empty, control, emoji and accented words have no or odd WordPiece pieces; a URL has many.
        string[] odd = ["", "\u0000", "🙂", "\uD83D", "a\uDC00b", "Erdoğan", "https://example.org/a/b?c=d&e=f&g=h&i=j&k=l&m=n&o=p", "."];
        var encoded = Encode(odd);
        Assert.All(Enumerable.Range(0, odd.Length), i => Assert.Contains(Word(encoded, i), v => v != 0));
        Assert.All(encoded, v => Assert.True(float.IsFinite(v)));

        // 700 words (more than the encoder's 512 positions) are encoded in parts; every word gets its own vector.
        var words = Enumerable.Range(0, 700).Select(i => i % 7 == 6 ? "." : "word" + (i % 5)).ToArray();
        var many = Encode(words);
        Assert.All(Enumerable.Range(0, words.Length), i => Assert.Contains(Word(many, i), v => v != 0));
        // The first part is what the same words alone give (the parts are encoded separately, whole words each).
        Assert.Equal(Word(Encode(words[..500]), 0), Word(many, 0));
    }

    [Fact]
    public void A_document_encoded_in_batches_gives_each_sentence_what_it_gets_alone()
    {
        string[][] sentences =
        [
            ["Zelenskyy", "met", "Erdoğan", "in", "Ankara", "."],
            ["He", "said", "talks", "would", "resume", "."],
            [],
            ["Russia", "'s", "delegation", ",", "led", "by", "Vladimir", "Medinsky", ",", "arrived", "in", "Istanbul", "on", "Thursday", "."],
        ];
        var words = sentences.SelectMany(w => w).ToArray();
        var ranges = new (int Start, int Count)[sentences.Length];
        for (int i = 0, at = 0; i < sentences.Length; at += sentences[i].Length, i++) ranges[i] = (at, sentences[i].Length);
        var document = new float[words.Length * 384];
        Shared.Value.EncodeSentences(new StringForms(words), ranges, document);
        var alone = sentences.Where(w => w.Length > 0).SelectMany(Encode).ToArray();
        Assert.Equal(alone.Length, document.Length);
        for (int k = 0; k < alone.Length; k++) Assert.Equal(alone[k], document[k], 1e-4f);
    }

    [Fact]
    public void Middle_layers_are_read_from_the_graph_and_a_missing_layer_is_refused()
    {
        using var middle = ContextualEncoder.Load(layers: [4, 2, 3, 3]);
        Assert.Equal([2, 3, 4], middle.Layers);
        string[] words = ["Zelenskyy", "met", "Erdoğan", "in", "Ankara", "."];
        float[] Run(ContextualEncoder e)
        {
            var output = new float[words.Length * e.Dimensions];
            e.Encode(new StringForms(words), words.Length, output);
            return output;
        }
        var a = Run(middle);
        Assert.Equal(a, Run(middle));
        var last = Encode(words);
        Assert.NotEqual(last, a);
        // Each middle layer is one of the encoder's own states: the average of the three lies between the single layers'.
        using var second = ContextualEncoder.Load(layers: [2]);
        using var third = ContextualEncoder.Load(layers: [3]);
        using var fourth = ContextualEncoder.Load(layers: [4]);
        var (b, c, d) = (Run(second), Run(third), Run(fourth));
        for (int k = 0; k < a.Length; k++) Assert.Equal((b[k] + c[k] + d[k]) / 3, a[k], 1e-4f);

        Assert.Throws<Tacitus.Core.TacitusException>(() => ContextualEncoder.Load(layers: [6]));
    }

    /// <summary>
    /// As in <see cref="ContextNetworkTests.The_context_layer_sees_past_the_window"/>: whether "Jordan" is a person or a
    /// place is said only three words away, outside the window. A window network cannot tell; one that also reads the
    /// encoder's vectors can, and reads the same after a save and load.
    /// </summary>
    [Fact]
    public void The_network_reading_the_encoder_sees_past_the_window_and_round_trips()
    {
        var c = new PastTheWindowCase();
        var (person, place, data, vectors, options, labels) = (PastTheWindowCase.Person, PastTheWindowCase.Place, c.Data(), c.Vectors, c.Options, c.Labels);
        int per = c.PersonLabel, loc = c.PlaceLabel;
        var encoded = Enumerable.Range(0, 20).SelectMany(_ => new[] { Encode(person), Encode(place) }).ToList();
        float[] Jordan(WindowNetwork net, string[] s) => c.Jordan(net, s, net.EncoderDimensions > 0 ? Encode(s) : null);
        int Best(float[] scores) => PastTheWindowCase.Best(scores);
        NerWord[] Words(string[] s) => c.Words(s);

        var window = WindowNetwork.Train(data, vectors, labels, options, null);
        Assert.Equal(Jordan(window, person), Jordan(window, place));

        var reading = WindowNetwork.Train(data, vectors, labels, options, null, encoded: (encoded, 384));
        Assert.Equal(384, reading.EncoderDimensions);
        Assert.Equal(per, Best(Jordan(reading, person)));
        Assert.Equal(loc, Best(Jordan(reading, place)));
        Assert.Throws<ArgumentException>(() => reading.LogProbabilities(Words(person), new float[person.Length * labels]));

        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) new NetworkEnsemble([reading]).Write(w);
        ms.Position = 0;
        var back = NetworkEnsemble.Read(new BinaryReader(ms), members: 1, encoder: 384).Members[0];
        Assert.Equal(Jordan(reading, person), Jordan(back, person));
        Assert.Equal(Jordan(reading, place), Jordan(back, place));
    }
}
