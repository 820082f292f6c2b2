using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Nlp.Ner;

/// <summary>One sentence of an IOB2 named-entity file: its id, tokens and tags (B-PER, I-LOC, O…).</summary>
public sealed record IobSentence(string? SentId, ImmutableArray<string> Tokens, ImmutableArray<string> Tags)
{
    /// <summary>UPOS tags of the tokens from a tagger (empty when not tagged); the recognizer uses them as features.</summary>
    public ImmutableArray<string> Upos { get; init; } = [];

    /// <summary>The UPOS tags, or null when the sentence has none.</summary>
    public IReadOnlyList<string>? UposOrNull => Upos.IsDefaultOrEmpty ? null : Upos;

    /// <summary>The document the sentence belongs to (the last <c># newdoc id</c> before it), or null when the file marks none.</summary>
    public string? DocId { get; init; }
}

/// <summary>
/// Reads IOB2 files as UniversalNER ships them: <c># sent_id</c> / <c># text</c> comments, then
/// <c>ID TAB token TAB tag [TAB …]</c> lines, blank line between sentences; <c># newdoc id</c> starts a document. Tags other than B-/I-PER, ORG, LOC
/// (e.g. OTH, GPE folded) are read as given; <see cref="NerLabels.Fold"/> maps them.
/// </summary>
public static class IobReader
{
    public static IEnumerable<IobSentence> ReadFile(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"{path}: no such IOB2 file");
        using var reader = new StreamReader(path);
        foreach (var s in Read(reader, path)) yield return s;
    }

    public static IEnumerable<IobSentence> Read(TextReader reader, string source = "<iob2>")
    {
        string? sentId = null, docId = null;
        var tokens = ImmutableArray.CreateBuilder<string>();
        var tags = ImmutableArray.CreateBuilder<string>();
        int lineNo = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (tokens.Count > 0) yield return Flush();
                sentId = null;
                continue;
            }
            if (line[0] == '#')
            {
                var c = line.AsSpan(1).Trim();
                if (c.StartsWith("sent_id", StringComparison.Ordinal) && c.IndexOf('=') is int eq and > 0) sentId = c[(eq + 1)..].Trim().ToString();
                else if (c.StartsWith("newdoc", StringComparison.Ordinal))
                    docId = c.IndexOf('=') is int de and > 0 ? c[(de + 1)..].Trim().ToString() : $"doc@{lineNo}";
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 3)
                throw new TacitusException($"{source}:{lineNo}: expected 'ID<TAB>token<TAB>tag', found {cols.Length} column(s)");
            tokens.Add(cols[1]);
            tags.Add(cols[2]);
        }
        if (tokens.Count > 0) yield return Flush();

        IobSentence Flush()
        {
            var s = new IobSentence(sentId, tokens.ToImmutable(), tags.ToImmutable()) { DocId = docId };
            tokens.Clear();
            tags.Clear();
            return s;
        }
    }
}

/// <summary>The PER / ORG / LOC label set (UniversalNER; GPE folds into LOC, anything else is O).</summary>
public static class NerLabels
{
    public static readonly ImmutableArray<string> All = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"];

    public static string Fold(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-' || (tag[0] != 'B' && tag[0] != 'I')) return "O";
        var type = tag[2..];
        if (type == "GPE") type = "LOC";
        return type is "PER" or "ORG" or "LOC" ? $"{tag[0]}-{type}" : "O";
    }

    /// <summary>The entity type of a tag ("B-PER" → "PER"), or null for O.</summary>
    public static string? TypeOf(string tag) => tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
}
