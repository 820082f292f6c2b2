using System.Globalization;
using System.Runtime.CompilerServices;

namespace Tacitus.Nlp.Tokenization;

/// <summary>Character tests used on the tokenizer's hot path; ASCII is answered from a table, the rest from Unicode categories.</summary>
internal static class CharClass
{
    private const byte Letter = 1, Digit = 2, Upper = 4, Lower = 8, Space = 16;

    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var t = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            byte b = 0;
            if (c is >= 'a' and <= 'z') b |= Letter | Lower;
            if (c is >= 'A' and <= 'Z') b |= Letter | Upper;
            if (c is >= '0' and <= '9') b |= Digit;
            if (char.IsWhiteSpace((char)c)) b |= Space;
            t[c] = b;
        }
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWhiteSpace(char c) => c < 128 ? (Ascii[c] & Space) != 0 : char.IsWhiteSpace(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => c is >= '0' and <= '9';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiLetter(char c) => c < 128 && (Ascii[c] & Letter) != 0;

    public static bool IsLetter(char c) => c < 128 ? (Ascii[c] & Letter) != 0 : char.IsLetter(c);

    public static bool IsUpper(char c) => c < 128 ? (Ascii[c] & Upper) != 0 : char.IsUpper(c);

    public static bool IsLower(char c) => c < 128 ? (Ascii[c] & Lower) != 0 : char.IsLower(c);

    public static bool IsLetterOrDigit(char c) => c < 128 ? (Ascii[c] & (Letter | Digit)) != 0 : char.IsLetterOrDigit(c);

    /// <summary>Combining marks stay with the character before them (decomposed accents, emoji variation selectors).</summary>
    public static bool IsMark(char c) =>
        c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// The number of UTF-16 units (1 or 2) of the word character at <paramref name="i"/>, or 0 if it is not one.
    /// Word characters: letters, digits, combining marks, '_' and letters/digits outside the BMP.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordCharLength(string text, int i, int end)
    {
        char c = text[i];
        if (c < 128) return (Ascii[c] & (Letter | Digit)) != 0 || c == '_' ? 1 : 0;
        return NonAsciiWordCharLength(text, i, end);
    }

    private static int NonAsciiWordCharLength(string text, int i, int end)
    {
        char c = text[i];
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= end || !char.IsLowSurrogate(text[i + 1])) return 0;
            var cat = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
            return IsWordCategory(cat) ? 2 : 0;
        }
        if (char.IsLowSurrogate(c)) return 0;
        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }

    private static bool IsWordCategory(UnicodeCategory cat) => cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Apostrophe-like characters EWT uses inside words (don't, Putin’s, mama`s).</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    public static bool IsSingleQuote(char c) => c is '\'' or '\u2018' or '\u2019' or '`' or '\u201B' or '\u2032';

    public static bool IsDoubleQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' or '\u2033';

    /// <summary>Sentence-final punctuation that forms one token when repeated ("...", "?!", "!!!").</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049';

    public static bool IsOpeningBracket(char c) => c is '(' or '[' or '{' or '<' or '\u00AB' or '\u2039' or '\u3008' or '\u300A';

    public static bool IsClosingBracket(char c) => c is ')' or ']' or '}' or '>' or '\u00BB' or '\u203A' or '\u3009' or '\u300B';

    /// <summary>Paragraph separators: a line break always ends a sentence.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u000B' or '\u000C' or '\u0085';
}
