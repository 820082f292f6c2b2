using Tacitus.Core;

namespace Tacitus.Coding.Dictionaries;

/// <summary>A malformed dictionary line. The message starts with <c>file:line:</c> and says what was expected.</summary>
public sealed class DictionaryFormatException : TacitusException
{
    public DictionaryFormatException(SourceLine where, string problem)
        : base($"{where}: {problem}")
    {
        Where = where;
        Problem = problem;
    }

    public DictionaryFormatException() { }
    public DictionaryFormatException(string message) : base(message) { }
    public DictionaryFormatException(string message, Exception inner) : base(message, inner) { }

    public SourceLine Where { get; }
    public string Problem { get; } = "";
}

/// <summary>Something odd but tolerated in a dictionary (the original PETRARCH files have a few); readers collect these.</summary>
public sealed record DictionaryWarning(SourceLine Where, string Message)
{
    public override string ToString() => $"{Where}: {Message}";
}
