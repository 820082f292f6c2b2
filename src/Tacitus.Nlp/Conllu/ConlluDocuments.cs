using System.Collections.Immutable;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Nlp.Conllu;

/// <summary>
/// Converts between CoNLL-U sentences and <see cref="Document"/>s. The document text is rebuilt from each sentence's
/// <c># text</c> (or from FORM + SpaceAfter when absent), sentences joined by a newline; the given tokenization and
/// sentence split are kept exactly.
/// </summary>
public static class ConlluDocuments
{
    /// <summary>Builds one document from <paramref name="sentences"/>. With <paramref name="keepAnnotations"/> the gold columns (UPOS, XPOS, FEATS, LEMMA, HEAD, DEPREL) are copied onto the tokens; otherwise only the tokenization is kept.</summary>
    public static Document ToDocument(string id, IReadOnlyList<ConlluSentence> sentences, bool keepAnnotations)
    {
        // Sized once: one token per word, the text's length from the sentences' "# text" (or their forms), at most one
        // multiword token per range line. The scratch lists are reused from sentence to sentence.
        int words = 0, chars = 0, ranges = 0;
        foreach (var s in sentences)
        {
            words += s.Words.Length;
            ranges += s.Multiwords.Length;
            if (s.TryGetComment("text", out var t))
            {
                chars += t.Length + 1;
                continue;
            }
            chars += 1 + s.Words.Length;
            foreach (var w in s.Words) chars += w.Form.Length;
        }
        var text = new StringBuilder(chars);
        var tokens = ImmutableArray.CreateBuilder<Token>(words);
        var mwts = ImmutableArray.CreateBuilder<MultiwordToken>(ranges);
        var sents = ImmutableArray.CreateBuilder<Sentence>(sentences.Count);
        var scratch = new Scratch();
        for (int si = 0; si < sentences.Count; si++)
        {
            if (si > 0) text.Append('\n');
            AppendSentence(text, sentences[si], si, tokens, mwts, sents, keepAnnotations, scratch);
        }
        return new Document(id, text.ToString())
        {
            Tokens = tokens.Count == tokens.Capacity ? tokens.MoveToImmutable() : tokens.ToImmutable(),
            MultiwordTokens = mwts.ToImmutable(),
            Sentences = sents.ToImmutable(),
        };
    }

    /// <summary>Lists reused for every sentence of one <see cref="ToDocument"/>.</summary>
    private sealed class Scratch
    {
        public List<Surface> Surfaces { get; } = [];
        public List<int> Starts { get; } = [];
        public StringBuilder Rebuilt { get; } = new();
    }

    private static void AppendSentence(StringBuilder text, ConlluSentence s, int si, ImmutableArray<Token>.Builder tokens,
        ImmutableArray<MultiwordToken>.Builder mwts, ImmutableArray<Sentence>.Builder sents, bool keep, Scratch scratch)
    {
        int baseOffset = text.Length;
        int firstToken = tokens.Count;
        var surfaces = Surfaces(s, scratch.Surfaces);
        var starts = scratch.Starts;
        if (s.TryGetComment("text", out var sentText) && Align(sentText, surfaces, starts))
        {
            text.Append(sentText);
        }
        else
        {
            // No usable "# text": rebuild it from the surface forms and SpaceAfter.
            var sb = scratch.Rebuilt.Clear();
            starts.Clear();
            for (int i = 0; i < surfaces.Count; i++)
            {
                starts.Add(sb.Length);
                sb.Append(surfaces[i].Form);
                if (surfaces[i].SpaceAfter && i < surfaces.Count - 1) sb.Append(' ');
            }
            text.Append(sb);
        }

        for (int i = 0; i < surfaces.Count; i++)
        {
            var sf = surfaces[i];
            int start = baseOffset + starts[i];
            var span = new TextSpan(start, start + sf.Form.Length);
            if (sf.Last > sf.First)
            {
                mwts.Add(new MultiwordToken(span, firstToken + sf.First - 1, firstToken + sf.Last - 1));
                bool concatenates = Concatenates(s, sf);
                int offset = start;
                for (int k = sf.First; k <= sf.Last; k++)
                {
                    var w = s.Words[k - 1];
                    TextSpan wspan;
                    string? form = null;
                    if (concatenates)
                    {
                        wspan = new TextSpan(offset, offset + w.Form.Length);
                        offset += w.Form.Length;
                    }
                    else
                    {
                        wspan = span;
                        form = w.Form;
                    }
                    tokens.Add(MakeToken(wspan, si, w, form, keep));
                }
            }
            else
            {
                var w = s.Words[sf.First - 1];
                tokens.Add(MakeToken(span, si, w, null, keep));
            }
        }
        int count = tokens.Count - firstToken;
        var sentSpan = count > 0
            ? new TextSpan(tokens[firstToken].Span.Start, tokens[^1].Span.End)
            : new TextSpan(baseOffset, baseOffset);
        sents.Add(new Sentence(sentSpan, firstToken, count));
    }

