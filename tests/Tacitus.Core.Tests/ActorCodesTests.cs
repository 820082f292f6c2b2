namespace Tacitus.Core.Tests;

/// <summary>CAMEO actor codes read in three-letter parts.</summary>
public class ActorCodesTests
{
    [Theory]
    [InlineData("MED", "MED", true)]
    [InlineData("---MED", "MED", true)]
    [InlineData("USAMED", "MED", true)]
    [InlineData("GBRLAB", "LAB", true)]
    [InlineData("USAGOV", "MED", false)]
    [InlineData("XMEDX", "MED", false)]     // not a three-letter part: the parts are XME and DX
    [InlineData("LA", "LAB", false)]
    [InlineData(null, "LAB", false)]
    public void A_part_is_one_of_the_three_letter_parts(string? code, string part, bool has) =>
        Assert.Equal(has, ActorCodes.HasPart(code, part));

    [Theory]
    [InlineData("---COP", true)]
    [InlineData("RUSGOV", false)]
    [InlineData(null, false)]
    public void Unknown_country_is_three_dashes(string? code, bool unknown) =>
        Assert.Equal(unknown, ActorCodes.HasUnknownCountry(code));
}
