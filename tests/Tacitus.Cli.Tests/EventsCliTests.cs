namespace Tacitus.Cli.Tests;

public class EventsCliTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tacitus-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    [Fact]
    public void Validate_prints_per_record_lines_and_totals()
    {
        var dir = TempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir, "r.xml"), """
                <Validation><Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile></Environment><Sentences>
                <Sentence date="20250101" id="R-1"><EventCoding sourcecode="ARN" targetcode="GON" eventcode="190"></EventCoding><Text>Arnor attacked Gondor.</Text></Sentence>
                <Sentence date="20250101" id="R-2"><EventCoding sourcecode="GON" targetcode="ARN" eventcode="111"></EventCoding><Text>Gondor praised Arnor.</Text></Sentence>
                </Sentences></Validation>
                """);
            File.WriteAllText(Path.Combine(dir, "v.txt"), "--- ATTACK [190] ---\nATTACK\n--- PRAISE [051] ---\nPRAISE\n");
            File.WriteAllText(Path.Combine(dir, "a.txt"), "ARNOR [ARN]\nGONDOR [GON]\n");
            var (exit, output, err) = CliRunner.Run("", "validate", Path.Combine(dir, "r.xml"));
            Assert.True(exit == 0, err);
            Assert.Contains("OK   R-1", output, StringComparison.Ordinal);
            Assert.Contains("FAIL R-2", output, StringComparison.Ordinal);
            Assert.Contains("missed: GON ARN 111", output, StringComparison.Ordinal);
            Assert.Contains("extra: GON ARN 051", output, StringComparison.Ordinal);
            Assert.Contains("expected 2  correct 1  missed 1  extra 1", output, StringComparison.Ordinal);
            Assert.Contains("precision 0.500  recall 0.500  F1 0.500", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Validate_missing_file_is_exit_1()
    {
        var (exit, _, err) = CliRunner.Run("", "validate", "/no/such/records.xml");
        Assert.Equal(1, exit);
        Assert.Contains("/no/such/records.xml", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_with_missing_verb_dictionary_is_usage_error()
    {
        var (exit, _, err) = CliRunner.Run("", "code", "-", "--date", "2025-05-14", "--verbs", "/no/such/verbs.txt");
        Assert.Equal(2, exit);
        Assert.Contains("--verbs", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gdelt")]
    [InlineData("icews")]
    [InlineData("plover")]
    public void Code_accepts_the_export_formats(string format)
    {
        var (exit, _, err) = CliRunner.Run("Russia attacked Ukraine.", "code", "-", "--date", "2025-05-14", "--format", format);
        Assert.True(exit == 0, err);
    }

    /// <summary>The same for coding straight to GDELT or ICEWS rows: asserted events, and a note for the rest.</summary>
    [Theory]
    [InlineData("gdelt", 0)]
    [InlineData("icews", 1)]
    public void Code_to_a_format_without_modality_writes_asserted_events_unless_asked(string format, int header)
    {
        const string text = "Russia attacked Ukraine on Monday. Putin did not meet Erdogan on Tuesday.";
        int Rows(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var (exit, output, err) = CliRunner.Run(text, "code", "-", "--date", "2025-05-14", "--format", format);
        Assert.True(exit == 0, err);
        Assert.Equal(header + 1, Rows(output));
        Assert.Contains("1 event not asserted", err, StringComparison.Ordinal);
        (exit, output, err) = CliRunner.Run(text, "code", "-", "--date", "2025-05-14", "--format", format, "--all-modalities");
        Assert.True(exit == 0, err);
        Assert.Equal(header + 2, Rows(output));
        Assert.DoesNotContain("not asserted", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_with_own_petrarch_verb_dictionary_runs()
    {
        var dir = TempDir();
        try
        {
            File.WriteAllText(Path.Combine(dir, "v.txt"), "--- ATTACK [190] ---\nATTACK\n");
            var (exit, _, err) = CliRunner.Run("Russia attacked Ukraine.", "code", "-", "--date", "2025-05-14", "--verbs", Path.Combine(dir, "v.txt"));
            Assert.True(exit == 0, err);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Events_compile_without_data_is_a_clear_error()
    {
        var (exit, _, err) = CliRunner.Run("", "events", "compile", "--data", "/no/such/dir", "--out", Path.GetTempPath());
        Assert.Equal(1, exit);
        Assert.Contains("/no/such/dir", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_compile_builds_loadable_models_when_data_is_present()
    {
        var data = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "..", "shared", "data", "events"));
        if (!Directory.Exists(data)) return; // ../shared/data absent on a bare clone: nothing to compile from
        var dir = TempDir();
        try
        {
            var (exit, output, err) = CliRunner.Run("", "events", "compile", "--data", data, "--out", dir);
            Assert.True(exit == 0, err);
            Assert.Contains("patterns", output, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dir, "verbs.tacverbs")));
            Assert.True(File.Exists(Path.Combine(dir, "cameo.tsv")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
