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
    }

    public int Length { get; }
    public ulong[] Word { get; }
    public ulong[] Suffix { get; }
    public int[] Tag { get; }
    public int[] Upos { get; }
    /// <summary>Word-cluster path + 1 (0: no cluster), and its 4- and 6-bit prefixes in their own value ranges.</summary>
    public ulong[] Cluster { get; }
    /// <summary>True when the lexicon has word clusters: the cluster feature templates are then used.</summary>
    public bool Clustered { get; set; }
    public ulong[] Cluster4 { get; }
    public ulong[] Cluster6 { get; }
    public int[]? GoldHead { get; set; }
    public int[]? GoldLabel { get; set; }
}
