namespace Tacitus.Nlp.Tokenization;

/// <summary>What kind of surface token the scanner produced; the sentence splitter decides on it.</summary>
internal enum SurfaceKind : byte
{
    /// <summary>Letters/digits, possibly with inner punctuation (U.S, 3.5, e-mail, don't, a URL or e-mail address).</summary>
    Word,
    /// <summary>A word whose final period belongs to it (Dr., Feb., U.S., M.).</summary>
    Abbreviation,
    /// <summary>A title abbreviation (Mr., Gov.): never ends a sentence.</summary>
    Title,
    /// <summary>A run of sentence-final punctuation: ".", "?!", "...", "…".</summary>
    Terminal,
    /// <summary>A quotation mark (single or double, straight or curly).</summary>
    Quote,
    /// <summary>:) ;-) :D — may end a sentence.</summary>
    Emoticon,
    Open,
    Close,
    /// <summary>Anything else: dashes, symbols, emoji, emoticons, control characters.</summary>
    Symbol,
}

/// <summary>A surface token: a half-open span of the text, its kind, and whether a line break that ends a sentence precedes it.</summary>
internal struct SurfaceToken
{
    public int Start;
    public int End;
    public SurfaceKind Kind;
    /// <summary>A line break precedes the token and ends the sentence before it (see <see cref="SurfaceScanner.SoftenWrappedLines"/>).</summary>
    public bool LineBreakBefore;
    /// <summary>Two or more line breaks (a blank line) precede the token.</summary>
    public bool BlankLineBefore;
}
