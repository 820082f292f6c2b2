using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tacitus.Core;
using Tacitus.Core.Text;

namespace Tacitus.Coding.Events;

/// <summary>
/// Reads a PETRARCH2 verb dictionary (CAMEO.2.0.txt format, see PETRARCH's docs-dictionaries.rst) as it is:
/// synsets (<c>&amp;NAME</c> + <c>+member</c> lines), verb blocks (<c>--- NAME [CODE] ---</c>), verbs with
/// irregular forms in <c>{…}</c> and own codes in <c>[…]</c>, multi-word verbs (<c>+RULE_OUT</c>,
/// <c>WIRE_+TAP</c>), patterns (<c>- pre * post [CODE]</c> with <c>{…}</c> noun phrases, <c>(PREP …)</c>,
/// <c>$</c>/<c>+</c> slots, active:passive codes). XML-style and <c>#</c> comments are skipped; transformation
/// lines (<c>~</c>) are counted but not used (verb–verb combinations are handled by the parse).
/// </summary>
public static class VerbDictionaryReader
{
    public static VerbDictionary ReadFile(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"verb dictionary '{path}' not found.");
        using var stream = TextFiles.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads UTF-8 (a byte-order mark picks another Unicode encoding) from <paramref name="stream"/> as
    /// <see cref="ReadFile"/> does from a file; the stream stays open.</summary>
    public static VerbDictionary Read(Stream stream, string source)
    {
        using var reader = TextFiles.Reader(stream);
        return Read(reader, source);
    }

    public static VerbDictionary Read(TextReader reader, string source)
    {
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var verbs = new List<VerbEntry>();
        var patterns = new List<VerbPattern>();
        var words = new StringPool();   // upper-cased words, block names and codes: one string each per read
        string? currentSynset = null;
        string? block = null;
        string blockCode = "---";
        bool inComment = false;
        int lineNo = 0;
        char[] scratch = [];
        using var lines = new LineReader(reader);
        while (lines.TryReadLine(out var raw))
        {
            lineNo++;
            var t = StripComments(raw, ref inComment, ref scratch).Trim();
            if (t.Length == 0) continue;
            if (t.StartsWith("---"))
            {
                var inner = t.Trim('-').Trim();
                bool coded = FindCode(inner, out int open, out int close);
                blockCode = coded ? NormalizeCode(inner[(open + 1)..close], words) : "---";
                block = Upper((coded ? inner[..open] : inner).Trim(), words);
                currentSynset = null;
                continue;
            }
            if (t[0] == '~') continue; // transformation
            if (t[0] == '&')
            {
                int end = 1;
                while (end < t.Length && !char.IsWhiteSpace(t[end])) end++;
                currentSynset = Upper(t[..end], words);
                synsets.TryAdd(currentSynset, []);
                block = null;
                continue;
            }
            if (t[0] == '+' && block is null)
            {
                if (currentSynset is null) continue;
                var member = string.Join('_', t[1..].ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
                if (member.Length > 0) synsets[currentSynset].Add(member);
                continue;
            }
            if (block is null) continue;
            if (t[0] == '-')
            {
                var p = ParsePattern(t[1..], block, lineNo, words);
                if (p is not null) patterns.Add(p);
                continue;
            }
            var v = ParseVerb(t.ToString(), block, blockCode, words);
            if (v is not null) verbs.Add(v);
        }
        return new VerbDictionary(
            synsets.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal),
            verbs, patterns, source);
    }

    /// <summary>The first <c>[…]</c> (what the pattern <c>\[([^\]]*)\]</c> finds): the positions of its brackets.</summary>
    private static bool FindCode(ReadOnlySpan<char> text, out int open, out int close)
    {
        close = -1;
        open = text.IndexOf('[');
        if (open < 0) return false;
        int c = text[(open + 1)..].IndexOf(']');
        if (c < 0) return false;
        close = open + 1 + c;
        return true;
    }

    private static string Upper(ReadOnlySpan<char> text, StringPool words)
    {
        Span<char> upper = text.Length <= 128 ? stackalloc char[128] : new char[text.Length];
        int n = text.ToUpperInvariant(upper);
        return words.Get(upper[..n]);
    }

