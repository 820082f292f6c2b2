namespace Tacitus.Cli.Tests;

public class EvaluateTokenizerTests
{
    private const string Conllu = "# newdoc id = d\n# text = I don't know.\n1\tI\t_\t_\t_\t_\t0\troot\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
                                  "2\tdo\t_\t_\t_\t_\t0\troot\t_\t_\n3\tn't\t_\t_\t_\t_\t0\troot\t_\t_\n4\tknow\t_\t_\t_\t_\t0\troot\t_\t_\n5\t.\t_\t_\t_\t_\t0\troot\t_\t_\n\n";

    [Fact]
    public void Evaluate_tokenizer_prints_token_word_and_sentence_scores()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, Conllu);
            var (exit, output, err) = CliRunner.Run("", "evaluate", "--tokenizer", "--gold", path);
            Assert.True(exit == 0, err);
            Assert.Contains("Tokens:     P 100.00  R 100.00  F1 100.00  (gold 4, system 4, correct 4)", output, StringComparison.Ordinal);
            Assert.Contains("Words:      P 100.00  R 100.00  F1 100.00  (gold 5, system 5, correct 5)", output, StringComparison.Ordinal);
            Assert.Contains("Sentences:  P 100.00  R 100.00  F1 100.00  (gold 1, system 1, correct 1)", output, StringComparison.Ordinal);
            Assert.Contains("chars/s", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Evaluate_tokenizer_without_gold_is_usage_error_exit_2()
    {
        var (exit, _, err) = CliRunner.Run("", "evaluate", "--tokenizer");
        Assert.Equal(2, exit);
        Assert.Contains("--gold", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_tokenizer_with_missing_gold_file_is_one_line_error_exit_1()
    {
        var (exit, _, err) = CliRunner.Run("", "evaluate", "--tokenizer", "--gold", "/nonexistent/gold.conllu");
        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("/nonexistent/gold.conllu", err, StringComparison.Ordinal);
    }
}
