using System.Collections.Immutable;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// Reads PETRARCH/TABARI actor dictionaries as they are distributed (Phoenix.*.actors.txt, PETR.Validate.actors.txt):
/// <code>
/// VLADIMIR_PUTIN_  # CountryInfo.txt      primary phrase, optional [CODE] groups on the same line
/// +PUTIN_                                  synonyms
///     [RUSELI 700101-990809]               date restrictions: [CODE], [CODE &gt;date], [CODE &lt;date], [CODE date-date]
///     [RUSGOV &gt;080508]
/// </code>
/// A primary phrase with no code that is directly followed by another primary phrase shares the next record's codes
/// (the original files group spelling variants that way, e.g. DMITRY_MEDVEDEV_ / DMITR_MEDVEDEV_).
/// Malformed lines raise <see cref="DictionaryFormatException"/> with file:line; tolerated oddities of the original
/// files (10-digit dates, text after the codes) become <see cref="DictionaryWarning"/>s.
/// </summary>
public static class ActorDictionaryReader
{
    public static ActorDictionary ReadFile(string path)
    {
        if (!File.Exists(path)) throw new Tacitus.Core.TacitusException($"Actor dictionary '{path}' does not exist.");
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, Path.GetFileName(path));
    }

    public static ActorDictionary Read(TextReader reader, string name)
    {
        var records = ImmutableArray.CreateBuilder<ActorRecord>();
        var warnings = new List<DictionaryWarning>();
        var pending = new List<Draft>();   // code-less primaries waiting for the record that gives them codes
        Draft? current = null;

        foreach (var line in DictionaryLines.Read(reader, name))
        {
            char first = line.Content[0];
            if (first == '[')
            {
                if (current is null)
                    throw new DictionaryFormatException(line.Where, "a code restriction '[…]' must follow an actor phrase line.");
                current.Codes.AddRange(ParseCodeGroups(line.Content, line.Where, warnings, out _));
            }
            else if (first == '+')
            {
                if (current is null)
                    throw new DictionaryFormatException(line.Where, "a synonym line '+…' must follow an actor phrase line.");
                var phrase = line.Content[1..].Trim();
                if (phrase.Contains('[', StringComparison.Ordinal))
                    throw new DictionaryFormatException(line.Where, "codes belong on the primary phrase line or on indented '[CODE …]' lines, not on a '+' synonym line.");
                if (PhraseNormalizer.Words(phrase).Count == 0)
                    throw new DictionaryFormatException(line.Where, "empty synonym after '+'.");
                current.Synonyms.Add(phrase);
            }
            else
            {
                Finish();
                int bracket = line.Content.IndexOf('[', StringComparison.Ordinal);
                var phrase = (bracket < 0 ? line.Content : line.Content[..bracket]).Trim();
                if (PhraseNormalizer.Words(phrase).Count == 0)
                    throw new DictionaryFormatException(line.Where, $"actor line '{line.Content}' has no phrase (letters or digits) before its code.");
                current = new Draft(phrase, line.Comment, line.Where);
                if (bracket >= 0)
                {
                    current.Codes.AddRange(ParseCodeGroups(line.Content[bracket..], line.Where, warnings, out var trailing));
                    if (trailing.Length > 0)
                        warnings.Add(new DictionaryWarning(line.Where, $"text after the codes ignored: '{trailing}'."));
                }
            }
        }
        Finish();
        foreach (var p in pending)
        {
            warnings.Add(new DictionaryWarning(p.Where, $"actor '{p.Phrase}' has no code; it is kept as a known name with no code."));
            records.Add(p.ToRecord([]));
        }
        return new ActorDictionary(name, records.ToImmutable(), [.. warnings]);

        void Finish()
        {
            if (current is null) return;
            if (current.Codes.Count == 0)
            {
                pending.Add(current);
            }
            else
            {
                if (pending.Count > 0)
                {
                    // Group: the first pending primary leads; every other phrase becomes a synonym.
                    var lead = pending[0];
                    var synonyms = new List<string>(lead.Synonyms);
                    foreach (var p in pending.Skip(1)) { synonyms.Add(p.Phrase); synonyms.AddRange(p.Synonyms); }
                    synonyms.Add(current.Phrase);
                    synonyms.AddRange(current.Synonyms);
                    records.Add(new ActorRecord(lead.Phrase, [.. synonyms], [.. current.Codes], lead.Comment ?? current.Comment, lead.Where));
                    pending.Clear();
                }
                else
                {
                    records.Add(current.ToRecord([.. current.Codes]));
                }
            }
            current = null;
        }
    }

    /// <summary>Parses one or more <c>[CODE restriction]</c> groups; returns the text after the last group in <paramref name="trailing"/>.</summary>
    internal static List<CodeRestriction> ParseCodeGroups(string text, SourceLine where, List<DictionaryWarning> warnings, out string trailing)
    {
        var result = new List<CodeRestriction>();
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '[') break;
            int close = text.IndexOf(']', i + 1);
            if (close < 0)
                throw new DictionaryFormatException(where, $"unclosed '[' in '{text.Trim()}': expected [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD].");
            result.Add(ParseRestriction(text[(i + 1)..close], where, warnings));
            i = close + 1;
        }
        trailing = text[i..].Trim();
        return result;
    }

    internal static CodeRestriction ParseRestriction(string inner, SourceLine where, List<DictionaryWarning> warnings)
    {
        var body = inner.Trim();
        if (body.Length == 0) throw new DictionaryFormatException(where, "empty code '[]'.");
        int space = 0;
        while (space < body.Length && !char.IsWhiteSpace(body[space])) space++;
        var code = body[..space];
        var dates = string.Concat(body[space..].Where(c => !char.IsWhiteSpace(c)));
        string? cameo = code == "---" ? null : code;
        if (cameo is not null && cameo.All(c => c is '+' or '#' or '*'))
            warnings.Add(new DictionaryWarning(where, $"special TABARI code '[{cameo}]' kept as it is."));
        else if (cameo is not null && !cameo.All(c => char.IsAsciiLetterOrDigit(c) || c == '/'))
            throw new DictionaryFormatException(where, $"bad actor code '{code}': codes are letters and digits (e.g. RUSGOV; TABARI's A/B pairs are allowed), or --- for no code.");
        cameo = cameo?.ToUpperInvariant();
        if (dates.Length == 0) return new CodeRestriction(cameo, null, null);
        if (dates[0] == '<') return new CodeRestriction(cameo, null, PetrarchDate.Parse(dates[1..], where, warnings));
        if (dates[0] == '>') return new CodeRestriction(cameo, PetrarchDate.Parse(dates[1..], where, warnings), null);
        int dash = dates.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            // PETRARCH reads a bare date as "from that date on".
            warnings.Add(new DictionaryWarning(where, $"date restriction '{body}' has no '<', '>' or range; read as '>{dates}' (as PETRARCH does)."));
            return new CodeRestriction(cameo, PetrarchDate.Parse(dates, where, warnings), null);
        }
        var from = PetrarchDate.Parse(dates[..dash], where, warnings);
        var until = PetrarchDate.Parse(dates[(dash + 1)..], where, warnings);
        if (until < from)
            warnings.Add(new DictionaryWarning(where, $"date range '{body}' ends before it starts; it never applies."));
        return new CodeRestriction(cameo, from, until);
    }

    private sealed class Draft(string phrase, string? comment, SourceLine where)
    {
        public string Phrase { get; } = phrase;
        public string? Comment { get; } = comment;
        public SourceLine Where { get; } = where;
        public List<string> Synonyms { get; } = [];
        public List<CodeRestriction> Codes { get; } = [];

        public ActorRecord ToRecord(ImmutableArray<CodeRestriction> codes) => new(Phrase, [.. Synonyms], codes, Comment, Where);
    }
}
