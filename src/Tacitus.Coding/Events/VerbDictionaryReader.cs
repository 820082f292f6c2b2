using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>
/// Reads a PETRARCH2 verb dictionary (CAMEO.2.0.txt format, see PETRARCH's docs-dictionaries.rst) as it is:
/// synsets (<c>&amp;NAME</c> + <c>+member</c> lines), verb blocks (<c>--- NAME [CODE] ---</c>), verbs with
/// irregular forms in <c>{…}</c> and own codes in <c>[…]</c>, multi-word verbs (<c>+RULE_OUT</c>,
/// <c>WIRE_+TAP</c>), patterns (<c>- pre * post [CODE]</c> with <c>{…}</c> noun phrases, <c>(PREP …)</c>,
/// <c>$</c>/<c>+</c> slots, active:passive codes). XML-style and <c>#</c> comments are skipped; transformation
/// lines (<c>~</c>) are counted but not used (verb–verb combinations are handled by the parse).
/// </summary>
public static partial class VerbDictionaryReader
{
    public static VerbDictionary ReadFile(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"verb dictionary '{path}' not found.");
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, Path.GetFileName(path));
    }

    public static VerbDictionary Read(TextReader reader, string source)
    {
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var verbs = new List<VerbEntry>();
        var patterns = new List<VerbPattern>();
        string? currentSynset = null;
        string? block = null;
        string blockCode = "---";
        bool inComment = false;
        int lineNo = 0;
        string? raw;
        while ((raw = reader.ReadLine()) is not null)
        {
            lineNo++;
            var line = StripComments(raw, ref inComment);
            if (line.Trim().Length == 0) continue;
            var t = line.Trim();
            if (t.StartsWith("---", StringComparison.Ordinal))
            {
                var inner = t.Trim('-').Trim();
                var m = CodeRegex().Match(inner);
                blockCode = m.Success ? NormalizeCode(m.Groups[1].Value) : "---";
                block = (m.Success ? inner[..m.Index] : inner).Trim().ToUpperInvariant();
                currentSynset = null;
                continue;
            }
            if (t[0] == '~') continue; // transformation
            if (t[0] == '&')
            {
                currentSynset = t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0].ToUpperInvariant();
                synsets.TryAdd(currentSynset, []);
                block = null;
                continue;
            }
            if (t[0] == '+' && block is null)
            {
                if (currentSynset is null) continue;
                var member = string.Join('_', t[1..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
                if (member.Length > 0) synsets[currentSynset].Add(member);
                continue;
            }
            if (block is null) continue;
            if (t[0] == '-')
            {
                var p = ParsePattern(t[1..], block, lineNo);
                if (p is not null) patterns.Add(p);
                continue;
            }
            var v = ParseVerb(t, block, blockCode);
            if (v is not null) verbs.Add(v);
        }
        return new VerbDictionary(
            synsets.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal),
            verbs, patterns, source);
    }

    private static string StripComments(string line, ref bool inComment)
    {
        var sb = new StringBuilder(line.Length);
        int i = 0;
        while (i < line.Length)
        {
            if (inComment)
            {
                int end = line.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0) return sb.ToString();
                i = end + 3;
                inComment = false;
                continue;
            }
            int open = line.IndexOf("<!", i, StringComparison.Ordinal);
            int hash = line.IndexOf('#', i);
            if (hash >= 0 && (open < 0 || hash < open))
            {
                sb.Append(line, i, hash - i);
                return sb.ToString();
            }
            if (open < 0)
            {
                sb.Append(line, i, line.Length - i);
                break;
            }
            sb.Append(line, i, open - i);
            inComment = true;
            i = open + 2;
        }
        return sb.ToString();
    }

    /// <summary>"042:043" stays; "" → "---"; a bare "---" suffix glued after the bracket is ignored.</summary>
    internal static string NormalizeCode(string code)
    {
        code = code.Trim();
        return code.Length == 0 ? "---" : code;
    }

    internal static (string Active, string? Passive) SplitCode(string code)
    {
        int colon = code.IndexOf(':');
        if (colon < 0) return (code, null);
        var a = code[..colon].Trim();
        var p = code[(colon + 1)..].Trim();
        return (a.Length == 0 ? "---" : a, p.Length == 0 ? null : p);
    }

    private static VerbEntry? ParseVerb(string t, string block, string blockCode)
    {
        string code = blockCode;
        var m = CodeRegex().Match(t);
        if (m.Success)
        {
            code = NormalizeCode(m.Groups[1].Value);
            t = t.Remove(m.Index, m.Length);
        }
        List<string>? irregular = null;
        int brace = t.IndexOf('{');
        if (brace >= 0)
        {
            int close = t.IndexOf('}', brace);
            var inside = close > brace ? t[(brace + 1)..close] : t[(brace + 1)..];
            irregular = [.. inside.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(s => s.ToUpperInvariant())];
            t = t[..brace];
        }
        var words = t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var (before, stem, after) = SplitMultiword(words[0].ToUpperInvariant());
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
        else if (words.Length == 1)
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

    internal static VerbPattern? ParsePattern(string body, string block, int lineNo)
    {
        var text = body.Trim();
        var m = CodeRegex().Match(text);
        if (!m.Success) return null;
        var (active, passive) = SplitCode(NormalizeCode(m.Groups[1].Value));
        var pat = text[..m.Index];
        int star = pat.IndexOf('*');
        if (star < 0) return null;
        var (preNouns, prePreps, _, preSource) = ParseSide(pat[..star]);
        var (postNouns, postPreps, postTarget, _) = ParseSide(pat[(star + 1)..]);
        return new VerbPattern(block, preNouns, prePreps, postNouns, postPreps, active, passive, postTarget, preSource, lineNo,
            "- " + string.Join(' ', pat.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) + " [" + m.Groups[1].Value.Trim() + "]");
    }

    private static (ImmutableArray<PatternNoun>, ImmutableArray<PatternPrep>, bool Target, bool Source) ParseSide(string side)
    {
        var tokens = side.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
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

    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex CodeRegex();

    internal static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
