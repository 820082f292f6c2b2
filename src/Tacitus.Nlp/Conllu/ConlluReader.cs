using System.Collections.Immutable;
using System.Globalization;
using Tacitus.Core;
using Tacitus.Core.Text;

namespace Tacitus.Nlp.Conllu;

/// <summary>
/// Reads CoNLL-U (UD v2): comments, words, multiword tokens and empty nodes. Malformed lines raise a
/// <see cref="TacitusException"/> naming file and line. Lines are parsed in place and the column values of one read
/// share one <see cref="StringPool"/>, so a word line costs no string of its own once its values have been seen.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"{path}: no such CoNLL-U file");
        using var stream = TextFiles.OpenRead(path);
        foreach (var s in Read(stream, path)) yield return s;
    }

    /// <summary>Reads UTF-8 (a byte-order mark picks another Unicode encoding) from <paramref name="stream"/> as
    /// <see cref="ReadFile"/> does from a file; the stream stays open.</summary>
    public static IEnumerable<ConlluSentence> Read(Stream stream, string source = "<conllu>")
    {
        using var reader = TextFiles.Reader(stream);
        foreach (var s in Read(reader, source)) yield return s;
    }

    public static IEnumerable<ConlluSentence> Read(TextReader reader, string source = "<conllu>")
    {
        using var lines = new LineReader(reader);
        var sentences = new SentenceParser(source);
        while (sentences.Next(lines) is { } s) yield return s;
    }

    /// <summary>Builds sentences line by line; one per read, holding the builders and the string pool they share.</summary>
    private sealed class SentenceParser(string source)
    {
        private readonly StringPool _strings = new();
        private readonly ImmutableArray<string>.Builder _comments = ImmutableArray.CreateBuilder<string>();
        private readonly ImmutableArray<ConlluWord>.Builder _words = ImmutableArray.CreateBuilder<ConlluWord>();
        private readonly ImmutableArray<ConlluMultiword>.Builder _mwts = ImmutableArray.CreateBuilder<ConlluMultiword>();
        private readonly ImmutableArray<string>.Builder _empties = ImmutableArray.CreateBuilder<string>();
        private int _lineNo;

        /// <summary>The next sentence, or null at the end of the text.</summary>
        public ConlluSentence? Next(LineReader lines)
        {
            while (lines.TryReadLine(out var line))
            {
                _lineNo++;
                if (line.IsWhiteSpace())
                {
                    if (_words.Count > 0 || _comments.Count > 0) return Flush();
                    continue;
                }
                if (line[0] == '#') _comments.Add(line[1..].TrimStart().ToString());
                else AddWordLine(line);
            }
            return _words.Count > 0 || _comments.Count > 0 ? Flush() : null;
        }

        private void AddWordLine(ReadOnlySpan<char> line)
        {
            int columns = line.Count('\t') + 1;
            if (columns != 10)
                throw new TacitusException($"{source}:{_lineNo}: expected 10 tab-separated columns, found {columns}");
            var rest = line;
            var id = NextColumn(ref rest);
            var form = NextColumn(ref rest);
            int dash = id.IndexOf('-');
            if (dash > 0)
            {
                if (!int.TryParse(id[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out int first) ||
                    !int.TryParse(id[(dash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int last) || last < first)
                    throw new TacitusException($"{source}:{_lineNo}: bad multiword token range '{id}'");
                for (int c = 2; c < 9; c++) NextColumn(ref rest);
                _mwts.Add(new ConlluMultiword(first, last, _strings.Get(form), Value(rest)));
                return;
            }
            if (id.Contains('.'))
            {
                _empties.Add(line.ToString());
                return;
            }
            if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n != _words.Count + 1)
                throw new TacitusException($"{source}:{_lineNo}: word ID '{id}' should be {_words.Count + 1}");
            var lemma = Value(NextColumn(ref rest));
            var upos = Value(NextColumn(ref rest));
            var xpos = Value(NextColumn(ref rest));
            var feats = Value(NextColumn(ref rest));
            var headText = NextColumn(ref rest);
            int head = -1;
            if (!headText.SequenceEqual("_") && !int.TryParse(headText, NumberStyles.None, CultureInfo.InvariantCulture, out head))
                throw new TacitusException($"{source}:{_lineNo}: HEAD '{headText}' is not a number");
            var deprel = Value(NextColumn(ref rest));
            var deps = Value(NextColumn(ref rest));
            _words.Add(new ConlluWord(n, _strings.Get(form), lemma, upos, xpos, feats, head, deprel, deps, Value(rest)));
        }

        /// <summary>The column before the next tab; <paramref name="rest"/> moves past it (the line has been checked to have 10).</summary>
        private static ReadOnlySpan<char> NextColumn(ref ReadOnlySpan<char> rest)
        {
            int tab = rest.IndexOf('\t');
            var column = rest[..tab];
            rest = rest[(tab + 1)..];
            return column;
        }

        // "_" means empty, except as a FORM or LEMMA of the underscore itself (FORM "_" keeps its value in callers).
        private string? Value(ReadOnlySpan<char> column) => column.SequenceEqual("_") ? null : _strings.Get(column);

        private ConlluSentence Flush()
        {
            // ToImmutable copies into an exact-length array; the builders keep their capacity for the next sentence.
            var s = new ConlluSentence(_comments.ToImmutable(), _words.ToImmutable(), _mwts.ToImmutable(), _empties.ToImmutable());
            _comments.Clear(); _words.Clear(); _mwts.Clear(); _empties.Clear();
            return s;
        }
    }
}
