using System.Collections.Frozen;

namespace Tacitus.Nlp.Tokenization;

/// <summary>
/// Splits a surface token into UD English-EWT syntactic words: don't → do + n't, Putin’s → Putin + ’s,
/// parents' → parents + ', cannot → can + not, gonna → gon + na. The parts always concatenate to the surface form.
/// </summary>
internal static class Contractions
{
    /// <summary>Informal spellings EWT also treats as multiword tokens, with the offset where the second word starts.</summary>
    private static readonly FrozenDictionary<string, int> Informal = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["outta"] = 3,
        ["dont"] = 2, ["didnt"] = 3, ["doesnt"] = 4, ["cant"] = 2, ["wont"] = 2, ["isnt"] = 2, ["wasnt"] = 3,
        ["arent"] = 3, ["werent"] = 4, ["couldnt"] = 5, ["wouldnt"] = 5, ["shouldnt"] = 6, ["havent"] = 4,
        ["hasnt"] = 3, ["hadnt"] = 3, ["aint"] = 2, ["im"] = 1, ["ive"] = 1, ["youre"] = 3, ["theyre"] = 4,
        ["thats"] = 4, ["whats"] = 4, ["theres"] = 5,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> InformalLookup =
        Informal.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The offset inside <paramref name="word"/> where its second syntactic word starts, or 0 if it is one word.</summary>
    public static int SplitPoint(ReadOnlySpan<char> word)
    {
        int n = word.Length;
        if (n < 2) return 0;
        char last = Lower(word[n - 1]);
        // n't: don't, can't, won't, ain't
        if (n >= 4 && last == 't' && CharClass.IsApostrophe(word[n - 2]) && Lower(word[n - 3]) == 'n' && CharClass.IsLetter(word[n - 4]))
            return n - 3;
        // 's 'm 'd
        if (n >= 3 && last is 's' or 'm' or 'd' && CharClass.IsApostrophe(word[n - 2]) && (CharClass.IsLetterOrDigit(word[n - 3]) || word[n - 3] == '.'))
            return n - 2;
        // 're 've 'll
        if (n >= 4 && CharClass.IsApostrophe(word[n - 3]) && CharClass.IsLetterOrDigit(word[n - 4]))
        {
            char a = Lower(word[n - 2]);
            if ((a == 'r' && last == 'e') || (a == 'v' && last == 'e') || (a == 'l' && last == 'l')) return n - 3;
        }
        // plural possessive: parents'
        if (n >= 3 && CharClass.IsApostrophe(word[n - 1]) && Lower(word[n - 2]) == 's' && CharClass.IsLetter(word[n - 3]))
            return n - 1;
        if (n <= 8 && InformalLookup.TryGetValue(word, out int cut)) return cut;
        return 0;
    }

    private static char Lower(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
}
