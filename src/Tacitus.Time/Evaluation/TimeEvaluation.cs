using System.Diagnostics;
using Tacitus.Core;

namespace Tacitus.Time.Evaluation;

/// <summary>Scores of one split of a TimeML corpus.</summary>
public sealed record TimeSplitResult(string Split, int Documents, TimeScores Scores, IReadOnlyList<string> Errors);

/// <summary>The result of <see cref="TimeEvaluation.Run"/>: scores for every file, the development part and the held-out part, and the speed.</summary>
public sealed record TimeEvaluationResult(TimeSplitResult All, TimeSplitResult Development, TimeSplitResult HeldOut, int Characters, TimeSpan Elapsed);

/// <summary>
/// Runs a pipeline over TimeML files (the DCT as publication date) and scores its <see cref="Document.Times"/>
/// against the gold TIMEX3s. Files are sorted by name; every 5th (index 4, 9, …) is held out: the rules were
/// tuned on the rest.
/// </summary>
public static class TimeEvaluation
{
    public static IReadOnlyList<string> FindFiles(string directory)
    {
        if (!Directory.Exists(directory)) throw new TacitusException($"'{directory}' is not a directory of TimeML (.tml) files.");
        var files = Directory.EnumerateFiles(directory, "*.tml", SearchOption.AllDirectories)
            .GroupBy(Path.GetFileName, StringComparer.Ordinal) // the same document may sit in two folders
            .Select(g => g.OrderBy(f => f, StringComparer.Ordinal).First())
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) throw new TacitusException($"no .tml files under '{directory}'.");
        return files;
    }

    public static bool IsHeldOut(int index) => index % 5 == 4;

    public static TimeEvaluationResult Run(string directory, Func<Document, Document> pipeline, bool keepErrors = false)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        var files = FindFiles(directory);
        var all = new TimeScorer { KeepErrors = keepErrors };
        var dev = new TimeScorer { KeepErrors = keepErrors };
        var held = new TimeScorer { KeepErrors = keepErrors };
        int chars = 0, devDocs = 0, heldDocs = 0;
        var elapsed = TimeSpan.Zero;
        for (int i = 0; i < files.Count; i++)
        {
            var tml = TimeMLDocument.Load(files[i]);
            var doc = new Document(tml.Id, tml.Text) { PublicationDate = tml.CreationTime };
            long t0 = Stopwatch.GetTimestamp();
            var processed = pipeline(doc);
            elapsed += Stopwatch.GetElapsedTime(t0);
            chars += tml.Text.Length;
            var times = processed.Times;
            all.Add(tml.Id, tml.Text, tml.Timexes, times);
            if (IsHeldOut(i)) { held.Add(tml.Id, tml.Text, tml.Timexes, times); heldDocs++; }
            else { dev.Add(tml.Id, tml.Text, tml.Timexes, times); devDocs++; }
        }
        return new TimeEvaluationResult(
            new TimeSplitResult("all", files.Count, all.Scores(), all.Errors),
            new TimeSplitResult("development", devDocs, dev.Scores(), dev.Errors),
            new TimeSplitResult("held-out", heldDocs, held.Scores(), held.Errors),
            chars, elapsed);
    }
}
