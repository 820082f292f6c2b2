namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>Titles before and after names, through the real pipeline (whose tagger and NER the actors stage reads).</summary>
public class TitlePipelineTests
{
    /// <summary>
    /// A director is an office of government when a country's institution names it ("FBI Director", "the director of
    /// the FBI"), and the institution's sector is then the person's; a film's or a charity's director holds none, and the
    /// name is still found. A generic office of an institution is the institution's ("Pentagon spokesman": USAMIL).
    /// </summary>
    [Theory]
    [InlineData("Last week, FBI Director Louis Freeh, on an official visit to Mexico, asked Mexican authorities to join the hunt.", "Louis Freeh", "USACOP", "Director")]
    [InlineData("Louis Freeh, the director of the FBI, met Mexican officials.", "Louis Freeh", "USACOP", "Director")]
    [InlineData("The prize went to Spanish director Pedro Almodovar.", "Pedro Almodovar", "ESP", null)]
    [InlineData("Manitoba Rescue executive director Jessica Hansen told reporters in Canada that the dog recovered.", "Jessica Hansen", "CAN", null)]
    [InlineData("Pentagon spokesman Kenneth Bacon said the troops were ready.", "Kenneth Bacon", "USAMIL", "Spokesman")]
    public void A_director_needs_an_institution(string text, string name, string cameo, string? role)
    {
        var doc = PipelineGolden.Analyse("titles", text, new DateOnly(1999, 1, 22));
        var actor = Assert.Single(doc.Actors, a => a.Name == name);
        Assert.Equal(cameo, actor.Cameo);
        Assert.Equal(role is null ? [] : [role], actor.Roles.ToArray());
    }

    /// <summary>One word the NER stage calls a person right after "near", "outside" or a direction "of" is a place.</summary>
    [Theory]
    [InlineData("A suspect in an early February farm auction theft near Hinton has been apprehended by Iowa police.", "Hinton", false)]
    [InlineData("Police found the car on a farm north of Hinton, Iowa police said.", "Hinton", false)]
    [InlineData("Iowa police said Hinton has been apprehended.", "Hinton", true)]
    public void A_name_after_near_is_a_place(string text, string name, bool person)
    {
        var doc = PipelineGolden.Analyse("titles", text, new DateOnly(2017, 2, 20));
        Assert.Equal(person, doc.Actors.Any(a => a.Name == name));
    }

    /// <summary>
    /// A copular predicate says who a person is, over the country of the clause they were first named in: "Ritter was an
    /// American spy" (not Iraq's), "Hussain was a British hacker", "a former officer in Britain's Secret Intelligence
    /// Service" (the service's code). A place someone is in ("a teacher in Britain") or a private body ("the
    /// vice-president of the Edmonton Traders' Association") says nothing of it.
    /// </summary>
    [Theory]
    [InlineData("Iraq accused Scott Ritter of spying. Ritter was an American spy.", "Scott Ritter", "USASPY")]
    [InlineData("The United States killed Junaid Hussain. Hussain was a British hacker.", "Junaid Hussain", "GBR")]
    [InlineData("Russia criticised Christopher Steele. Steele is a former officer in Britain's Secret Intelligence Service.", "Christopher Steele", "GBRSPY")]
    [InlineData("Russia praised Mark Smith. Smith is a teacher in Britain.", "Mark Smith", "RUS")]
    [InlineData("Canada thanked Fran Lindsay. Lindsay is the vice-president of the Edmonton Traders' Association.", "Fran Lindsay", "CAN")]
    public void A_copular_predicate_describes_its_subject(string text, string name, string cameo)
    {
        var doc = PipelineGolden.Analyse("titles", text, new DateOnly(2017, 1, 12));
        Assert.Equal(cameo, Assert.Single(doc.Actors, a => a.Name == name).Cameo);
    }

    /// <summary>A group with no country takes the one its surroundings agree on, but not where someone else named after it
    /// is from ("a female tourist from Canada"); where the group itself is from still counts.</summary>
    [Theory]
    [InlineData("Gunmen attacked a castle in Jordan on Sunday. Officials gave no details of the shooting. In all, four members of the security forces and a female tourist from Canada were killed.", "JORMIL")]
    [InlineData("Officials gave no details. In all, four members of the security forces from Canada were killed.", "CANMIL")]
    public void Where_someone_else_is_from_is_not_a_groups_country(string text, string cameo)
    {
        var doc = PipelineGolden.Analyse("title", text, new DateOnly(2016, 12, 20));
        Assert.Equal(cameo, Assert.Single(doc.Actors, a => a.Name == "Security Forces").Cameo);
    }
}
