using Tacitus.Core;

namespace Tacitus.Engine.Tests;

/// <summary>Inputs the fuzzer found crashing, kept as regression tests (see docs/fuzzing.md).</summary>
public sealed class FuzzRegressionTests
{
    private static readonly Lazy<Pipeline> Engine = new(() => TacitusEngine.Build());

    [Theory]
    // TimexRecognizer read past the last word when a text ended in "the" (decade check: "the nineties").
    [InlineData("This image taken from video shows the ")]
    [InlineData("the")]
    // ActorResolution read past the last word when a text ended in a title description ("Germany's new Chancellor").
    [InlineData("Lammy spoke.\nGermany\u2019s new Chancellor")]
    [InlineData("Germany's new Chancellor")]
    public void Pipeline_codes_former_crashers(string text)
    {
        var doc = Engine.Value.Process(new Document("crasher", text) { PublicationDate = new DateOnly(2025, 5, 14) });
        Assert.Equal(text, doc.Text);
    }
}
