using Tacitus.Core;

namespace Tacitus.Coding.Tests;

/// <summary>Acceptance: dated roles in the shipped dictionary (2025 overlay) resolve against the document date.</summary>
public class ShippedDatedRolesTests
{
    private static Actor Resolve(string text, DateOnly date, string surname) =>
        Assert.Single(TestDocs.Shipped.Process(TestDocs.Tokenized(text, date)).Actors, a => a.Name.Contains(surname, StringComparison.OrdinalIgnoreCase));

    [Theory]
    [InlineData(2023, 3, 1, "DEUOPP")]   // opposition leader from 2022-01-31
    [InlineData(2025, 5, 5, "DEUOPP")]   // last day before the chancellorship
    [InlineData(2025, 5, 6, "DEUGOV")]   // Chancellor from 2025-05-06
    [InlineData(2025, 5, 14, "DEUGOV")]
    public void Merz_is_opposition_before_and_government_after_6_May_2025(int y, int m, int d, string code) =>
        Assert.Equal(code, Resolve("Friedrich Merz spoke in Berlin.", new DateOnly(y, m, d), "Merz").Cameo);

    [Theory]
    [InlineData(2024, 7, 4, "GBRLEG")]
    [InlineData(2024, 7, 5, "GBRGOV")]
    public void Lammy_joins_the_government_on_5_July_2024(int y, int m, int d, string code) =>
        Assert.Equal(code, Resolve("David Lammy spoke in London.", new DateOnly(y, m, d), "Lammy").Cameo);

    /// <summary>Phoenix gives QUEEN_ELIZABETH_II to Saint Kitts and Nevis alone; the overlay makes her the British queen.</summary>
    [Theory]
    [InlineData(1998, 2, 13, "GBRGOV")]
    [InlineData(2022, 9, 8, "GBRGOV")]
    [InlineData(2024, 1, 1, "GBRELI")]
    public void Queen_Elizabeth_II_is_the_british_queen_until_8_September_2022(int y, int m, int d, string code) =>
        Assert.Equal(code, Resolve("Queen Elizabeth II spoke.", new DateOnly(y, m, d), "Elizabeth").Cameo);

    /// <summary>Phoenix has neither the Vatican nor the Pope; the overlay adds both (CAMEO VAT), Popes with their dates.</summary>
    [Theory]
    [InlineData("Pope Francis spoke.", 2021, 3, 5, "Francis", "VATGOV")]
    [InlineData("Pope Francis spoke.", 2025, 6, 1, "Francis", "VATELI")]
    [InlineData("Pope Leo XIV spoke.", 2025, 6, 1, "Leo", "VATGOV")]
    [InlineData("Pope John Paul II spoke.", 1998, 1, 20, "John Paul", "VATGOV")]
    [InlineData("The Pope spoke.", 1998, 1, 20, "Pope", "VATGOV")]
    [InlineData("The Vatican spoke.", 2021, 3, 5, "Vatican", "VATGOV")]
    public void The_pope_and_the_vatican_are_the_holy_see(string text, int y, int m, int d, string name, string code) =>
        Assert.Equal(code, Resolve(text, new DateOnly(y, m, d), name).Cameo);

    /// <summary>News names Saddam Hussein "Saddam" alone; the overlay adds the alias to Phoenix's dates.</summary>
    [Theory]
    [InlineData(1990, 8, 15, "IRQGOV")]
    [InlineData(2005, 1, 1, "IRQELI")]
    public void Saddam_alone_is_saddam_hussein(int y, int m, int d, string code) =>
        Assert.Equal(code, Resolve("Saddam spoke.", new DateOnly(y, m, d), "Saddam").Cameo);

    /// <summary>Phoenix lists PRESIDENT_BUSH under both presidents; the story's date chooses.</summary>
    [Theory]
    [InlineData(1990, 8, 15, "George Bush", "USAGOV")]
    [InlineData(2003, 3, 20, "George W. Bush", "USAGOV")]
    public void President_Bush_is_the_one_in_office_on_the_date(int y, int m, int d, string name, string code)
    {
        var bush = Resolve("President Bush denounced the invasion.", new DateOnly(y, m, d), "Bush");
        Assert.Equal((name, code), (bush.Name, bush.Cameo));
    }

    /// <summary>Phoenix dates Rabin's offices and gives him no default: out of office he is an Israeli elite.</summary>
    [Theory]
    [InlineData(1993, 9, 13, "ISRGOV")]
    [InlineData(1998, 2, 27, "ISRELI")]
    [InlineData(1960, 1, 1, "ISRELI")]
    public void A_dictionary_person_out_of_every_dated_office_is_an_elite_of_the_nearest_country(int y, int m, int d, string code) =>
        Assert.Equal(code, Resolve("Yitzhak Rabin spoke.", new DateOnly(y, m, d), "Rabin").Cameo);

