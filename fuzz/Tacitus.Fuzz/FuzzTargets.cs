using System.Reflection;
using System.Text;
using Tacitus.Coding.Dictionaries;
using Tacitus.Coding.Events;
using Tacitus.Core;
using Tacitus.Engine.Input;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Fuzz;

/// <summary>One thing to fuzz: seeds to start from and an action that must never throw anything but a
/// <see cref="TacitusException"/> (our clear, one-line rejection of bad input).</summary>
public sealed record FuzzTarget(string Name, IReadOnlyList<byte[]> Seeds, Action<byte[]> Run, int Cost = 1);

public static class FuzzTargets
{
    public static string Showcase { get; } = ReadResource("showcase.txt");

    private const string Html = """
        <!doctype html><html><head><meta charset="utf-8"><title>Talks | News</title>
        <meta property="article:published_time" content="2025-05-14T08:30:00Z"><script>var x="<p>";</script></head>
        <body><nav><a href="/">Home</a></nav><article><h1>Russia and Ukraine to meet</h1><div class="byline">By A. Writer</div>
        <p>ISTANBUL, May 14 &mdash; Russian and Ukrainian delegations will meet in Istanbul on Thursday.</p>
        <p>Ukrainian President Volodymyr Zelenskyy said he would attend.<br>He criticised Putin.</p></article>
        <footer>&copy; News</footer></body></html>
        """;

    private const string Conllu = """
        # sent_id = 1
        # text = Putin didn't go.
        1	Putin	Putin	PROPN	NNP	Number=Sing	3	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	Mood=Ind	3	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	go	go	VERB	VB	VerbForm=Inf	0	root	_	SpaceAfter=No
        4.1	went	go	VERB	VBD	_	_	_	0:root	_
        5	.	.	PUNCT	.	_	4	punct	_	_

        """;

    private const string Actors = """
        # countries
        RUSSIA  [RUS]
        +RUSSIAN_FEDERATION
        VLADIMIR_PUTIN  [RUSELI 920101-991231] [RUSGOV 000101-080507] [RUSGOV >120507] # comment
        +PUTIN
        ZELENSKYY [UKRGOV >190520]
        {KREMLIN_GROUP} [RUSGOV]
        """;

    private const string Agents = """
        PRESIDENT [~GOV]
        MINISTER_OF_DEFENSE [~MIL] {MINISTERS_OF_DEFENSE}
        !minist! = MINISTER, MINISTRY
        !minist! [~GOV]
        REBEL [REB~]
        """;

    private const string Verbs = """
        --- CONSULT [040] ---
        MEET
        TALKS
        - * WITH + [040] # meet with
        - $ AND + [040]
        --- REJECT [120] ---
        REFUSE {REFUSED REFUSES}
        - $ REFUSE TO * [120]
        &AUTHORITY
        +POLICE
        """;

    private const string Jsonl = "{\"id\":\"a\",\"date\":\"2025-05-14\",\"text\":\"Putin refused to attend.\"}\n{\"text\":\"Zelenskyy met Erdogan in Ankara.\",\"url\":\"https://x\"}\n";

