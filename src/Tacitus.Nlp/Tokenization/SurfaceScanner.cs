using System.Buffers;

namespace Tacitus.Nlp.Tokenization;

/// <summary>
/// Cuts text into surface tokens following UD English-EWT conventions. One left-to-right pass over the text; a
/// whitespace-delimited chunk is split by character class, with rules deciding when inner punctuation stays inside a
/// word (3.5, 1,000, U.S., e-mail, don't, AT&amp;T, 9/11, URLs, e-mail addresses). Every non-whitespace character ends
/// up in exactly one token. Tokens go into a pooled buffer; call <see cref="Dispose"/> to return it.
/// </summary>
internal sealed class SurfaceScanner : IDisposable
{
    private readonly string _text;
    private SurfaceToken[] _tokens;
    private int _count;
    private bool _pendingLineBreak;
    private bool _pendingBlankLine;
    // An opening single quote is waiting for its close: a trailing apostrophe after -s then closes it instead of
    // marking a plural possessive.
    private bool _openSingleQuote;

    public SurfaceScanner(string text)
    {
        _text = text;
        _tokens = ArrayPool<SurfaceToken>.Shared.Rent(Math.Max(16, text.Length / 5));
    }

    public ReadOnlySpan<SurfaceToken> Tokens => _tokens.AsSpan(0, _count);

    public void Dispose()
    {
        if (_tokens.Length > 0) ArrayPool<SurfaceToken>.Shared.Return(_tokens);
        _tokens = [];
        _count = 0;
    }

    public SurfaceScanner Scan()
    {
        string text = _text;
        int i = 0, n = text.Length;
        int lineBreaks = 0;
        while (i < n)
        {
            char c = text[i];
            if (CharClass.IsWhiteSpace(c))
            {
                if (CharClass.IsLineBreak(c))
                {
                    if (!(c == '\n' && i > 0 && text[i - 1] == '\r')) lineBreaks++;   // CR LF is one line break
                    _openSingleQuote = false;
                }
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && !CharClass.IsWhiteSpace(text[end])) end++;
            _pendingLineBreak = lineBreaks > 0;
            _pendingBlankLine = lineBreaks > 1;
            lineBreaks = 0;
            ScanChunk(i, end);
            i = end;
        }
        SoftenWrappedLines();
        return this;
    }

    /// <summary>
    /// In a text wrapped at a fixed width (e-mail, Gigaword and other archives), a single line break (no blank line) is
    /// wrapping, not a sentence's end: there the punctuation decides, as inside a line, and only a blank line still ends
    /// a sentence by itself. A text is taken as wrapped when three or more of its single line breaks, and at least half
    /// of them, fall inside a sentence (see <see cref="MayWrap"/>), and at most one line in ten is longer, indentation
    /// aside, than <see cref="MaxWrappedLine"/> characters. When three or more, but fewer than half, fall inside a
    /// sentence (wrapped paragraphs that single line breaks separate), only the breaks that may wrap and that a lower-case
    /// word follows are taken for wrapping. A text of one paragraph or headline per line keeps every line break (no
    /// document of UD English-EWT, whose paragraphs are lines, is taken as wrapped).
    /// </summary>
    private void SoftenWrappedLines()
    {
        var tokens = _tokens.AsSpan(0, _count);
        int single = 0, inside = 0, lines = 1, longLines = 0, lineStart = 0;
        for (int k = 1; k < tokens.Length; k++)
        {
            if (!tokens[k].LineBreakBefore) continue;
            lines++;
            if (tokens[k - 1].End - lineStart > MaxWrappedLine) longLines++;
            lineStart = tokens[k].Start;
            if (tokens[k].BlankLineBefore) continue;
            single++;
            if (MayWrap(tokens[k - 1])) inside++;
        }
        if (tokens.Length > 0 && tokens[^1].End - lineStart > MaxWrappedLine) longLines++;
        if (inside < 3 || longLines * 10 > lines) return;
        if (inside * 2 >= single)
        {
            foreach (ref var t in tokens)
                if (!t.BlankLineBefore) t.LineBreakBefore = false;
            return;
        }
        // Wrapped paragraphs that a single line break separates: fewer than half the breaks fall inside a sentence, so
        // only those whose next line goes on in lower case are taken for wrapping.
        for (int k = 1; k < tokens.Length; k++)
            if (tokens[k].LineBreakBefore && !tokens[k].BlankLineBefore && char.IsLower(_text[tokens[k].Start]) && MayWrap(tokens[k - 1]))
                tokens[k].LineBreakBefore = false;
    }

