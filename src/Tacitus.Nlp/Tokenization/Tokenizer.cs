using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Nlp.Tokenization;

/// <summary>
/// Interim tokenizer: splits on whitespace and punctuation, one sentence per line. Replaced by the rule-based
/// EWT-convention tokenizer (issue 3, step 3).
/// </summary>
public sealed class Tokenizer : IDocumentProcessor
{
    public string Name => "tokenizer";

    public Document Process(Document document)
    {
        var text = document.Text;
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int i = 0, sentStartTok = 0, sentStart = -1;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n' && tokens.Count > sentStartTok) Close(i);
                i++;
                continue;
            }
            int start = i;
            if (char.IsLetterOrDigit(c))
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            else
                i++;
            if (sentStart < 0) sentStart = start;
            tokens.Add(new Token(new TextSpan(start, i), sentences.Count));
        }
        if (tokens.Count > sentStartTok) Close(text.Length);
        return document with { Tokens = tokens.ToImmutable(), Sentences = sentences.ToImmutable() };

        void Close(int end)
        {
            var lastEnd = tokens[^1].Span.End;
            sentences.Add(new Sentence(new TextSpan(sentStart, lastEnd), sentStartTok, tokens.Count - sentStartTok));
            sentStartTok = tokens.Count;
            sentStart = -1;
            _ = end;
        }
    }
}
