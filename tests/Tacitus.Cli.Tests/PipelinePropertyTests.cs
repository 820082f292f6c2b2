using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Tacitus.Core;
using Tacitus.Engine;

namespace Tacitus.Cli.Tests;

public class PipelinePropertyTests
{
    private static readonly Pipeline Pipeline = TacitusEngine.Build();

    private static readonly string[] Pieces =
    [
        "Putin", "Zelenskyy", "’s", "'s", " ", "\n", "\t", ".", "U.S.", "Feb. 28", "—", "–", "\"", "“", "”", "(", ")", "3.5%",
        "1,000", "30-day", "http://x.org/a?b=1", "a@b.com", "#tag", "...", "…", "\u0000", "\uD83D\uDE00", "\uD800", "Ω", "Кремль",
        "killed three", "on Thursday", "in Ankara", "said", "?", "!", "Dr.", "a.m.", "\r\n", "",
    ];

    private static Arbitrary<string> NewsLike() =>
        Gen.ArrayOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)))
           .Select(parts => string.Concat(parts))
           .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Any_text_runs_through_the_whole_pipeline_and_keeps_every_character() =>
        Prop.ForAll(NewsLike(), text =>
        {
            var doc = Pipeline.Process(new Document("p", text) { PublicationDate = new DateOnly(2025, 5, 14) });
            Assert.Same(text, doc.Text);
            int prevEnd = 0;
            foreach (var t in doc.Tokens)
            {
                Assert.InRange(t.Span.Start, prevEnd, text.Length);
                Assert.InRange(t.Span.End, t.Span.Start, text.Length);
                prevEnd = Math.Max(prevEnd, t.Span.Start);
            }
            foreach (var s in doc.Sentences) Assert.InRange(s.Span.End, s.Span.Start, text.Length);
            foreach (var e in doc.Events) Assert.InRange(e.Evidence.End, e.Evidence.Start, text.Length);
        });

    [Theory]
    [InlineData("A?\u2019s U.S.J\uDC00s Zürich Erdoğan")]
    [InlineData("Paris\uD800 Zürich\uDC00 Erdoğan\uD83D")]
    public void Lone_surrogates_next_to_accented_names_do_not_crash(string text)
    {
        // Found by the property above: Unicode normalisation of names throws on a lone surrogate.
        var doc = Pipeline.Process(new Document("s", text) { PublicationDate = new DateOnly(2025, 5, 14) });
        Assert.Same(text, doc.Text);
        Assert.NotEmpty(doc.Tokens);
    }
}
