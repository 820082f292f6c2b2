using Tacitus.Coding.Events;
using Tacitus.TestSupport;

namespace Tacitus.Coding.Tests.Events;

public class VerbDictionaryTests
{
    private const string Sample = """
        # comment line
        <!-- an XML comment
             over two lines -->
        &CEASEFIRE
        +TRUCE
        +CEASE_FIRE
        &AUXVERB_
        +WAS

        ---  MEET_PEOPLE   [040]  ---
        +MEET_WITH {+MET_WITH +MEETS_WITH +MEETING_WITH }
        MEET {MEETS MET MEETING}
        WIRE_+TAP {WIRE_+TAPS WIRE_+TAPPED}  [160]
        CONFRONT  # a comment
        - * (WITH LEADERS)                                    [036:036]     # MEET
        - * {RELIEF ASSISTANCE}                               [073]         # RUSH
        - &CEASEFIRE * (TO +)                                 [:173]
        - $ * TROOP TOWARD +                                  [154]

        ---  DISGRACE   [110]---  ---
        DISGRACE
        ~ a (a b ATTACK) SAY = a b 015
        """;

    private static VerbDictionary Read() => VerbDictionaryReader.Read(new StringReader(Sample), "sample");

    [Fact]
    public void Reads_synsets_with_plurals_unless_label_ends_with_underscore()
    {
        var d = Read();
        Assert.Equal(["TRUCE", "CEASE_FIRE"], d.Synsets["&CEASEFIRE"].ToArray());
        Assert.True(d.WordMatches("&CEASEFIRE", "TRUCES"));
        Assert.True(d.WordMatches("&CEASEFIRE", "FIRE"));
        // PETRARCH drops the label's '_': patterns name it &AUXVERB.
        Assert.True(d.WordMatches("&AUXVERB", "WAS"));
        Assert.False(d.WordMatches("&AUXVERB", "WASES"));
        Assert.False(d.WordMatches("&CEASEFIRE", "WAR"));
    }

    [Fact]
    public void Multi_word_synset_members_need_all_their_words_consecutive()
    {
        var d = Read();
        string[] forms = ["A", "CEASE", "FIRE", "AND", "TRUCES"];
        Assert.Equal(1, d.StartOfMatchEndingAt("&CEASEFIRE", forms, null, 2));
        Assert.Equal(3, d.EndOfMatchStartingAt("&CEASEFIRE", forms, null, 1));
        Assert.Equal(4, d.StartOfMatchEndingAt("&CEASEFIRE", forms, null, 4));
        // "FIRE" alone is not the member CEASE_FIRE; "CEASE … FIRE" with a word between is not either.
        Assert.Equal(-1, d.StartOfMatchEndingAt("&CEASEFIRE", ["THE", "FIRE"], null, 1));
        Assert.Equal(-1, d.StartOfMatchEndingAt("&CEASEFIRE", ["CEASE", "THE", "FIRE"], null, 2));
        // A plain pattern word compares with the form, or with the lemma when lemmas are given.
        Assert.Equal(0, d.StartOfMatchEndingAt("ATTACK", ["ATTACKING"], ["ATTACK"], 0));
        Assert.Equal(-1, d.StartOfMatchEndingAt("ATTACK", ["ATTACKING"], null, 0));
    }

    [Fact]
    public void A_repeated_synset_member_is_kept_as_written_and_matches_as_once()
    {
        var d = VerbDictionaryReader.Read(new StringReader("&S\n+A\n+B_C\n+ a\n+B_C\n"), "t");
        Assert.Equal(["A", "B_C", "A", "B_C"], d.Synsets["&S"].ToArray());
        Assert.True(d.WordMatches("&S", "AS"));
        Assert.True(d.WordMatches("&S", "CS"));
        Assert.Equal(1, d.StartOfMatchEndingAt("&S", ["X", "B", "CS"], null, 2));
        Assert.Equal(3, d.EndOfMatchStartingAt("&S", ["X", "B", "C", "A"], null, 1));
    }

