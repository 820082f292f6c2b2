using System.Collections.Immutable;
using Tacitus.Core.Text;

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
        using var stream = TextFiles.OpenRead(path);
        return Read(stream, Path.GetFileName(path));
    }

    /// <summary>Reads UTF-8 (a byte-order mark picks another Unicode encoding) from <paramref name="stream"/> as
    /// <see cref="ReadFile"/> does from a file; the stream stays open.</summary>
    public static ActorDictionary Read(Stream stream, string name)
    {
        using var reader = TextFiles.Reader(stream);
        return Read(reader, name);
    }

    public static ActorDictionary Read(TextReader reader, string name)
    {
        var records = ImmutableArray.CreateBuilder<ActorRecord>();
        var warnings = new List<DictionaryWarning>();
        var codes = new StringPool();
        var pending = new List<Draft>();   // code-less primaries waiting for the record that gives them codes
        Draft? current = null;
        Draft? spare = null;               // the last finished draft, reused for the next record

        using var lines = new DictionaryLines(reader, name);
        while (lines.TryRead(out var line))
        {
            var content = line.Content;
            char first = content[0];
            if (first == '[')
            {
                if (current is null)
                    throw new DictionaryFormatException(line.Where, "a code restriction '[…]' must follow an actor phrase line.");
                ParseCodeGroups(content, line.Where, warnings, codes, current.Codes, out _);
                // Phoenix's IGO leaders carry their comment on a code line ("\t[ELI]# IGOrulers.txt" under KOFI_ANNAN_).
                current.CommentIfNone(line.CommentText);
            }
            else if (first == '+')
            {
                if (current is null)
                    throw new DictionaryFormatException(line.Where, "a synonym line '+…' must follow an actor phrase line.");
                var phrase = content[1..].Trim();
                if (phrase.Contains('['))
                    throw new DictionaryFormatException(line.Where, "codes belong on the primary phrase line or on indented '[CODE …]' lines, not on a '+' synonym line.");
                if (!PhraseNormalizer.HasWords(phrase))
                    throw new DictionaryFormatException(line.Where, "empty synonym after '+'.");
                current.Synonyms.Add(phrase.ToString());
            }
            else
            {
                Finish();
                int bracket = content.IndexOf('[');
                var phrase = (bracket < 0 ? content : content[..bracket]).Trim();
                if (!PhraseNormalizer.HasWords(phrase))
                    throw new DictionaryFormatException(line.Where, $"actor line '{content}' has no phrase (letters or digits) before its code.");
                current = (spare ?? new Draft()).Start(phrase.ToString(), line.CommentText, line.Where);
                spare = null;
                if (bracket >= 0)
                {
                    ParseCodeGroups(content[bracket..], line.Where, warnings, codes, current.Codes, out var trailing);
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
                spare = current;
            }
            current = null;
        }
    }

    /// <summary>
    /// Parses one or more <c>[CODE restriction]</c> groups into <paramref name="result"/>; returns the text after the
    /// last group in <paramref name="trailing"/>. Codes are taken from <paramref name="codes"/>, so a code used by many
    /// actors is one string.
    /// </summary>
    internal static void ParseCodeGroups(ReadOnlySpan<char> text, SourceLine where, List<DictionaryWarning> warnings, StringPool codes,
        List<CodeRestriction> result, out ReadOnlySpan<char> trailing)
    {
        int i = 0;
        while (true)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            if (i >= text.Length || text[i] != '[') break;
            int close = text[(i + 1)..].IndexOf(']');
            if (close < 0)
                throw new DictionaryFormatException(where, $"unclosed '[' in '{text.Trim()}': expected [CODE], [CODE >YYMMDD], [CODE <YYMMDD] or [CODE YYMMDD-YYMMDD].");
            close += i + 1;
            result.Add(ParseRestriction(text[(i + 1)..close], where, warnings, codes));
            i = close + 1;
        }
        trailing = text[i..].Trim();
    }

    internal static CodeRestriction ParseRestriction(ReadOnlySpan<char> inner, SourceLine where, List<DictionaryWarning> warnings, StringPool codes)
    {
        var body = inner.Trim();
        if (body.Length == 0) throw new DictionaryFormatException(where, "empty code '[]'.");
        int space = 0;
        while (space < body.Length && !char.IsWhiteSpace(body[space])) space++;
        var code = body[..space];
        var rest = body[space..];
        Span<char> datesBuffer = rest.Length <= 64 ? stackalloc char[64] : new char[rest.Length];
        int datesLength = 0;
        foreach (char c in rest)
            if (!char.IsWhiteSpace(c)) datesBuffer[datesLength++] = c;
        ReadOnlySpan<char> dates = datesBuffer[..datesLength];
        bool noCode = code.SequenceEqual("---");
        if (!noCode && !code.ContainsAnyExcept("+#*"))
            warnings.Add(new DictionaryWarning(where, $"special TABARI code '[{code}]' kept as it is."));
        else if (!noCode && !IsActorCode(code))
            throw new DictionaryFormatException(where, $"bad actor code '{code}': codes are letters and digits (e.g. RUSGOV; TABARI's A/B pairs are allowed), or --- for no code.");
        string? cameo = noCode ? null : UpperCase(code, codes);
        if (dates.Length == 0) return new CodeRestriction(cameo, null, null);
        if (dates[0] == '<') return new CodeRestriction(cameo, null, PetrarchDate.Parse(dates[1..], where, warnings));
        if (dates[0] == '>') return new CodeRestriction(cameo, PetrarchDate.Parse(dates[1..], where, warnings), null);
        int dash = dates.IndexOf('-');
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

    private static bool IsActorCode(ReadOnlySpan<char> code)
    {
        foreach (char c in code)
            if (!char.IsAsciiLetterOrDigit(c) && c != '/') return false;
        return true;
    }

    /// <summary>The upper-cased <paramref name="code"/>, one string per distinct code.</summary>
    internal static string UpperCase(ReadOnlySpan<char> code, StringPool codes)
    {
        Span<char> upper = code.Length <= 64 ? stackalloc char[64] : new char[code.Length];
        int n = code.ToUpperInvariant(upper);
        return codes.Get(upper[..n]);
    }

    /// <summary>A record being read; reused for the next one once it has become a record (pending ones are kept).</summary>
    private sealed class Draft
    {
        public string Phrase { get; private set; } = "";
        public string? Comment { get; private set; }
        public SourceLine Where { get; private set; }
        public List<string> Synonyms { get; } = [];
        public List<CodeRestriction> Codes { get; } = [];

        public Draft Start(string phrase, string? comment, SourceLine where)
        {
            Phrase = phrase;
            Comment = comment;
            Where = where;
            Synonyms.Clear();
            Codes.Clear();
            return this;
        }

        public ActorRecord ToRecord(ImmutableArray<CodeRestriction> codes) => new(Phrase, [.. Synonyms], codes, Comment, Where);

        public void CommentIfNone(string? comment)
        {
            if (Comment is null && !string.IsNullOrWhiteSpace(comment)) Comment = comment;
        }
    }
}
