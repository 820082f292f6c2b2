using System.Diagnostics;
using System.Text.Json;

namespace Tacitus.Cli.Tests;

/// <summary>End-to-end: the real tacitus executable as a separate process (exit codes, stdout/stderr).</summary>
public class ProcessTests
{
    private static (int Exit, string Out, string Err) Tacitus(string? stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "tacitus.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        Assert.True(p.WaitForExit(120_000), "tacitus did not finish");
        return (p.ExitCode, outTask.Result, errTask.Result);
    }

    [Fact]
    public void Showcase_codes_with_exit_0()
    {
        var (exit, output, err) = Tacitus(null, "code", CliRunner.Example("istanbul-talks-2025-05-14.txt"), "--date", "2025-05-14");
        Assert.True(exit == 0, err);
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            SchemaValidator.Instance.AssertEvent(line);
    }

    [Fact]
    public void Usage_error_exits_2_without_stack_trace()
    {
        var (exit, _, err) = Tacitus(null, "annotate", "--format", "yaml", "-");
        Assert.Equal(2, exit);
        Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_annotates_to_schema_valid_json()
    {
        var (exit, output, err) = Tacitus("Zelenskyy met Erdoğan in Ankara.", "annotate", "-", "--date", "2025-05-14");
        Assert.True(exit == 0, err);
        SchemaValidator.Instance.AssertDocument(output);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.GetProperty("tokens").GetArrayLength() >= 6);
    }

    [Fact]
    public void Help_teaches_every_command()
    {
        var (exit, output, _) = Tacitus(null, "--help");
        Assert.Equal(0, exit);
        foreach (var c in new[] { "annotate", "code", "version", "train", "evaluate" })
            Assert.Contains(c, output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_of_many_files_is_processed_in_one_run()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-many-");
        try
        {
            for (int i = 0; i < 10_000; i++)
                File.WriteAllText(Path.Combine(dir.FullName, $"d{i:D5}.txt"), i % 2 == 0 ? "Putin spoke." : "");
            var (exit, output, err) = Tacitus(null, "annotate", dir.FullName, "--date", "2025-05-14", "--format", "jsonl");
            Assert.True(exit == 0, err);
            Assert.Equal(10_000, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
