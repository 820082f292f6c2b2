using System.Text;
using Tacitus.Core;

namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>
/// Golden sentences (Fixtures/pipeline-sentences.txt) through the real shipped pipeline: each case's listed events must be
/// found (source, target, CAMEO, modality) and its forbidden actors must take part in none; the full output with evidence
/// spans and rules is held in pipeline-sentences.golden.
/// </summary>
public class SentencePipelineTests
{
    internal sealed record Case(string Id, string Text, IReadOnlyList<string> Expected, IReadOnlyList<string> Forbidden, int Line);

    internal static readonly Lazy<IReadOnlyList<Case>> Cases = new(() =>
    {
        var result = new List<Case>();
        var lines = File.ReadAllLines(PipelineGolden.FixturePath("pipeline-sentences.txt"));
        for (int i = 0; i < lines.Length; i++)
        {
            var l = lines[i].Trim();
            if (l.Length == 0 || l[0] == '#') continue;
            var parts = l.Split('|');
            if (parts.Length != 4) throw new FormatException($"pipeline-sentences.txt:{i + 1}: four '|' fields expected");
            result.Add(new Case(parts[0].Trim(), parts[1].Trim(),
                parts[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                parts[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), i + 1));
        }
        return result;
    });

    private static readonly Lazy<Dictionary<string, Document>> Docs = new(() =>
        Cases.Value.ToDictionary(c => c.Id, c => PipelineGolden.Analyse(c.Id, c.Text, new DateOnly(2025, 5, 14))));

    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases.Value) data.Add(c.Id);
        return data;
    }

    internal static bool Matches(string expected, Event e)
    {
        var x = expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (x.Length != 4) throw new FormatException($"'{expected}': SOURCE TARGET CAMEO MODALITY expected");
        var key = PipelineGolden.Key(e).Split(' ');
        bool code = x[2].EndsWith('*') ? key[2].StartsWith(x[2].TrimEnd('*'), StringComparison.Ordinal) : key[2] == x[2];
        return x[0] == key[0] && x[1] == key[1] && code && x[3] == key[3];
    }

    [Fact]
    public void There_are_at_least_forty_cases() => Assert.True(Cases.Value.Count >= 40, $"{Cases.Value.Count} cases");

    [Theory]
    [MemberData(nameof(Ids))]
    public void Sentence_yields_the_expected_events(string id)
    {
        var c = Cases.Value.Single(x => x.Id == id);
        var doc = Docs.Value[id];
        var listing = string.Join("\n", doc.Events.Select(e => "  " + PipelineGolden.Render(doc, e)));
        foreach (var x in c.Expected)
            Assert.True(doc.Events.Any(e => Matches(x, e)), $"{id} (line {c.Line}): {c.Text}\nmissing: {x}\nfound:\n{listing}");
        foreach (var name in c.Forbidden)
            foreach (var e in doc.Events)
                Assert.False(e.Source?.Name.Contains(name, StringComparison.Ordinal) == true || e.Target?.Name.Contains(name, StringComparison.Ordinal) == true,
                    $"{id}: {name} must take part in no event:\n{listing}");
        foreach (var e in doc.Events)
        {
            Assert.False(e.Evidence.IsEmpty, $"{id}: empty evidence");
            Assert.False(string.IsNullOrWhiteSpace(e.Rule), $"{id}: no rule");
            Assert.Contains(doc.TextOf(doc.Tokens[e.Predicate!.Value]), doc.TextOf(e.Evidence), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Golden_file()
    {
        var sb = new StringBuilder();
        foreach (var c in Cases.Value)
        {
            var doc = Docs.Value[c.Id];
            sb.Append("## ").Append(c.Id).Append(": ").Append(c.Text).Append('\n');
            foreach (var e in doc.Events) sb.Append(PipelineGolden.Render(doc, e)).Append('\n');
        }
        PipelineGolden.AssertGolden("pipeline-sentences.golden", sb.ToString());
    }
}
