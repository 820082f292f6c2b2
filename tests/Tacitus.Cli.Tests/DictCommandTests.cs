using System.Text.Json;

namespace Tacitus.Cli.Tests;

public class DictCommandTests
{
    [Fact]
    public void Compile_writes_a_dictionary_the_annotate_command_uses()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-dict-").FullName;
        try
        {
            var actors = Path.Combine(dir, "my.actors.txt");
            File.WriteAllText(actors, "RUSSIA_ [RUS]\n+RUSSIAN\nIVAN_PETROV  # PER Envoy | test\n+PETROV\n\t[RUSGOV >20250101]\n\t[RUSELI]\n");
            var agents = Path.Combine(dir, "my.agents.txt");
            File.WriteAllText(agents, "ENVOY [~GOV]\n");
            var output = Path.Combine(dir, "actors.tacdict");
            var (exit, stdout, stderr) = CliRunner.Run("", "dict", "compile", "--out", output, actors, agents);
            Assert.True(exit == 0, stderr);
            Assert.Contains("2 actors (1 people)", stdout, StringComparison.Ordinal);
            Assert.True(File.Exists(output));

            var (exit2, json, err2) = CliRunner.Run("Russian envoy Ivan Petrov arrived. Petrov smiled.", "annotate", "--date", "2025-05-14", "--format", "json", "--models", dir);
            Assert.True(exit2 == 0, err2);
            Assert.Contains("RUSGOV", json, StringComparison.Ordinal);
            using var parsed = JsonDocument.Parse(json);
            Assert.Contains("Ivan Petrov", json, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Names_writes_the_given_names_of_one_gender()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-dict-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "f.txt"), "Janet\nRobin\nAndrei\n");
            File.WriteAllText(Path.Combine(dir, "m.txt"), "Fidel\nRobin\n");
            File.WriteAllText(Path.Combine(dir, "x.txt"), "# male in Russian\nAndrei\n");
            var output = Path.Combine(dir, "given-names.tsv");
            var (exit, stdout, stderr) = CliRunner.Run("", "dict", "names", "--female", Path.Combine(dir, "f.txt"), "--male", Path.Combine(dir, "m.txt"),
                "--except", Path.Combine(dir, "x.txt"), "--out", output);
            Assert.True(exit == 0, stderr);
            Assert.Contains("2 given names of one gender", stdout, StringComparison.Ordinal);
            Assert.Equal(["FIDEL\tM", "JANET\tF"], File.ReadAllLines(output).Where(l => !l.StartsWith('#')).ToArray());

            var (exit2, _, stderr2) = CliRunner.Run("", "dict", "names", "--female", Path.Combine(dir, "none.txt"), "--male", Path.Combine(dir, "m.txt"), "--out", output);
            Assert.Equal(1, exit2);
            Assert.Contains("none.txt: no such file.", stderr2, StringComparison.Ordinal);

            // --extra adds names of one gender and wins over the lists and --except.
            File.WriteAllText(Path.Combine(dir, "w.txt"), "# public figures\nAndrei M\nYulia F\n");
            var (exit3, stdout3, stderr3) = CliRunner.Run("", "dict", "names", "--female", Path.Combine(dir, "f.txt"), "--male", Path.Combine(dir, "m.txt"),
                "--except", Path.Combine(dir, "x.txt"), "--extra", Path.Combine(dir, "w.txt"), "--out", output);
            Assert.True(exit3 == 0, stderr3);
            Assert.Contains("4 given names of one gender", stdout3, StringComparison.Ordinal);
            Assert.Equal(["ANDREI\tM", "FIDEL\tM", "JANET\tF", "YULIA\tF"], File.ReadAllLines(output).Where(l => !l.StartsWith('#')).ToArray());
            File.WriteAllText(Path.Combine(dir, "bad.txt"), "Yulia female\n");
            var (exit4, _, stderr4) = CliRunner.Run("", "dict", "names", "--female", Path.Combine(dir, "f.txt"), "--male", Path.Combine(dir, "m.txt"),
                "--extra", Path.Combine(dir, "bad.txt"), "--out", output);
            Assert.Equal(1, exit4);
            Assert.Contains("extra names, line 1: expected one given name, a space and F or M", stderr4, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Malformed_dictionary_is_a_one_line_error_with_file_and_line()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-dict-").FullName;
        try
        {
            var actors = Path.Combine(dir, "bad.actors.txt");
            File.WriteAllText(actors, "# header\nX_\n\t[RUSGOV >2025-05-06]\n");
            var (exit, _, stderr) = CliRunner.Run("", "dict", "compile", "--out", Path.Combine(dir, "x.tacdict"), actors);
            Assert.Equal(1, exit);
            Assert.StartsWith("tacitus: bad.actors.txt:3: bad date", stderr, StringComparison.Ordinal);
            Assert.Single(stderr.Trim().Split('\n'));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Missing_compiled_dictionary_says_how_to_build_it()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-dict-").FullName;
        try
        {
            // A model directory without the compiled dictionary: the actors stage is left out with a warning that says how to build it.
            var (exit, output, stderr) = CliRunner.Run("Putin spoke.", "annotate", "--date", "2025-05-14", "--models", dir, "--format", "jsonl");
            Assert.Equal(0, exit);
            Assert.Contains("stage left out, actors", stderr, StringComparison.Ordinal);
            Assert.Contains("dict compile", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("\"actors\"", System.Text.Json.JsonDocument.Parse(output).RootElement.GetProperty("stages").GetRawText(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