    /// <summary>
    /// The longest line, indentation aside, a text wrapped at a fixed width has: widths of 70–80 characters are usual, and
    /// web pages saved as text wrap at about 100 with words up to the width carried over (TR-News: lines up to 113).
    /// </summary>
    private const int MaxWrappedLine = 120;

    /// <summary>The shortest line a fixed-width wrap leaves before a break inside a sentence.</summary>
    private const int MinWrappedLine = 40;

    /// <summary>
    /// Whether the line that <paramref name="last"/> ends may have been wrapped: it is at least <see cref="MinWrappedLine"/>
    /// characters long (a headline, a byline or a list item is shorter) and does not end as a sentence may (. ! ? : ; or a
    /// closing quote or bracket).
    /// </summary>
    private bool MayWrap(in SurfaceToken last)
    {
        char end = _text[last.End - 1];
        if (end is '.' or '!' or '?' or ':' or ';' or '"' or '\'' or ')' or ']' or '\u201D' or '\u2019' or '\u2026') return false;
        int lineStart = last.End - 1;
        while (lineStart > 0 && !CharClass.IsLineBreak(_text[lineStart - 1])) lineStart--;
        while (lineStart < last.Start && CharClass.IsWhiteSpace(_text[lineStart])) lineStart++; // indentation is no text
        return last.End - lineStart >= MinWrappedLine;
    }

    private void Add(int start, int end, SurfaceKind kind)
    {
        if (_count == _tokens.Length)
        {
            var bigger = ArrayPool<SurfaceToken>.Shared.Rent(_tokens.Length * 2);
            _tokens.AsSpan(0, _count).CopyTo(bigger);
            ArrayPool<SurfaceToken>.Shared.Return(_tokens);
            _tokens = bigger;
        }
        ref var t = ref _tokens[_count++];
        t.Start = start;
        t.End = end;
        t.Kind = kind;
        t.LineBreakBefore = _pendingLineBreak;
        t.BlankLineBefore = _pendingBlankLine;
        _pendingLineBreak = false;
        _pendingBlankLine = false;
    }

    private void ScanChunk(int start, int end)
    {
        int p = start;
        while (p < end)
        {
            if (CharClass.WordCharLength(_text, p, end) > 0)
                p = IsUrlStart(p, end) ? ScanUrl(p, end) : ScanWord(p, p, start, end);
            else
                p = ScanOther(p, start, end);
        }
    }

    // ---- URLs -------------------------------------------------------------------------------------------------

