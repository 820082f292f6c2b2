namespace Tacitus.Engine.Input;

/// <summary>A problem with one input (a file, a JSONL line): reported as one line, and the other inputs are still processed.</summary>
public sealed record InputProblem(string Source, string Message)
{
    public override string ToString() => $"{Source}: {Message}";
}
