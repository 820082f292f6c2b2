using System.Buffers;
using Tacitus.Core;

namespace Tacitus.Nlp.Tagging;

/// <summary>The "tagger" pipeline stage: fills UPOS, XPOS and FEATS of every token, sentence by sentence.</summary>
public sealed class TaggerStage(PosTagger tagger) : IDocumentProcessor
{
    public string Name => "tagger";

    public PosTagger Tagger { get; } = tagger;

    public static TaggerStage Load(string modelDirectory) => new(PosTagger.Load(modelDirectory));

    public Document Process(Document document)
    {
        if (document.Tokens.IsEmpty) return document;
        var tokens = document.Tokens.ToBuilder();
        int max = 1;
        foreach (var s in document.Sentences) max = Math.Max(max, s.TokenCount);
        var infos = ArrayPool<WordInfo>.Shared.Rent(max);
        var classes = ArrayPool<int>.Shared.Rent(max);
        try
        {
            foreach (var s in document.Sentences)
            {
                for (int k = 0; k < s.TokenCount; k++)
                {
                    var t = tokens[s.FirstToken + k];
                    var form = t.Form is { } f ? f.AsSpan() : document.Slice(t.Span);
                    infos[k] = Tagger.Describe(form, k == 0);
                }
                Tagger.Tag(infos.AsSpan(0, s.TokenCount), classes.AsSpan(0, s.TokenCount));
                for (int k = 0; k < s.TokenCount; k++)
                {
                    int c = classes[k];
                    tokens[s.FirstToken + k] = tokens[s.FirstToken + k] with
                    {
                        Upos = Tagger.UposOf(c),
                        Xpos = Tagger.XposOf(c),
                        Feats = Tagger.FeatsOf(infos[k], c),
                    };
                }
            }
        }
        finally
        {
            ArrayPool<WordInfo>.Shared.Return(infos);
            ArrayPool<int>.Shared.Return(classes);
        }
        return document with { Tokens = tokens.ToImmutable() };
    }
}
