using System.Runtime.InteropServices;
using Tacitus.Core;

namespace Tacitus.Nlp.Lemmatization;

/// <summary>The "lemmatizer" pipeline stage: fills Token.Lemma from the form and the tags the tagger predicted.</summary>
public sealed class LemmatizerStage(Lemmatizer lemmatizer) : IDocumentProcessor
{
    public string Name => "lemmatizer";

    public Lemmatizer Lemmatizer { get; } = lemmatizer;

    public static LemmatizerStage Load(string modelDirectory) => new(Lemmatizer.Load(modelDirectory));

    public Document Process(Document document)
    {
        if (document.Tokens.IsEmpty) return document;
        var source = document.Tokens.AsSpan();
        var tokens = new Token[source.Length];
        // Tag strings are shared objects, so the key of the last tag pair is usually reusable.
        string? lastUpos = null, lastXpos = null;
        ulong lastKey = Lemmatizer.TagKey(null, null);
        for (int i = 0; i < source.Length; i++)
        {
            ref readonly var t = ref source[i];
            if (!ReferenceEquals(t.Upos, lastUpos) || !ReferenceEquals(t.Xpos, lastXpos))
            {
                lastUpos = t.Upos;
                lastXpos = t.Xpos;
                lastKey = Lemmatizer.TagKey(t.Upos, t.Xpos);
            }
            var form = document.FormOf(t);
            tokens[i] = t with { Lemma = Lemmatizer.Lemmatize(form, lastKey) };
        }
        return document with { Tokens = ImmutableCollectionsMarshal.AsImmutableArray(tokens) };
    }
}
