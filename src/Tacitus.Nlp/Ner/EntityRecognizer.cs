using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Tacitus.Core;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Models;
using Tacitus.Nlp.Tagging;

namespace Tacitus.Nlp.Ner;

/// <summary>
/// Named-entity recognizer (PER, ORG, LOC in IOB2): a structured averaged perceptron over hashed word, context,
/// casing, cluster and gazetteer features with first-order Viterbi decoding restricted to valid IOB2 sequences (an I-
/// tag only continues an entity of its type).
/// Immutable and thread-safe.
/// </summary>
public sealed class EntityRecognizer
{
    public const string Component = "ner";

    /// <summary>
    /// Newest weights format (meta.json <c>format_version</c>): 2 = little-endian blocks, as the tagger's; 3 = the same
    /// layout with a network that reads a contextual encoder (written only for such models, so that a build which cannot
    /// run the encoder refuses them instead of misreading the network). 1 is still read.
    /// </summary>
    public const int FormatVersion = 3;

    private const int FormatWithoutEncoder = 2;

    private readonly string[] _labels;
    private readonly bool[] _allowed; // [(prev + 1) * L + cur]
    private readonly float[] _bias;   // added to each label's score: −O penalty, + type bonuses

    public EntityRecognizer(string[] labels, SparseLinearModel model, SparseLinearModel pairs, WordLexicon lexicon, Gazetteer gazetteer, JsonObject config, NetworkEnsemble? network = null,
        ContextualEncoder? encoder = null)
    {
        if (network is not null && network.Labels != labels.Length) throw new TacitusException($"ner model: the network has {network.Labels} labels, the model {labels.Length}");
        int encoderDimensions = network?.EncoderDimensions ?? 0;
        if (encoderDimensions > 0 && encoder?.Dimensions != encoderDimensions)
            throw new TacitusException($"ner model: the network reads {encoderDimensions} contextual numbers per word, the encoder gives {encoder?.Dimensions ?? 0}");
        Network = network;
        Encoder = encoderDimensions > 0 ? encoder : null;
        NetworkWeight = network is not null && config["network_weight"] is { } nw ? (float)nw.GetValue<double>() : 0f;
        if (labels.Length != model.ClassCount) throw new TacitusException($"ner model: {labels.Length} labels but {model.ClassCount} classes");
        if (pairs.ClassCount != (labels.Length + 1) * labels.Length) throw new TacitusException($"ner model: {pairs.ClassCount} label-pair classes for {labels.Length} labels");
        _labels = labels;
        Model = model;
        Pairs = pairs;
        Lexicon = lexicon;
        Gazetteer = gazetteer;
        Config = config;
        OutsidePenalty = config["outside_penalty"] is { } op ? (float)op.GetValue<double>() : 0f;
        // Per-type bonuses (config "type_bonus": {"ORG": 1.5}) added to the B- and I- labels of the type.
        _bias = new float[labels.Length];
        _bias[0] = -OutsidePenalty;
        if (config["type_bonus"] is JsonObject bonuses)
            foreach (var (type, value) in bonuses)
                for (int c = 0; c < labels.Length; c++)
                    if (value is not null && NerLabels.TypeOf(labels[c]) == type) _bias[c] += (float)value.GetValue<double>();
        int L = labels.Length;
        _allowed = new bool[(L + 1) * L];
        for (int prev = -1; prev < L; prev++)
            for (int cur = 0; cur < L; cur++)
                _allowed[(prev + 1) * L + cur] = Allowed(prev < 0 ? "O" : labels[prev], labels[cur]);
    }

    public SparseLinearModel Model { get; }

    /// <summary>The window network over pre-trained word vectors whose log-probabilities join the emission scores (null: none).</summary>
    public NetworkEnsemble? Network { get; }

    /// <summary>The pre-trained contextual encoder whose vectors the network also reads (null: none; the model's config names it, <c>network.encoder</c>).</summary>
    public ContextualEncoder? Encoder { get; }

    /// <summary>The <see cref="Encoder"/> when tagging uses it (the network weighs in), else null: the sentences need no encoding.</summary>
    public ContextualEncoder? ActiveEncoder => Network is not null && NetworkWeight != 0 ? Encoder : null;

    /// <summary>How much the network's log-probabilities weigh against the perceptron's scores (config <c>network_weight</c>, tuned on dev).</summary>
    public float NetworkWeight { get; }

    /// <summary>Transition weights: classes are (previous label + 1) × labels + label (previous −1 = sentence start).</summary>
    public SparseLinearModel Pairs { get; }

