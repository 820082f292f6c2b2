using Tacitus.Coding.Actors;
using Tacitus.Core;

namespace Tacitus.Coding.Tests;

public class GivenNamesTests
{
    [Fact]
    public void A_name_on_both_lists_or_excepted_says_nothing_and_the_file_round_trips()
    {
        var names = GivenNames.Build(["Janet", "Robin", "Andrei", "Zoë", "# a comment"], ["Fidel", "robin"], ["ANDREI"]);
        Assert.Equal(NameGender.Female, names.Of("JANET"));
        Assert.Equal(NameGender.Female, names.Of("ZOE"));
        Assert.Equal(NameGender.Male, names.Of("FIDEL"));
        Assert.Equal(NameGender.Unknown, names.Of("ROBIN"));
        Assert.Equal(NameGender.Unknown, names.Of("ANDREI"));
        Assert.Equal(3, names.Count);

        var path = Path.GetTempFileName();
        try
        {
            names.Save(path);
            var loaded = GivenNames.Load(path);
            Assert.Equal(names.Count, loaded.Count);
            foreach (var key in new[] { "JANET", "ZOE", "FIDEL", "ROBIN", "ANDREI" }) Assert.Equal(names.Of(key), loaded.Of(key));

            File.WriteAllText(path, "# header\nJANET\tF\nFIDEL M\n");
            var e = Assert.Throws<TacitusException>(() => GivenNames.Load(path));
            Assert.Equal($"{path}:3: expected NAME<TAB>F or NAME<TAB>M.", e.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static Actor OwnerOfPronoun(Document doc, string pronoun)
    {
        int at = doc.Text.IndexOf(pronoun, StringComparison.Ordinal);
        return Assert.Single(doc.Actors, a => a.Mentions.Any(m => m.Span.Start == at));
    }

    /// <summary>"He" refers back to a man, "she" to a woman, when the first name or a form of address says which;
    /// without that, to the salient person (the first of the clause).</summary>
    [Theory]
    [InlineData("Janet Reno met Fidel Castro in Havana. He said the boy would stay.", "He", true, "Fidel Castro")]
    [InlineData("Janet Reno met Fidel Castro in Havana. He said the boy would stay.", "He", false, "Janet Reno")]
    [InlineData("Mr. Fidel Castro met Janet Reno in Havana. She said the boy would stay.", "She", false, "Janet Reno")]
    public void A_pronoun_refers_back_to_a_person_of_its_gender(string text, string pronoun, bool withNames, string expected)
    {
        var names = withNames ? GivenNames.Build(["Janet"], ["Fidel"]) : GivenNames.None;
        var resolver = new ActorResolver(TestDocs.Shipped.Lexicon, names);
        var doc = resolver.Process(TestDocs.Tokenized(text, new DateOnly(2000, 1, 15)));
        Assert.Equal(expected, OwnerOfPronoun(doc, pronoun).Name);
    }
}
