using Tacitus.Coding.Dictionaries;
using Tacitus.Core;

namespace Tacitus.Coding.Actors;

/// <summary>
/// One normalised word of the document text (a run of letters and digits), with what the resolver needs to know about
/// it. Words are taken from the text, not from tokens, so matching works the same whether the tokenizer splits
/// "Putin’s" or "U.N." or not.
/// </summary>
internal struct TextWord
{
    public int Start;
    public int End;
    /// <summary>Vocabulary id in the lexicon, or -1.</summary>
    public int Id;
    /// <summary>Document sentence index.</summary>
    public int Sentence;
    /// <summary>Clause-level segment (our own sentence split, robust to a tokenizer that gives one sentence per line).</summary>
    public int Segment;
    /// <summary>Only blanks, hyphens, full stops, apostrophes separate this word from the previous one in the same sentence.</summary>
    public bool SoftBefore;
    /// <summary>A comma separates this word from the previous one.</summary>
    public bool CommaBefore;
    public bool Capitalised;
    public bool AllCaps;
    /// <summary>This word is the "s" of a possessive "’s".</summary>
    public bool PossessiveS;
    /// <summary>This word is followed by a possessive "’s".</summary>
    public bool HasPossessive;
    public string Key;
}

internal static class TextWords
{
    public static TextWord[] Build(Document document, ActorLexicon lexicon)
    {
        var text = document.Text;
        var words = new List<TextWord>(text.Length / 5);
        Span<char> buf = stackalloc char[64];
        // One string per distinct word, not per occurrence: the lexicon's own for its words, else one made here (on a
        // 1 MB text, a string per word kept for the whole stage cost more in garbage collection than the matching).
        var made = new Dictionary<string, string>(StringComparer.Ordinal);
        var madeLookup = made.GetAlternateLookup<ReadOnlySpan<char>>();
        int segment = -1;
        for (int s = 0; s < document.Sentences.Length; s++)
        {
            var span = document.Sentences[s].Span;
            int i = span.Start, end = Math.Min(span.End, text.Length);
            int sentenceFirst = words.Count;
            while (i < end)
            {
                int sepStart = i;
                while (i < end && !char.IsLetterOrDigit(text[i])) i++;
                if (i >= end) break;
                int start = i;
                while (i < end && char.IsLetterOrDigit(text[i])) i++;
                var raw = text.AsSpan(start, i - start);
                int n = PhraseNormalizer.FoldWord(raw, buf);
                int id = n >= 0 ? lexicon.WordId(buf[..n]) : -1;
                string key;
                if (id >= 0) key = lexicon.Words[id];
                else if (n < 0) key = raw.ToString().ToUpperInvariant();
                else if (!madeLookup.TryGetValue(buf[..n], out key!))
                {
                    key = new string(buf[..n]);
                    made[key] = key;
                }
                var w = new TextWord
                {
                    Start = start,
                    End = i,
                    Sentence = s,
                    Key = key,
                    Id = id,
                    Capitalised = char.IsUpper(raw[0]),
                    AllCaps = raw.Length >= 2 && IsAllCaps(raw),
                };
                bool first = words.Count == sentenceFirst;
                var sep = text.AsSpan(sepStart, start - sepStart);
                if (first)
                {
                    segment++;
                }
                else
                {
                    w.SoftBefore = IsSoft(sep);
                    w.CommaBefore = sep.Contains(',');
                    var prev = words[^1];
                    // The short second half of a hyphenated name is part of the name whatever its case ("Kim Jong-un",
                    // "Lai Ching-te", "Moon Jae-in"), but not a word that makes a compound adjective ("Saudi-led", "Kyiv-based").
                    if (!w.Capitalised && prev.Capitalised && !prev.AllCaps && IsHyphen(sep) && raw.Length <= 5
                        && !HyphenSuffixes.Contains(key))
                        w.Capitalised = true;
                    if (sep.Length == 1 && sep[0] is '\'' or '’' && key == "S")
                    {
                        w.PossessiveS = true;
                        prev.HasPossessive = true;
                        words[^1] = prev;
                    }
                    if (sep.Contains('\n') || EndsSentence(sep, prev, raw)) segment++;
                }
                w.Segment = segment;
                words.Add(w);
            }
        }
        return [.. words];
    }

    /// <summary>Words that follow a name and a hyphen to make an adjective or a noun, not the rest of a name.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> HyphenSuffixes = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["LED", "RUN", "BASED", "BORN", "HELD", "MADE", "OWNED", "ERA", "STYLE", "LIKE", "WIDE", "TYPE", "FREE", "ONLY", "YEAR", "YEARS",
         "OLD", "DAY", "DAYS", "LONG", "BOUND", "LEVEL", "SIDE", "AREA", "ZONE", "WING", "ALLY", "BLOC", "CLASS", "SCALE", "TIME", "WAY",
         "AND", "OR", "THE", "OF", "ON", "TO", "UP", "OUT", "OFF", "BY", "AS", "AT", "FOR", "LEAD", "HOSTS", "HOST", "LINE", "STATE",
         // a title's suffix: "President-elect", "Prime Minister-designate", "Commander-in-chief"
         "ELECT", "DESIGNATE", "IN", "CHIEF"],
        StringComparer.Ordinal);

    /// <summary>A hyphen alone: "-", or the Unicode hyphen or non-breaking hyphen.</summary>
    internal static bool IsHyphen(ReadOnlySpan<char> s) => s is "-" or "\u2010" or "\u2011";

    private static bool IsAllCaps(ReadOnlySpan<char> raw)
    {
        foreach (char c in raw)
            if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    private static bool IsSoft(ReadOnlySpan<char> sep)
    {
        foreach (char c in sep)
            if (!(c is ' ' or '\t' or '.' or '-' or '_' or '\'' or '’' or '&' or '\u00A0' or '\u2010' or '\u2011'))
                return false;
        return true;
    }

    private static bool EndsSentence(ReadOnlySpan<char> sep, TextWord prev, ReadOnlySpan<char> next)
    {
        int stop = sep.IndexOfAny(".!?");
        if (stop < 0) return false;
        bool spaceAfter = false;
        for (int k = stop + 1; k < sep.Length; k++)
            if (char.IsWhiteSpace(sep[k])) { spaceAfter = true; break; }
        if (!spaceAfter) return false;
        if (!(char.IsUpper(next[0]) || char.IsDigit(next[0]))) return false;
        if (sep[stop] == '.' && (prev.Key.Length == 1 || EnglishWords.Abbreviations.Contains(prev.Key))) return false;
        return true;
    }
}
