using System.Collections.Immutable;

namespace Tacitus.Core;

/// <summary>
/// An immutable news document: the original text and the annotation layers the pipeline adds.
/// Every annotation points into <see cref="Text"/> by a half-open UTF-16 span; text is never copied or altered.
/// </summary>
public sealed record Document
{
    public Document(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    public string Id { get; init; }
    public string Text { get; init; }
    public DateOnly? PublicationDate { get; init; }
    public string? SourceName { get; init; }
    public string? Url { get; init; }
    public string Language { get; init; } = "en";
    /// <summary>Document title (from HTML or JSONL) if known; not part of <see cref="Text"/>.</summary>
    public string? Title { get; init; }

    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<Token> Tokens { get; init; } = [];
    public ImmutableArray<MultiwordToken> MultiwordTokens { get; init; } = [];
    public ImmutableArray<Entity> Entities { get; init; } = [];
    public ImmutableArray<Actor> Actors { get; init; } = [];
    public ImmutableArray<Place> Places { get; init; } = [];
    public ImmutableArray<TimeExpression> Times { get; init; } = [];
    public ImmutableArray<Event> Events { get; init; } = [];

    /// <summary>Names of the pipeline stages that have run, in order.</summary>
    public ImmutableArray<string> Stages { get; init; } = [];

    public ReadOnlySpan<char> Slice(TextSpan span) => Text.AsSpan(span.Start, span.Length);
    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);
    public string TextOf(Token token) => token.TextIn(Text);
    /// <summary>The word form of <paramref name="token"/> without making a string: its <see cref="Token.Form"/> if set, else its text.</summary>
    public ReadOnlySpan<char> FormOf(in Token token) => token.Form is { } f ? f.AsSpan() : Slice(token.Span);

    /// <summary>The tokens of sentence <paramref name="index"/>.</summary>
    public ReadOnlySpan<Token> SentenceTokens(int index)
    {
        var s = Sentences[index];
        return Tokens.AsSpan().Slice(s.FirstToken, s.TokenCount);
    }

    /// <summary>
    /// The index in <see cref="Tokens"/> of the head of token <paramref name="token"/>, or -1 when it is its sentence's root,
    /// is not parsed yet, or its head lies outside its sentence (<see cref="Token.Head"/> counts from 1 within the sentence).
    /// </summary>
    public int HeadOf(int token)
    {
        var t = Tokens[token];
        if (t.Head <= 0 || (uint)t.Sentence >= (uint)Sentences.Length) return -1;
        var s = Sentences[t.Sentence];
        int h = s.FirstToken + t.Head - 1;
        return h < s.EndToken ? h : -1;
    }

    /// <summary>The index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceAt(int offset) => SpanSearch.IndexAt(Sentences.AsSpan(), offset);

    public Provenance ProvenanceOf(TextSpan span, string producer) => new(Id, SentenceAt(span.Start), span, producer);
}