    [Fact]
    public void A_blocks_patterns_are_most_specific_first_then_by_line_then_as_given()
    {
        VerbPattern P(string body, int line) => VerbDictionaryReader.ParsePattern(body, "B", line)!;
        // specificity 1, 2, 1, 1, 0; the last two share a line
        var d = new VerbDictionary(new Dictionary<string, System.Collections.Immutable.ImmutableArray<string>>(), [],
            [P(" * X [001]", 9), P(" * X Y [002]", 5), P(" * Z [003]", 2), P(" * W [004]", 9), P(" * [005]", 1)], "t");
        Assert.Equal(["002", "003", "001", "004", "005"], d.PatternsOf("B").Select(p => p.ActiveCode).ToArray());
        Assert.Equal(["001", "002", "003", "004", "005"], d.Patterns.Select(p => p.ActiveCode).ToArray());
    }

    [Fact]
    public void Underscored_pattern_words_are_adjacent_braced_ones_are_not()
    {
        var p = VerbDictionaryReader.ParsePattern(" * NEW_&TIETYPES_RELATIONS {FINANCIAL AID} [903]", "ABANDON", 1)!;
        Assert.Equal("RELATIONS", p.PostNouns[0].Head);
        Assert.Equal(["NEW", "&TIETYPES"], p.PostNouns[0].Modifiers.ToArray());
        Assert.True(p.PostNouns[0].Adjacent);
        Assert.Equal("AID", p.PostNouns[1].Head);
        Assert.False(p.PostNouns[1].Adjacent);
    }

    [Fact]
    public void Word_order_patterns_keep_slots_skips_and_adjacency()
    {
        var p = WordOrderPattern.Parse(VerbDictionaryReader.ParsePattern(" + HOSTING * TABASKI ^ $ [042]", "CELEBRATE", 1)!);
        Assert.Equal([WordOrderPattern.Kind.Target, WordOrderPattern.Kind.Word], p.Pre.Select(e => e.Kind).ToArray());
        Assert.Equal([WordOrderPattern.Kind.Word, WordOrderPattern.Kind.SkipPhrase, WordOrderPattern.Kind.Source], p.Post.Select(e => e.Kind).ToArray());
        Assert.True(p.HasSlots);
        var q = WordOrderPattern.Parse(VerbDictionaryReader.ParsePattern(" MOST_CERTAINLY_&NEGATVAUXVRB_EVER * OVER EFFORTS [907]", "CLASH", 1)!);
        Assert.Equal(["MOST", "CERTAINLY", "&NEGATVAUXVRB", "EVER"], q.Pre.Select(e => e.Word).ToArray());
        Assert.Equal([false, true, true, true], q.Pre.Select(e => e.Adjacent).ToArray());
        Assert.False(q.Post[1].Adjacent);
        Assert.False(q.HasSlots);
        var r = WordOrderPattern.Parse(VerbDictionaryReader.ParsePattern(" IN_* [075]", "ACCORD", 1)!);
        Assert.True(r.PreTouchesVerb);
    }

    [Fact]
    public void Reads_verbs_with_irregular_and_regular_forms_particles_and_own_codes()
    {
        var d = Read();
        var meet = d.ByLemma("MEET");
        Assert.Contains(meet, v => v.After.SequenceEqual(["WITH"]) && v.Forms.Contains("MET"));
        Assert.Contains(meet, v => v.After.IsEmpty && v.Forms.SequenceEqual(["MEET", "MEETS", "MET", "MEETING"]) && v.Code == "040");
        var tap = Assert.Single(d.ByLemma("TAP"));
        Assert.Equal(["WIRE"], tap.Before.ToArray());
        Assert.Equal("160", tap.Code);
        var confront = Assert.Single(d.ByLemma("CONFRONT"));
        Assert.Equal(["CONFRONT", "CONFRONTS", "CONFRONTED", "CONFRONTING"], confront.Forms.ToArray());
        Assert.Equal("MEET_PEOPLE", confront.Block);
        Assert.Equal("110", Assert.Single(d.ByLemma("DISGRACE")).Code);
        Assert.Single(d.ByForm("MEETS"), v => v.After.IsEmpty);
    }

