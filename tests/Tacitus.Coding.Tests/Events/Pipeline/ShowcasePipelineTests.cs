using System.Text;
using Tacitus.Core;
using Tacitus.TestSupport;

namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>Acceptance of issue 6 on the showcase article, through the real shipped pipeline (no hand parses).</summary>
public class ShowcasePipelineTests
{
    private static readonly Lazy<Document> Doc = new(() => PipelineGolden.Analyse("istanbul-talks-2025-05-14",
        File.ReadAllText(Path.Combine(SharedData.RepoRoot, "examples", "istanbul-talks-2025-05-14.txt")), new DateOnly(2025, 5, 14)));

    private static Event Find(string key, string evidenceWord)
    {
        var doc = Doc.Value;
        var hits = doc.Events.Where(e => PipelineGolden.Key(e) == key && doc.TextOf(e.Evidence).Contains(evidenceWord, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count > 0, $"no event '{key}' with evidence containing '{evidenceWord}'; events:\n" +
                                    string.Join("\n", doc.Events.Select(e => PipelineGolden.Render(doc, e))));
        return hits[0];
    }

    [Fact]
    public void Putin_refuses_the_invitation_REJECT() => Assert.StartsWith("12", Find("RUSGOV - 125 refused", "refused to accept").Cameo, StringComparison.Ordinal);

    [Fact]
    public void Russia_Ukraine_talks_in_Istanbul_are_planned()
    {
        var e = Find("RUS UKR 046 planned", "negotiations");
        Assert.Equal("Istanbul", e.Place?.Name);
        Assert.Equal("2025-05-15", e.Date);
    }

    [Fact]
    public void Zelenskyy_criticises_Putin() => Find("UKRGOV RUSGOV 110 asserted", "lamented");

    [Fact]
    public void Russian_missile_strike_on_Sumy_kills_three()
    {
        var e = Find("RUS UKR 195 asserted", "missile strike");
        Assert.Equal(3, e.Fatalities);
        Assert.Equal("Sumy", e.Place?.Name);
        Assert.Equal("2025-02-28", e.Date);
    }

    [Fact]
    public void Lammy_criticises_Putin() => Find("GBRGOV RUSGOV 111 asserted", "calling out");

    [Fact]
    public void Merz_warns() => Find("DEUGOV - 130 asserted", "warning");

    [Fact]
    public void Zelenskyy_is_set_to_meet_Erdogan_in_Ankara()
    {
        var e = Find("UKRGOV TURGOV 040 planned", "set to meet");
        Assert.Equal("Ankara", e.Place?.Name);
        Assert.Equal("2025-05-15", e.Date);
    }

    [Fact]
    public void Lavrov_and_Ushakov_take_part_in_no_event()
    {
        foreach (var e in Doc.Value.Events)
            foreach (var side in new[] { e.Source, e.Target })
                Assert.False(side is not null && (side.Name.Contains("Lavrov", StringComparison.Ordinal) || side.Name.Contains("Ushakov", StringComparison.Ordinal)),
                    PipelineGolden.Render(Doc.Value, e));
    }

    [Fact]
    public void Every_event_has_evidence_and_a_rule()
    {
        Assert.NotEmpty(Doc.Value.Events);
        foreach (var e in Doc.Value.Events)
        {
            Assert.False(e.Evidence.IsEmpty);
            Assert.False(string.IsNullOrWhiteSpace(e.Rule));
            Assert.True(Doc.Value.Sentences[e.Sentence].Span.Contains(e.Evidence), PipelineGolden.Render(Doc.Value, e));
        }
    }

    [Fact]
    public void Golden_file()
    {
        var sb = new StringBuilder();
        foreach (var e in Doc.Value.Events) sb.Append(PipelineGolden.Render(Doc.Value, e)).Append('\n');
        PipelineGolden.AssertGolden("showcase.pipeline.golden", sb.ToString());
    }
}
