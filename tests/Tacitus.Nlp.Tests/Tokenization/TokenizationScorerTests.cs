using Tacitus.Core;
using Tacitus.Nlp.Tokenization;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Tokenization;

public class TokenizationScorerTests
{
    // Two documents; the first has two paragraphs. "don't" is a multiword token; "U.S." is split from its period as
    // EWT does at the end of a sentence.
    private const string Conllu = """
        # newdoc id = d1
        # newpar id = d1-p1
        # sent_id = 1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = 2
        # text = She lives in the U.S.
        1	She	she	PRON	PRP	_	2	nsubj	_	_
        2	lives	live	VERB	VBZ	_	0	root	_	_
        3	in	in	ADP	IN	_	5	case	_	_
        4	the	the	DET	DT	_	5	det	_	_
        5	U.S	U.S	PROPN	NNP	_	2	obl	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_

        # newpar id = d1-p2
        # sent_id = 3
        # text = Thanks
        1	Thanks	thanks	NOUN	NNS	_	0	root	_	_

        # newdoc id = d2
        # sent_id = 4
        # text = A 30-day truce.
        1	A	a	DET	DT	_	4	det	_	_
        2	30	30	NUM	CD	_	4	nummod	_	SpaceAfter=No
        3	-	-	PUNCT	HYPH	_	2	punct	_	SpaceAfter=No
        4	day	day	NOUN	NN	_	5	compound	_	_
        5	truce	truce	NOUN	NN	_	0	root	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	5	punct	_	_

        """;

    private static List<GoldDocument> Gold() => TokenizationScorer.ReadGold(new StringReader(Conllu), "inline");

    [Fact]
    public void Reader_rebuilds_raw_text_with_paragraph_breaks_and_gold_spans()
    {
        var docs = Gold();
        Assert.Equal(2, docs.Count);
        Assert.Equal("d1", docs[0].Id);
        Assert.Equal("I don't know. She lives in the U.S.\nThanks", docs[0].Text);
        Assert.Equal(["I", "don't", "know", ".", "She", "lives", "in", "the", "U.S", ".", "Thanks"], docs[0].Tokens.Select(t => t.Span.Of(docs[0].Text)));
        Assert.Equal(["do", "n't"], docs[0].Tokens[1].Words.ToArray());
        Assert.Equal(["I don't know.", "She lives in the U.S.", "Thanks"], docs[0].Sentences.Select(s => s.Of(docs[0].Text)));
        Assert.Equal("A 30-day truce.", docs[1].Text);
    }

    [Fact]
    public void Our_tokenizer_scores_perfectly_on_the_inline_gold()
    {
        var scores = TokenizationScorer.Evaluate(Gold());
        Assert.Equal(new PrecisionRecall(17, 17, 17), scores.Tokens);
        Assert.Equal(new PrecisionRecall(18, 18, 18), scores.Words);
        Assert.Equal(new PrecisionRecall(4, 4, 4), scores.Sentences);
        Assert.Equal(1.0, scores.Tokens.F1);
    }

    [Fact]
    public void Mismatched_spans_count_as_errors()
    {
        // Gold says "30-day" is one token and the whole text one sentence; our tokenizer disagrees on both.
        var doc = new GoldDocument("x", "A 30-day truce. Yes.",
            [Tok(0, 1, "A"), Tok(2, 8, "30-day"), Tok(9, 14, "truce"), Tok(14, 15, "."), Tok(16, 19, "Yes"), Tok(19, 20, ".")],
            [new TextSpan(0, 20)]);
        var scores = TokenizationScorer.Evaluate([doc], maxErrors: 10);
        Assert.Equal(new PrecisionRecall(6, 8, 5), scores.Tokens);
        Assert.Equal(new PrecisionRecall(1, 2, 0), scores.Sentences);
        Assert.Equal(5.0 / 8, scores.Tokens.Precision, 6);
        Assert.Equal(5.0 / 6, scores.Tokens.Recall, 6);
        Assert.Equal(10.0 / 14, scores.Tokens.F1, 6);
        Assert.Contains(scores.TokenErrors, e => e.Contains("gold [30-day]  system [30 | - | day]", StringComparison.Ordinal));
        Assert.NotEmpty(scores.SentenceErrors);
    }

    private static GoldToken Tok(int s, int e, string form) => new(new TextSpan(s, e), [form]);

    [Fact]
    public void A_file_without_text_lines_is_a_clear_error()
    {
        var ex = Assert.Throws<TacitusException>(() => TokenizationScorer.ReadGold(new StringReader("1\ta\ta\tX\tX\t_\t0\troot\t_\t_\n\n"), "bad.conllu"));
        Assert.Contains("bad.conllu", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_form_that_does_not_match_the_text_is_a_clear_error()
    {
        const string bad = "# text = Hello world\n1\tHello\t_\t_\t_\t_\t0\troot\t_\t_\n2\tmoon\t_\t_\t_\t_\t1\tdep\t_\t_\n\n";
        var ex = Assert.Throws<TacitusException>(() => TokenizationScorer.ReadGold(new StringReader(bad), "bad.conllu"));
        Assert.Contains("moon", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error() =>
        Assert.Throws<TacitusException>(() => TokenizationScorer.ReadGold("/nonexistent/x.conllu"));

    /// <summary>The accuracy floor of issue 3: token F1 ≥ 98.5 and sentence F1 ≥ 80 on EWT dev and test raw text.</summary>
    [SharedDataTheory("nlp", "en_ewt-ud-test.conllu")]
    [InlineData("en_ewt-ud-dev.conllu")]
    [InlineData("en_ewt-ud-test.conllu")]
    public void Ewt_token_and_sentence_F1_stay_above_the_floor(string file)
    {
        var scores = TokenizationScorer.Evaluate(TokenizationScorer.ReadGold(SharedData.Path("nlp", file)));
        Assert.True(scores.Tokens.F1 >= 0.985, $"{file}: token F1 {scores.Tokens.F1:P2} < 98.5%");
        Assert.True(scores.Sentences.F1 >= 0.80, $"{file}: sentence F1 {scores.Sentences.F1:P2} < 80%");
        Assert.True(scores.Words.F1 >= 0.98, $"{file}: word F1 {scores.Words.F1:P2} < 98%");
    }
}
