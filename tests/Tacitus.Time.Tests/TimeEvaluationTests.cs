using Tacitus.Core;
using Tacitus.Nlp.Tokenization;
using Tacitus.TestSupport;
using Tacitus.Time.Evaluation;

namespace Tacitus.Time.Tests;

public class TimeEvaluationTests
{
    // A TimeML document written for this test (not from any corpus).
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>test-1</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2025-05-14T10:00" functionInDocument="CREATION_TIME">2025-05-14</TIMEX3></DCT>
        <TEXT>
        Talks <EVENT eid="e1">resume</EVENT> <TIMEX3 tid="t1" type="DATE" value="2025-05-15">Thursday</TIMEX3> in Istanbul &amp; Ankara after <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    [Fact]
    public void TimeML_text_gold_spans_and_creation_time_are_read()
    {
        var doc = TimeMLDocument.Parse("test-1", Sample);
        Assert.Equal(new DateOnly(2025, 5, 14), doc.CreationTime);
        Assert.Equal(2, doc.Timexes.Length);
        Assert.Equal("Thursday", doc.Timexes[0].Span.Of(doc.Text));
        Assert.Equal("three years", doc.Timexes[1].Span.Of(doc.Text));
        Assert.Equal(("DURATION", "P3Y"), (doc.Timexes[1].Type, doc.Timexes[1].Value));
        Assert.Contains("Istanbul & Ankara", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_without_a_creation_time_is_a_clear_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tacitus-bad-{Guid.NewGuid():N}.tml");
        File.WriteAllText(path, "<TimeML><TEXT>nothing</TEXT></TimeML>");
        try
        {
            var ex = Assert.Throws<TacitusException>(() => TimeMLDocument.Load(path));
            Assert.Contains("DCT", ex.Message, StringComparison.Ordinal);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Scorer_follows_the_TempEval3_definitions()
    {
        var gold = new List<GoldTimex>
        {
            new(new TextSpan(0, 8), "DATE", "2025-05-15"),    // exact, right value
            new(new TextSpan(20, 31), "DURATION", "P3Y"),     // overlapped, wrong value
            new(new TextSpan(40, 45), "DATE", "2024"),        // missed
        };
        var system = new List<TimeExpression>
        {
            new(new TextSpan(0, 8), 0, "DATE", "2025-05-15", "t"),
            new(new TextSpan(26, 31), 0, "DURATION", "PXY", "t"),
            new(new TextSpan(50, 55), 0, "DATE", "2020", "t"),  // spurious
        };
        var scorer = new TimeScorer();
        scorer.Add("d", new string('x', 60), gold, system);
        var s = scorer.Scores();
        Assert.Equal(1.0 / 3, s.StrictPrecision, 6);
        Assert.Equal(2.0 / 3, s.RelaxedF1, 6);
        Assert.Equal(0.5, s.ValueAccuracy, 6);
        Assert.Equal(1.0 / 3, s.ValueF1, 6);          // = relaxed F1 × value accuracy
        Assert.Equal(1.0, s.TypeAccuracy, 6);
        Assert.Equal(s.RelaxedF1 * s.ValueAccuracy, s.ValueF1, 6);
    }

    private static readonly string Tbaq = SharedData.Directory is null ? "" : SharedData.Path("time", "tbaq");

    /// <summary>Floors just under what the rules reach on TBAQ (TimeBank + AQUAINT), development and held-out.</summary>
    [SharedDataFact("time", "tbaq")]
    public void TimeBank_AQUAINT_scores_hold_their_floor()
    {
        var tokenizer = new Tokenizer();
        var times = new TimeProcessor();
        var result = TimeEvaluation.Run(Tbaq, d => times.Process(tokenizer.Process(d)));
        Assert.Equal(256, result.All.Documents);
        Assert.True(result.All.Scores.RelaxedF1 >= 0.93, $"relaxed F1 {result.All.Scores.RelaxedF1:P2}");
        Assert.True(result.All.Scores.StrictF1 >= 0.84, $"strict F1 {result.All.Scores.StrictF1:P2}");
        Assert.True(result.All.Scores.ValueF1 >= 0.80, $"value F1 {result.All.Scores.ValueF1:P2}");
        Assert.True(result.All.Scores.TypeAccuracy >= 0.96, $"type accuracy {result.All.Scores.TypeAccuracy:P2}");
        Assert.True(result.Development.Scores.ValueF1 >= 0.81, $"development value F1 {result.Development.Scores.ValueF1:P2}");
        Assert.True(result.HeldOut.Scores.ValueF1 >= 0.77, $"held-out value F1 {result.HeldOut.Scores.ValueF1:P2}");
    }
}
