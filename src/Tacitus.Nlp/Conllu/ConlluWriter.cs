using System.Globalization;
using System.Text;

namespace Tacitus.Nlp.Conllu;

/// <summary>Writes CoNLL-U sentences (comments, multiword tokens, words, empty nodes in ID order).</summary>
public static class ConlluWriter
{
    public static void Write(TextWriter w, IEnumerable<ConlluSentence> sentences)
    {
        foreach (var s in sentences) Write(w, s);
    }

    public static void Write(TextWriter w, ConlluSentence s)
    {
        var sb = new StringBuilder();
        foreach (var c in s.Comments) sb.Append("# ").Append(c).Append('\n');
        foreach (var word in s.Words)
        {
            if (s.MultiwordStartingAt(word.Id) is { } m)
                sb.Append(m.First.ToString(CultureInfo.InvariantCulture)).Append('-').Append(m.Last.ToString(CultureInfo.InvariantCulture))
                  .Append('\t').Append(m.Form).Append("\t_\t_\t_\t_\t_\t_\t_\t").Append(m.Misc ?? "_").Append('\n');
            sb.Append(word.Id.ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(word.Form).Append('\t')
              .Append(word.Lemma ?? "_").Append('\t')
              .Append(word.Upos ?? "_").Append('\t')
              .Append(word.Xpos ?? "_").Append('\t')
              .Append(word.Feats ?? "_").Append('\t')
              .Append(word.Head >= 0 ? word.Head.ToString(CultureInfo.InvariantCulture) : "_").Append('\t')
              .Append(word.Deprel ?? "_").Append('\t')
              .Append(word.Deps ?? "_").Append('\t')
              .Append(word.Misc ?? "_").Append('\n');
            foreach (var e in s.EmptyNodeLines)
            {
                int dot = e.IndexOf('.', StringComparison.Ordinal);
                if (dot > 0 && int.TryParse(e.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out int after) && after == word.Id)
                    sb.Append(e).Append('\n');
            }
        }
        foreach (var e in s.EmptyNodeLines)
            if (e.StartsWith("0.", StringComparison.Ordinal)) sb.Append(e).Append('\n');
        sb.Append('\n');
        w.Write(sb.ToString());
    }
}
