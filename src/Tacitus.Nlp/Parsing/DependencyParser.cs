using System.Collections.Immutable;
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
        var tokens = document.Tokens.ToBuilder();
        var st = new ArcHybridState();
        var forms = new List<string>();
        var xpos = new List<string?>();
        var upos = new List<string?>();
        foreach (var sent in document.Sentences)
        {
            if (sent.TokenCount <= 0) continue;
            forms.Clear(); xpos.Clear(); upos.Clear();
            for (int i = sent.FirstToken; i < sent.EndToken; i++)
            {
                var t = tokens[i];
                forms.Add(document.TextOf(t));
                xpos.Add(t.Xpos);
                upos.Add(t.Upos);
            }
            var enc = Model.Lexicon.Encode(forms, xpos, upos);
            Model.Parse(enc, st);
            for (int k = 0; k < sent.TokenCount; k++)
            {
                int i = sent.FirstToken + k;
                tokens[i] = tokens[i] with { Head = st.Heads[k + 1], Deprel = Model.Lexicon.Labels[st.Labels[k + 1] - 1] };
            }
        }
        return document with { Tokens = tokens.ToImmutable() };
    }
}