    private static string ReadResource(string name)
    {
        using var s = typeof(FuzzTargets).Assembly.GetManifestResourceStream(name) ?? throw new InvalidOperationException($"missing resource {name}");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    private static byte[] U(string s) => Encoding.UTF8.GetBytes(s);

    private static string Text(byte[] b) => Encoding.UTF8.GetString(b);

    /// <summary>The input as a file the product opens: readers take a <see cref="Stream"/> and decode it as they decode
    /// their files (<see cref="Tacitus.Core.Text.TextFiles"/>), never one string of the whole input.</summary>
    private static MemoryStream AsFile(byte[] b) => new(b, writable: false);

    /// <summary>The standard targets. The pipeline target needs the shipped models (built once, by the caller).</summary>
    public static IReadOnlyList<FuzzTarget> All(Func<Pipeline>? pipeline = null)
    {
        var paragraphs = Showcase.Split("\n\n").Select(U).ToList();
        var textSeeds = paragraphs.Concat([U("Mr. Putin's envoy, Vladimir Medinsky, didn't attend—U.S. officials said (AP)."), U("")]).ToList();
        var list = new List<FuzzTarget>
        {
            new("tokenizer", textSeeds, b =>
            {
                // One decoded string, as the product's DocumentReader makes (decoding twice added a second 2 MB
                // large object to every 1 MB call, and none to a 10 KB call).
                var text = Text(b);
                Check(Tokenizer.Tokenize(text), text);
            }),
            new("decoder", [U(Html), U(Showcase), Encoding.Unicode.GetBytes("Putin \u00E9"), Encoding.Latin1.GetBytes("<meta charset=latin1>caf\u00E9")],
                b => TextDecoder.TryDecode(b, out _)),
            new("html", [U(Html), U("<p>a<p>b</div></span>"), U("<rss><channel><item><title>x</title></item></channel></rss>")], b => HtmlText.Extract(Text(b))),
            new("conllu", [U(Conllu)], b =>
            {
                var sentences = ConlluReader.Read(AsFile(b), "fuzz").ToList();
                if (sentences.Count > 0) ConlluDocuments.ToDocument("fuzz", sentences, keepAnnotations: true);
            }),
            new("jsonl", [U(Jsonl)], b =>
            {
                var reader = new DocumentReader(stdin: () => new StreamReader(AsFile(b)), date: null, maxChars: 100_000);
                foreach (var _ in reader.Read(["-"])) { }
                foreach (var _ in JsonlLines.Read(AsFile(b), 10_000)) { }
            }),
            new("actor-dictionary", [U(Actors)], b => ActorDictionaryReader.Read(AsFile(b), "fuzz")),
            new("agent-dictionary", [U(Agents)], b => AgentDictionaryReader.Read(AsFile(b), "fuzz")),
            new("verb-dictionary", [U(Verbs)], b => VerbDictionaryReader.Read(AsFile(b), "fuzz")),
        };
        if (pipeline is not null)
        {
            var p = pipeline();
            list.Add(new FuzzTarget("pipeline", paragraphs, b =>
            {
                var text = Text(b);
                var doc = p.Process(new Document("fuzz", text) { PublicationDate = PublicationDates[b.Length % PublicationDates.Length] });
                CheckSpans(doc);
            }, Cost: 20));
        }
        return list;
    }

    /// <summary>
    /// Publication dates the pipeline target gives its inputs (chosen by input length, so a run is reproducible): mostly
    /// an ordinary day, sometimes the ends of the calendar and a leap day, which a misread date field can give and which
    /// had crashed the time stage ("on Friday" from 0001-01-02).
    /// </summary>
    private static readonly DateOnly[] PublicationDates =
        [new(2025, 5, 14), new(2025, 5, 14), new(2025, 5, 14), new(1, 1, 1), new(9999, 12, 31), new(2024, 2, 29), new(1900, 1, 1)];

    /// <summary>
    /// Not fuzz targets but yardsticks for <c>--scaling</c>: trivially linear work on the same inputs, to show what ratio the
    /// machine alone gives between the two sizes (caches, memory bandwidth, the collector). <c>baseline-sum</c> adds the
    /// bytes up (no allocation); <c>baseline-lines</c> reads the input line by line through a <see cref="StreamReader"/>
    /// (a string per line, as a naive reader would); <c>baseline-keep</c> does the same and keeps the lines in a list (a
    /// result that grows with the input, as every reader's does); <c>baseline-split</c> decodes the input to one string and splits it
    /// into lines (<see cref="string.Split(char, StringSplitOptions)"/>).
    /// </summary>
    public static IReadOnlyList<FuzzTarget> Calibration()
    {
        List<byte[]> seeds = [U(Actors), U(Agents), U(Verbs), U(Conllu)];
        return
        [
            new("baseline-sum", seeds, b =>
            {
                long sum = 0;
                foreach (byte x in b) sum += x;
                GC.KeepAlive(sum);
            }),
            new("baseline-lines", seeds, b =>
            {
                using var reader = new StreamReader(AsFile(b));
                long chars = 0;
                while (reader.ReadLine() is { } line) chars += line.Length;
                GC.KeepAlive(chars);
            }),
            new("baseline-keep", seeds, b =>
            {
                using var reader = new StreamReader(AsFile(b));
                var lines = new List<string>();
                while (reader.ReadLine() is { } line) lines.Add(line);
                GC.KeepAlive(lines);
            }),
            new("baseline-split", seeds, b => GC.KeepAlive(Text(b).Split('\n'))),
        ];
    }

    private static void Check(TokenizedText t, string text)
    {
        int last = 0;
        foreach (var token in t.Tokens)
        {
            if (token.Span.Start < last || token.Span.End > text.Length || token.Span.IsEmpty)
                throw new InvalidOperationException($"tokenizer produced a bad span {token.Span} (previous end {last}, text length {text.Length})");
            last = token.Span.End;
        }
    }

    /// <summary>Every annotation's span must lie inside the text (principle 1: text is never lost).</summary>
    private static void CheckSpans(Document doc)
    {
        void In(TextSpan s, string what)
        {
            if (s.Start < 0 || s.End > doc.Text.Length || s.Start > s.End)
                throw new InvalidOperationException($"{what} span {s} outside the text (length {doc.Text.Length})");
        }
        foreach (var t in doc.Tokens) In(t.Span, "token");
        foreach (var s in doc.Sentences) In(s.Span, "sentence");
        foreach (var e in doc.Entities) In(e.Span, "entity");
        foreach (var e in doc.Events) In(e.Evidence, "event evidence");
    }
}