    [Fact]
    public void Reads_patterns_with_phrases_slots_and_two_part_codes()
    {
        var d = Read();
        var pats = d.PatternsOf("MEET_PEOPLE");
        Assert.Equal(4, pats.Length);
        var with = Assert.Single(pats, p => p.PostPreps.Length == 1 && p.PostPreps[0].Preposition == "WITH");
        Assert.Equal("036", with.ActiveCode);
        Assert.Equal("036", with.PassiveCode);
        Assert.Equal("LEADERS", with.PostPreps[0].Nouns[0].Head);
        var relief = Assert.Single(pats, p => p.ActiveCode == "073");
        Assert.Equal("ASSISTANCE", relief.PostNouns[0].Head);
        Assert.Equal(["RELIEF"], relief.PostNouns[0].Modifiers.ToArray());
        var passiveOnly = Assert.Single(pats, p => p.PassiveCode == "173");
        Assert.Equal("---", passiveOnly.ActiveCode);
        Assert.Equal("&CEASEFIRE", passiveOnly.PreNouns[0].Head);
        Assert.True(passiveOnly.PostPreps[0].TargetSlot);
        var troop = Assert.Single(pats, p => p.ActiveCode == "154");
        Assert.True(troop.PreSourceSlot);
        Assert.True(troop.PostTargetSlot);
        Assert.Equal(["TROOP", "TOWARD"], troop.PostNouns.Select(n => n.Head));
        // More specific patterns come first.
        Assert.True(pats[0].Specificity >= pats[^1].Specificity);
    }

    /// <summary>
    /// A pattern of only a preposition or particle is a phrasal verb of the verb its comment names ("head to"); other
    /// patterns, and comments that name no verb of the block (a coder's initials), apply to every verb of the block.
    /// </summary>
    [Fact]
    public void A_particle_pattern_applies_only_to_the_verb_its_comment_names()
    {
        var d = VerbDictionaryReader.Read(new StringReader("""
            ---  OVERSEE_MANAGE   [060]  ---
            HEAD
            ORDER [100]
            - * (TO)                 [042:043]     # HEAD
            - * BACK TO              [042:043]     # HEAD
            - * BACK                 [040]         # jw 9/25/91
            - * REFORMS              [034]         # ORDER
            - + * (TO)               [036]         # HEAD
            """), "sample");
        VerbEntry head = d.ByLemma("HEAD")[0], order = d.ByLemma("ORDER")[0];
        var to = d.PatternsOf("OVERSEE_MANAGE").Single(p => p.Text.StartsWith("- * (TO)", StringComparison.Ordinal));
        Assert.Equal("HEAD", to.WrittenFor);
        Assert.True(to.AppliesTo(head));
        Assert.False(to.AppliesTo(order));
        // "head back to": two particles are a phrasal verb too ("Meissner ruled that Elian should go back to Cuba" was a visit).
        var backTo = d.PatternsOf("OVERSEE_MANAGE").Single(p => p.Text.StartsWith("- * BACK TO", StringComparison.Ordinal));
        Assert.Equal("HEAD", backTo.WrittenFor);
        Assert.False(backTo.AppliesTo(order));
        // A coder's initials name no verb; a noun pattern and a pattern with an actor slot are for the whole block.
        Assert.All(d.PatternsOf("OVERSEE_MANAGE").Where(p => p != to && p != backTo), p => Assert.True(p.WrittenFor is null && p.AppliesTo(order), p.Text));
    }

    /// <summary>A pattern of no words, only slots ("- * + [111] # MOCK"), is the reading of the verb its comment names:
    /// mocking someone is criticism, echoing or copying someone is not.</summary>
    [Fact]
    public void A_pattern_of_slots_only_applies_only_to_the_verb_its_comment_names()
    {
        var d = VerbDictionaryReader.Read(new StringReader("""
            ---  REPEAT   [010]  ---
            ECHO
            MOCK
            - * +                    [111]         # MOCK
            - * WARNING              [130]         # REPEAT
            """), "sample");
        VerbEntry echo = d.ByLemma("ECHO")[0], mock = d.ByLemma("MOCK")[0];
        var slots = d.PatternsOf("REPEAT").Single(p => p.Text.StartsWith("- * +", StringComparison.Ordinal));
        Assert.Equal("MOCK", slots.WrittenFor);
        Assert.True(slots.AppliesTo(mock));
        Assert.False(slots.AppliesTo(echo));
        // A pattern with words is the block's, whatever its comment says.
        Assert.True(d.PatternsOf("REPEAT").Single(p => p != slots).AppliesTo(echo));
    }

