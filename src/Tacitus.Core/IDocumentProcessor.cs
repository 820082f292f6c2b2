namespace Tacitus.Core;

/// <summary>One pipeline stage: takes a document and returns it with more annotation. Implementations are immutable and thread-safe.</summary>
public interface IDocumentProcessor
{
    /// <summary>The stage name used in configuration ("tokenizer", "tagger", "parser", …).</summary>
    string Name { get; }

    Document Process(Document document);
}
