using System.Buffers;
using System.Runtime.InteropServices;
using Tacitus.Core;

namespace Tacitus.Nlp.Tagging;

/// <summary>
/// The "tagger" pipeline stage: fills UPOS, XPOS and FEATS of every token, sentence by sentence, then applies the
/// hand-written exceptions (<see cref="TagRules"/>) when there are any.
/// </summary>
public sealed class TaggerStage(PosTagger tagger, TagRules? rules = null) : IDocumentProcessor
{
    public string Name => "tagger";

    public PosTagger Tagger { get; } = tagger;

    public TagRules Rules { get; } = rules ?? TagRules.Empty;

    /// <summary>The tagger in <paramref name="modelDirectory"/>, with the rules in <paramref name="rulesPath"/> when that file exists.</summary>
    public static TaggerStage Load(string modelDirectory, string? rulesPath = null)
    {
        var tagger = PosTagger.Load(modelDirectory);
        return new(tagger, rulesPath is not null && File.Exists(rulesPath) ? TagRules.Load(rulesPath, tagger) : null);
    }

    /// <summary>The forms the models read for one sentence's words (<see cref="Tokenization.ModelForms"/>), for the tagger and the rules alike.</summary>
    private readonly struct SentenceForms(Document document, ReadOnlyMemory<Token> tokens, int first) : TagRules.IForms
    {
        public ReadOnlySpan<char> Form(int k) => Tokenization.ModelForms.Of(document.FormOf(tokens.Span[first + k]));
    }

    public Document Process(Document document)
    {
        if (document.Tokens.IsEmpty) return document;
        var source = document.Tokens.AsSpan();
        var tokens = source.ToArray(); // tokens outside every sentence (none from the tokenizer) stay as they are
        int max = 1;
        foreach (var s in document.Sentences) max = Math.Max(max, s.TokenCount);
        var infos = ArrayPool<WordInfo>.Shared.Rent(max);
        var classes = ArrayPool<int>.Shared.Rent(max);
        try
        {
            foreach (var s in document.Sentences)
            {
                var forms = new SentenceForms(document, document.Tokens.AsMemory(), s.FirstToken);
                for (int k = 0; k < s.TokenCount; k++) infos[k] = Tagger.Describe(forms.Form(k), k == 0);
                Tagger.Tag(infos.AsSpan(0, s.TokenCount), classes.AsSpan(0, s.TokenCount));
                Rules.Apply(Tagger, s.TokenCount, forms, classes.AsSpan(0, s.TokenCount));
                for (int k = 0; k < s.TokenCount; k++)
                {
                    int c = classes[k];
                    tokens[s.FirstToken + k] = source[s.FirstToken + k] with
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
        return document with { Tokens = ImmutableCollectionsMarshal.AsImmutableArray(tokens) };
    }
}
