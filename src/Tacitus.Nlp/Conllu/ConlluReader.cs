using System.Collections.Immutable;
using System.Globalization;
using Tacitus.Core;

namespace Tacitus.Nlp.Conllu;

/// <summary>Reads CoNLL-U (UD v2): comments, words, multiword tokens and empty nodes. Malformed lines raise a <see cref="TacitusException"/> naming file and line.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"{path}: no such CoNLL-U file");
        using var reader = new StreamReader(path);
        foreach (var s in Read(reader, path)) yield return s;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source = "<conllu>")
    {
        var comments = ImmutableArray.CreateBuilder<string>();
        var words = ImmutableArray.CreateBuilder<ConlluWord>();
        var mwts = ImmutableArray.CreateBuilder<ConlluMultiword>();
        var empties = ImmutableArray.CreateBuilder<string>();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                if (words.Count > 0 || comments.Count > 0) yield return Flush();
                continue;
            }
            if (line[0] == '#')
            {
                comments.Add(line.AsSpan(1).TrimStart().ToString());
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
                throw new TacitusException($"{source}:{lineNo}: expected 10 tab-separated columns, found {cols.Length}");
            var id = cols[0];
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(id.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out int first) ||
                    !int.TryParse(id.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int last) || last < first)
                    throw new TacitusException($"{source}:{lineNo}: bad multiword token range '{id}'");
                mwts.Add(new ConlluMultiword(first, last, cols[1], Null(cols[9])));
                continue;
            }
            if (id.Contains('.', StringComparison.Ordinal))
            {
                empties.Add(line);
                continue;
            }
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n != words.Count + 1)
                throw new TacitusException($"{source}:{lineNo}: word ID '{id}' should be {words.Count + 1}");
            int head = -1;
            if (cols[6] != "_" && !int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out head))
                throw new TacitusException($"{source}:{lineNo}: HEAD '{cols[6]}' is not a number");
            words.Add(new ConlluWord(n, cols[1], Null(cols[2]), Null(cols[3]), Null(cols[4]), Null(cols[5]), head, Null(cols[7]), Null(cols[8]), Null(cols[9])));
        }
        if (words.Count > 0 || comments.Count > 0) yield return Flush();

        ConlluSentence Flush()
        {
            var s = new ConlluSentence(comments.ToImmutable(), words.ToImmutable(), mwts.ToImmutable(), empties.ToImmutable());
            comments.Clear(); words.Clear(); mwts.Clear(); empties.Clear();
            return s;
        }
    }

    // "_" means empty, except as a FORM or LEMMA of the underscore itself (FORM "_" keeps its value in callers).
    private static string? Null(string s) => s == "_" ? null : s;
}
