using Tacitus.Core;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Parsing;

namespace Tacitus.Nlp.Tests.Parsing;

public class ParserTests
{
    private static readonly Lazy<DependencyParserModel> Tiny = new(() =>
        ParserTrainer.Train(ParserTestData.Sentences(), ParserTestData.Sentences(),
            new ParserTrainingOptions { Epochs = 12, Seed = 7, MinWordCount = 1, Patience = 12, PruneQuantiles = [] }).Model);

    [Fact]
    public void Static_oracle_walk_reproduces_every_gold_tree()
    {
        foreach (var s in ParserTestData.Sentences())
        {
            int n = s.Words.Length;
            var gold = new int[n + 1];
            for (int i = 1; i <= n; i++) gold[i] = s.Words[i - 1].Head;
            var heads = OracleParse(gold, n);
            Assert.Equal(gold[1..], heads[1..]);
        }
    }

    [Fact]
    public void Oracle_reproduces_random_projective_trees()
    {
        var rng = new Random(3);
        for (int trial = 0; trial < 300; trial++)
        {
            int n = rng.Next(1, 40);
            var gold = RandomProjectiveTree(rng, n);
            Assert.True(Projectivizer.IsProjectiveTree(gold, n));
            var heads = OracleParse(gold, n);
            Assert.Equal(gold[1..], heads[1..]);
        }
    }

    [Fact]
    public void Oracle_costs_count_the_gold_arcs_a_transition_loses()
    {
        // "the talks": gold 1 <- 2 <- root. SHIFT "the"; now RIGHT would attach "the" to the root (invalid: buffer not empty),
        // LEFT attaches it to "talks" (free), SHIFT would lose both talks -> the and root -> talks.
        int[] gold = [0, 2, 0];
        var deps = DynamicOracle.Dependents(gold, 2);
        var st = new ArcHybridState();
        st.Reset(2);
        st.Apply(ArcHybridState.Shift, 0);
        var (shift, left, right) = DynamicOracle.Costs(st, gold, deps);
        Assert.Equal(0, left);
        Assert.Equal(2, shift);
        Assert.Equal(int.MaxValue, right);
    }

    [Fact]
    public void Projectivizer_lifts_a_crossing_arc()
    {
        // 1 -> 3 crosses 2 -> 4 (2 is the root's dependent, 4 depends on 2; 3 on 1; 1 on 2).
        int[] heads = [0, 2, 0, 1, 2];
        Assert.False(Projectivizer.IsProjectiveTree(heads, 4));
        var lifted = Projectivizer.Lift(heads, 4);
        Assert.True(Projectivizer.IsProjectiveTree(lifted, 4));
    }

    [Fact]
    public void Tiny_training_fixture_learns_its_treebank()
    {
        var score = ParserTrainer.Evaluate(Tiny.Value, ParserTestData.Sentences());
        Assert.True(score.Uas >= 95, score.ToString());
        Assert.True(score.LasFull >= 90, score.ToString());
    }

