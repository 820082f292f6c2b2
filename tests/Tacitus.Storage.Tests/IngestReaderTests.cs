using System.IO.Compression;
using System.Text;
using Tacitus.Engine.Input;
using Tacitus.Storage.Ingest;

namespace Tacitus.Storage.Tests;

public class IngestReaderTests
{
    private const string NewsPage = """
        <!doctype html><html><head><title>Talks in Istanbul | Example News</title>
        <meta property="og:title" content="Russia and Ukraine to meet in Istanbul">
        <meta property="article:published_time" content="2025-05-14T08:30:00Z">
        <meta property="og:url" content="https://news.example/istanbul">
        <meta property="og:site_name" content="Example News">
        <meta name="author" content="Jane Roe">
        <script>var tracking = "Putin attacked the tracker";</script><style>p{color:red}</style></head>
        <body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
        <header class="site-header">Example News header</header>
        <div class="ad-slot">Buy cheap flights to Istanbul now!</div>
        <article><h1>Russia and Ukraine to meet in Istanbul</h1><div class="byline">By Jane Roe</div>
        <p>ISTANBUL, May 14 (Example) — Russian and Ukrainian delegations will meet in Istanbul on Thursday.</p>
        <p>Ukrainian President Volodymyr Zelenskyy said he would attend.</p>
        <aside class="related">Related: Ten things about Istanbul</aside>
        <div class="share-bar">Share on social</div></article>
        <footer>Copyright Example News</footer></body></html>
        """;