    /// <summary>The line without <c>#</c> and <c>&lt;! … --&gt;</c> comments (which may span lines); a slice of the line
    /// unless a comment is cut out of its middle, then a slice of <paramref name="scratch"/>.</summary>
    private static ReadOnlySpan<char> StripComments(ReadOnlySpan<char> line, ref bool inComment, ref char[] scratch)
    {
        int length = 0;     // chars kept in scratch so far
        bool copied = false;
        int i = 0;
        while (i < line.Length)
        {
            if (inComment)
            {
                int end = line[i..].IndexOf("-->", StringComparison.Ordinal);
                if (end < 0) return Kept(line, 0, 0, copied, scratch, length);
                i += end + 3;
                inComment = false;
                continue;
            }
            var rest = line[i..];
            int open = rest.IndexOf("<!", StringComparison.Ordinal);
            int hash = rest.IndexOf('#');
            if (hash >= 0 && (open < 0 || hash < open)) return Kept(line, i, hash, copied, scratch, length);
            if (open < 0) return Kept(line, i, rest.Length, copied, scratch, length);
            // Text before a comment: keep it aside, since text after the comment joins it.
            if (scratch.Length < line.Length) scratch = new char[Math.Max(line.Length, 2 * scratch.Length)];
            rest[..open].CopyTo(scratch.AsSpan(length));
            length += open;
            copied = true;
            inComment = true;
            i += open + 2;
        }
        return copied ? scratch.AsSpan(0, length) : [];

        // the kept text: line[from..from+count] after whatever was set aside
        static ReadOnlySpan<char> Kept(ReadOnlySpan<char> line, int from, int count, bool copied, char[] scratch, int length)
        {
            if (!copied) return line.Slice(from, count);
            line.Slice(from, count).CopyTo(scratch.AsSpan(length));
            return scratch.AsSpan(0, length + count);
        }
    }

    /// <summary>"042:043" stays; "" → "---"; a bare "---" suffix glued after the bracket is ignored.</summary>
    internal static string NormalizeCode(string code)
    {
        code = code.Trim();
        return code.Length == 0 ? "---" : code;
    }

    private static string NormalizeCode(ReadOnlySpan<char> code, StringPool words)
    {
        code = code.Trim();
        return code.Length == 0 ? "---" : words.Get(code);
    }

    internal static (string Active, string? Passive) SplitCode(string code)
    {
        int colon = code.IndexOf(':');
        if (colon < 0) return (code, null);
        var a = code[..colon].Trim();
        var p = code[(colon + 1)..].Trim();
        return (a.Length == 0 ? "---" : a, p.Length == 0 ? null : p);
    }

    private static VerbEntry? ParseVerb(string t, string block, string blockCode, StringPool words)
    {
        string code = blockCode;
        if (FindCode(t, out int open, out int close))
        {
            code = NormalizeCode(t.AsSpan(open + 1, close - open - 1), words);
            t = t.Remove(open, close - open + 1);
        }
        List<string>? irregular = null;
        int brace = t.IndexOf('{');
        if (brace >= 0)
        {
            int braceEnd = t.IndexOf('}', brace);
            var inside = braceEnd > brace ? t[(brace + 1)..braceEnd] : t[(brace + 1)..];
            irregular = [.. inside.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(s => Upper(s, words))];
            t = t[..brace];
        }
        var parts = t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var (before, stem, after) = SplitMultiword(Upper(parts[0], words));
        if (stem.Length == 0) return null;
        var forms = new List<string> { stem };
        if (irregular is not null)
        {
            foreach (var f in irregular)
            {
                var (_, s, _) = SplitMultiword(f);
                if (s.Length > 0 && !forms.Contains(s)) forms.Add(s);
            }
        }
        else if (parts.Length == 1)
        {
            foreach (var f in RegularForms(stem))
                if (!forms.Contains(f)) forms.Add(f);
        }
        return new VerbEntry(stem, [.. forms], [.. before], [.. after], block, code);
    }

    private static (string[] Before, string Stem, string[] After) SplitMultiword(string word)
    {
        if (!word.Contains('_', StringComparison.Ordinal) && !word.Contains('+', StringComparison.Ordinal)) return ([], word, []);
        int plus = word.IndexOf('+');
        if (plus < 0)
        {
            var parts = word.Split('_', StringSplitOptions.RemoveEmptyEntries);
            return (parts.Length > 1 ? parts[..^1] : [], parts.Length > 0 ? parts[^1] : "", []);
        }
        var front = word[..plus].Split('_', StringSplitOptions.RemoveEmptyEntries);
        var rest = word[(plus + 1)..].Split('_', StringSplitOptions.RemoveEmptyEntries);
        return (front, rest.Length > 0 ? rest[0] : "", rest.Length > 1 ? rest[1..] : []);
    }

    /// <summary>PETRARCH's regular verb forms: 3rd person (S/ES/IES), past (D/ED), gerund (ING, dropping a final E after a consonant).</summary>
    internal static IEnumerable<string> RegularForms(string stem)
    {
        if (stem.EndsWith('S') || stem.EndsWith('X') || stem.EndsWith('Z')) yield return stem + "ES";
        else if (stem.EndsWith('Y')) yield return stem[..^1] + "IES";
        else yield return stem + "S";
        yield return stem.EndsWith('E') ? stem + "D" : stem + "ED";
        if (stem.EndsWith('E') && stem.Length > 1 && !"AEIOU".Contains(stem[^2], StringComparison.Ordinal)) yield return stem[..^1] + "ING";
        else yield return stem + "ING";
    }

