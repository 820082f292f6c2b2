using System.Globalization;
using System.Text;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// The one normalisation shared by dictionary phrases and document text, so that they meet: a word is a maximal run of
/// letters and digits, upper-cased, with diacritics removed (ERDOĞAN = Erdogan = ERDOGAN). Everything else — blanks,
/// underscores, hyphens, full stops, apostrophes — separates words, so "U.N." is U N and "Putin’s" is PUTIN S
/// whatever the tokenizer did.
/// </summary>
public static class PhraseNormalizer
{
    // Folded upper-case form of every BMP char up to U+024F (Latin-1 + Latin Extended A/B), computed once.
    private static readonly string[] Fold = BuildFoldTable();

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    /// <summary>Writes the folded form of <paramref name="word"/> (letters/digits only) into <paramref name="dest"/>; returns its length, or -1 if too long.</summary>
    public static int FoldWord(ReadOnlySpan<char> word, Span<char> dest)
    {
        int n = 0;
        foreach (char c in word)
        {
            if (c < Fold.Length)
            {
                var f = Fold[c];
                if (f.Length == 0) continue;
                if (n + f.Length > dest.Length) return -1;
                f.AsSpan().CopyTo(dest[n..]);
                n += f.Length;
            }
            else if (char.IsLetterOrDigit(c))
            {
                if (n >= dest.Length) return -1;
                dest[n++] = char.ToUpperInvariant(c);
            }
        }
        return n;
    }

    /// <summary>The normalised words of a dictionary phrase or a piece of text ("VLADIMIR_V._PUTIN_" → VLADIMIR V PUTIN).</summary>
    public static List<string> Words(string phrase)
    {
        var words = new List<string>();
        Span<char> buf = stackalloc char[256];
        int i = 0;
        while (i < phrase.Length)
        {
            if (!IsWordChar(phrase[i])) { i++; continue; }
            int start = i;
            while (i < phrase.Length && IsWordChar(phrase[i])) i++;
            var src = phrase.AsSpan(start, i - start);
            int n = FoldWord(src, buf);
            words.Add(n >= 0 ? new string(buf[..n]) : FoldSlow(src));
        }
        return words;
    }

    /// <summary>True when <paramref name="phrase"/> has at least one word (what <c>Words(phrase).Count &gt; 0</c> says, without making them).</summary>
    public static bool HasWords(ReadOnlySpan<char> phrase)
    {
        foreach (char c in phrase)
            if (IsWordChar(c)) return true;
        return false;
    }

    /// <summary>The phrase key: normalised words joined by single blanks.</summary>
    public static string Key(string phrase) => string.Join(' ', Words(phrase));

    private static string FoldSlow(ReadOnlySpan<char> word)
    {
        var sb = new StringBuilder(word.Length + 4);
        foreach (char c in word)
            sb.Append(c < Fold.Length ? Fold[c] : char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c).ToString() : "");
        return sb.ToString();
    }

    private static string[] BuildFoldTable()
    {
        var table = new string[0x250];
        for (int c = 0; c < table.Length; c++)
        {
            char ch = (char)c;
            if (!char.IsLetterOrDigit(ch)) { table[c] = ""; continue; }
            table[c] = ch switch
            {
                'ß' => "SS",
                'æ' or 'Æ' => "AE",
                'œ' or 'Œ' => "OE",
                'ø' or 'Ø' => "O",
                'ł' or 'Ł' => "L",
                'đ' or 'Đ' => "D",
                'ð' or 'Ð' => "D",
                'þ' or 'Þ' => "TH",
                'ı' => "I",
                _ => StripMarks(ch),
            };
        }
        return table;
    }

    private static string StripMarks(char ch)
    {
        var sb = new StringBuilder();
        if (char.IsSurrogate(ch)) return ch.ToString(); // a lone surrogate half cannot be normalised
        foreach (char d in ch.ToString().Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                sb.Append(char.ToUpperInvariant(d));
        return sb.ToString();
    }
}
