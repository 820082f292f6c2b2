using Tacitus.TestSupport;

namespace Tacitus.Cli.Tests;

/// <summary>End-to-end: <c>tacitus train parser</c> with its options on a tiny treebank, then <c>evaluate</c> with the result.</summary>
public class TrainParserCliTests
{
    private const string Treebank = TinyTreebank.Text;

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
            Assert.Equal(5, File.ReadAllLines(tags).Count(l => l.StartsWith("# sent_id", StringComparison.Ordinal)));
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
