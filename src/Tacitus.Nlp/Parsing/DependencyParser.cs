using System.Runtime.InteropServices;
using Tacitus.Core;

namespace Tacitus.Nlp.Parsing;

/// <summary>
/// Pipeline stage "parser": fills <see cref="Token.Head"/> (1-based within the sentence, 0 = root) and
/// <see cref="Token.Deprel"/> (full UD relation with subtype) for every sentence, using the tokens' XPOS/UPOS when a
/// tagger has run. Every output is a tree: one root, no cycles, heads inside the sentence.
/// </summary>
public sealed class DependencyParser(DependencyParserModel model) : IDocumentProcessor
{
    public string Name => "parser";

    public DependencyParserModel Model { get; } = model ?? throw new ArgumentNullException(nameof(model));

    public static DependencyParser Load(string directory) => new(DependencyParserModel.Load(directory));

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.IsDefaultOrEmpty || document.Tokens.IsDefaultOrEmpty) return document;
        var source = document.Tokens.AsSpan();
        var tokens = source.ToArray();
        var st = new ArcHybridState();
        var text = document.Text;
        var lexicon = Model.Lexicon;
        // One encoding buffer for the whole document.
        var enc = new ParserSentence(64) { Clustered = lexicon.ClusterBits > 0, Ambiguous = lexicon.AmbiguityCount > 0 };
        foreach (var sent in document.Sentences)
        {
            if (sent.TokenCount <= 0) continue;
            enc.Reset(sent.TokenCount);
            for (int k = 0; k < sent.TokenCount; k++)
            {
                ref readonly var t = ref source[sent.FirstToken + k];
                var form = t.Form is { } f ? f.AsSpan() : t.Span.Start >= 0 && t.Span.End <= text.Length && !t.Span.IsEmpty ? t.Span.Slice(text) : [];
                lexicon.EncodeWord(enc, k + 1, Tokenization.ModelForms.Of(form), t.Xpos, t.Upos);
            }
            Model.Parse(enc, st);
            for (int k = 0; k < sent.TokenCount; k++)
            {
                int i = sent.FirstToken + k;
                tokens[i] = source[i] with { Head = st.Heads[k + 1], Deprel = lexicon.Labels[st.Labels[k + 1] - 1] };
            }
        }
        return document with { Tokens = ImmutableCollectionsMarshal.AsImmutableArray(tokens) };
    }
}
