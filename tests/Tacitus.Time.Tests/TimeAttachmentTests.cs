using System.Collections.Immutable;
using Tacitus.Core;

namespace Tacitus.Time.Tests;

public class TimeAttachmentTests
{
    private static readonly DateOnly Published = new(2025, 5, 14);

    /// <summary>"Talks are scheduled for Istanbul on Thursday , officials said last week ." with a hand-made UD parse.</summary>
    private static Document Parsed(bool withParse)
    {
        const string text = "Talks are scheduled for Istanbul on Thursday, officials said last week.";
        (string Form, int Head, string Rel)[] rows =
        [
            ("Talks", 3, "nsubj:pass"), ("are", 3, "aux:pass"), ("scheduled", 11, "ccomp"), ("for", 5, "case"), ("Istanbul", 3, "obl"),
            ("on", 7, "case"), ("Thursday", 3, "obl"), (",", 3, "punct"), ("officials", 11, "nsubj"), ("said", 0, "root"),
            ("last", 12, "amod"), ("week", 10, "obl:tmod"), (".", 10, "punct"),
        ];
        // Fix the heads for the 13 tokens: "said" is token 10.
        rows[2] = ("scheduled", 10, "ccomp");
        rows[8] = ("officials", 10, "nsubj");
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int at = 0;
        foreach (var (form, head, rel) in rows)
        {
            int s = text.IndexOf(form, at, StringComparison.Ordinal);
            at = s + form.Length;
            tokens.Add(withParse ? new Token(new TextSpan(s, at), 0) { Head = head, Deprel = rel } : new Token(new TextSpan(s, at), 0));
        }
        var doc = new Document("d", text)
        {
            PublicationDate = Published,
            Tokens = tokens.ToImmutable(),
            Sentences = [new Sentence(new TextSpan(0, text.Length), 0, rows.Length)],
        };
        return new TimeProcessor().Process(doc);
    }

    [Fact]
    public void A_time_governed_by_the_predicate_gets_predicate_precision()
    {
        var doc = Parsed(withParse: true);
        var scheduled = 2;
        var date = TimeAttachment.For(doc, scheduled, doc.Tokens[0].Span with { End = doc.Tokens[6].Span.End });
        Assert.Equal("2025-05-15", date.Value);
        Assert.Equal(DatePrecision.Predicate, date.Precision);

        var said = 9;
        var saidDate = TimeAttachment.For(doc, said, doc.Sentences[0].Span);
        Assert.Equal("2025-05", saidDate.Value);   // "last week": 2025-W19, whose Thursday is 2025-05-08
        Assert.Equal("2025-W19", saidDate.Source?.Value);
        Assert.Equal(DatePrecision.Predicate, saidDate.Precision);
    }

    [Fact]
    public void Without_a_parse_the_nearest_time_in_the_sentence_is_used()
    {
        var doc = Parsed(withParse: false);
        var evidence = new TextSpan(0, doc.Tokens[4].Span.End); // "Talks are scheduled for Istanbul"
        var date = TimeAttachment.For(doc, 2, evidence);
        Assert.Equal("2025-05-15", date.Value);
        Assert.Equal(DatePrecision.Sentence, date.Precision);
    }

    [Fact]
    public void Without_a_time_the_publication_date_is_used()
    {
        const string text = "Officials met in Ankara.";
        var doc = new TimeProcessor().Process(new Document("d", text)
        {
            PublicationDate = Published,
            Tokens = [new Token(new TextSpan(0, 9), 0), new Token(new TextSpan(10, 13), 0), new Token(new TextSpan(14, 16), 0), new Token(new TextSpan(17, 23), 0), new Token(new TextSpan(23, 24), 0)],
            Sentences = [new Sentence(new TextSpan(0, 24), 0, 5)],
        });
        var date = TimeAttachment.For(doc, 1, new TextSpan(0, 24));
        Assert.Equal(new EventDate("2025-05-14", DatePrecision.Document, null), date);
    }

    [Fact]
    public void Durations_do_not_date_an_event()
    {
        const string text = "Lammy rejected a 30-day ceasefire.";
        var doc = new TimeProcessor().Process(new Document("d", text) { PublicationDate = Published, Sentences = [new Sentence(new TextSpan(0, text.Length), 0, 0)] });
        Assert.Single(doc.Times);
        Assert.Equal(DatePrecision.Document, TimeAttachment.For(doc, -1, new TextSpan(0, text.Length)).Precision);
    }

    [Theory]
    [InlineData("2025-05-15", "2025-05-15")]
    [InlineData("2025-05-15T10:35", "2025-05-15")]
    [InlineData("2025-05-15TMO", "2025-05-15")]
    [InlineData("2025-05", "2025-05")]
    [InlineData("2024", "2024")]
    [InlineData("2025-W20", "2025-05")]          // the month of the week's Thursday (2025-05-15)
    [InlineData("2025-W01", "2025-01")]          // Monday 2024-12-30 … Thursday 2025-01-02
    [InlineData("2020-W53", "2020-12")]
    [InlineData("2025-W54", null)]
    [InlineData("2025-W20-4", "2025-05-15")]
    [InlineData("2025-W22-WE", "2025-05")]       // Saturday 2025-05-31
    [InlineData("2025-W22", "2025-05")]          // Thursday 2025-05-29
    [InlineData("2025-Q1", "2025")]
    [InlineData("2024-SU", "2024")]
    [InlineData("2025-13", null)]
    [InlineData("2025-02-30", null)]
    [InlineData("FUTURE_REF", null)]
    [InlineData("P30D", null)]
    [InlineData("PRESENT_REF", null)]
    [InlineData("XXXX-02-28", null)]
    [InlineData("XXXX-WXX-4", null)]
    [InlineData("199", null)]
    [InlineData(null, null)]
    public void Timex_values_convert_to_event_dates(string? timex, string? expected) => Assert.Equal(expected, CalendarDate.FromTimex(timex));

    [Theory]
    [InlineData("1998", "1998-01-01", "1998-12-31")]
    [InlineData("2024-02", "2024-02-01", "2024-02-29")]
    [InlineData("2025-05-15", "2025-05-15", "2025-05-15")]
    [InlineData("9999-12", "9999-12-01", "9999-12-31")]
    [InlineData("2025-13", null, null)]
    [InlineData("2025-W20", null, null)]
    [InlineData(null, null, null)]
    public void An_event_date_spans_its_days(string? date, string? first, string? last)
    {
        var range = CalendarDate.Range(date);
        Assert.Equal(first, range?.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(last, range?.Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
