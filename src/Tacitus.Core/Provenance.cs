namespace Tacitus.Core;

/// <summary>Where an annotation came from: the document, the sentence, the characters, and the rule or model that produced it.</summary>
public sealed record Provenance(string DocumentId, int Sentence, TextSpan Span, string Producer);