    private bool IsUrlStart(int p, int end)
    {
        var s = _text.AsSpan(p, end - p);
        char c = (char)(s[0] | 0x20);
        if (c == 'h') return s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (c == 'w') return s.Length > 4 && s.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && CharClass.IsLetterOrDigit(s[4]);
        if (c == 'f') return s.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase);
        if (c == 'm') return s.Length > 7 && s.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);
        return false;
    }

    private int ScanUrl(int p, int end)
    {
        int e = end;
        int opens = 0;
        for (int k = p; k < end; k++) if (_text[k] == '(') opens++;
        while (e > p + 1)
        {
            char c = _text[e - 1];
            if (c == ')' && opens > 0) break;
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '}' or '>' || CharClass.IsDoubleQuote(c) || CharClass.IsSingleQuote(c)) e--;
            else break;
        }
        Add(p, e, SurfaceKind.Word);
        return e;
    }

    // ---- words ------------------------------------------------------------------------------------------------

    /// <summary>Scans a word that starts at <paramref name="tokenStart"/>, its letters and digits from <paramref name="p"/>.</summary>
    private int ScanWord(int tokenStart, int p, int chunkStart, int end)
    {
        string text = _text;
        int j = p, segStart = p;
        bool email = false, innerDot = false, phone = false;
        bool numeric = true;      // only digits (and , . : / between them) so far
        while (true)
        {
            while (j < end)
            {
                int w = CharClass.WordCharLength(text, j, end);
                if (w == 0) break;
                char c = text[j];
                if (!CharClass.IsDigit(c))
                {
                    if (numeric && j > p && CharClass.IsAsciiLetter(c) && SplitsUnit(j, end))
                    {
                        Add(tokenStart, j, SurfaceKind.Word);
                        return j;
                    }
                    numeric = false;
                }
                j += w;
            }
            if (j >= end) break;
            char ch = text[j];
            char next = j + 1 < end ? text[j + 1] : '\0';
            bool nextWord = j + 1 < end && CharClass.WordCharLength(text, j + 1, end) > 0;
            char prev = text[j - 1];
            bool join = false;
            switch (ch)
            {
                case '.':
                    if (nextWord && (email || !StartsTitlecaseWord(j + 1, end) || HasAt(j, end)))
                    {
                        join = true;
                        innerDot = true;
                    }
                    else if (next == '.' && !email)
                    {
                        // franz371...@gmail.com: Google Groups' shortened addresses
                        int d = j;
                        while (d < end && text[d] == '.') d++;
                        if (d + 1 < end && text[d] == '@' && CharClass.IsLetterOrDigit(text[d + 1]))
                        {
                            j = d + 1;
                            email = true;
                            numeric = false;
                            segStart = j;
                            continue;
                        }
                    }
                    break;
                case ',':
                    join = numeric && CharClass.IsDigit(prev) && DigitRun(j + 1, end) == 3 && !NextIsWordChar(j + 4, end);
                    break;
                case ':':
                    join = numeric && CharClass.IsDigit(prev) && CharClass.IsDigit(next);
                    break;
                case '/':
                    if (numeric && CharClass.IsDigit(prev) && CharClass.IsDigit(next)) join = true;
                    else if (j - segStart == 1 && CharClass.IsLetter(prev) && CharClass.IsLetter(next))
                    {
                        int r = LetterRun(j + 1, end);
                        join = r <= 3 && !NextIsWordChar(j + 1 + r, end);
                    }
                    break;
                case '-':
                    if (!nextWord) break;
                    if (email || phone) { join = true; break; }
                    if (segStart == tokenStart && numeric && CharClass.IsDigit(next))
                    {
                        phone = IsPhoneNumber(tokenStart, end);
                        join = phone;
                    }
                    else if (segStart == tokenStart && Abbreviations.IsHyphenPrefix(text.AsSpan(segStart, j - segStart)))
                        join = true;
                    break;
                case '&':
                    if (CharClass.IsLetter(prev) && CharClass.IsLetter(next) && j - segStart <= 3)
                    {
                        int r = LetterRun(j + 1, end);
                        join = r <= 3 && !NextIsWordChar(j + 1 + r, end);
                    }
                    break;
                case '@':
                    join = nextWord && !email && j > tokenStart && CharClass.IsLetterOrDigit(next);
                    email = join;
                    break;
                case '+':
                    join = nextWord && (email || HasAt(j, end));
                    break;
                case '\'':
                case '\u2019':
                case '`':
                    if (CharClass.IsLetter(next)) join = true;
                    else if (!nextWord && prev is 's' or 'S' && j - tokenStart >= 2 && !_openSingleQuote && !IsPartOfQuoteRun(j, end))
                    {
                        Add(tokenStart, j + 1, SurfaceKind.Word);
                        return j + 1;
                    }
                    break;
            }
            if (!join) break;
            numeric = numeric && ch is '.' or ',' or ':' or '/' or '-' && CharClass.IsDigit(next);
            j++;
            segStart = j;
        }

        var kind = SurfaceKind.Word;
        // A period that starts "..." is part of the ellipsis, not an abbreviation's: "etc...i guess"
        if (j < end && text[j] == '.' && !email && (j + 1 >= end || text[j + 1] != '.'))
        {
            var word = text.AsSpan(tokenStart, j - tokenStart);
            if (Abbreviations.IsTitle(word)) { kind = SurfaceKind.Title; j++; }
            else if (AttachesPeriod(word, innerDot, j)) { kind = SurfaceKind.Abbreviation; j++; }
            // A possessive after an abbreviation stays with it: "the E.U.'s top diplomat"
            if (kind != SurfaceKind.Word && j + 2 <= end && CharClass.IsApostrophe(text[j]) && (text[j + 1] | 0x20) == 's'
                && !NextIsWordChar(j + 2, end))
            {
                Add(tokenStart, j + 2, SurfaceKind.Word);
                return j + 2;
            }
        }
        Add(tokenStart, j, kind);
        return j;
    }

    /// <summary>Whether a word keeps its final period: initials, dotted abbreviations (U.S, a.m), listed abbreviations.</summary>
    private bool AttachesPeriod(ReadOnlySpan<char> word, bool innerDot, int dot)
    {
        if (word.Length == 1) return CharClass.IsUpper(word[0]);
        if (innerDot)
        {
            int seg = 0;
            foreach (char c in word)
            {
                if (c == '.') { seg = 0; continue; }
                if (!CharClass.IsLetter(c) || ++seg > 2) return false;
            }
            return true;
        }
        if (word is "No" or "no" or "Nr" or "nr" or "Art" or "art" or "Sec" or "sec" or "p" or "pp")
        {
            int k = dot + 1;
            while (k < _text.Length && _text[k] == ' ') k++;
            return k < _text.Length && CharClass.IsDigit(_text[k]);
        }
        return Abbreviations.IsAbbreviation(word);
    }

    private bool SplitsUnit(int j, int end)
    {
        int r = LetterRun(j, end);
        return r <= 5 && !NextIsWordChar(j + r, end) && Abbreviations.IsUnit(_text.AsSpan(j, r));
    }

    /// <summary>Digit groups joined by hyphens that EWT keeps whole: 713-853-3989, 345-9945, 77415-0027.</summary>
    private bool IsPhoneNumber(int start, int end)
    {
        Span<int> groups = stackalloc int[4];
        int k = start, count = 0;
        while (true)
        {
            int d = DigitRun(k, end);
            if (d == 0) return false;
            if (count < groups.Length) groups[count] = d;
            count++;
            k += d;
            if (k + 1 < end && _text[k] == '-' && CharClass.IsDigit(_text[k + 1])) { k++; continue; }
            break;
        }
        if (count >= 3) return true;
        return count == 2 && groups[1] == 4 && groups[0] is 1 or 3 or 5;
    }

    /// <summary>A capitalised word of 4+ letters after a period starts a new word: "Dr.Michael", "Sushi.They" (not "Newsfeed.Com").</summary>
    private bool StartsTitlecaseWord(int k, int end) =>
        k + 3 < end && CharClass.IsUpper(_text[k]) && CharClass.IsLower(_text[k + 1]) && CharClass.IsLower(_text[k + 2]) && CharClass.IsLower(_text[k + 3]);

    // The last search for '@': from where, and where it was found (-1: none up to the chunk's end). Cached so that a
    // long chunk with many periods is searched once, not once per period.
    private int _atSearchFrom = int.MaxValue, _atFound = -1, _atChunkEnd = -1;

    private bool HasAt(int from, int end)
    {
        if (end != _atChunkEnd || from < _atSearchFrom || (_atFound >= 0 && _atFound < from))
        {
            int k = _text.AsSpan(from, end - from).IndexOf('@');
            _atSearchFrom = from;
            _atFound = k < 0 ? -1 : from + k;
            _atChunkEnd = end;
        }
        return _atFound >= 0;
    }

    private bool IsPartOfQuoteRun(int j, int end) => j + 1 < end && CharClass.IsSingleQuote(_text[j + 1]);

    private int DigitRun(int k, int end)
    {
        int s = k;
        while (k < end && CharClass.IsDigit(_text[k])) k++;
        return k - s;
    }

    private int LetterRun(int k, int end)
    {
        int s = k;
        while (k < end && CharClass.IsAsciiLetter(_text[k])) k++;
        return k - s;
    }

    private bool NextIsWordChar(int k, int end) => k < end && CharClass.WordCharLength(_text, k, end) > 0;

    // ---- punctuation and symbols -----------------------------------------------------------------------------

    private int ScanOther(int p, int chunkStart, int end)
    {
        string text = _text;
        char c = text[p];
        char next = p + 1 < end ? text[p + 1] : '\0';
        bool afterWord = p > chunkStart && CharClass.IsLetterOrDigit(text[p - 1]);

        // .15 — a decimal written without its leading zero
        if (c == '.' && CharClass.IsDigit(next) && !afterWord)
            return ScanWord(p, p + 1, chunkStart, end);

        // (draft).doc, .NET — a file extension or name glued after a bracket or standing alone
        if (c == '.' && !afterWord && IsExtension(p + 1, end))
            return ScanWord(p, p + 1, chunkStart, end);

        int emoticon = EmoticonLength(p, end);
        if (emoticon > 0)
        {
            Add(p, p + emoticon, SurfaceKind.Emoticon);
            return p + emoticon;
        }

        if (CharClass.IsTerminal(c))
        {
            int e = p + 1;
            while (e < end && CharClass.IsTerminal(text[e])) e++;
            Add(p, e, SurfaceKind.Terminal);
            return e;
        }

        // +1, +44: international dialling codes
        if (c == '+' && CharClass.IsDigit(next) && !afterWord)
            return ScanWord(p, p + 1, chunkStart, end);

        // #hashtag and @mention stay whole; "#1" splits as in EWT.
        if (c is '#' or '@' && CharClass.IsLetter(next) && !afterWord)
            return ScanWord(p, p + 1, chunkStart, end);

        if (CharClass.IsSingleQuote(c))
        {
            // '90s, ’72, 'em
            if (CharClass.IsApostrophe(c) && !afterWord && IsElidedWord(p + 1, end))
                return ScanWord(p, p + 1, chunkStart, end);
            int e = p + 1;
            while (e < end && CharClass.IsSingleQuote(text[e])) e++;
            if (e == p + 1)
            {
                if (!afterWord && CharClass.IsLetterOrDigit(next)) _openSingleQuote = true;
                else if (afterWord || p > chunkStart) _openSingleQuote = false;
            }
            Add(p, e, SurfaceKind.Quote);
            return e;
        }

        if (CharClass.IsDoubleQuote(c))
        {
            Add(p, p + 1, SurfaceKind.Quote);
            return p + 1;
        }

        if (c is not ('<' or '>'))
        {
            if (CharClass.IsOpeningBracket(c)) { Add(p, p + 1, SurfaceKind.Open); return p + 1; }
            if (CharClass.IsClosingBracket(c)) { Add(p, p + 1, SurfaceKind.Close); return p + 1; }
        }

        // Any other symbol: a run of the same character is one token (--, ***, ===, >>); a code point outside the BMP
        // (emoji) is one token with its modifiers and joiners.
        int end2;
        if (char.IsHighSurrogate(c) && char.IsLowSurrogate(next)) end2 = p + 2;
        else
        {
            end2 = p + 1;
            while (end2 < end && text[end2] == c) end2++;
        }
        end2 = AbsorbModifiers(end2, end);
        Add(p, end2, SurfaceKind.Symbol);
        return end2;
    }

    /// <summary>Extends a symbol over following combining marks, variation selectors, skin tones and zero-width joins.</summary>
    private int AbsorbModifiers(int k, int end)
    {
        string text = _text;
        while (k < end)
        {
            char c = text[k];
            if (CharClass.IsMark(c)) { k++; continue; }
            if (c == '\u200D' && k + 1 < end)
            {
                k += char.IsHighSurrogate(text[k + 1]) && k + 2 < end && char.IsLowSurrogate(text[k + 2]) ? 3 : 2;
                continue;
            }
            if (c == '\uD83C' && k + 1 < end && text[k + 1] is >= '\uDFFB' and <= '\uDFFF') { k += 2; continue; }
            break;
        }
        return k;
    }

    private bool IsExtension(int k, int end)
    {
        int r = LetterRun(k, end);
        if (r is < 2 or > 4 || NextIsWordChar(k + r, end)) return false;
        var w = _text.AsSpan(k, r);
        return !w.ContainsAnyInRange('A', 'Z') || !w.ContainsAnyInRange('a', 'z') || w is "Net";
    }

    private bool IsElidedWord(int k, int end)
    {
        int d = DigitRun(k, end);
        if (d == 2)
        {
            int e = k + 2;
            if (e < end && _text[e] == 's') e++;
            return !NextIsWordChar(e, end);
        }
        int r = LetterRun(k, end);
        if (r is 2 or 5 && !NextIsWordChar(k + r, end))
        {
            var w = _text.AsSpan(k, r);
            return w is "em" or "cause" or "Cause";
        }
        return false;
    }

    private static readonly string[] Emoticons = [":-)", ":-(", ";-)", ":-D", ":-P", ":)", ":(", ";)", ":D", ":P", ":p", ":/", "=)", "=(", "^_^", "<3", "(:"];

    private int EmoticonLength(int p, int end)
    {
        char c = _text[p];
        if (c is not (':' or ';' or '=' or '^' or '<' or '(' or ')')) return 0;
        var rest = _text.AsSpan(p, end - p);
        foreach (var e in Emoticons)
        {
            if (!rest.StartsWith(e, StringComparison.Ordinal)) continue;
            int after = p + e.Length;
            if (after < end && CharClass.IsLetterOrDigit(_text[after])) continue;
            if (e[0] is '(' or ')' && after != end) continue;
            // "word:" followed by ")" is a colon and a bracket only when the colon ends a label; keep emoticons whole.
            return e.Length;
        }
        return 0;
    }
}
