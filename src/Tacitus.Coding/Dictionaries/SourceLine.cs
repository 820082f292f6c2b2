namespace Tacitus.Coding.Dictionaries;

/// <summary>Where a dictionary entry was read: file name and 1-based line number.</summary>
public readonly record struct SourceLine(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
