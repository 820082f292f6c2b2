namespace Tacitus.Cli.Tests;

/// <summary>End-to-end: <c>tacitus train parser</c> with its options on a tiny treebank, then <c>evaluate</c> with the result.</summary>
public class TrainParserCliTests
{
    private const string Treebank = """
        # sent_id = p1
        # text = Putin refused to attend the talks.
        1	Putin	Putin	PROPN	NNP	_	2	nsubj	_	_
        2	refused	refuse	VERB	VBD	_	0	root	_	_
        3	to	to	PART	TO	_	4	mark	_	_
        4	attend	attend	VERB	VB	_	2	xcomp	_	_
        5	the	the	DET	DT	_	6	det	_	_
        6	talks	talk	NOUN	NNS	_	4	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = p2
        # text = The delegation was led by Medinsky.
        1	The	the	DET	DT	_	2	det	_	_
        2	delegation	delegation	NOUN	NN	_	4	nsubj:pass	_	_
        3	was	be	AUX	VBD	_	4	aux:pass	_	_
        4	led	lead	VERB	VBN	_	0	root	_	_
        5	by	by	ADP	IN	_	6	case	_	_
        6	Medinsky	Medinsky	PROPN	NNP	_	4	obl:agent	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = p3
        # text = Zelenskyy met Erdogan in Ankara.
        1	Zelenskyy	Zelenskyy	PROPN	NNP	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	Erdogan	Erdogan	PROPN	NNP	_	2	obj	_	_
        4	in	in	ADP	IN	_	5	case	_	_
        5	Ankara	Ankara	PROPN	NNP	_	2	obl	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	2	punct	_	_


        """;

    [Fact]
    public void Train_parser_with_an_ensemble_and_saved_tags_then_evaluate()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var bank = Path.Combine(dir.FullName, "bank.conllu");
            File.WriteAllText(bank, Treebank.Replace("\r\n", "\n"));
            var models = Path.Combine(dir.FullName, "models");
            var tags = Path.Combine(dir.FullName, "tags.conllu");
            var (exit, output, err) = CliRunner.Run("", "train", "parser", "--train", bank, "--dev", bank, "--out", Path.Combine(models, "parser"),
                "--train-tags", "gold", "--epochs", "8", "--ensemble", "2", "--save-train-tags", tags, "--cluster-bits", "3");
            Assert.True(exit == 0, err);
            var log = output + err;
            Assert.Contains("ensemble member 2/2 (seed 2)", log);
            Assert.Contains("weight average of 2 members", log);
            Assert.Contains("saved", log);
            Assert.Equal(3, File.ReadAllLines(tags).Count(l => l.StartsWith("# sent_id", StringComparison.Ordinal)));
            var meta = File.ReadAllText(Path.Combine(models, "parser", "meta.json"));
            Assert.Contains("--ensemble 2", meta);
            Assert.Contains("\"cluster_bits\": 3", File.ReadAllText(Path.Combine(models, "parser", "config.json")));

            (exit, output, err) = CliRunner.Run("", "evaluate", "--gold", bank, "--models", models);
            Assert.True(exit == 0, err);
            Assert.Matches(@"UAS\s+\d+\.\d\d", output);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Theory]
    [InlineData("--ensemble", "0")]
    [InlineData("--cluster-bits", "17")]
    public void Out_of_range_options_are_usage_errors(string option, string value)
    {
        var (exit, _, err) = CliRunner.Run("", "train", "parser", "--train", "x.conllu", "--dev", "x.conllu", "--out", "out", option, value);
        Assert.Equal(2, exit);
        Assert.Contains(option, err);
    }
}
