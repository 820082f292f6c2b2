namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>
/// ENGAGE's dictionary default is force [190]: right for "troops engaged the rebels", wrong for "Putin's lack of
/// willingness to engage" (the showcase), which is about taking part in talks.
/// </summary>
public class ForceVerbTests
{
    [Theory]
    [InlineData("Troops engaged the rebels near Kabul on Friday.", true)]
    [InlineData("Putin's lack of willingness to engage personally means the talks will not be at the presidential level.", false)]
    [InlineData("Putin refused to engage.", false)]
    public void Engage_codes_force_only_with_something_engaged(string text, bool force)
    {
        var doc = PipelineGolden.Analyse("engage", text, new DateOnly(2025, 5, 14));
        Assert.True(force == doc.Events.Any(e => e.CameoRoot == "19"), string.Join("; ", doc.Events.Select(e => $"{e.Cameo} {e.Rule}")));
    }
}
