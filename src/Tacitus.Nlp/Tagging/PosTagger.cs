using System.Buffers;
using System.Text.Json.Nodes;
using Tacitus.Core;
using Tacitus.Nlp.Learning;
using Tacitus.Nlp.Models;

namespace Tacitus.Nlp.Tagging;

/// <summary>A word's predicted tags.</summary>
public readonly record struct TaggedWord(string Upos, string? Xpos, string? Feats);

/// <summary>
/// Part-of-speech tagger: a greedy left-to-right averaged perceptron that predicts the joint UPOS+XPOS tag of each
/// word from hashed features (<see cref="TaggerFeatures"/>), then FEATS from a lexicon. Immutable and thread-safe.
/// </summary>
public sealed class PosTagger
{
    public const string Component = "tagger";

    /// <summary>
    /// Weights format <see cref="Save"/> writes (meta.json <c>format_version</c>): 2 stores the weight table and the word maps
    /// as little-endian blocks (<see cref="SparseLinearModel.Write"/>); 1, one entry after another, is still read.
    /// </summary>
    public const int FormatVersion = 2;

    private readonly string[] _upos;
    private readonly string?[] _xpos;

    public PosTagger(string[] upos, string?[] xpos, SparseLinearModel model, WordLexicon lexicon, FeatsLexicon feats, JsonObject config)
    {
        if (upos.Length != xpos.Length || upos.Length != model.ClassCount)
            throw new TacitusException($"tagger model: {upos.Length} UPOS, {xpos.Length} XPOS and {model.ClassCount} classes do not agree");
        _upos = upos;
        _xpos = xpos;
        Model = model;
        Lexicon = lexicon;
        Feats = feats;
        Config = config;
    }

    public SparseLinearModel Model { get; }
    public WordLexicon Lexicon { get; }
    public FeatsLexicon Feats { get; }
    public JsonObject Config { get; }
    public int ClassCount => _upos.Length;

    public string UposOf(int tagClass) => _upos[tagClass];
    public string? XposOf(int tagClass) => _xpos[tagClass];

    /// <summary>The hashed facts about one word form, including what the lexicon knows.</summary>
    public WordInfo Describe(ReadOnlySpan<char> form, bool sentenceInitial)
    {
        var w = WordInfo.FromForm(form, sentenceInitial);
        Lexicon.Complete(ref w);
        return w;
    }

    /// <summary>Predicts the tag class of every word, left to right.</summary>
    public void Tag(ReadOnlySpan<WordInfo> words, Span<int> classes)
    {
        Span<ulong> feats = stackalloc ulong[TaggerFeatures.Max];
        var scores = ArrayPool<float>.Shared.Rent(ClassCount);
        try
        {
            int p1 = -1, p2 = -1;
            for (int i = 0; i < words.Length; i++)
            {
                int n = TaggerFeatures.Extract(words, i, p1, p2, feats, Lexicon.HasExternal);
                int c = Model.Predict(feats[..n], scores);
                classes[i] = c;
                p2 = p1;
                p1 = c;
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    /// <summary>FEATS for a word of the given class.</summary>
    public string? FeatsOf(in WordInfo word, int tagClass) => Feats.Lookup(word.Norm, tagClass);

    /// <summary>Tags one sentence given as word forms (convenience; the pipeline stage avoids the strings).</summary>
    public TaggedWord[] Tag(IReadOnlyList<string> words)
    {
        var infos = new WordInfo[words.Count];
        for (int i = 0; i < infos.Length; i++) infos[i] = Describe(words[i], i == 0);
        var classes = new int[infos.Length];
        Tag(infos, classes);
        var result = new TaggedWord[infos.Length];
        for (int i = 0; i < result.Length; i++) result[i] = new TaggedWord(_upos[classes[i]], _xpos[classes[i]], FeatsOf(infos[i], classes[i]));
        return result;
    }

    public void Save(string directory, ModelMetadata meta) =>
        ModelPackage.Save(directory, meta with { FormatVersion = FormatVersion }, Config, w =>
        {
            w.Write(ClassCount);
            for (int i = 0; i < ClassCount; i++)
            {
                w.Write(_upos[i]);
                w.Write(_xpos[i] ?? "_");
            }
            Model.Write(w);
            Lexicon.Write(w);
            Feats.Write(w);
            if (Lexicon.HasExternal) Lexicon.WriteExternal(w);
        });

    public static PosTagger Load(string directory) =>
        ModelPackage.Load(directory, Component, (meta, config, r) =>
        {
            int format = meta.FormatVersion;
            int n = r.ReadInt32();
            if (n < 2 || n > ushort.MaxValue) throw new TacitusException($"{directory}: corrupt tagger weights ({n} classes)");
            var upos = new string[n];
            var xpos = new string?[n];
            for (int i = 0; i < n; i++)
            {
                upos[i] = r.ReadString();
                var x = r.ReadString();
                xpos[i] = x == "_" ? null : x;
            }
            var model = SparseLinearModel.Read(r, format);
            var lexicon = WordLexicon.Read(r, format);
            var feats = FeatsLexicon.Read(r);
            if (config["external_lexicon_entries"] is not null) lexicon = lexicon.WithExternal(r, format);
            return new PosTagger(upos, xpos, model, lexicon, feats, config);
        }, FormatVersion);
}