    /// <summary>Subtracted from the O label's score before decoding (config <c>outside_penalty</c>; tuned on dev at training time).</summary>
    public float OutsidePenalty { get; }

    /// <summary>Whether the model was trained with UPOS features (config <c>uses_upos</c>): then tag the words first.</summary>
    public bool UsesUpos => UsesUposIn(Config);

    /// <summary>Whether a ner model's config (config.json) says it was trained with UPOS features.</summary>
    public static bool UsesUposIn(JsonObject config) => config["uses_upos"] is { } u && u.GetValue<bool>();
    public WordLexicon Lexicon { get; }
    public Gazetteer Gazetteer { get; }
    public JsonObject Config { get; }
    public ImmutableArray<string> Labels => [.. _labels];
    public int LabelCount => _labels.Length;
    public string LabelOf(int c) => _labels[c];

    private static bool Allowed(string prev, string cur) =>
        !cur.StartsWith("I-", StringComparison.Ordinal) || (prev.Length > 2 && prev[2..] == cur[2..]);

    internal bool IsAllowed(int prev, int cur) => _allowed[(prev + 1) * _labels.Length + cur];

    /// <summary>Describes a sentence: word facts, casing, capitalised runs and gazetteer matches. <paramref name="forms"/> gives word i's characters.</summary>
    public void Describe<TForms>(TForms forms, int count, Span<NerWord> words) where TForms : IWordForms
    {
        var hashes = ArrayPool<ulong>.Shared.Rent(count);
        var begin = ArrayPool<GazetteerKind>.Shared.Rent(count);
        var inside = ArrayPool<GazetteerKind>.Shared.Rent(count);
        try
        {
            for (int i = 0; i < count; i++)
            {
                var form = forms.Form(i);
                var w = WordInfo.FromForm(form, i == 0);
                Lexicon.Complete(ref w);
                words[i].Word = w;
                words[i].Case = NerFeatures.CaseOf(form);
                var tag = forms.Upos(i);
                words[i].Pos = tag.IsEmpty ? 0 : FeatureHash.Of(tag);
                hashes[i] = w.Norm;
            }
            ulong sentenceCase = NerFeatures.SentenceCaseOf(words[..count]);
            Gazetteer.Mark(hashes.AsSpan(0, count), begin, inside);
            NerFeatures.MarkRuns(forms, words[..count]);
            for (int i = 0; i < count; i++)
            {
                words[i].Gazetteer = (ulong)begin[i] | ((ulong)inside[i] << 16);
                words[i].SentenceCase = sentenceCase;
            }
        }
        finally
        {
            ArrayPool<ulong>.Shared.Return(hashes);
            ArrayPool<GazetteerKind>.Shared.Return(begin);
            ArrayPool<GazetteerKind>.Shared.Return(inside);
        }
    }

    /// <summary>
    /// Predicts a label index per word of a sentence described by <see cref="Describe"/> from the same
    /// <paramref name="forms"/>: with an <see cref="Encoder"/>, the forms are encoded first.
    /// </summary>
    public void Tag<TForms>(TForms forms, ReadOnlySpan<NerWord> words, Span<int> labels) where TForms : IWordForms
    {
        if (ActiveEncoder is not { } encoder)
        {
            Tag(words, labels);
            return;
        }
        int size = words.Length * encoder.Dimensions;
        var encoded = ArrayPool<float>.Shared.Rent(Math.Max(1, size));
        try
        {
            encoder.Encode(forms, words.Length, encoded.AsSpan(0, size));
            Tag(words, labels, encoded.AsSpan(0, size));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(encoded);
        }
    }

    /// <summary>Predicts a label index per word: the best label sequence (first-order Viterbi) among valid IOB2 sequences.</summary>
    /// <param name="encoded">The words' contextual vectors, when the model has an <see cref="Encoder"/> (see the other overload).</param>
    public void Tag(ReadOnlySpan<NerWord> words, Span<int> labels, ReadOnlySpan<float> encoded = default)
    {
        if (Network is null || NetworkWeight == 0)
        {
            NerDecoder.Decode(new FrozenScorer(Model), new FrozenScorer(Pairs), words, labels, _allowed, _labels.Length, _bias);
            return;
        }
        int size = words.Length * _labels.Length;
        var extra = ArrayPool<float>.Shared.Rent(Math.Max(1, size));
        try
        {
            if (Encoder is not null && encoded.Length < words.Length * Encoder.Dimensions)
                throw new InvalidOperationException("this ner model reads contextual vectors: tag with the forms");
            Network.LogProbabilities(words, extra.AsSpan(0, size), encoded);
            NerDecoder.Decode(new FrozenScorer(Model), new FrozenScorer(Pairs), words, labels, _allowed, _labels.Length, _bias, extra.AsSpan(0, size), NetworkWeight);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(extra);
        }
    }

