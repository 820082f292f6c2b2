using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
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
        var parser = new LineParser();   // upper-cased words, block names and codes: one string each per read
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
                blockCode = coded ? NormalizeCode(inner[(open + 1)..close], parser.Words) : "---";
                block = Upper((coded ? inner[..open] : inner).Trim(), parser.Words);
                currentSynset = null;
                continue;
            }
            if (t[0] == '~') continue; // transformation
            if (t[0] == '&')
            {
                int end = 1;
                while (end < t.Length && !char.IsWhiteSpace(t[end])) end++;
                currentSynset = Upper(t[..end], parser.Words);
                synsets.TryAdd(currentSynset, []);
                block = null;
                continue;
            }
            if (t[0] == '+' && block is null)
            {
                if (currentSynset is null) continue;
                var member = parser.SynsetMember(t[1..]);
                if (member.Length > 0) synsets[currentSynset].Add(member);
                continue;
            }
            if (block is null) continue;
            if (t[0] == '-')
            {
                var p = parser.Pattern(t[1..], block, lineNo);
                if (p is not null && (p.IsParticleOnly || p.HasNoWords) && CommentWord(raw) is { } verb) p = p with { WrittenFor = verb };
                if (p is not null) patterns.Add(p);
                continue;
            }
            var v = parser.Verb(t, block, blockCode);
            if (v is not null) verbs.Add(v);
        }
        // A comment names the verb only when a verb of the block answers to it ("# tony 3/13/91" names a coder).
        var blockVerbs = verbs.ToLookup(v => v.Block, StringComparer.Ordinal);
        for (int i = 0; i < patterns.Count; i++)
            if (patterns[i].WrittenFor is not null && !blockVerbs[patterns[i].Block].Any(patterns[i].AppliesTo))
                patterns[i] = patterns[i] with { WrittenFor = null };
        return new VerbDictionary(
            synsets.ToDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal),
            verbs, patterns, source);
    }

    /// <summary>The first word of a line's '#' comment, upper-cased ("# HEAD &lt;ab 31 Dec 2005&gt;" → HEAD), or null.</summary>
    internal static string? CommentWord(ReadOnlySpan<char> line)
    {
        int hash = line.IndexOf('#');
        if (hash < 0) return null;
        var rest = line[(hash + 1)..].TrimStart();
        int n = 0;
        while (n < rest.Length && (char.IsAsciiLetter(rest[n]) || rest[n] == '_')) n++;
        return n == 0 ? null : rest[..n].ToString().ToUpperInvariant();
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

    internal static VerbPattern? ParsePattern(ReadOnlySpan<char> body, string block, int lineNo) =>
        new LineParser().Pattern(body, block, lineNo);

    /// <summary>
    /// Parses the verb, pattern and synset-member lines of one read, in place: words come from one
    /// <see cref="StringPool"/> (a word, code or form used by many lines is one string), and the lists a line is split
    /// into are reused from line to line, so a line costs the objects it returns and nothing else.
    /// </summary>
    internal sealed class LineParser
    {
        private readonly List<string> _tokens = [];
        private readonly List<string> _group = [];
        private readonly List<string> _forms = [];
        private readonly List<PatternNoun> _nouns = [];
        private readonly List<PatternNoun> _prepNouns = [];
        private readonly List<PatternPrep> _preps = [];
        private readonly StringBuilder _text = new();
        private char[] _buffer = new char[128];

        public StringPool Words { get; } = new();

        /// <summary><c>+ cease  fire</c> → <c>CEASE_FIRE</c>: the words joined with '_' and upper-cased.</summary>
        public string SynsetMember(ReadOnlySpan<char> text)
        {
            var joined = Buffer(text.Length);
            int n = 0;
            foreach (var range in text.SplitAny(WhitespaceChars))
            {
                var word = text[range];
                if (word.IsEmpty) continue;
                if (n > 0) joined[n++] = '_';
                word.CopyTo(joined[n..]);
                n += word.Length;
            }
            return Upper(joined[..n], Words);
        }

        /// <summary>A verb line: <c>VERB {IRREGULAR FORMS} [CODE]</c>, multi-word verbs written <c>+RULE_OUT</c> or <c>WIRE_+TAP</c>.</summary>
        public VerbEntry? Verb(ReadOnlySpan<char> line, string block, string blockCode)
        {
            string code = blockCode;
            var t = line;
            if (FindCode(line, out int open, out int close))
            {
                code = NormalizeCode(line[(open + 1)..close], Words);
                // the line without its [CODE]
                var cut = Buffer(line.Length);
                line[..open].CopyTo(cut);
                line[(close + 1)..].CopyTo(cut[open..]);
                t = cut[..(line.Length - (close + 1 - open))];
            }
            bool irregular = false;
            ReadOnlySpan<char> inside = default;
            int brace = t.IndexOf('{');
            if (brace >= 0)
            {
                int braceEnd = t[brace..].IndexOf('}');
                inside = braceEnd > 0 ? t[(brace + 1)..(brace + braceEnd)] : t[(brace + 1)..];
                irregular = true;
                t = t[..brace];
            }
            ReadOnlySpan<char> first = default;
            int parts = 0;
            foreach (var range in t.SplitAny(WhitespaceChars))
            {
                if (t[range].IsEmpty) continue;
                if (parts++ == 0) first = t[range];
            }
            if (parts == 0) return null;
            var word = Upper(first, Words);
            var (before, stem, after) = SplitMultiword(word);
            if (stem.Length == 0) return null;
            var forms = _forms;
            forms.Clear();
            forms.Add(stem);
            if (irregular)
            {
                foreach (var range in inside.SplitAny(WhitespaceChars))
                {
                    if (inside[range].IsEmpty) continue;
                    var s = Stem(Upper(inside[range], Words));
                    if (s.Length > 0 && !forms.Contains(s)) forms.Add(s);
                }
            }
            else if (parts == 1)
            {
                AddRegularForms(stem, forms);
            }
            return new VerbEntry(stem, All(forms), before, after, block, code);
        }

        /// <summary>(particles before, the verb, particles after): <c>RULE_+OUT</c> → ([RULE], OUT, []),
        /// <c>WIRE_+TAP_UP</c> → ([WIRE], TAP, [UP]), <c>A_B_C</c> → ([A, B], C, []).</summary>
        private (ImmutableArray<string> Before, string Stem, ImmutableArray<string> After) SplitMultiword(string word)
        {
            if (!word.Contains('_', StringComparison.Ordinal) && !word.Contains('+', StringComparison.Ordinal)) return ([], word, []);
            int plus = word.IndexOf('+');
            var parts = _group;
            if (plus < 0)
            {
                SplitUnderscores(word, parts);
                return parts.Count == 0 ? ([], "", []) : (Slice(parts, 0, parts.Count - 1), parts[^1], []);
            }
            SplitUnderscores(word.AsSpan(0, plus), parts);
            var front = Slice(parts, 0, parts.Count);
            SplitUnderscores(word.AsSpan(plus + 1), parts);
            return parts.Count == 0 ? (front, "", []) : (front, parts[0], Slice(parts, 1, parts.Count - 1));
        }

        /// <summary>The verb of an irregular form, as <see cref="SplitMultiword"/> finds it.</summary>
        private string Stem(string word) => SplitMultiword(word).Stem;

        /// <summary>PETRARCH's regular verb forms: 3rd person (S/ES/IES), past (D/ED), gerund (ING, dropping a final E after a consonant).</summary>
        private void AddRegularForms(string stem, List<string> forms)
        {
            ReadOnlySpan<char> s = stem;
            if (stem.EndsWith('S') || stem.EndsWith('X') || stem.EndsWith('Z')) AddForm(s, "ES", forms);
            else if (stem.EndsWith('Y')) AddForm(s[..^1], "IES", forms);
            else AddForm(s, "S", forms);
            AddForm(s, stem.EndsWith('E') ? "D" : "ED", forms);
            if (stem.EndsWith('E') && stem.Length > 1 && !"AEIOU".Contains(stem[^2], StringComparison.Ordinal)) AddForm(s[..^1], "ING", forms);
            else AddForm(s, "ING", forms);
        }

        private void AddForm(ReadOnlySpan<char> stem, string ending, List<string> forms)
        {
            var form = Buffer(stem.Length + ending.Length);
            stem.CopyTo(form);
            ending.CopyTo(form[stem.Length..]);
            var f = Words.Get(form);
            if (!forms.Contains(f)) forms.Add(f);
        }

        /// <summary>A pattern line after its '-': <c>[pre-verb nouns] [pre-verb preps] * [post-verb nouns] [post-verb preps] [CODE]</c>.</summary>
        public VerbPattern? Pattern(ReadOnlySpan<char> body, string block, int lineNo)
        {
            var text = body.Trim();
            if (!FindCode(text, out int open, out int close)) return null;
            var rawCode = text[(open + 1)..close];
            var (active, passive) = SplitCode(NormalizeCode(rawCode, Words));
            var pat = text[..open];
            int star = pat.IndexOf('*');
            if (star < 0) return null;
            var (preNouns, prePreps, _, preSource) = Side(pat[..star]);
            var (postNouns, postPreps, postTarget, _) = Side(pat[(star + 1)..]);
            return new VerbPattern(block, preNouns, prePreps, postNouns, postPreps, active, passive, postTarget, preSource, lineNo, PatternText(pat, rawCode.Trim()));
        }

        /// <summary>The pattern as written, blanks collapsed: <c>- $ REFUSE TO * [120]</c>.</summary>
        private string PatternText(ReadOnlySpan<char> pattern, ReadOnlySpan<char> code)
        {
            var sb = _text.Clear().Append("- ");
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

        /// <summary>One side of the verb: its nouns and its prepositional phrases <c>(PREP noun…)</c>.</summary>
        private (ImmutableArray<PatternNoun>, ImmutableArray<PatternPrep>, bool Target, bool Source) Side(ReadOnlySpan<char> side)
        {
            var tokens = _tokens;
            tokens.Clear();
            foreach (var range in side.SplitAny(WhitespaceChars))
                if (!side[range].IsEmpty) tokens.Add(Upper(side[range], Words));
            _nouns.Clear();
            _preps.Clear();
            bool target = false, source = false;
            int i = 0;
            while (i < tokens.Count)
            {
                if (tokens[i].StartsWith('('))
                {
                    var phrase = _group;
                    phrase.Clear();
                    while (i < tokens.Count)
                    {
                        var x = tokens[i++];
                        bool end = x.EndsWith(')');
                        var inner = x.AsSpan().Trim("()");
                        if (inner.Length > 0) phrase.Add(Words.Get(inner));
                        if (end) break;
                    }
                    if (phrase.Count == 0) continue;
                    _prepNouns.Clear();
                    bool t2 = false, s2 = false;
                    Nouns(phrase, 1, phrase.Count, _prepNouns, ref t2, ref s2);
                    _preps.Add(new PatternPrep(phrase[0], All(_prepNouns), t2, s2));
                    continue;
                }
                int j = i;
                while (j < tokens.Count && !tokens[j].StartsWith('(')) j++;
                Nouns(tokens, i, j, _nouns, ref target, ref source);
                i = j;
            }
            return (All(_nouns), All(_preps), target, source);
        }

        /// <summary>The nouns of <paramref name="tokens"/>[<paramref name="from"/>..<paramref name="to"/>] added to
        /// <paramref name="nouns"/>: <c>{MODIFIER … HEAD}</c>, <c>MODIFIER_HEAD</c> (adjacent) or a word; <c>+</c> and <c>$</c>
        /// mark the target and source slots, <c>^</c> and <c>%</c> are skipped.</summary>
        private void Nouns(List<string> tokens, int from, int to, List<PatternNoun> nouns, ref bool target, ref bool source)
        {
            var words = _forms;   // not in use while a pattern is parsed
            for (int i = from; i < to; i++)
            {
                var tok = tokens[i];
                if (tok == "+") { target = true; continue; }
                if (tok == "$") { source = true; continue; }
                if (tok is "^" or "%") continue;
                if (tok.StartsWith('{'))
                {
                    words.Clear();
                    while (i < to)
                    {
                        var x = tokens[i];
                        bool end = x.EndsWith('}');
                        var inner = x.AsSpan().Trim("{}");
                        if (inner.Length > 0) words.Add(Words.Get(inner));
                        if (end) break;
                        i++;
                    }
                    if (words.Count > 0) nouns.Add(new PatternNoun(words[^1], Slice(words, 0, words.Count - 1)));
                    continue;
                }
                SplitUnderscores(tok, words);
                if (words.Count == 0) continue;
                nouns.Add(new PatternNoun(words[^1], Slice(words, 0, words.Count - 1)) { Adjacent = words.Count > 1 });
            }
        }

        /// <summary>The non-empty parts of <paramref name="word"/> between underscores, pooled, into <paramref name="parts"/> (cleared first).</summary>
        private void SplitUnderscores(ReadOnlySpan<char> word, List<string> parts)
        {
            parts.Clear();
            foreach (var range in word.Split('_'))
                if (!word[range].IsEmpty) parts.Add(Words.Get(word[range]));
        }

        private static ImmutableArray<T> Slice<T>(List<T> list, int start, int count) =>
            ImmutableArray.Create(CollectionsMarshal.AsSpan(list).Slice(start, count));

        /// <summary>A copy of <paramref name="list"/> (the empty array when it is empty).</summary>
        private static ImmutableArray<T> All<T>(List<T> list) => ImmutableArray.Create(CollectionsMarshal.AsSpan(list));

        private Span<char> Buffer(int length)
        {
            if (_buffer.Length < length) _buffer = new char[Math.Max(length, 2 * _buffer.Length)];
            return _buffer.AsSpan(0, length);
        }
    }

    // what char.IsWhiteSpace accepts (string.Split with no separators splits at these)
    private static readonly SearchValues<char> WhitespaceChars = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    internal static string Invariant(int n) => n.ToString(CultureInfo.InvariantCulture);
}