    /// <summary>True when the range's words, written one after the other, are its surface form ("do" + "n't" = "don't").</summary>
    private static bool Concatenates(ConlluSentence s, Surface range)
    {
        int pos = 0;
        for (int k = range.First; k <= range.Last; k++)
        {
            var form = s.Words[k - 1].Form;
            if (!range.Form.AsSpan(pos).StartsWith(form, StringComparison.Ordinal)) return false;
            pos += form.Length;
        }
        return pos == range.Form.Length;
    }

    private static Token MakeToken(TextSpan span, int sentence, ConlluWord w, string? form, bool keep) =>
        keep
            ? new Token(span, sentence) { Form = form, Upos = w.Upos, Xpos = w.Xpos, Feats = w.Feats, Lemma = w.Lemma ?? (w.Form == "_" ? "_" : null), Head = w.Head, Deprel = w.Deprel }
            : new Token(span, sentence) { Form = form };

    private readonly record struct Surface(int First, int Last, string Form, bool SpaceAfter);

    private static List<Surface> Surfaces(ConlluSentence s, List<Surface> list)
    {
        list.Clear();
        int id = 1;
        while (id <= s.Words.Length)
        {
            if (s.MultiwordStartingAt(id) is { } m && m.Last <= s.Words.Length)
            {
                list.Add(new Surface(m.First, m.Last, m.Form, m.SpaceAfter));
                id = m.Last + 1;
            }
            else
            {
                var w = s.Words[id - 1];
                list.Add(new Surface(id, id, w.Form, w.SpaceAfter));
                id++;
            }
        }
        return list;
    }

    /// <summary>Finds each surface form in order in the sentence text, skipping only whitespace, into <paramref name="starts"/>;
    /// false if they do not line up.</summary>
    private static bool Align(ReadOnlySpan<char> sentText, List<Surface> surfaces, List<int> starts)
    {
        starts.Clear();
        int pos = 0;
        for (int i = 0; i < surfaces.Count; i++)
        {
            while (pos < sentText.Length && char.IsWhiteSpace(sentText[pos])) pos++;
            var form = surfaces[i].Form;
            if (!sentText[pos..].StartsWith(form, StringComparison.Ordinal)) return false;
            starts.Add(pos);
            pos += form.Length;
        }
        return pos <= sentText.Length;
    }

    /// <summary>Turns an annotated document back into CoNLL-U sentences (predicted columns, NER=… in MISC, SpaceAfter=No where the text has no space).</summary>
    public static IEnumerable<ConlluSentence> FromDocument(Document doc, IReadOnlyList<ConlluSentence>? original = null)
    {
        for (int si = 0; si < doc.Sentences.Length; si++)
        {
            var sent = doc.Sentences[si];
            var words = ImmutableArray.CreateBuilder<ConlluWord>(sent.TokenCount);
            var mwts = ImmutableArray.CreateBuilder<ConlluMultiword>();
            for (int k = 0; k < sent.TokenCount; k++)
            {
                int ti = sent.FirstToken + k;
                var t = doc.Tokens[ti];
                var misc = new List<string>();
                bool inMwt = false;
                foreach (var m in doc.MultiwordTokens)
                {
                    if (ti >= m.FirstToken && ti <= m.LastToken) { inMwt = true; break; }
                }
                if (!inMwt && NoSpaceAfter(doc, t.Span.End, ti)) misc.Add("SpaceAfter=No");
                if (t.Ner is { } ner) misc.Add("NER=" + ner);
                words.Add(new ConlluWord(k + 1, doc.TextOf(t), t.Lemma, t.Upos, t.Xpos, t.Feats, t.Head, t.Deprel, null,
                    misc.Count > 0 ? string.Join('|', misc) : null));
            }
            foreach (var m in doc.MultiwordTokens)
            {
                if (m.FirstToken < sent.FirstToken || m.LastToken >= sent.EndToken) continue;
                mwts.Add(new ConlluMultiword(m.FirstToken - sent.FirstToken + 1, m.LastToken - sent.FirstToken + 1, doc.TextOf(m.Span),
                    NoSpaceAfter(doc, m.Span.End, m.LastToken) ? "SpaceAfter=No" : null));
            }
            ImmutableArray<string> comments;
            if (original is not null && si < original.Count)
                comments = original[si].Comments;
            else
                comments = [$"sent_id = {doc.Id}-{si + 1}", $"text = {doc.TextOf(sent.Span).ReplaceLineEndings(" ")}"];
            yield return new ConlluSentence(comments, words.ToImmutable(), mwts.ToImmutable(), original is not null && si < original.Count ? original[si].EmptyNodeLines : []);
        }
    }

    private static bool NoSpaceAfter(Document doc, int end, int tokenIndex)
    {
        var t = doc.Tokens[tokenIndex];
        var s = doc.Sentences[t.Sentence];
        if (tokenIndex + 1 >= s.EndToken) return false;
        return end < doc.Text.Length && !char.IsWhiteSpace(doc.Text[end]);
    }
}
