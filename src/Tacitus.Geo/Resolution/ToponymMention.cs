using Tacitus.Core;

namespace Tacitus.Geo.Resolution;

/// <summary>How a toponym candidate was found.</summary>
public enum MentionSource
{
    /// <summary>A capitalised token sequence that matches a gazetteer name.</summary>
    Gazetteer,
    /// <summary>A country adjective or demonym ("Turkish", "Ukrainian").</summary>
    Demonym,
    /// <summary>A LOC entity from the named-entity recogniser.</summary>
    Ner,
}

/// <summary>A toponym candidate: where it is, the gazetteer entries its words can name, and how it was found.</summary>
public sealed record ToponymMention(
    TextSpan Span,
    int Sentence,
    int FirstToken,
    int LastToken,
    string Key,
    int[] Entries,
    MentionSource Source);