    internal static VerbPattern? ParsePattern(ReadOnlySpan<char> body, string block, int lineNo, StringPool? words = null)
    {
        var text = body.Trim();
        if (!FindCode(text, out int open, out int close)) return null;
        var rawCode = text[(open + 1)..close];
        words ??= new StringPool();
        var (active, passive) = SplitCode(NormalizeCode(rawCode, words));
        var pat = text[..open];
        int star = pat.IndexOf('*');
        if (star < 0) return null;
        var (preNouns, prePreps, _, preSource) = ParseSide(pat[..star], words);
        var (postNouns, postPreps, postTarget, _) = ParseSide(pat[(star + 1)..], words);
        return new VerbPattern(block, preNouns, prePreps, postNouns, postPreps, active, passive, postTarget, preSource, lineNo, PatternText(pat, rawCode.Trim()));
    }

    /// <summary>The pattern as written, blanks collapsed: <c>- $ REFUSE TO * [120]</c>.</summary>
    private static string PatternText(ReadOnlySpan<char> pattern, ReadOnlySpan<char> code)
    {
        var sb = new StringBuilder(pattern.Length + code.Length + 5).Append("- ");
        bool first = true;
        foreach (var range in pattern.SplitAny(WhitespaceChars))
        {
            var word = pattern[range];
            if (word.IsEmpty) continue;
            if (!first) sb.Append(' ');
            sb.Append(word);
            first = false;
        }
        return sb.Append(" [").Append(code).Append(']').ToString();
    }

    private static (ImmutableArray<PatternNoun>, ImmutableArray<PatternPrep>, bool Target, bool Source) ParseSide(ReadOnlySpan<char> side, StringPool words)
    {
        var list = new List<string>();
        foreach (var range in side.SplitAny(WhitespaceChars))
            if (!side[range].IsEmpty) list.Add(Upper(side[range], words));
        var tokens = list.ToArray();
        var nouns = ImmutableArray.CreateBuilder<PatternNoun>();
        var preps = ImmutableArray.CreateBuilder<PatternPrep>();
        bool target = false, source = false;
        int i = 0;
        while (i < tokens.Length)
        {
            var tok = tokens[i];
            if (tok.StartsWith('('))
            {
                var phrase = new List<string>();
                while (i < tokens.Length)
                {
                    var x = tokens[i++];
                    bool end = x.EndsWith(')');
                    x = x.Trim('(', ')');
                    if (x.Length > 0) phrase.Add(x);
                    if (end) break;
                }
                if (phrase.Count == 0) continue;
                var (pn, _, t2, s2) = ParseNouns(phrase.Skip(1).ToArray());
                preps.Add(new PatternPrep(phrase[0], pn, t2, s2));
                continue;
            }
            int j = i;
            while (j < tokens.Length && !tokens[j].StartsWith('(')) j++;
            var (n, _, t, s) = ParseNouns(tokens[i..j]);
            nouns.AddRange(n);
            target |= t;
            source |= s;
            i = j;
        }
        return (nouns.ToImmutable(), preps.ToImmutable(), target, source);
    }

    private static (ImmutableArray<PatternNoun>, int, bool Target, bool Source) ParseNouns(string[] tokens)
    {
        var nouns = ImmutableArray.CreateBuilder<PatternNoun>();
        bool target = false, source = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            var tok = tokens[i];
            if (tok == "+") { target = true; continue; }
            if (tok == "$") { source = true; continue; }
            if (tok is "^" or "%") continue;
            if (tok.StartsWith('{'))
            {
                var words = new List<string>();
                while (i < tokens.Length)
                {
                    var x = tokens[i];
                    bool end = x.EndsWith('}');
                    x = x.Trim('{', '}');
                    if (x.Length > 0) words.Add(x);
                    if (end) break;
                    i++;
                }
                if (words.Count > 0) nouns.Add(new PatternNoun(words[^1], [.. words.Take(words.Count - 1)]));
                continue;
            }
            var parts = tok.Split('_', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0) continue;
            nouns.Add(new PatternNoun(parts[^1], [.. parts.SkipLast(1)]) { Adjacent = parts.Length > 1 });
        }
        return (nouns.ToImmutable(), 0, target, source);
    }

    // what char.IsWhiteSpace accepts (string.Split with no separators splits at these)
    private static readonly SearchValues<char> WhitespaceChars = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    internal static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
