namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>
/// An event's evidence says what the dictionary pattern that coded it named: "called for national unity", not "called";
/// the named phrase runs from its first word to its head ("the fastest possible ratification"), with the rest of a name
/// ("Sinn Fein") but without what follows the head ("of the treaty").
/// </summary>
public class EvidencePipelineTests
{
    [Theory]
    [InlineData("US President-elect Donald Trump has called for national unity in an address to mark the holiday.", "020", "Donald Trump has called for national unity")]
    [InlineData("Yeltsin called for the fastest possible ratification of the treaty.", "020", "Yeltsin called for the fastest possible ratification")]
    // The complement verb was evidence before: a guard that the named phrase does not cut it short.
    [InlineData("The British government has formally called for Sinn Fein to be expelled from the peace talks.", "020", "British government has formally called for Sinn Fein to be expelled")]
    [InlineData("The British government has formally called for Sinn Fein, the IRA's political wing, to be expelled from the multiparty peace talks on northern Ireland.", "020", "British government has formally called for Sinn Fein")]
    [InlineData("Putin did not attend the summit in Istanbul.", "044", "Putin did not attend the summit")]
    [InlineData("Saddam Hussein called President Bush a liar.", "111", "Saddam Hussein called President Bush a liar")]
    public void Evidence_runs_to_what_the_pattern_named(string text, string cameo, string evidence)
    {
        var doc = PipelineGolden.Analyse("evidence", text, new DateOnly(2025, 5, 14));
        var e = Assert.Single(doc.Events, e => e.Cameo == cameo);
        Assert.Equal(evidence, doc.TextOf(e.Evidence));
    }
}