    [Theory]
    [InlineData("Erdogan spoke.")]
    [InlineData("Erdoğan spoke.")]
    [InlineData("President Recep Tayyip Erdoğan spoke.")]
    public void Shipped_aliases_match_with_or_without_diacritics(string text) =>
        Assert.Equal("TUR", Resolve(text, new DateOnly(2025, 5, 14), "Erdo").Country);

    /// <summary>The 2014 files have no leaders of the Yugoslav wars; the overlay dates them.</summary>
    [Theory]
    [InlineData("Slobodan Milosevic spoke.", 1995, 11, 21, "Milosevic", "SRBGOV")]
    [InlineData("Slobodan Milosevic spoke.", 1999, 3, 24, "Milosevic", "SCGGOV")]
    [InlineData("Milosevic spoke.", 2002, 2, 12, "Milosevic", "SCGELI")]
    [InlineData("Alija Izetbegovic spoke.", 1995, 11, 21, "Izetbegovic", "BIHGOV")]
    [InlineData("Radovan Karadzic spoke.", 1995, 7, 11, "Karadzic", "BIHREB")]
    [InlineData("Yugoslavia protested.", 1999, 3, 24, "Yugoslavia", "SCG")]
    [InlineData("The Yugoslav army protested.", 1999, 3, 24, "Yugoslav", "SCGMIL")]
    [InlineData("Yugoslavia protested.", 1985, 1, 1, "Yugoslavia", "YUG")]
    public void Leaders_of_the_Yugoslav_wars_and_Yugoslavia_by_date(string text, int y, int m, int d, string name, string code) =>
        Assert.Equal(code, Resolve(text, new DateOnly(y, m, d), name).Cameo);

    /// <summary>Barack Obama is a person in the shipped dictionary, not merged with Washington (both USAGOV).</summary>
    [Fact]
    public void A_hand_added_phoenix_leader_is_a_person_of_his_own()
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized("Washington said Barack Obama would visit Kenya. He praised Kenya.", new DateOnly(2010, 5, 1)));
        var obama = Assert.Single(doc.Actors, a => a.Name == "Barack Obama");
        Assert.Contains(doc.Actors, a => a.Name == "Washington" && a.Id != obama.Id);
        Assert.Contains(obama.Mentions, m => doc.TextOf(m.Span) == "He");
    }

    /// <summary>Phoenix left these offices open in 2014; the overlay closes them.</summary>
    [Theory]
    [InlineData("Barack Obama spoke.", 2010, 5, 1, "Obama", "USAGOV")]
    [InlineData("Barack Obama spoke.", 2018, 5, 1, "Obama", "USAELI")]
    [InlineData("President Obama spoke.", 2016, 11, 23, "Obama", "USAGOV")]
    [InlineData("Francois Hollande spoke.", 2019, 1, 1, "Hollande", "FRAELI")]
    [InlineData("John Kerry spoke.", 2015, 7, 14, "Kerry", "USAGOV")]
    [InlineData("John Kerry spoke.", 2019, 1, 1, "Kerry", "USAELI")]
    [InlineData("Hassan Rouhani spoke.", 2023, 1, 1, "Rouhani", "IRNELI")]
    [InlineData("Muhammadu Buhari spoke.", 2020, 1, 1, "Buhari", "NGAGOV")]
    [InlineData("John McCain spoke.", 2010, 1, 1, "McCain", "USALEG")]
    [InlineData("Hashim Thaci spoke.", 2019, 1, 1, "Thaci", "KSVGOV")]
    [InlineData("Hashim Thaci spoke.", 2022, 1, 1, "Thaci", "KSVELI")]
    public void Offices_phoenix_left_open_are_closed(string text, int y, int m, int d, string name, string code) =>
        Assert.Equal(code, Resolve(text, new DateOnly(y, m, d), name).Cameo);

    /// <summary>"President Hussein" is Saddam Hussein: Jordan's Hussein was a king.</summary>
    [Theory]
    [InlineData("President Hussein spoke.", 1991, 2, 25, "IRQGOV")]
    public void President_Hussein_is_saddam_hussein(string text, int y, int m, int d, string code) =>
        Assert.Equal(code, Resolve(text, new DateOnly(y, m, d), "Hussein").Cameo);

    /// <summary>Northern Ireland is in the United Kingdom, not Ireland; East Azerbaijan a province of Iran; Central, North, South and Latin America are
    /// regions, not the United States that "America" names alone.</summary>
    [Theory]
    [InlineData("Northern Ireland protested.", "GBR")]
    [InlineData("East Azerbaijan protested.", "IRN")]
    [InlineData("Azerbaijan protested.", "AZE")]
    [InlineData("Ireland protested.", "IRL")]
    [InlineData("Central America protested.", null)]
    [InlineData("South America protested.", null)]
    [InlineData("America protested.", "USA")]
    public void Places_holding_a_country_name_are_not_that_country(string text, string? country)
    {
        var doc = TestDocs.Shipped.Process(TestDocs.Tokenized(text, new DateOnly(1998, 3, 22)));
        Assert.Equal(country, doc.Actors.SingleOrDefault()?.Cameo);
    }
}
