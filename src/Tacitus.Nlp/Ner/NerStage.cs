using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Tacitus.Core;

namespace Tacitus.Nlp.Ner;

/// <summary>
/// The "ner" pipeline stage: sets Token.Ner (IOB2) and Document.Entities (PER, ORG, LOC). A model trained with UPOS
/// features (<see cref="EntityRecognizer.UsesUpos"/>, the shipped one) reads Token.Upos, so the tagger stage must run
/// first (it does in the standard order); untagged tokens still get tags, less accurately.
/// </summary>
public sealed class NerStage(EntityRecognizer recognizer) : IDocumentProcessor
{
    public const string Producer = "ner/perceptron";

    public string Name => "ner";

    /// <summary>Words per group of sentences sent to a contextual encoder together (a longer sentence is a group alone).</summary>
    private const int GroupTokens = 2048;

    public EntityRecognizer Recognizer { get; } = recognizer;

    public static NerStage Load(string modelDirectory) => new(EntityRecognizer.Load(modelDirectory));

    private readonly struct DocumentForms(Document doc, int first) : IWordForms
    {
        public ReadOnlySpan<char> Form(int i) => doc.FormOf(doc.Tokens.ItemRef(first + i));

        public ReadOnlySpan<char> Upos(int i) => doc.Tokens.ItemRef(first + i).Upos;
    }

    public Document Process(Document document)
    {
        if (document.Tokens.IsEmpty) return document;
        var tokens = document.Tokens.AsSpan().ToArray();
        var entities = ImmutableArray.CreateBuilder<Entity>();
        int max = 1;
        foreach (var s in document.Sentences) max = Math.Max(max, s.TokenCount);
        var words = ArrayPool<NerWord>.Shared.Rent(max);
        var labels = ArrayPool<int>.Shared.Rent(max);
        // A model with a contextual encoder gets a group of sentences (about GroupTokens words) encoded at a time, in
        // batches: fewer encoder calls than one per sentence, and memory bounded however long the document.
        var encoder = Recognizer.ActiveEncoder;
        int dims = encoder?.Dimensions ?? 0;
        float[]? encoded = null;
        int groupFirst = 0, groupEnd = 0;
        try
        {
            for (int si = 0; si < document.Sentences.Length; si++)
            {
                var s = document.Sentences[si];
                var forms = new DocumentForms(document, s.FirstToken);
                if (encoder is not null && si >= groupEnd)
                {
                    groupFirst = s.FirstToken;
                    var ranges = new List<(int Start, int Count)>();
                    int total = 0;
                    for (groupEnd = si; groupEnd < document.Sentences.Length; groupEnd++)
                    {
                        var next = document.Sentences[groupEnd];
                        if (groupEnd > si && total + next.TokenCount > GroupTokens) break;
                        ranges.Add((next.FirstToken - groupFirst, next.TokenCount));
                        total += next.TokenCount;
                    }
                    int span = ranges[^1].Start + ranges[^1].Count;
                    if (encoded is null || encoded.Length < span * dims)
                    {
                        if (encoded is not null) ArrayPool<float>.Shared.Return(encoded);
                        encoded = ArrayPool<float>.Shared.Rent(Math.Max(1, span * dims));
                    }
                    encoder.EncodeSentences(new DocumentForms(document, groupFirst), [.. ranges], encoded);
                }
                Recognizer.Describe(forms, s.TokenCount, words);
                if (encoded is null) Recognizer.Tag(forms, words.AsSpan(0, s.TokenCount), labels.AsSpan(0, s.TokenCount));
                else Recognizer.Tag(words.AsSpan(0, s.TokenCount), labels.AsSpan(0, s.TokenCount), encoded.AsSpan((s.FirstToken - groupFirst) * dims, s.TokenCount * dims));
                int start = -1;
                string? type = null;
                for (int k = 0; k <= s.TokenCount; k++)
                {
                    string label = k < s.TokenCount ? Recognizer.LabelOf(labels[k]) : "O";
                    if (k < s.TokenCount) tokens[s.FirstToken + k] = tokens[s.FirstToken + k] with { Ner = label };
                    bool continues = label.StartsWith("I-", StringComparison.Ordinal) && type is not null && label.AsSpan(2).SequenceEqual(type);
                    if (start >= 0 && !continues)
                    {
                        var span = new TextSpan(tokens[s.FirstToken + start].Span.Start, tokens[s.FirstToken + k - 1].Span.End);
                        entities.Add(new Entity(span, type!, si, Producer));
                        start = -1;
                        type = null;
                    }
                    if (label.StartsWith("B-", StringComparison.Ordinal) || (label.StartsWith("I-", StringComparison.Ordinal) && start < 0))
                    {
                        start = k;
                        type = label[2..];
                    }
                }
            }
        }
        finally
        {
            ArrayPool<NerWord>.Shared.Return(words);
            ArrayPool<int>.Shared.Return(labels);
            if (encoded is not null) ArrayPool<float>.Shared.Return(encoded);
        }
        return document with { Tokens = ImmutableCollectionsMarshal.AsImmutableArray(tokens), Entities = entities.ToImmutable() };
    }
}
