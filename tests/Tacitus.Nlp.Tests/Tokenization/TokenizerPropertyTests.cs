using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static Tacitus.Nlp.Tests.Tokenization.TokenizerAssert;

namespace Tacitus.Nlp.Tests.Tokenization;

/// <summary>For any string the tokenizer keeps every character, in order, and its sentences cover its tokens.</summary>
public class TokenizerPropertyTests
{
    // Pieces that exercise the rules: abbreviations, contractions, quotes, dashes, URLs, numbers, line breaks, and the
    // awkward parts of UTF-16 (lone and paired surrogates, combining marks, joiners, control characters).
    private static readonly string[] Pieces =
    [
        "Putin", "Zelenskyy", "’s", "'s", "s'", "n't", "don't", " ", "  ", "\n", "\r\n", "\t", "\u00A0", "\u2028", "\u2029", "\u000B",
        ".", "..", "...", "…", "?!", "!", "?", ",", ";", ":", "U.S.", "Feb.", "Dr.", "a.m.", "M.", "No.", "etc.", "—", "–", "-", "--",
        "\"", "“", "”", "‘", "’", "'", "`", "(", ")", "[", "]", "{", "}", "<", ">", "3.5%", "1,000", "30-day", "713-853-3989",
        "http://x.org/a?b=(1)", "www.a.b", "mailto:x@y.z", "a@b.com", "x...@y.com", "#tag", "@user", "#1", ":)", ":-(", "^_^",
        "\u0000", "\u0001", "\u001F", "\u007F", "\uFEFF", "\u200B", "\u200D", "\u0301", "\uFE0F", "\uD83D\uDE00", "\uD83D\uDC4D\uD83C\uDFFD",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "Ω", "Кремль", "Erdoğan", "東京", "٣", "½", "_", "&", "AT&T", "9/11", "5:30pm", "e-mail",
        "cannot", "gonna", "Inc.", "04/26/2001", "07:17", "AM", "Regards", "The", "i", "a",
    ];

    private static Arbitrary<string> NewsLike() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
           .Select(parts => string.Concat(parts))
           .ToArbitrary();

    /// <summary>Strings of arbitrary UTF-16 code units, surrogates and control characters included.</summary>
    private static Arbitrary<string> AnyCodeUnits() =>
        Gen.ArrayOf(Gen.OneOf(
                Gen.Choose(0, 0xFFFF).Select(i => (char)i),
                Gen.Choose(0, 0x7F).Select(i => (char)i),
                Gen.Elements(' ', '\n', '.', '\'', '’', '-', '@', '/', ':', ',', '"', '\uD83D', '\uDE00')))
           .Select(chars => new string(chars))
           .ToArbitrary();

    [Property(MaxTest = 500)]
    public Property News_like_text_keeps_every_character_and_sentences_cover_tokens() =>
        Prop.ForAll(NewsLike(), text => Invariants(text, Run(text)));

    [Property(MaxTest = 500)]
    public Property Arbitrary_code_units_keep_every_character_and_sentences_cover_tokens() =>
        Prop.ForAll(AnyCodeUnits(), text => Invariants(text, Run(text)));

    [Property(MaxTest = 200)]
    public Property Default_strings_keep_every_character(string? text)
    {
        text ??= "";
        Invariants(text, Run(text));
        return true.ToProperty();
    }

    [Property(MaxTest = 200)]
    public Property Tokenizing_is_deterministic() =>
        Prop.ForAll(NewsLike(), text =>
        {
            var a = Run(text);
            var b = Run(text);
            return a.Tokens.Select(t => t.Span).SequenceEqual(b.Tokens.Select(t => t.Span))
                && a.Sentences.SequenceEqual(b.Sentences)
                && a.MultiwordTokens.SequenceEqual(b.MultiwordTokens);
        });
}
