using System.Diagnostics;
using Tacitus.Storage.DuckDb;

namespace Tacitus.Cli.Tests;

public class StoreCommandTests
{
    private static string TempDir()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tacitus-cli-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static (string Corpus, int Distinct) Corpus()
    {
        var dir = TempDir();
        var corpus = Path.Combine(dir, "corpus");
        int distinct = CorpusGenerator.Write(corpus, File.ReadAllText(CliRunner.Example("istanbul-talks-2025-05-14.txt")));
        return (corpus, distinct);
    }

    private static Storage.StoreCounts Counts(string db)
    {
        using var s = DuckDbEventStore.Open(db, readOnly: true);
        return s.Counts();
    }

    [Fact]
    public void Ingest_warns_once_about_a_misread_publication_date_and_stores_the_document_as_given()
    {
        var db = Path.Combine(TempDir(), "odd.duckdb");
        var input = "{\"id\":\"d1\",\"text\":\"Talks began on Monday.\",\"date\":\"0201-12-16\"}\n" +
                    "{\"id\":\"d2\",\"text\":\"Talks ended on Friday.\",\"date\":\"0201-12-17\"}\n";
        var (exit, output, err) = CliRunner.Run(input, "ingest", "-", "--db", db);
        Assert.True(exit == 0, err);
        Assert.Contains("2 stored", output);
        Assert.Contains("warning: the publication date of 'd1' is 0201-12-16", err, StringComparison.Ordinal);
        Assert.DoesNotContain("'d2'", err, StringComparison.Ordinal);

        (exit, output, err) = CliRunner.Run("{\"id\":\"d3\",\"text\":\"Talks began on Monday.\",\"date\":\"2025-05-14\"}\n", "ingest", "-", "--db", db);
        Assert.True(exit == 0, err);
        Assert.DoesNotContain("publication date", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_of_a_varied_corpus_stores_each_document_once_and_reingest_adds_nothing()
    {
        var (corpus, distinct) = Corpus();
        Assert.True(distinct >= 200, $"corpus has {distinct} documents");
        var db = Path.Combine(Path.GetDirectoryName(corpus)!, "t.duckdb");
        var (exit, output, err) = CliRunner.Run("", "ingest", corpus, "--db", db);
        Assert.True(exit == 0, err);
        Assert.Contains($"{distinct} stored", output);
        var first = Counts(db);
        Assert.Equal(distinct, first.Documents);
        Assert.True(first.NearDuplicateDocuments >= 6, $"near-duplicates: {first.NearDuplicateDocuments}");
        Assert.True(first.Sentences > first.Documents);

        (exit, output, err) = CliRunner.Run("", "ingest", corpus, "--db", db);
        Assert.True(exit == 0, err);
        Assert.Contains(" 0 stored", output);
        Assert.Equal(first, Counts(db));

        (exit, output, _) = CliRunner.Run("", "stats", "--db", db);
        Assert.Equal(0, exit);
        Assert.Contains($"documents {distinct}", output);
        (exit, output, _) = CliRunner.Run("", "query", "--db", db, "--format", "csv");
        Assert.Equal(0, exit);
        Assert.StartsWith("id,date", output);
        (exit, output, _) = CliRunner.Run("", "export", "--db", db, "--format", "gdelt");
        Assert.Equal(0, exit);
    }

    [Fact]
    public void Ingest_killed_mid_way_and_run_again_ends_with_the_same_counts()
    {
        var (corpus, distinct) = Corpus();
        var root = Path.GetDirectoryName(corpus)!;
        var reference = Path.Combine(root, "reference.duckdb");
        Assert.Equal(0, CliRunner.Run("", "ingest", corpus, "--db", reference).Exit);

        var db = Path.Combine(root, "killed.duckdb");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "tacitus.dll"), "ingest", corpus, "--db", db, "--batch-size", "5", "--batch-delay-ms", "300", "--parallel", "1" })
            psi.ArgumentList.Add(a);
        using (var p = Process.Start(psi)!)
        {
            string? line;
            int batches = 0;
            while ((line = p.StandardError.ReadLine()) is not null)
                if (line.Contains(" stored,", StringComparison.Ordinal) && ++batches == 3) break;
            Assert.NotNull(line);
            Assert.False(p.HasExited, "the ingest finished before it could be killed");
            p.Kill();   // SIGKILL: no cleanup, no flush
            p.WaitForExit();
        }
        var partial = Counts(db);
        Assert.InRange(partial.Documents, 1, distinct - 1);

