namespace Tacitus.Core;

/// <summary>An error caused by user input or configuration; its message says what failed and what to do. Hosts print it as one line.</summary>
public class TacitusException : Exception
{
    public TacitusException() { }
    public TacitusException(string message) : base(message) { }
    public TacitusException(string message, Exception inner) : base(message, inner) { }
}