    [Fact]
    public void Html_keeps_the_story_and_its_metadata_and_drops_the_rest()
    {
        var page = HtmlText.Extract(NewsPage);
        Assert.Contains("Russian and Ukrainian delegations will meet in Istanbul on Thursday.", page.Text);
        Assert.Contains("Zelenskyy said he would attend.", page.Text);
        foreach (var junk in new[] { "tracker", "color:red", "World news menu", "cheap flights", "Ten things", "Share on social", "Copyright", "By Jane Roe", "site header" })
            Assert.DoesNotContain(junk, page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Russia and Ukraine to meet in Istanbul", page.Title);
        Assert.Equal(new DateOnly(2025, 5, 14), page.Date);
        Assert.Equal("https://news.example/istanbul", page.Url);
        Assert.Equal("Example News", page.SiteName);
        Assert.Equal("Jane Roe", page.Byline);
        Assert.Equal("ISTANBUL, May 14 (Example)", page.Dateline);
    }

    [Fact]
    public void Html_without_article_markup_takes_the_densest_block()
    {
        var html = "<html><body><div id='menu'><p>Home</p><p>About</p></div><div class='content'><p>First paragraph of the story, long enough to matter.</p><p>Second paragraph of the story.</p></div><div><p>x</p></div></body></html>";
        var page = HtmlText.Extract(html);
        Assert.Equal("First paragraph of the story, long enough to matter.\nSecond paragraph of the story.\n", page.Text);
    }

    private static string Write(string dir, string name, string content)
    {
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Reads_every_supported_kind_including_gzip()
    {
        var dir = TestDocuments.TempDir();
        Write(dir, "plain-2025-05-14.txt", "A plain story about talks.");
        Write(dir, "page.html", NewsPage);
        Write(dir, "lines.jsonl", """
            {"id":"j1","text":"First JSON story.","date":"2025-05-10","source":"Wire","author":"A. Writer"}
            {"id":"j2","text":"Second JSON story.","url":"https://x.example/2"}
            not json
            """);
        Write(dir, "feed.rss", """
            <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Example Feed</title><link>https://feed.example/</link><description>d</description>
            <item><title>One</title><link>https://feed.example/1</link><pubDate>Wed, 14 May 2025 10:00:00 GMT</pubDate><description>Short summary one.</description><content:encoded><![CDATA[<p>Full text of item one.</p><script>bad()</script>]]></content:encoded></item>
            <item><title>Two</title><link>https://feed.example/2</link><pubDate>Thu, 15 May 2025 10:00:00 GMT</pubDate><description>Plain summary of item two.</description></item>
            </channel></rss>
            """);
        Write(dir, "feed.atom", """
            <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Wire</title><id>urn:x</id><updated>2025-05-14T00:00:00Z</updated>
            <entry><title>A1</title><id>urn:a1</id><updated>2025-05-13T00:00:00Z</updated><link href="https://atom.example/a1"/><author><name>Ann</name></author><content type="html">&lt;p&gt;Atom entry text.&lt;/p&gt;</content></entry>
            </feed>
            """);
        using (var gz = new GZipStream(File.Create(Path.Combine(dir, "zipped.txt.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes("A gzipped story."));
        Write(dir, "ignored.csv", "a,b");

        var reader = new IngestReader(defaultDate: new DateOnly(2020, 1, 1));
        var problems = new List<InputProblem>();
        reader.Problem += problems.Add;
        var files = reader.Expand([dir]);
        Assert.Equal(6, files.Count);
        var items = files.SelectMany(reader.Read).ToList();
        var byText = items.ToDictionary(i => i.Document.Text.Trim());

        Assert.Equal(new DateOnly(2025, 5, 14), byText["A plain story about talks."].Document.PublicationDate);
        Assert.Equal(new DateOnly(2020, 1, 1), byText["A gzipped story."].Document.PublicationDate);
        Assert.Equal("A. Writer", byText["First JSON story."].Byline);
        Assert.Equal("Wire", byText["First JSON story."].Document.SourceName);
        Assert.Equal(new DateOnly(2020, 1, 1), byText["Second JSON story."].Document.PublicationDate);
        var one = byText["Full text of item one."].Document;
        Assert.Equal("Example Feed", one.SourceName);
        Assert.Equal("https://feed.example/1", one.Url);
        Assert.Equal(new DateOnly(2025, 5, 14), one.PublicationDate);
        Assert.Equal("One", one.Title);
        Assert.True(byText.ContainsKey("Plain summary of item two."));
        var atom = byText["Atom entry text."];
        Assert.Equal("Ann", atom.Byline);
        Assert.Equal("Atom Wire", atom.Document.SourceName);
        Assert.Equal(new DateOnly(2025, 5, 13), atom.Document.PublicationDate);
        Assert.Equal("Jane Roe", items.Single(i => i.Input.EndsWith("page.html", StringComparison.Ordinal)).Byline);
        Assert.Equal(8, items.Count);
        var p = Assert.Single(problems);
        Assert.EndsWith("lines.jsonl:3", p.Source);
    }

    [Fact]
    public void Missing_inputs_and_broken_feeds_are_reported()
    {
        var dir = TestDocuments.TempDir();
        var bad = Write(dir, "broken.rss", "<rss><channel><item>");
        var reader = new IngestReader();
        var problems = new List<InputProblem>();
        reader.Problem += problems.Add;
        var files = reader.Expand([Path.Combine(dir, "nope.txt"), bad]);
        Assert.Empty(files.SelectMany(reader.Read));
        Assert.Equal(2, problems.Count);
        Assert.Contains("no such file", problems[0].Message);
        Assert.Contains("RSS or Atom", problems[1].Message);
    }

    [Fact]
    public void Gzipped_jsonl_is_streamed_and_a_bad_line_costs_only_itself()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-gzjsonl-");
        try
        {
            var path = Path.Combine(dir.FullName, "wire.jsonl.gz");
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
            {
                var lines = "{\"id\":\"a\",\"text\":\"Putin refused.\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"Merz warned Moscow.\"}\n";
                gz.Write(Encoding.UTF8.GetBytes(lines));
            }
            var reader = new IngestReader();
            var problems = new List<InputProblem>();
            reader.Problem += problems.Add;
            var items = reader.Read(path).ToList();
            Assert.Equal(["a", "c"], items.Select(i => i.Document.Id));
            Assert.Equal(path + ":2", Assert.Single(problems).Source);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_gzip_bomb_is_refused_with_a_message()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-gzbomb-");
        try
        {
            var path = Path.Combine(dir.FullName, "bomb.txt.gz");
            using (var gz = new GZipStream(File.Create(path), CompressionLevel.SmallestSize))
            {
                var zeros = new byte[1 << 20];
                zeros.AsSpan().Fill((byte)'a');
                for (long written = 0; written <= IngestReader.MaxInputBytes; written += zeros.Length) gz.Write(zeros);
            }
            Assert.True(new FileInfo(path).Length < 1_000_000);
            var reader = new IngestReader();
            var problems = new List<InputProblem>();
            reader.Problem += problems.Add;
            Assert.Empty(reader.Read(path));
            Assert.Contains("decompresses to more than", Assert.Single(problems).Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
