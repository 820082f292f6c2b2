using System.Text.Json;

namespace Tacitus.Cli.Tests;

public class GeoCliTests
{
    [Fact]
    public void Geo_prints_one_json_line_per_toponym_with_geonames_ids()
    {
        var (exit, stdout, stderr) = CliRunner.Run("", "geo", CliRunner.Example("istanbul-talks-2025-05-14.txt"), "--date", "2025-05-14");
        Assert.True(exit == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(lines.Count > 10);
        var istanbul = lines.First(l => l.GetProperty("text").GetString() == "Istanbul");
        Assert.Equal(745044, istanbul.GetProperty("geonameid").GetInt64());
        Assert.Equal("TUR", istanbul.GetProperty("country").GetString());
        var sumy = lines.First(l => l.GetProperty("text").GetString() == "Sumy");
        Assert.Equal(692194, sumy.GetProperty("geonameid").GetInt64());
        Assert.EndsWith("containment", sumy.GetProperty("rule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Annotate_output_carries_places()
    {
        var (exit, stdout, stderr) = CliRunner.Run("Talks were held in Ankara.", "annotate", "--date", "2025-05-14", "--format", "jsonl");
        Assert.True(exit == 0, stderr);
        var places = JsonDocument.Parse(stdout).RootElement.GetProperty("places");
        Assert.Equal(323786, Assert.Single(places.EnumerateArray()).GetProperty("geonameid").GetInt64());
    }

    [Fact]
    public void Gazetteer_build_then_info_round_trips_a_small_data_directory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tacitus-gaz-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "countries.tsv"),
                "cca2\tcca3\tcommon_name\tofficial_name\tdemonyms\talt_spellings\tcapital\tlat\tlon\tiso_en_names\n" +
                "TR\tTUR\tTürkiye\tRepublic of Türkiye\tTurkish\tTR;Turkiye\tAnkara\t39\t35\tTürkiye;Turkey\n");
            File.WriteAllText(Path.Combine(dir, "admin1.tsv"), "code\tname\tascii_name\tgeonameid\nTR.68\tAnkara\tAnkara\t323784\n");
            File.WriteAllText(Path.Combine(dir, "cities.tsv"),
                "geonameid\tname\talt_country\tcountry\tadmin1\tlat\tlon\tpopulation\tfeature_code\tadmin3\tadmin4\n" +
                "323786\tAnkara\t\tTR\t68\t39.91987\t32.85427\t3517182\tPPLC\t\t\n");
            var output = Path.Combine(dir, "gaz.bin");
            var (exit, stdout, stderr) = CliRunner.Run("", "gazetteer", "build", "--data", dir, "--out", output, "--lexicon", Path.Combine(dir, "missing.conllu"));
            Assert.Equal(1, exit);
            Assert.Contains("missing.conllu", stderr);

            (exit, stdout, stderr) = CliRunner.Run("", "gazetteer", "build", "--data", dir, "--out", output);
            Assert.True(exit == 0, stderr);
            Assert.Contains("3 places", stdout, StringComparison.Ordinal);   // a country, a region, a city
            Assert.Contains("(no overlay)", stdout, StringComparison.Ordinal);

            (exit, stdout, stderr) = CliRunner.Run("", "gazetteer", "info", output);
            Assert.True(exit == 0, stderr);
            Assert.Contains("format v2", stdout, StringComparison.Ordinal);
            Assert.Contains("country 1, admin1 1, city 1", stdout, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Evaluate_geo_reports_recall_and_accuracy_and_rejects_a_missing_file()
    {
        var (exit, _, stderr) = CliRunner.Run("", "evaluate", "--geo", "no-such-gold.xml");
        Assert.Equal(1, exit);
        Assert.Contains("no-such-gold.xml", stderr);

        var gold = Path.Combine(Path.GetTempPath(), "tacitus-geo-gold-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(gold, """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="1">
                <dltime>2025-05-14</dltime>
                <text><![CDATA[Talks were held in Ankara, officials said.]]></text>
                <toponyms>
                  <toponym><phrase>Ankara</phrase><start>19</start><end>25</end>
                    <gaztag geonameid="323786"><name>Ankara</name><lat>39.91987</lat><lon>32.85427</lon></gaztag></toponym>
                </toponyms>
              </article>
            </articles>
            """);
        try
        {
            string stdout;
            (exit, stdout, stderr) = CliRunner.Run("", "evaluate", "--geo", gold);
            Assert.True(exit == 0, stderr);
            Assert.Matches(@"recall\s+100\.0 %", stdout);
            Assert.Matches(@"Acc@161km\s+100\.0 %", stdout);
        }
        finally
        {
            File.Delete(gold);
        }
    }
}
