using System.Collections.Immutable;
using Tacitus.Core.Text;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// One agent phrase (a generic noun for a kind of actor: PRESIDENT, FOREIGN_MINISTER, TROOPS) with its code.
/// <see cref="IsPrefix"/> is true for codes written <c>[NGO~]</c>, which go before the country code; the usual
/// <c>[~GOV]</c> goes after it (RUS + GOV = RUSGOV).
/// </summary>
public sealed record AgentRecord(string Phrase, string Code, bool IsPrefix, bool IsPlural, SourceLine Source)
{
    /// <summary>The code of this agent of country (or organisation) <paramref name="owner"/>: the owner's code with the
    /// agent's after it (RUS + ~GOV → RUSGOV), or before it for a prefix agent (RUS + NGO~ → NGORUS), once: an owner that
    /// already ends in it keeps its code ("Associated Press writers" are MED, not MEDMED).</summary>
    public string Combine(string? owner) => owner is null ? Code : IsPrefix ? Code + owner : owner.EndsWith(Code, StringComparison.Ordinal) ? owner : owner + Code;
}

public sealed record AgentDictionary(string Name, ImmutableArray<AgentRecord> Records, ImmutableArray<DictionaryWarning> Warnings);

/// <summary>
/// Reads PETRARCH agent dictionaries as distributed (Phoenix.agents.txt, PETR.Validate.agents.txt):
/// <c>phrase_string {optional plural} [~CODE]</c> or <c>[CODE~]</c>; substitution sets <c>!PERSON! = MAN, MEN, …</c>
/// used as <c>CONGRESS!PERSON!</c> (no plurals are formed for those); regular plurals (+S, Y→IES, S→ES) are added
/// unless <c>{}</c> gives another form or none.
/// </summary>
public static class AgentDictionaryReader
{
    public static AgentDictionary ReadFile(string path)
    {
        if (!File.Exists(path)) throw new Tacitus.Core.TacitusException($"Agent dictionary '{path}' does not exist.");
        using var stream = TextFiles.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads UTF-8 (a byte-order mark picks another Unicode encoding) from <paramref name="stream"/> as
    /// <see cref="ReadFile"/> does from a file; the stream stays open.</summary>
    public static AgentDictionary Read(Stream stream, string name)
    {
        using var reader = TextFiles.Reader(stream);
        return Read(reader, name);
    }

    public static AgentDictionary Read(TextReader reader, string name)
    {
        var records = ImmutableArray.CreateBuilder<AgentRecord>();
        var warnings = new List<DictionaryWarning>();
        var codes = new StringPool();
        var markers = new SubstitutionSets(codes);

        using var lines = new DictionaryLines(reader, name);
        while (lines.TryRead(out var line))
        {
            var text = line.Content;
            var where = line.Where;
            if (text.Contains('!') && text.Contains('='))
            {
                markers.Define(text, where);
                continue;
            }
            int open = text.IndexOf('[');
            if (open < 0)
            {
                // PETRARCH skips these with a warning; Phoenix.agents.txt has one (ISLAMIC_EXTREMIST).
                warnings.Add(new DictionaryWarning(where, $"agent '{text}' has no [code]; line skipped."));
                continue;
            }
            int close = IndexAfter(text, open, ']');
            if (close < 0)
            {
                close = IndexAfter(text, open, '}');
                if (close < 0)
                    throw new DictionaryFormatException(where, $"unclosed '[' in agent line '{text}': expected phrase [~CODE] or phrase [CODE~].");
                warnings.Add(new DictionaryWarning(where, "agent code closed with '}' instead of ']'; accepted."));
            }
            var rawCode = text[(open + 1)..close].Trim();
            bool prefix;
            ReadOnlySpan<char> code;
            if (rawCode.StartsWith('~')) { prefix = false; code = rawCode[1..].Trim(); }
            else if (rawCode.EndsWith('~')) { prefix = true; code = rawCode[..^1].Trim(); }
            else throw new DictionaryFormatException(where, $"agent code '[{rawCode}]' needs a '~': [~GOV] adds GOV after the country code, [NGO~] before it.");
            if (code.Length == 0 || !IsAsciiLettersOrDigits(code))
                throw new DictionaryFormatException(where, $"bad agent code '[{rawCode}]': codes are letters and digits.");
            var upperCode = ActorDictionaryReader.UpperCase(code, codes);

            var phrasePart = text[..open];
            ReadOnlySpan<char> plural = default;
            bool explicitPlural = false;
            int brace = phrasePart.IndexOf('{');
            if (brace >= 0)
            {
                int braceEnd = IndexAfter(phrasePart, brace, '}');
                if (braceEnd < 0) throw new DictionaryFormatException(where, $"missing '}}' after the plural in '{text}'.");
                plural = phrasePart[(brace + 1)..braceEnd].Trim();
                explicitPlural = true;
                phrasePart = phrasePart[..brace];
            }
            var phrase = phrasePart.Trim();
            if (phrase.Length == 0) throw new DictionaryFormatException(where, $"agent line '{text}' has no phrase before its code.");

            if (phrase.Contains('!'))
            {
                markers.Expand(phrase, where);
                while (markers.Next(phrase, out var expanded)) Add(expanded, null, false);
                continue;
            }
            var phraseText = phrase.ToString();
            Add(phrase, phraseText, false);
            if (explicitPlural)
            {
                if (plural.Length > 0) Add(plural, null, true);
            }
            else
            {
                var regular = RegularPlural(phraseText);
                Add(regular.AsSpan(), regular, true);
            }

            // asString: the phrase as a string, when there is one already
            void Add(ReadOnlySpan<char> p, string? asString, bool isPlural)
            {
                if (!PhraseNormalizer.HasWords(p)) return;
                var trimmed = p.Trim();
                records.Add(new AgentRecord(asString is not null && trimmed.Length == asString.Length ? asString : trimmed.ToString(), upperCode, prefix, isPlural, where));
            }
        }
        return new AgentDictionary(name, records.ToImmutable(), [.. warnings]);
    }

    private static int IndexAfter(ReadOnlySpan<char> text, int after, char c)
    {
        int i = text[(after + 1)..].IndexOf(c);
        return i < 0 ? -1 : after + 1 + i;
    }

    private static bool IsAsciiLettersOrDigits(ReadOnlySpan<char> code)
    {
        foreach (char c in code)
            if (!char.IsAsciiLetterOrDigit(c)) return false;
        return true;
    }

    /// <summary>PETRARCH's regular plural: +S; Y → IES (after a consonant); S → ES. A final stop '_' is dropped first.</summary>
    public static string RegularPlural(string phrase)
    {
        var p = phrase.TrimEnd('_', ' ');
        if (p.Length == 0) return p;
        char last = char.ToUpperInvariant(p[^1]);
        if (last == 'Y' && p.Length > 1 && "AEIOU".IndexOf(char.ToUpperInvariant(p[^2])) < 0) return p[..^1] + "IES";
        if (last is 'S' or 'X' or 'Z' || p.EndsWith("CH", StringComparison.OrdinalIgnoreCase) || p.EndsWith("SH", StringComparison.OrdinalIgnoreCase))
            return p + "ES";
        return p + "S";
    }

    /// <summary>Most phrases one agent line may expand to through substitution markers (Phoenix uses one marker per line: ≤ 10).</summary>
    public const int MaxExpansions = 1000;

    /// <summary>
    /// The substitution sets of one read (<c>!PERSON! = MAN, MEN, …</c>) and the expansion of a line that uses them
    /// (<c>CONGRESS!PERSON!</c> → CONGRESSMAN, CONGRESSWOMAN, …, in order, the first marker varying slowest). Lines are
    /// read as spans: a definition costs its word list (words and names pooled), an expansion one string per phrase
    /// it makes. A line is refused when the product of its lists' sizes exceeds <see cref="MaxExpansions"/>: k markers
    /// of n words each make n^k phrases, so a hostile or corrupted line would otherwise exhaust memory.
    /// </summary>
    private sealed class SubstitutionSets
    {
        private readonly StringPool _words;
        private readonly Dictionary<string, string[]> _sets = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byName;
        private readonly List<Segment> _segments = [];
        private int[] _choice = new int[8];
        private char[] _buffer = new char[128];
        private bool _more;

        /// <summary>A literal piece of the phrase (<c>Start</c>, <c>Length</c>) or, when <c>Words</c> is set, a marker.</summary>
        private readonly record struct Segment(int Start, int Length, string[]? Words);

        public SubstitutionSets(StringPool words)
        {
            _words = words;
            _byName = _sets.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Reads <c>!NAME! = WORD, WORD, …</c>; a later definition of a name replaces the earlier one.</summary>
        public void Define(ReadOnlySpan<char> text, SourceLine where)
        {
            int a = text.IndexOf('!');
            int b = IndexAfter(text, a, '!');
            int eq = text.IndexOf('=');
            if (b < 0 || eq < b) throw Bad(text, where);
            var name = text[(a + 1)..b];
            var list = text[(eq + 1)..];
            int n = 0;
            foreach (var item in list.Split(','))
                if (!list[item].Trim().IsEmpty) n++;
            if (name.IsEmpty || n == 0) throw Bad(text, where);
            if (_byName.TryGetValue(name, out var old) && SameWords(old, list)) return;
            var words = new string[n];
            n = 0;
            foreach (var item in list.Split(','))
                if (list[item].Trim() is { IsEmpty: false } word) words[n++] = _words.Get(word);
            _byName[name] = words;
        }

        private static bool SameWords(string[] words, ReadOnlySpan<char> list)
        {
            int i = 0;
            foreach (var item in list.Split(','))
            {
                var word = list[item].Trim();
                if (word.IsEmpty) continue;
                if (i == words.Length || !word.SequenceEqual(words[i])) return false;
                i++;
            }
            return i == words.Length;
        }

        private static DictionaryFormatException Bad(ReadOnlySpan<char> text, SourceLine where) =>
            new(where, $"bad substitution set '{text}': expected !NAME! = WORD, WORD, …");

        /// <summary>Splits <paramref name="phrase"/> into literal pieces and markers and checks it; the phrases then come
        /// from <see cref="Next"/>.</summary>
        public void Expand(ReadOnlySpan<char> phrase, SourceLine where)
        {
            _segments.Clear();
            long count = 1;
            int from = 0;
            while (true)
            {
                int a = from + phrase[from..].IndexOf('!');
                if (a < from) break;
                int b = IndexAfter(phrase, a, '!');
                if (b < 0) throw new DictionaryFormatException(where, $"unclosed substitution marker in '{phrase}': expected !NAME!.");
                var name = phrase[(a + 1)..b];
                if (!_byName.TryGetValue(name, out var words))
                    throw new DictionaryFormatException(where, $"substitution marker !{name}! is used before it is defined (define it as !{name}! = WORD, WORD, …).");
                count *= words.Length;
                if (count > MaxExpansions)
                    throw new DictionaryFormatException(where, $"the substitution markers in '{Shorten(phrase.ToString())}' expand to more than {MaxExpansions:N0} phrases; use at most a few markers per line.");
                _segments.Add(new Segment(from, a - from, null));
                _segments.Add(new Segment(0, 0, words));
                from = b + 1;
            }
            _segments.Add(new Segment(from, phrase.Length - from, null));
            if (_choice.Length < _segments.Count) _choice = new int[Math.Max(_segments.Count, _choice.Length * 2)];
            Array.Clear(_choice, 0, _segments.Count);
            _more = true;
        }

        /// <summary>The next phrase of the line given to <see cref="Expand"/> (the same <paramref name="phrase"/>), valid
        /// until the next call.</summary>
        public bool Next(ReadOnlySpan<char> phrase, out ReadOnlySpan<char> expanded)
        {
            expanded = default;
            if (!_more) return false;
            int length = 0;
            for (int i = 0; i < _segments.Count; i++)
                length += _segments[i] is { Words: { } w } ? w[_choice[i]].Length : _segments[i].Length;
            if (_buffer.Length < length) _buffer = new char[Math.Max(length, _buffer.Length * 2)];
            int at = 0;
            for (int i = 0; i < _segments.Count; i++)
            {
                var piece = _segments[i] is { Words: { } w } ? w[_choice[i]].AsSpan() : phrase.Slice(_segments[i].Start, _segments[i].Length);
                piece.CopyTo(_buffer.AsSpan(at));
                at += piece.Length;
            }
            expanded = _buffer.AsSpan(0, length);
            // the next choice: the last marker varies fastest
            _more = false;
            for (int i = _segments.Count - 1; i >= 0 && !_more; i--)
            {
                if (_segments[i].Words is not { } w) continue;
                if (++_choice[i] < w.Length) _more = true;
                else _choice[i] = 0;
            }
            return true;
        }
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
