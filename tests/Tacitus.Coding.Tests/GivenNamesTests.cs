using Tacitus.Coding.Actors;
using Tacitus.Core;
using Tacitus.TestSupport;

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

    [Fact]
    public void Extra_names_win_over_both_lists_and_the_exceptions_and_a_bad_line_is_an_error()
    {
        var names = GivenNames.Build(["Janet", "Robin", "Andrei"], ["Robin"], ["ANDREI"], ["# public figures", "Andrei M", "Robin F", "Yitzhak M", ""]);
        Assert.Equal(NameGender.Male, names.Of("ANDREI"));
        Assert.Equal(NameGender.Female, names.Of("ROBIN"));
        Assert.Equal(NameGender.Male, names.Of("YITZHAK"));
        Assert.Equal(4, names.Count);
        var e = Assert.Throws<TacitusException>(() => GivenNames.Build([], [], null, ["Yitzhak M", "Yulia female"]));
        Assert.Equal("extra names, line 2: expected one given name, a space and F or M, not \"Yulia female\".", e.Message);
    }

    /// <summary>The shipped list was rebuilt with models/given-names-world.txt: each of its names has its gender there.</summary>
    [Fact]
    public void The_shipped_list_holds_the_world_names()
    {
        var shipped = GivenNames.Load(Path.Combine(SharedData.RepoRoot, "models", GivenNames.DefaultFileName));
        var world = GivenNames.Build([], [], null, File.ReadLines(Path.Combine(SharedData.RepoRoot, "models", "given-names-world.txt")));
        Assert.True(world.Count > 100);
        foreach (var line in File.ReadLines(Path.Combine(SharedData.RepoRoot, "models", "given-names-world.txt")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var key = line[..line.IndexOf(' ', StringComparison.Ordinal)];
            Assert.Equal(world.Of(key), shipped.Of(key));
        }
    }

    /// <summary>"she" in a story of Yitzhak Rabin's assassination is not Rabin: his given name is in the world list.</summary>
    [Fact]
    public void She_does_not_refer_back_to_yitzhak_rabin()
    {
        const string text = "Yitzhak Rabin was killed in 1995. A friend of the assassin said Friday that she regretted calling the prime minister a traitor.";
        var resolver = new ActorResolver(TestDocs.Shipped.Lexicon, GivenNames.Load(Path.Combine(SharedData.RepoRoot, "models", GivenNames.DefaultFileName)));
        var doc = resolver.Process(TestDocs.Tokenized(text, new DateOnly(1998, 2, 27)));
        int she = text.IndexOf("she", StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Actors, a => a.Name.Contains("Rabin", StringComparison.Ordinal) && a.Mentions.Any(m => m.Span.Start == she));
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
