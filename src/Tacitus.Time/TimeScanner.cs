namespace Tacitus.Time;

internal enum WordKind : byte
{
    Letters,
    Digits,
    Punct,
}

/// <summary>
/// One word as the temporal rules see it: a run of letters, a run of digits or one punctuation character, with its
/// character span. The rules read the text itself, so they work whatever the tokenizer does with "Feb." or "30-day".
/// </summary>
internal struct TimeWord
{
    public int Start;
    public int End;
    public WordKind Kind;
    /// <summary>Whitespace separates this word from the previous one.</summary>
    public bool SpaceBefore;
    /// <summary>A line break (or more) separates this word from the previous one.</summary>
    public bool LineBefore;
    public bool Capitalized;
    /// <summary>Digits: their value (or -1 when longer than 9 digits).</summary>
    public int Value;
    public TimeLex? Lex;
    /// <summary>The single character of a punctuation word.</summary>
    public char Char;

    public readonly int Length => End - Start;
}

/// <summary>Splits text into <see cref="TimeWord"/>s in one pass, looking each word up in <see cref="TimeLexicon"/>.</summary>
internal static class TimeScanner
{
    public static List<TimeWord> Scan(string text, List<TimeWord>? into = null)
    {
        var words = into ?? new List<TimeWord>(text.Length / 5 + 8);
        words.Clear();
        int i = 0;
        bool space = true, line = true;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                if (c == '\n') line = true;
                i++;
                continue;
            }
            var w = new TimeWord { Start = i, SpaceBefore = space, LineBefore = line };
            if (char.IsLetter(c))
            {
                // "a.m." / "p.m." are one word so that the clock rule sees them whatever the tokenizer does.
                if ((c is 'a' or 'p' or 'A' or 'P') && i + 2 < text.Length && text[i + 1] == '.' && (text[i + 2] is 'm' or 'M')
                    && (i + 3 >= text.Length || !char.IsLetter(text[i + 3])))
                {
                    w.End = i + 3 < text.Length && text[i + 3] == '.' ? i + 4 : i + 3;
                    w.Kind = WordKind.Letters;
                    w.Lex = TimeLexicon.Find(c is 'a' or 'A' ? "am" : "pm");
                    words.Add(w);
                    i = w.End;
                    space = line = false;
                    continue;
                }
                int s = i;
                while (i < text.Length && char.IsLetter(text[i])) i++;
                w.End = i;
                w.Kind = WordKind.Letters;
                w.Capitalized = char.IsUpper(c);
                w.Lex = TimeLexicon.Find(text.AsSpan(s, i - s));
            }
            else if (char.IsAsciiDigit(c))
            {
                int s = i;
                long v = 0;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    if (v < 1_000_000_000) v = v * 10 + (text[i] - '0');
                    i++;
                }
                w.End = i;
                w.Kind = WordKind.Digits;
                w.Value = i - s > 9 ? -1 : (int)v;
            }
            else
            {
                w.End = i + 1;
                w.Kind = WordKind.Punct;
                w.Char = c;
                i++;
            }
            words.Add(w);
            space = line = false;
        }
        return words;
    }
}