    [Fact]
    public void Keeps_relation_subtypes()
    {
        var (heads, rels) = Tiny.Value.Parse(["The", "delegation", "was", "led", "by", "Medinsky", "."],
            ["DT", "NN", "VBD", "VBN", "IN", "NNP", "."], ["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]);
        Assert.Equal([2, 4, 4, 0, 6, 4, 4], heads);
        Assert.Equal("nsubj:pass", rels[1]);
        Assert.Equal("obl:agent", rels[5]);
    }

    [Fact]
    public void Save_and_load_give_identical_parses()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tacitus-parser-" + Guid.NewGuid().ToString("N"));
        try
        {
            Tiny.Value.Save(dir);
            var loaded = DependencyParserModel.Load(dir);
            var rng = new Random(11);
            var words = ParserTestData.Sentences().SelectMany(s => s.Words).ToArray();
            for (int trial = 0; trial < 50; trial++)
            {
                int n = rng.Next(1, 30);
                var pick = Enumerable.Range(0, n).Select(_ => words[rng.Next(words.Length)]).ToArray();
                string[] forms = [.. pick.Select(w => w.Form)];
                string?[] xpos = [.. pick.Select(w => w.Xpos)];
                string?[] upos = [.. pick.Select(w => w.Upos)];
                var a = Tiny.Value.Parse(forms, xpos, upos);
                var b = loaded.Parse(forms, xpos, upos);
                Assert.Equal(a.Heads, b.Heads);
                Assert.Equal(a.Relations, b.Relations);
            }
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "weights.bin.gz")),
                SaveAgain(loaded, dir + "-again"));
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, true);
            if (Directory.Exists(dir + "-again")) Directory.Delete(dir + "-again", true);
        }
    }

    private static byte[] SaveAgain(DependencyParserModel model, string dir)
    {
        model.Save(dir);
        return File.ReadAllBytes(Path.Combine(dir, "weights.bin.gz"));
    }

    [Fact]
    public void Training_is_deterministic_given_the_seed()
    {
        var opts = new ParserTrainingOptions { Epochs = 3, Seed = 5, MinWordCount = 1 };
        var a = ParserTrainer.Train(ParserTestData.Sentences(), ParserTestData.Sentences(), opts);
        var b = ParserTrainer.Train(ParserTestData.Sentences(), ParserTestData.Sentences(), opts);
        var da = Path.Combine(Path.GetTempPath(), "tacitus-det-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.Equal(SaveAgain(a.Model, da + "a"), SaveAgain(b.Model, da + "b"));
        }
        finally
        {
            foreach (var d in new[] { da + "a", da + "b" }) if (Directory.Exists(d)) Directory.Delete(d, true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(150)]
    [InlineData(2000)]
    public void Output_is_always_a_tree(int length)
    {
        var rng = new Random(length);
        var words = ParserTestData.Sentences().SelectMany(s => s.Words).ToArray();
        var pick = Enumerable.Range(0, length).Select(_ => words[rng.Next(words.Length)]).ToArray();
        var (heads, rels) = Tiny.Value.Parse([.. pick.Select(w => w.Form)], [.. pick.Select(w => w.Xpos)], [.. pick.Select(w => w.Upos)]);
        AssertTree(heads, rels);
    }

    [Fact]
    public void Untagged_and_strange_tokens_still_give_a_tree()
    {
        string[] forms = ["🙂", new string('x', 10_000), "ПУТИН", "", "إسطنبول", "!!!", "ALL", "CAPS", "TEXT"];
        var none = new string?[forms.Length];
        var (heads, rels) = Tiny.Value.Parse(forms, none, none);
        AssertTree(heads, rels);
    }

    [Fact]
    public void Processor_parses_each_sentence_of_a_document_and_leaves_an_empty_one_alone()
    {
        var sentences = ParserTestData.Sentences();
        var doc = ConlluDocuments.ToDocument("d", sentences, keepAnnotations: true);
        doc = doc with { Tokens = [.. doc.Tokens.Select(t => t with { Head = -1, Deprel = null })] };
        var parser = new DependencyParser(Tiny.Value);
        var parsed = parser.Process(doc);
        Assert.Equal("parser", parser.Name);
        for (int si = 0; si < parsed.Sentences.Length; si++)
        {
            var toks = parsed.SentenceTokens(si).ToArray();
            AssertTree([.. toks.Select(t => t.Head)], [.. toks.Select(t => t.Deprel!)]);
        }
        var gold = sentences.SelectMany(s => s.Words).Select(w => w.Head);
        Assert.Equal(gold, parsed.Tokens.Select(t => t.Head));

        var empty = new Document("e", "");
        Assert.Same(empty, parser.Process(empty));
        var oneWord = ConlluDocuments.ToDocument("o", [.. ConlluReader.Read(new StringReader("1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n\n"))], keepAnnotations: false);
        var one = parser.Process(oneWord);
        Assert.Equal(0, one.Tokens[0].Head);
        Assert.Equal("root", one.Tokens[0].Deprel);
    }

    [Fact]
    public void Attachment_score_follows_conll_2018()
    {
        var s = new AttachmentScore();
        s.Add(2, "obl:tmod", 2, "obl");     // LAS counts (universal part), full LAS does not
        s.Add(0, "root", 0, "root");
        s.Add(3, "nsubj", 1, "nsubj");     // wrong head
        s.Add(1, "punct", 1, "det");       // right head, wrong label
        Assert.Equal(75.0, s.Uas);
        Assert.Equal(50.0, s.Las);
        Assert.Equal(25.0, s.LasFull);
    }

    internal static void AssertTree(int[] heads, string[] rels)
    {
        int n = heads.Length;
        Assert.Equal(n, rels.Length);
        Assert.Equal(1, heads.Count(h => h == 0));
        for (int i = 0; i < n; i++)
        {
            Assert.InRange(heads[i], 0, n);
            Assert.NotEqual(i + 1, heads[i]);
            Assert.False(string.IsNullOrEmpty(rels[i]));
            Assert.Equal(heads[i] == 0, rels[i] == "root");
            // Following heads from any word reaches the root within n steps: no cycles.
            int a = i + 1, steps = 0;
            while (a != 0 && steps++ <= n) a = heads[a - 1];
            Assert.Equal(0, a);
        }
    }

    /// <summary>Runs the parser's transition system following only zero-cost transitions (first free one).</summary>
    private static int[] OracleParse(int[] gold, int n)
    {
        var deps = DynamicOracle.Dependents(gold, n);
        var st = new ArcHybridState();
        st.Reset(n);
        while (!st.IsTerminal)
        {
            var (shift, left, right) = DynamicOracle.Costs(st, gold, deps);
            if (left == 0) st.Apply(ArcHybridState.Left, 1);
            else if (right == 0) st.Apply(ArcHybridState.Right, 1);
            else
            {
                Assert.Equal(0, shift);
                st.Apply(ArcHybridState.Shift, 0);
            }
        }
        var heads = new int[n + 1];
        for (int i = 1; i <= n; i++) heads[i] = st.Heads[i];
        return heads;
    }

    /// <summary>A random projective tree with one root word: each span's head is random; its sides are built recursively.</summary>
    private static int[] RandomProjectiveTree(Random rng, int n)
    {
        var heads = new int[n + 1];
        void Build(int lo, int hi, int parent)
        {
            if (lo > hi) return;
            int h = rng.Next(lo, hi + 1);
            heads[h] = parent;
            // Split the left and right sides into one or more sibling spans attached to h.
            Side(lo, h - 1, h);
            Side(h + 1, hi, h);
        }
        void Side(int lo, int hi, int h)
        {
            while (lo <= hi)
            {
                int end = rng.Next(lo, hi + 1);
                Build(lo, end, h);
                lo = end + 1;
            }
        }
        Build(1, n, 0);
        return heads;
    }
}
