namespace Tacitus.Nlp.Parsing;

/// <summary>
/// A sentence encoded for the parser: position 0 is the artificial root, 1..n the words. Word values are stable
/// 64-bit hashes of the normalised form (or of a word-shape class for rare words); tags are small integer ids.
/// Gold heads and label ids are present only when training or scoring.
/// </summary>
internal sealed class ParserSentence
{
    public ParserSentence(int length)
    {
        Length = length;
        Word = new ulong[length + 1];
        Suffix = new ulong[length + 1];
        Tag = new int[length + 1];
        Upos = new int[length + 1];
        Cluster = new ulong[length + 1];
        Cluster4 = new ulong[length + 1];
        Cluster6 = new ulong[length + 1];
        Ambiguity = new ulong[length + 1];
    }

    public int Length { get; private set; }
    public ulong[] Word { get; private set; }
    public ulong[] Suffix { get; private set; }
    public int[] Tag { get; private set; }
    public int[] Upos { get; private set; }
    /// <summary>Word-cluster path + 1 (0: no cluster), and its 4- and 6-bit prefixes in their own value ranges.</summary>
    public ulong[] Cluster { get; private set; }
    /// <summary>True when the lexicon has word clusters: the cluster feature templates are then used.</summary>
    public bool Clustered { get; set; }
    public ulong[] Cluster4 { get; private set; }
    public ulong[] Cluster6 { get; private set; }
    /// <summary>The word's ambiguity class (hash of the tags it had in training; a fixed value for other words).</summary>
    public ulong[] Ambiguity { get; private set; }
    /// <summary>True when the lexicon has ambiguity classes: their feature templates are then used.</summary>
    public bool Ambiguous { get; set; }

    /// <summary>Reuses this buffer for a sentence of <paramref name="length"/> words (arrays grow only when too short); every word must be encoded again.</summary>
    public void Reset(int length)
    {
        if (length + 1 > Word.Length)
        {
            int cap = Math.Max(length + 1, Word.Length * 2);
            Word = new ulong[cap]; Suffix = new ulong[cap]; Tag = new int[cap]; Upos = new int[cap];
            Cluster = new ulong[cap]; Cluster4 = new ulong[cap]; Cluster6 = new ulong[cap]; Ambiguity = new ulong[cap];
        }
        Length = length;
        GoldHead = null;
        GoldLabel = null;
    }
    public int[]? GoldHead { get; set; }
    public int[]? GoldLabel { get; set; }
}
