using System.Globalization;
using System.Text;
using Tacitus.Core;
using Tacitus.Core.Serialization;
using Tacitus.Engine;
using Tacitus.TestSupport;

namespace Tacitus.Coding.Tests.Events.Pipeline;

/// <summary>
/// The real, shipped pipeline (tokenizer, tagger, lemmatizer, parser, NER, actors, times, places, events) for golden
/// tests: no hand parses. Golden files are rewritten by running the tests with TACITUS_UPDATE_GOLDEN=1; review the diff.
/// </summary>
internal static class PipelineGolden
{
    private static readonly Lazy<Tacitus.Core.Pipeline> Full = new(() => TacitusEngine.Build(new EngineOptions()));

    public static Document Analyse(string id, string text, DateOnly date) =>
        Full.Value.Process(new Document(id, text) { PublicationDate = date });

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Events", "Fixtures", name);

    private static string SourcePath(string name) => Path.Combine(SharedData.RepoRoot, "tests", "Tacitus.Coding.Tests", "Events", "Fixtures", name);

    /// <summary>One line per event: who, whom, code, modality, casualties, place, evidence and the rule that fired.</summary>
    public static string Render(Document doc, Event e)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"s{e.Sentence} {Side(e.Source)} -> {Side(e.Target)} {e.Cameo} {SchemaV1Writer.ModalityName(e.Modality)}");
        if (e.Fatalities is { } f) sb.Append(CultureInfo.InvariantCulture, $" fatalities={f}");
        if (e.Injuries is { } i) sb.Append(CultureInfo.InvariantCulture, $" injuries={i}");
        if (e.Place is { } p) sb.Append(" @").Append(p.Name);
        if (e.Date is { } d) sb.Append(" date=").Append(d);
        sb.Append(" «").Append(doc.TextOf(e.Evidence)).Append("» ").Append(e.Rule);
        return sb.ToString();
    }

    /// <summary>The short form tests match on: "SRC TGT CAMEO modality" with actor CAMEO codes ("-" for none).</summary>
    public static string Key(Event e) =>
        $"{e.Source?.Cameo ?? "-"} {e.Target?.Cameo ?? "-"} {e.Cameo} {SchemaV1Writer.ModalityName(e.Modality)}";

    private static string Side(ActorRef? a) => a is null ? "-" : $"{a.Cameo}({a.Name})";

    /// <summary>Compares <paramref name="actual"/> with the golden file, or rewrites it when TACITUS_UPDATE_GOLDEN=1.</summary>
    public static void AssertGolden(string name, string actual)
    {
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("TACITUS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(SourcePath(name), actual);
            return;
        }
        var path = FixturePath(name);
        Assert.True(File.Exists(path), $"golden file {name} missing: run the tests with TACITUS_UPDATE_GOLDEN=1");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        int line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        Assert.Fail($"{name} differs from line {line + 1}:\nexpected: {(line < e.Length ? e[line] : "<end>")}\nactual:   {(line < a.Length ? a[line] : "<end>")}\n(rerun with TACITUS_UPDATE_GOLDEN=1 and review the diff if the change is intended)");
    }
}
