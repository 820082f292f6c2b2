using Tacitus.Core;
using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Scoring;

namespace Tacitus.Nlp.Tests.Scoring;

public class ConlluScorerTests
{
    private static List<ConlluSentence> Parse(string text) => ConlluReader.Read(new StringReader(text)).ToList();

    private const string Gold =
        "1\tHe\the\tPRON\tPRP\tCase=Nom|Number=Sing\t2\tnsubj\t_\t_\n" +
        "2\tleft\tleave\tVERB\tVBD\tTense=Past|VerbForm=Fin\t0\troot\t_\t_\n" +
        "3\tnow\t_\tADV\tRB\t_\t2\tadvmod\t_\t_\n" +
        "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";

    [Fact]
    public void Perfect_prediction_scores_100_and_missing_columns_are_absent()
    {
        var s = ConlluScorer.Score(Parse(Gold), Parse(Gold));
        Assert.Equal(4, s.Words);
        Assert.Equal(100, s.Upos);
        Assert.Equal(100, s.Las);
        var noParse = Gold.Replace("\t2\tnsubj", "\t_\t_").Replace("\t0\troot", "\t_\t_").Replace("\t2\tadvmod", "\t_\t_").Replace("\t2\tpunct", "\t_\t_");
        var t = ConlluScorer.Score(Parse(Gold), Parse(noParse));
        Assert.Null(t.Uas);
        Assert.Null(t.Las);
        Assert.Equal(100, t.Upos);
        Assert.DoesNotContain(t.Present(), p => p.Metric == "UAS");
    }

    [Fact]
    public void CoNLL_2018_definitions_for_feats_lemmas_and_deprels()
    {
        // Feature order and the non-universal Typo feature do not matter; gold lemma "_" counts as right;
        // LAS compares the universal part of DEPREL; one wrong UPOS, one wrong head.
        var system =
            "1\tHe\the\tPRON\tPRP\tNumber=Sing|Case=Nom|Typo=Yes\t2\tnsubj:pass\t_\t_\n" +
            "2\tleft\tleft\tVERB\tVBD\tTense=Past|VerbForm=Fin\t0\troot\t_\t_\n" +
            "3\tnow\tnow\tNOUN\tRB\t_\t2\tobl\t_\t_\n" +
            "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
        var s = ConlluScorer.Score(Parse(Gold), Parse(system));
        Assert.Equal(75, s.Upos);
        Assert.Equal(100, s.Xpos);
        Assert.Equal(100, s.UFeats);
        Assert.Equal(75, s.AllTags);
        Assert.Equal(75, s.Lemma);   // "left" ≠ "leave"; "_" in gold is right
        Assert.Equal(75, s.Uas);
        Assert.Equal(50, s.Las);     // nsubj:pass ~ nsubj right, obl ≠ advmod
    }

    [Fact]
    public void Different_tokenization_is_a_clear_error()
    {
        var other = Gold.Replace("\tnow\t", "\tNow\t");
        var ex = Assert.Throws<TacitusException>(() => ConlluScorer.Score(Parse(Gold), Parse(other)));
        Assert.Contains("gold tokenization", ex.Message);
        Assert.Throws<TacitusException>(() => ConlluScorer.Score(Parse(Gold + Gold), Parse(Gold)));
    }
}
