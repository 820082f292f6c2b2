using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Tacitus.Cluster.Tests;

/// <summary>
/// Writes a varied corpus for cluster tests: several hundred reports drawn from a fixed pool of facts (so the same
/// event is reported by many documents and outlets, and corroboration counts matter), in .txt files dated by name and
/// in JSON lines with outlet, URL and date; the showcase article's paragraphs; and exact duplicates under other names.
/// </summary>
internal static class ClusterCorpus
{
    private static readonly string[] People =
    [
        "Vladimir Putin", "Volodymyr Zelenskyy", "Recep Tayyip Erdoğan", "Emmanuel Macron", "Friedrich Merz", "David Lammy",
        "Sergei Lavrov", "Keir Starmer", "Andrii Sybiha", "Hakan Fidan",
    ];
    private static readonly (string Past, string Alt)[] Verbs =
    [
        ("met", "held talks with"), ("criticised", "sharply criticised"), ("praised", "praised"), ("accused", "accused"),
        ("called", "telephoned"), ("visited", "visited"), ("warned", "warned"), ("thanked", "thanked"), ("condemned", "condemned"),
    ];
    private static readonly string[] Places = ["Istanbul", "Ankara", "Kyiv", "Moscow", "Berlin", "Paris", "London", "Sumy", "Kharkiv", "Odesa"];
    private static readonly string[] Outlets = ["Wire One", "Daily Ledger", "Evening Post", "Global Desk", "Radio Free Example", "The Observer Example"];

    private sealed record Fact(string Source, (string Past, string Alt) Verb, string Target, string Place, DateOnly Date);

    /// <summary>Writes the corpus into <paramref name="dir"/>; returns the number of distinct document texts.</summary>
    public static int Write(string dir, int stories, string? showcase = null, int seed = 20250514)
    {
        Directory.CreateDirectory(dir);
        var rng = new Random(seed);
        var facts = Enumerable.Range(0, 90).Select(_ =>
        {
            var a = People[rng.Next(People.Length)];
            string b;
            do b = People[rng.Next(People.Length)]; while (b == a);
            return new Fact(a, Verbs[rng.Next(Verbs.Length)], b, Places[rng.Next(Places.Length)], new DateOnly(2025, 5, 1).AddDays(rng.Next(20)));
        }).ToArray();
        var texts = new HashSet<string>(StringComparer.Ordinal);
        var jsonl = new StringBuilder();
        for (int i = 0; i < stories; i++)
        {
            var text = Story(rng, facts, i);
            if (!texts.Add(text)) continue;
            var published = new DateOnly(2025, 5, 21).AddDays(rng.Next(5));
            if (i % 4 == 0)
            {
                jsonl.Append(JsonSerializer.Serialize(new
                {
                    id = $"wire-{i:0000}",
                    text,
                    date = published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    source = Outlets[rng.Next(Outlets.Length)],
                    url = $"https://news.example/{i}",
                })).Append('\n');
            }
            else
            {
                var sub = Path.Combine(dir, $"batch-{i % 7}");
                Directory.CreateDirectory(sub);
                File.WriteAllText(Path.Combine(sub, $"story-{i:0000}-{published:yyyy-MM-dd}.txt"), text);
            }
        }
        File.WriteAllText(Path.Combine(dir, "wire.jsonl"), jsonl.ToString());
        if (showcase is not null)
        {
            var paragraphs = showcase.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (int i = 0; i < paragraphs.Length; i++)
                if (texts.Add(paragraphs[i])) File.WriteAllText(Path.Combine(dir, $"showcase-{i:00}-2025-05-14.txt"), paragraphs[i]);
        }
        // Exact duplicates under other names: read, but stored once.
        var copies = Directory.GetFiles(dir, "story-*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(15).ToList();
        for (int i = 0; i < copies.Count; i++) File.Copy(copies[i], Path.Combine(dir, $"copy-{i:00}-2025-05-25.txt"));
        return texts.Count;
    }

    private static string Story(Random rng, Fact[] facts, int n)
    {
        var sb = new StringBuilder();
        int sentences = 3 + rng.Next(4);
        for (int s = 0; s < sentences; s++)
        {
            var f = facts[rng.Next(facts.Length)];
            var date = f.Date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            sb.Append(rng.Next(3) switch
            {
                0 => $"{f.Source} {f.Verb.Past} {f.Target} in {f.Place} on {date}. ",
                1 => $"On {date}, {f.Source} {f.Verb.Alt} {f.Target} in {f.Place}. ",
                _ => $"In {f.Place}, {f.Source} {f.Verb.Past} {f.Target} on {date}, officials said. ",
            });
        }
        sb.Append($"Report {n} of the example desk.");
        return sb.ToString();
    }
}
