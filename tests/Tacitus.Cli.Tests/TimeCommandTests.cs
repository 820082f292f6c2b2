using System.Text.Json;

namespace Tacitus.Cli.Tests;

public class TimeCommandTests
{
    [Fact]
    public void Time_prints_one_json_line_per_expression()
    {
        var (exit, output, err) = CliRunner.Run("", "time", CliRunner.Example("istanbul-talks-2025-05-14.txt"), "--date", "2025-05-14");
        Assert.Equal(0, exit);
        Assert.Equal("", err);
        var lines = output.Trim().Split('\n').Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var values = lines.Select(l => (l.GetProperty("text").GetString(), l.GetProperty("value").GetString())).ToList();
        Assert.Contains(("Feb. 28", "2025-02-28"), values);
        Assert.Contains(("last year", "2024"), values);
        Assert.Contains(("30-day", "P30D"), values);
        Assert.Equal(2, values.Count(v => v == ("Thursday", "2025-05-15")));
        Assert.All(lines, l => Assert.Equal("2025-05-14", l.GetProperty("anchor").GetString()));
    }

    [Fact]
    public void Time_reads_standard_input()
    {
        var (exit, output, _) = CliRunner.Run("The ministers met on Monday.", "time", "--date", "2025-05-14");
        Assert.Equal(0, exit);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("2025-05-12", line.GetProperty("value").GetString());
        Assert.Equal("time:weekday", line.GetProperty("rule").GetString());
    }

    [Fact]
    public void Evaluate_time_on_a_missing_directory_is_a_one_line_error()
    {
        var (exit, _, err) = CliRunner.Run("", "evaluate", "--time", "/no/such/dir");
        Assert.Equal(1, exit);
        Assert.Single(err.Trim().Split('\n'));
        Assert.Contains("/no/such/dir", err, StringComparison.Ordinal);
    }
}
