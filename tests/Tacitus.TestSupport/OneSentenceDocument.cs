using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.TestSupport;

/// <summary>Documents for tests that need tokens without the tokenizer's rules.</summary>
public static class OneSentenceDocument
{
    /// <summary>
    /// <paramref name="text"/> as one sentence whose tokens are its runs of non-space characters (no splitting of
    /// punctuation or contractions, no sentence boundaries): input of a known shape for the tagger, parser and ner.
    /// </summary>
    public static Document Of(string text, string id = "robust")
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ') i++;
            int start = i;
            while (i < text.Length && text[i] != ' ') i++;
            if (i > start) tokens.Add(new Token(new TextSpan(start, i), 0));
        }
        return new Document(id, text)
        {
            Tokens = tokens.ToImmutable(),
            Sentences = [new Sentence(new TextSpan(0, text.Length), 0, tokens.Count)],
        };
    }
}
