using Tacitus.Core;

namespace Tacitus.Nlp.Tagging;

/// <summary>
/// Exceptions to the statistical tagger, written by hand for words the training treebank misleads it on (as spaCy's
/// attribute ruler): the web text of UD English-EWT has "shot" as a noun 8 times in 10 and never as a past tense, so in
/// news "A Turkish policeman fatally shot Russia's ambassador" lost its verb, and with it the killing.
/// </summary>
/// <remarks>
/// One rule per line, tab-separated: the word (any case), the conditions, the UPOS and the XPOS to give it. Conditions
/// are space-separated <c>OFFSET:FIELD=VALUES</c> (or <c>!=</c>): OFFSET from -2 to 2 is the token that far from the
/// word, FIELD is <c>word</c> (any case), <c>upos</c> or <c>xpos</c>, VALUES are alternatives split by <c>|</c>. A token
/// outside the sentence matches no value (and every <c>!=</c>). <c>-</c> alone is no condition. Conditions read the
/// tagger's tags, with the rules applied so far left to right; the first rule for the word that holds wins. Lines
/// starting with <c>#</c> are comments.
/// </remarks>
public sealed class TagRules
{
    private readonly Dictionary<string, Rule[]> _byWord;
    private readonly Dictionary<string, Rule[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TagRules(Dictionary<string, Rule[]> byWord)
    {
        _byWord = byWord;
        _lookup = byWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>No rules.</summary>
    public static TagRules Empty { get; } = new(new Dictionary<string, Rule[]>(StringComparer.OrdinalIgnoreCase));

    public int Count => _byWord.Values.Sum(r => r.Length);

    /// <summary>The conventional file beside the tagger model: <c>MODELS/tag-rules.tsv</c>.</summary>
    public const string FileName = "tag-rules.tsv";

    /// <summary>Reads rules from a file; the tag pairs must be classes of <paramref name="tagger"/>.</summary>
    public static TagRules Load(string path, PosTagger tagger)
    {
        if (!File.Exists(path)) throw new TacitusException($"tag rules '{path}' do not exist");
        return Parse(File.ReadAllText(path), path, tagger);
    }

    /// <summary>Parses rules (<paramref name="source"/> names them in error messages).</summary>
    public static TagRules Parse(string text, string source, PosTagger tagger)
    {
        var classes = new Dictionary<(string, string?), int>();
        for (int c = 0; c < tagger.ClassCount; c++) classes.TryAdd((tagger.UposOf(c), tagger.XposOf(c)), c);
        var byWord = new Dictionary<string, List<Rule>>(StringComparer.OrdinalIgnoreCase);
        int lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length != 4 || cols[0].Length == 0)
                throw new TacitusException($"{source}:{lineNo}: expected WORD<TAB>CONDITIONS<TAB>UPOS<TAB>XPOS, got {cols.Length} column(s)");
            if (!classes.TryGetValue((cols[2], cols[3]), out int target))
                throw new TacitusException($"{source}:{lineNo}: the tagger has no class {cols[2]} {cols[3]}");
            var conditions = cols[1].Trim() == "-" ? [] : cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => Condition.Parse(c, source, lineNo)).ToArray();
            if (!byWord.TryGetValue(cols[0], out var list)) byWord[cols[0]] = list = [];
            list.Add(new Rule(conditions, target));
        }
        return new TagRules(byWord.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Applies the rules to one tagged sentence of <paramref name="count"/> words: <paramref name="forms"/> gives the word
    /// at a position, <paramref name="classes"/> the tagger's classes, changed in place. Returns how many words changed.
    /// </summary>
    public int Apply<TForms>(PosTagger tagger, int count, TForms forms, Span<int> classes) where TForms : IForms
    {
        if (_byWord.Count == 0) return 0;
        int changed = 0;
        for (int k = 0; k < count; k++)
        {
            if (!_lookup.TryGetValue(forms.Form(k), out var rules)) continue;
            foreach (var rule in rules)
            {
                if (!rule.Holds(tagger, k, count, forms, classes)) continue;
                if (classes[k] != rule.Target) { classes[k] = rule.Target; changed++; }
                break;
            }
        }
        return changed;
    }

    /// <summary>Where a rule reads a sentence's word forms.</summary>
    public interface IForms
    {
        ReadOnlySpan<char> Form(int k);
    }

    /// <summary>Word forms given as strings.</summary>
    public readonly struct StringForms(IReadOnlyList<string> words) : IForms
    {
        public ReadOnlySpan<char> Form(int k) => words[k];
    }

    private sealed record Rule(Condition[] Conditions, int Target)
    {
        public bool Holds<TForms>(PosTagger tagger, int k, int count, TForms forms, ReadOnlySpan<int> classes) where TForms : IForms
        {
            foreach (var c in Conditions)
                if (!c.Holds(tagger, k, count, forms, classes)) return false;
            return true;
        }
    }

    private enum Field { Word, Upos, Xpos }

    private sealed record Condition(int Offset, Field Field, bool Negated, string[] Values)
    {
        public static Condition Parse(string text, string source, int line)
        {
            int colon = text.IndexOf(':');
            int eq = text.IndexOf('=');
            if (colon <= 0 || eq <= colon + 1 || !int.TryParse(text.AsSpan(0, colon), out int offset) || offset is < -2 or > 2 or 0)
                throw new TacitusException($"{source}:{line}: condition '{text}' is not OFFSET:FIELD=VALUES with OFFSET -2, -1, 1 or 2");
            bool negated = text[eq - 1] == '!';
            var name = text[(colon + 1)..(negated ? eq - 1 : eq)];
            var field = name switch
            {
                "word" => Field.Word,
                "upos" => Field.Upos,
                "xpos" => Field.Xpos,
                _ => throw new TacitusException($"{source}:{line}: condition '{text}': field '{name}' is not word, upos or xpos"),
            };
            var values = text[(eq + 1)..].Split('|', StringSplitOptions.RemoveEmptyEntries);
            if (values.Length == 0) throw new TacitusException($"{source}:{line}: condition '{text}' has no values");
            return new Condition(offset, field, negated, values);
        }

        public bool Holds<TForms>(PosTagger tagger, int k, int count, TForms forms, ReadOnlySpan<int> classes) where TForms : IForms
        {
            int i = k + Offset;
            if (i < 0 || i >= count) return Negated;
            bool any = false;
            foreach (var v in Values)
            {
                any = Field switch
                {
                    Field.Word => forms.Form(i).Equals(v, StringComparison.OrdinalIgnoreCase),
                    Field.Upos => tagger.UposOf(classes[i]) == v,
                    _ => tagger.XposOf(classes[i]) == v,
                };
                if (any) break;
            }
            return any != Negated;
        }
    }
}
