using System.Text.Json;

namespace Tacitus.Cli.Tests;

public class CliTests
{
    private const string Showcase = "istanbul-talks-2025-05-14.txt";

    [Fact]
    public void Version_prints_name_and_schema()
    {
        var (exit, output, _) = CliRunner.Run("", "version");
        Assert.Equal(0, exit);
        Assert.StartsWith("tacitus ", output, StringComparison.Ordinal);
        Assert.Contains("(schema 1.3, .NET ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_one_line_error_exit_1_and_others_still_processed()
    {
        var (exit, output, err) = CliRunner.Run("", "annotate", "/no/such/file.txt", CliRunner.Example(Showcase), "--format", "jsonl");
        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("/no/such/file.txt", err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        Assert.Single(output.Trim().Split('\n'));
    }

    [Fact]
    public void Ner_model_chooses_the_shipped_recognizer_and_a_wrong_one_is_a_usage_error()
    {
        const string text = "i bought it at walmart near burger king in seattle with john smith .";
        static string Tags(string conllu) => string.Join(' ', conllu.Split('\n').Where(l => l.Length > 0 && l[0] != '#')
            .Select(l => l.Split('\t')).Where(f => f.Length == 10).Select(f => f[1] + "/" + f[9].Replace("NER=", "", StringComparison.Ordinal)));
        var (exit, accurate, _) = CliRunner.Run(text, "annotate", "-", "--date", "2025-05-14", "--format", "conllu");
        Assert.Equal(0, exit);
        var (exitFast, fast, _) = CliRunner.Run(text, "annotate", "-", "--date", "2025-05-14", "--format", "conllu", "--ner-model", "ner-fast");
        Assert.Equal(0, exitFast);
        // The contextual model finds the lower-case shop names; the fast one does not.
        Assert.Contains("walmart/B-", Tags(accurate), StringComparison.Ordinal);
        Assert.Contains("walmart/O", Tags(fast), StringComparison.Ordinal);
        Assert.Contains("john/B-PER smith/I-PER", Tags(fast), StringComparison.Ordinal);

        foreach (var wrong in new[] { "../ner", "no-such-model" })
        {
            var (exitWrong, output, err) = CliRunner.Run(text, "code", "-", "--date", "2025-05-14", "--ner-model", wrong);
            Assert.Equal(2, exitWrong);
            Assert.Equal("", output);
            Assert.Contains("--ner-model", err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Bad_date_is_usage_error_exit_2()
    {
        var (exit, _, err) = CliRunner.Run("", "code", "-", "--date", "14/05/2025");
        Assert.Equal(2, exit);
        Assert.Contains("--date", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_is_usage_error_exit_2()
    {
        var (exit, _, _) = CliRunner.Run("", "annotate", "-", "--format", "xml");
        Assert.Equal(2, exit);
    }

    [Fact]
    public void Empty_input_gives_valid_empty_document()
    {
        var (exit, output, _) = CliRunner.Run("", "annotate", "-", "--date", "2025-05-14", "--format", "jsonl");
        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("", doc.RootElement.GetProperty("text").GetString());
        Assert.Equal(0, doc.RootElement.GetProperty("tokens").GetArrayLength());
    }

    /// <summary>
    /// A missing date warns and uses the clock. An implausible one (TR-News has a story dated "Dec 16 201", read as year
    /// 201) warns and is kept.
    /// </summary>
    [Theory]
    [InlineData("Putin spoke.", "warning: no publication date", "2025-05-14")]
    [InlineData("{\"id\":\"d1\",\"text\":\"Talks began on Monday.\",\"date\":\"0201-12-16\"}\n", "warning: the publication date of 'd1' is 0201-12-16", "0201-12-16")]
    public void A_missing_or_implausible_date_warns(string input, string warning, string date)
    {
        var (exit, output, err) = CliRunner.Run(input, "annotate", "-", "--format", "jsonl");
        Assert.Equal(0, exit);
        Assert.Contains(warning, err, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(date, doc.RootElement.GetProperty("date").GetString());
    }

    [Fact]
    public void Jsonl_input_fields_are_used_and_bad_lines_reported()
    {
        var input = "{\"id\":\"a1\",\"text\":\"Talks began.\",\"date\":\"2024-01-02\",\"url\":\"http://x\"}\nnot json\n{\"id\":\"a2\"}\n";
        var (exit, output, err) = CliRunner.Run(input, "annotate", "-", "--format", "jsonl");
        Assert.Equal(1, exit);
        var lines = output.Trim().Split('\n');
        Assert.Single(lines);
        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal("a1", doc.RootElement.GetProperty("id").GetString());
        Assert.Equal("2024-01-02", doc.RootElement.GetProperty("date").GetString());
        Assert.Contains("<stdin>:2", err, StringComparison.Ordinal);
        Assert.Contains("<stdin>:3", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_and_invalid_utf8_files_are_rejected_with_a_reason()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-bad-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "bin.txt"), [0x41, 0x00, 0x42]);
            File.WriteAllBytes(Path.Combine(dir.FullName, "latin1.txt"), [0x63, 0x61, 0x66, 0xE9, 0x20]);
            File.WriteAllText(Path.Combine(dir.FullName, "good.txt"), "Merz warned Moscow.");
            var (exit, output, err) = CliRunner.Run("", "annotate", dir.FullName, "--format", "jsonl", "--date", "2025-05-14");
            Assert.Equal(1, exit);
            Assert.Contains("bin.txt: looks like a binary file", err, StringComparison.Ordinal);
            Assert.Contains("latin1.txt: is not valid UTF-8", err, StringComparison.Ordinal);
            Assert.Single(output.Trim().Split('\n'));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

public class LargeInputTests
{
    [Fact]
    public void A_50_MB_single_line_is_refused_in_one_line_and_other_files_still_run()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-big-");
        try
        {
            var big = Path.Combine(dir.FullName, "big.txt");
            using (var w = new StreamWriter(big))
                for (int i = 0; i < 5_000_000; i++) w.Write("word word ");
            File.WriteAllText(Path.Combine(dir.FullName, "small.txt"), "Lammy criticised Putin.");
            var (exit, output, err) = CliRunner.Run("", "annotate", dir.FullName, "--format", "jsonl", "--date", "2025-05-14");
            Assert.Equal(1, exit);
            var line = Assert.Single(err.Trim().Split('\n'));
            Assert.Contains("big.txt", line, StringComparison.Ordinal);
            Assert.Contains("--max-chars", line, StringComparison.Ordinal);
            Assert.Single(output.Trim().Split('\n'));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