    private readonly struct FrozenScorer(SparseLinearModel model) : INerScorer
    {
        public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => model.Score(features, scores);
    }

    internal bool[] AllowedTable => _allowed;

    /// <summary>Labels of one sentence given as strings (convenience), with the words' UPOS tags if the model uses them.</summary>
    public string[] Tag(IReadOnlyList<string> words, IReadOnlyList<string>? upos = null)
    {
        var infos = new NerWord[words.Count];
        var forms = new StringForms(words, upos);
        Describe(forms, words.Count, infos);
        var labels = new int[words.Count];
        Tag(forms, infos, labels);
        return [.. labels.Select(l => _labels[l])];
    }

    public void Save(string directory, ModelMetadata meta) =>
        ModelPackage.Save(directory, meta with { FormatVersion = Encoder is null ? FormatWithoutEncoder : FormatVersion }, Config, w =>
        {
            w.Write(_labels.Length);
            foreach (var l in _labels) w.Write(l);
            Model.Write(w);
            Lexicon.Write(w);
            Gazetteer.Write(w);
            Pairs.Write(w);
            Network?.Write(w);
        });

    public static EntityRecognizer Load(string directory) =>
        ModelPackage.Load(directory, Component, (meta, config, r) =>
        {
            int format = meta.FormatVersion;
            int n = r.ReadInt32();
            if (n < 2 || n > 64) throw new TacitusException($"{directory}: corrupt ner weights ({n} labels)");
            var labels = new string[n];
            for (int i = 0; i < n; i++) labels[i] = r.ReadString();
            var model = SparseLinearModel.Read(r, format);
            var lexicon = WordLexicon.Read(r, format);
            var gazetteer = Gazetteer.Read(r);
            if (config["format"] is not { } f || f.GetValue<int>() < 3)
                throw new TacitusException($"{directory}: this ner model predates the label-pair format; retrain it with 'tacitus train ner'");
            var pairs = SparseLinearModel.Read(r, format);
            var net = config["network"] as JsonObject;
            int encoderDimensions = net?["encoder_dimensions"] is { } ed ? ed.GetValue<int>() : 0;
            var network = net is null ? null : NetworkEnsemble.Read(r, net["members"] is { } k ? k.GetValue<int>() : 1, net["context"] is { } cx ? cx.GetValue<int>() : 0, encoderDimensions);
            ContextualEncoder? encoder = null;
            if (encoderDimensions > 0)
            {
                string name = net!["encoder"]?.GetValue<string>() ?? "";
                if (name != ContextualEncoder.Name) throw new TacitusException($"{directory}: this ner model reads the contextual encoder '{name}', which this build does not have (it has {ContextualEncoder.Name})");
                encoder = ContextualEncoder.Load(layers: net["encoder_layers"] is JsonArray layers ? [.. layers.Select(l => l!.GetValue<int>())] : null);
            }
            return new EntityRecognizer(labels, model, pairs, lexicon, gazetteer, config, network, encoder);
        }, FormatVersion);
}

/// <summary>Gives the characters of word i of a sentence without making strings.</summary>
public interface IWordForms
{
    ReadOnlySpan<char> Form(int i);

    /// <summary>Word i's UPOS tag, or empty when the sentence is not tagged.</summary>
    ReadOnlySpan<char> Upos(int i);
}

/// <summary>Groups IOB2 sentences into their documents: consecutive sentences with the same <see cref="IobSentence.DocId"/> (no id: one document per sentence).</summary>
public static class IobDocuments
{
    public static IEnumerable<List<IobSentence>> Of(IEnumerable<IobSentence> sentences)
    {
        var current = new List<IobSentence>();
        foreach (var s in sentences)
        {
            if (current.Count > 0 && (s.DocId is null || s.DocId != current[0].DocId))
            {
                yield return current;
                current = [];
            }
            current.Add(s);
        }
        if (current.Count > 0) yield return current;
    }
}

public readonly struct StringForms(IReadOnlyList<string> words, IReadOnlyList<string>? upos = null) : IWordForms
{
    public ReadOnlySpan<char> Form(int i) => words[i];
    public ReadOnlySpan<char> Upos(int i) => upos is null ? default : upos[i];
}
