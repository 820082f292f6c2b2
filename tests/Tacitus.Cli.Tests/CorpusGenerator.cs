using System.IO.Compression;
using System.Text;

namespace Tacitus.Cli.Tests;

/// <summary>
/// Writes a varied test corpus: paragraphs of the showcase and template stories as .txt, news pages with navigation,
/// ads and scripts as .html, RSS and Atom feeds, JSONL, gzip, exact duplicates and near-duplicate wire copies.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Countries = ["Ukraine", "Russia", "Turkey", "Germany", "France", "Poland", "Georgia", "Moldova", "Finland", "Estonia"];
    private static readonly string[] Leaders = ["the president", "the foreign minister", "the defence minister", "a government spokesman", "the prime minister"];
    private static readonly string[] Verbs = ["met", "criticised", "praised", "accused", "called", "visited", "warned", "thanked"];

    /// <summary>Writes the corpus into <paramref name="dir"/>; returns the number of distinct document texts.</summary>
    public static int Write(string dir, string showcase)
    {
        Directory.CreateDirectory(dir);
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = showcase.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < paragraphs.Length; i++)
            Add(texts, Path.Combine(dir, "txt", $"showcase-part-{i:00}-2025-05-14.txt"), paragraphs[i]);
        File.WriteAllText(Path.Combine(dir, "txt", "showcase-2025-05-14.txt"), showcase);
        texts.Add(showcase);

        for (int i = 0; i < 70; i++) Add(texts, Path.Combine(dir, "txt", $"story-{i:000}-2025-0{1 + i % 9}-{10 + i % 18}.txt"), Story(i));
        for (int i = 0; i < 60; i++)
        {
            var story = Story(1000 + i);
            texts.Add(story);
            Directory.CreateDirectory(Path.Combine(dir, "html"));
            File.WriteAllText(Path.Combine(dir, "html", $"page-{i:000}.html"), Page(i, story));
        }
        var rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire Feed</title><link>https://wire.example/</link><description>d</description>");
        for (int i = 0; i < 25; i++)
        {
            var story = Story(2000 + i);
            texts.Add(story);
            rss.Append($"<item><title>Item {i}</title><link>https://wire.example/{i}</link><pubDate>Wed, {10 + i % 15} May 2025 10:00:00 GMT</pubDate><description>{System.Security.SecurityElement.Escape("<p>" + story + "</p>")}</description></item>");
        }
        File.WriteAllText(Path.Combine(dir, "wire.rss"), rss.Append("</channel></rss>").ToString());
        var atom = new StringBuilder("<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Atom Desk</title><id>urn:desk</id><updated>2025-05-14T00:00:00Z</updated>");
        for (int i = 0; i < 15; i++)
        {
            var story = Story(3000 + i);
            texts.Add(story);
            atom.Append($"<entry><title>E{i}</title><id>urn:desk:{i}</id><updated>2025-04-{10 + i}T00:00:00Z</updated><link href=\"https://desk.example/{i}\"/><content type=\"text\">{System.Security.SecurityElement.Escape(story)}</content></entry>");
        }
        File.WriteAllText(Path.Combine(dir, "desk.atom"), atom.Append("</feed>").ToString());
        var jsonl = new StringBuilder();
        for (int i = 0; i < 30; i++)
        {
            var story = Story(4000 + i);
            texts.Add(story);
            jsonl.Append(System.Text.Json.JsonSerializer.Serialize(new { id = $"j{i}", text = story, date = $"2025-03-{1 + i:00}", source = "JSON Agency" })).Append('\n');
        }
        File.WriteAllText(Path.Combine(dir, "batch.jsonl"), jsonl.ToString());
        using (var gz = new GZipStream(File.Create(Path.Combine(dir, "archive.jsonl.gz")), CompressionLevel.Fastest))
        {
            var sb = new StringBuilder();
            for (int i = 0; i < 15; i++)
            {
                var story = Story(5000 + i);
                texts.Add(story);
                sb.Append(System.Text.Json.JsonSerializer.Serialize(new { id = $"g{i}", text = story, date = "2025-02-01" })).Append('\n');
            }
            gz.Write(Encoding.UTF8.GetBytes(sb.ToString()));
        }
        // Exact duplicates under other names, and wire copies with one changed sentence.
        for (int i = 0; i < 10; i++) File.WriteAllText(Path.Combine(dir, "txt", $"dup-{i:00}-2025-05-14.txt"), Story(i));
        for (int i = 0; i < 8; i++)
            Add(texts, Path.Combine(dir, "txt", $"wirecopy-{i:00}-2025-05-14.txt"), Story(i) + " Reporting by the Example desk.");
        return texts.Count;
    }

    private static void Add(HashSet<string> texts, string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        texts.Add(text);
    }

    public static string Story(int seed)
    {
        var rng = new Random(seed);
        var sb = new StringBuilder();
        int sentences = 6 + rng.Next(8);
        for (int s = 0; s < sentences; s++)
        {
            var a = Countries[rng.Next(Countries.Length)];
            var b = Countries[rng.Next(Countries.Length)];
            sb.Append($"On day {rng.Next(1, 28)} of story {seed}, {Leaders[rng.Next(Leaders.Length)]} of {a} {Verbs[rng.Next(Verbs.Length)]} officials from {b} about {rng.Next(2, 90)} issues. ");
        }
        return sb.ToString().TrimEnd();
    }

    private static string Page(int i, string story)
    {
        var paras = string.Join("", story.Split(". ").Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p.TrimEnd('.'))}.</p>"));
        return $"""
            <html><head><title>Story {i}</title><meta property="article:published_time" content="2025-04-{1 + i % 28:00}T09:00:00Z"><meta name="author" content="Reporter {i}">
            <script>track({i})</script></head><body><nav><a href="/">Home</a> Menu items</nav><div class="advert">Advert {i}</div>
            <article>{paras}</article><footer>Footer text</footer></body></html>
            """;
    }
}
