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
    /// <summary>The full code for an actor of country (or organisation) <paramref name="owner"/>: RUS + ~GOV → RUSGOV, RUS + NGO~ → NGORUS.</summary>
    public string Combine(string? owner) => owner is null ? Code : IsPrefix ? Code + owner : owner + Code;
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
        var markers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var codes = new StringPool();

        using var lines = new DictionaryLines(reader, name);
        while (lines.TryRead(out var line))
        {
            var text = line.Content;
            var where = line.Where;
            if (text.Contains('!') && text.Contains('='))
            {
                DefineMarker(text.ToString(), where, markers);
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
                foreach (var expanded in ExpandMarkers(phrase.ToString(), where, markers))
                    Add(expanded.AsSpan(), expanded, false);
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

    private static void DefineMarker(string text, SourceLine where, Dictionary<string, string[]> markers)
    {
        int a = text.IndexOf('!', StringComparison.Ordinal);
        int b = text.IndexOf('!', a + 1);
        int eq = text.IndexOf('=', StringComparison.Ordinal);
        if (b < 0 || eq < b)
            throw new DictionaryFormatException(where, $"bad substitution set '{text}': expected !NAME! = WORD, WORD, …");
        var name = text[(a + 1)..b];
        var items = text[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (name.Length == 0 || items.Length == 0)
            throw new DictionaryFormatException(where, $"bad substitution set '{text}': expected !NAME! = WORD, WORD, …");
        markers[name] = items;
    }

    /// <summary>Most phrases one agent line may expand to through substitution markers (Phoenix uses one marker per line: ≤ 10).</summary>
    public const int MaxExpansions = 1000;

    /// <summary>
    /// Every phrase a line's substitution markers make (<c>CONGRESS!PERSON!</c> → CONGRESSMAN, CONGRESSWOMAN, …), in
    /// order. The line is split into literal text and marker word lists first, and refused when the product of the list
    /// sizes exceeds <see cref="MaxExpansions"/>: k markers of n words each make n^k phrases, so a hostile or corrupted
    /// line would otherwise exhaust memory.
    /// </summary>
    private static List<string> ExpandMarkers(string phrase, SourceLine where, Dictionary<string, string[]> markers)
    {
        var parts = new List<string[]>();
        long count = 1;
        int from = 0;
        while (true)
        {
            int a = phrase.IndexOf('!', from);
            if (a < 0) break;
            int b = phrase.IndexOf('!', a + 1);
            if (b < 0) throw new DictionaryFormatException(where, $"unclosed substitution marker in '{phrase}': expected !NAME!.");
            var name = phrase[(a + 1)..b];
            if (!markers.TryGetValue(name, out var items))
                throw new DictionaryFormatException(where, $"substitution marker !{name}! is used before it is defined (define it as !{name}! = WORD, WORD, …).");
            count *= items.Length;
            if (count > MaxExpansions)
                throw new DictionaryFormatException(where, $"the substitution markers in '{Shorten(phrase)}' expand to more than {MaxExpansions:N0} phrases; use at most a few markers per line.");
            parts.Add([phrase[from..a]]);
            parts.Add(items);
            from = b + 1;
        }
        parts.Add([phrase[from..]]);
        List<string> phrases = [""];
        foreach (var choices in parts)
            phrases = [.. phrases.SelectMany(p => choices.Select(c => p + c))];
        return phrases;
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