    [Fact]
    public void Compiled_file_round_trips()
    {
        var d = Read();
        var path = Path.GetTempFileName();
        try
        {
            VerbDictionaryFile.Write(d, path);
            var back = VerbDictionaryFile.Read(path);
            Assert.Equal(d.Verbs.Length, back.Verbs.Length);
            Assert.Equal(d.Verbs.Select(v => (v.Lemma, string.Join('|', v.Forms), v.Block, v.Code)), back.Verbs.Select(v => (v.Lemma, string.Join('|', v.Forms), v.Block, v.Code)));
            Assert.Equal(d.Patterns.Select(p => p.Text), back.Patterns.Select(p => p.Text));
            Assert.Equal(d.Patterns.Select(p => (p.ActiveCode, p.PassiveCode, p.Specificity, p.WrittenFor)), back.Patterns.Select(p => (p.ActiveCode, p.PassiveCode, p.Specificity, p.WrittenFor)));
            Assert.Equal(d.Synsets.Keys.Order(), back.Synsets.Keys.Order());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Corrupt_compiled_file_is_a_clear_error()
    {
        var ex = Assert.Throws<Tacitus.Core.TacitusException>(() => VerbDictionaryFile.Read(new StringReader("hello\n"), "x.tacverbs"));
        Assert.Contains("events compile", ex.Message, StringComparison.Ordinal);
    }

    [SharedDataFact("events", "petrarch2", "CAMEO.2.0.txt")]
    public void Compiling_the_upstream_dictionary_gives_the_shipped_verbs()
    {
        // what `tacitus events compile --data ../shared/data/events --out models` writes (models/README.md)
        var output = Directory.CreateTempSubdirectory("tacverbs").FullName;
        try
        {
            var result = EventModelCompiler.Compile(SharedData.Path("events"), output);
            static string Text(string path)
            {
                using var gz = new System.IO.Compression.GZipStream(File.OpenRead(path), System.IO.Compression.CompressionMode.Decompress);
                using var r = new StreamReader(gz);
                return r.ReadToEnd();
            }
            Assert.Equal(Text(Path.Combine(SharedData.RepoRoot, "models", EventModel.VerbsFileName)), Text(result.VerbsPath));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Shipped_models_load()
    {
        var model = EventModel.Load(Path.Combine(AppContext.BaseDirectory, "models"));
        Assert.True(model.Verbs.Verbs.Length > 1500);
        Assert.True(model.Verbs.Patterns.Length > 4000);
        Assert.Contains(model.Verbs.ByLemma("CALL"), v => v.After.SequenceEqual(["OUT"]) && v.Code == "111"); // Tacitus supplement
    }

    [SharedDataFact("events", "petrarch2", "CAMEO.2.0.txt")]
    public void Shipped_models_are_what_events_compile_builds_from_the_upstream_files()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tacitus-events-" + Guid.NewGuid().ToString("N"));
        try
        {
            var r = EventModelCompiler.Compile(SharedData.Path("events"), dir);
            var shipped = Path.Combine(AppContext.BaseDirectory, "models");
            Assert.Equal(File.ReadAllText(Path.Combine(shipped, CameoCodebook.FileName)), File.ReadAllText(r.CodebookPath));
            using var a = new StringWriter();
            using var b = new StringWriter();
            VerbDictionaryFile.Write(VerbDictionaryFile.Read(r.VerbsPath), a);
            VerbDictionaryFile.Write(VerbDictionaryFile.Read(Path.Combine(shipped, EventModel.VerbsFileName)), b);
            Assert.Equal(b.ToString(), a.ToString());
            // Every verb block of the upstream file was read, and the supplement's four (CALL_OUT, PARTICIPATE, URGE, BREAK_UP).
            var blocks = File.ReadLines(SharedData.Path("events", "petrarch2", "CAMEO.2.0.txt")).Count(l => l.StartsWith("---", StringComparison.Ordinal));
            Assert.Equal(blocks + 4, VerbDictionaryFile.Read(r.VerbsPath).Verbs.Select(v => v.Block).Distinct().Count());
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
        }
    }
}