        var (exit, output, err) = CliRunner.Run("", "ingest", corpus, "--db", db);
        Assert.True(exit == 0, err);
        Assert.Contains($"{distinct - partial.Documents} stored", output);
        Assert.Equal(Counts(reference) with { NearDuplicateDocuments = 0 }, Counts(db) with { NearDuplicateDocuments = 0 });
        Assert.Equal(distinct, Counts(db).Documents);
    }

    [Fact]
    public void Query_and_stats_on_a_missing_store_fail_with_one_line()
    {
        var db = Path.Combine(TempDir(), "none.duckdb");
        var (exit, _, err) = CliRunner.Run("", "query", "--db", db);
        Assert.Equal(1, exit);
        Assert.Contains("no event store", err);
        Assert.Single(err.Trim().Split('\n'));
        (exit, _, err) = CliRunner.Run("", "query", "--db", db, "--quad", "7");
        Assert.Equal(2, exit);
    }

    [Fact]
    public void A_store_the_database_rejects_fails_with_one_line_naming_the_file()
    {
        var dir = TempDir();
        var db = Path.Combine(dir, "damaged.duckdb");
        Assert.Equal(0, CliRunner.Run("", "ingest", CliRunner.Example("istanbul-talks-2025-05-14.txt"), "--db", db, "--date", "2025-05-14").Exit);
        // A file the current schema no longer fits (damaged, or changed by another tool): appends and reads fail in DuckDB itself.
        using (var conn = new DuckDB.NET.Data.DuckDBConnection($"Data Source={db}"))
        {
            conn.Open();
            using var cmd = conn.CreateCommand();
            cmd.CommandText = "DROP TABLE sentences; CREATE TABLE sentences (x INTEGER); DROP TABLE events; CREATE TABLE events (x INTEGER);";
            cmd.ExecuteNonQuery();
        }
        var text = Path.Combine(dir, "other.txt");
        File.WriteAllText(text, "Ukraine's president met Turkey's president in Ankara on Monday.");

        foreach (var args in new[] { new[] { "ingest", text, "--db", db }, ["stats", "--db", db], ["query", "--db", db] })
        {
            var (exit, _, err) = CliRunner.Run("", args);
            Assert.NotEqual(0, exit);
            var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("tacitus: ingest:", StringComparison.Ordinal)).ToList();
            Assert.True(lines.Count == 1, $"{args[0]}: {err}");
            Assert.StartsWith($"tacitus: the store '{db}' failed while ", lines[0], StringComparison.Ordinal);
            Assert.Contains("--db NEW.duckdb", lines[0], StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// GDELT's and ICEWS's tables have no field for modality: exported there, "Putin did not meet Erdogan" would read as a
    /// meeting. They get asserted events, with a note saying how many were left out; --all-modalities or an explicit
    /// --modality chooses otherwise, and the formats that carry modality get every event.
    /// </summary>
    [Fact]
    public void Export_to_a_format_without_modality_leaves_out_what_did_not_happen_and_says_so()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-export-modality-");
        try
        {
            var db = Path.Combine(dir.FullName, "s.duckdb");
            var text = Path.Combine(dir.FullName, "report.txt");
            File.WriteAllText(text, "Russia attacked Ukraine on Monday. Putin did not meet Erdogan on Tuesday.");
            var (exit, _, err) = CliRunner.Run("", "ingest", text, "--db", db, "--date", "2025-05-14");
            Assert.True(exit == 0, err);
            int Rows(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;

            (exit, var gdelt, err) = CliRunner.Run("", "export", "--db", db, "--format", "gdelt");
            Assert.True(exit == 0, err);
            Assert.Equal(1, Rows(gdelt));
            Assert.Contains("\t190\t", gdelt, StringComparison.Ordinal);
            Assert.Contains("1 event not asserted", err, StringComparison.Ordinal);

            (exit, gdelt, err) = CliRunner.Run("", "export", "--db", db, "--format", "gdelt", "--all-modalities");
            Assert.True(exit == 0, err);
            Assert.Equal(2, Rows(gdelt));
            Assert.DoesNotContain("not asserted", err, StringComparison.Ordinal);

            (exit, var icews, err) = CliRunner.Run("", "export", "--db", db, "--format", "icews", "--modality", "negated");
            Assert.True(exit == 0, err);
            Assert.Equal(2, Rows(icews));   // header and the meeting that did not happen
            Assert.Contains("Vladimir Putin", icews, StringComparison.Ordinal);

            (exit, var stats, err) = CliRunner.Run("", "stats", "--db", db, "--by", "modality");
            Assert.True(exit == 0, err);
            Assert.Matches(@"│ asserted\s+│ 1\s+│ 1\s+│", stats);
            Assert.Matches(@"│ negated\s+│ 1\s+│ 1\s+│", stats);

            (exit, var csv, err) = CliRunner.Run("", "export", "--db", db, "--format", "csv");
            Assert.True(exit == 0, err);
            Assert.Equal(3, Rows(csv));
            Assert.Contains(",negated,", csv, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(true);
        }
    }

    [Fact]
    public void Query_shows_a_year_only_date_as_coded_and_ingest_reports_each_state_once()
    {
        var dir = Directory.CreateTempSubdirectory("tacitus-query-dates-");
        try
        {
            var db = Path.Combine(dir.FullName, "s.duckdb");
            var lastYear = Path.Combine(dir.FullName, "last-year.txt");
            File.WriteAllText(lastYear, "Russia attacked Ukraine last year.");
            var (exit, _, err) = CliRunner.Run("", "ingest", CliRunner.Example("istanbul-talks-2025-05-14.txt"), lastYear, "--db", db, "--date", "2025-05-14");
            Assert.True(exit == 0, err);
            var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("tacitus: ingest:", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(lines);
            Assert.Equal(lines.Distinct().Count(), lines.Count);

            var (qexit, table, qerr) = CliRunner.Run("", "query", "--db", db);
            Assert.True(qexit == 0, qerr);
            Assert.Contains("│ 2024       │", table, StringComparison.Ordinal);   // "attacked Ukraine last year"
            Assert.DoesNotContain("2024-01-01", table, StringComparison.Ordinal);
            Assert.Contains("│ 2025-02-28 │", table, StringComparison.Ordinal);

            // Negated events ("Russia wants …, not increasing tension") are stored and shown as such, and can be left out.
            Assert.Contains("│ negated ", table, StringComparison.Ordinal);
            (qexit, table, qerr) = CliRunner.Run("", "query", "--db", db, "--modality", "asserted");
            Assert.True(qexit == 0, qerr);
            Assert.Contains("│ asserted ", table, StringComparison.Ordinal);
            Assert.DoesNotContain("│ negated ", table, StringComparison.Ordinal);
            Assert.Equal(2, CliRunner.Run("", "query", "--db", db, "--modality", "maybe").Exit);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
