using System.Collections.Immutable;
using System.Diagnostics;
using Tacitus.Core;
using Tacitus.Nlp.Conllu;

namespace Tacitus.Nlp.Parsing;

/// <summary>Where the POS tags the parser trains on come from.</summary>
public enum ParserTagSource
{
    /// <summary>The treebank's own (gold) UPOS/XPOS.</summary>
    Gold,
    /// <summary>Tags predicted by a small internal tagger trained on the other folds (10-fold jack-knifing), so the parser learns from realistic tagging errors.</summary>
    Jackknife,
    /// <summary>Tags predicted by the given tagger stage.</summary>
    Tagger,
}

public sealed record ParserTrainingRequest(string TrainPath, string DevPath, string OutputDirectory)
{
    public ParserTrainingOptions Options { get; init; } = new();
    public ParserTagSource TrainTags { get; init; } = ParserTagSource.Jackknife;
    /// <summary>A tagger stage ("tagger") that tags dev (and train when <see cref="TrainTags"/> is Tagger).</summary>
    public IDocumentProcessor? Tagger { get; init; }
    public string? Command { get; init; }
    /// <summary>An optional held-out treebank scored once at the end (tagged like dev) and recorded in meta.json.</summary>
    public string? TestPath { get; init; }
    /// <summary>Where to write the training treebank with the tags the parser trains on (optional).</summary>
    public string? SaveTrainTagsPath { get; init; }
}

/// <summary>The whole of <c>tacitus train parser</c>: read data, choose tags, train with early stopping, save, report.</summary>
public static class ParserTrainingRun
{
    public static ParserTrainingResult Run(ParserTrainingRequest request, Action<string> log, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(log);
        var train = Read(request.TrainPath);
        var dev = Read(request.DevPath);
        if (request.TrainTags == ParserTagSource.Tagger && request.Tagger is null)
            throw new TacitusException("training on tagger output needs a tagger (--tagger DIR)");

        var test = request.TestPath is null ? null : Read(request.TestPath);
        IReadOnlyList<ConlluSentence> trainTagged = train, devTagged = dev;
        IReadOnlyList<ConlluSentence>? testTagged = test;
        string tagNote;
        switch (request.TrainTags)
        {
            case ParserTagSource.Jackknife:
            {
                var sw = Stopwatch.StartNew();
                trainTagged = JackknifeTagger.Jackknife(train, folds: 10, request.Options.Seed, cancel);
                log($"jack-knifed train tags (10 folds): XPOS accuracy {TagAccuracy(train, trainTagged):F2}% ({sw.Elapsed.TotalSeconds:F0}s)");
                if (request.Tagger is null)
                {
                    var internalTagger = JackknifeTagger.Train(train, request.Options.Seed);
                    devTagged = internalTagger.Tag(dev);
                    log($"dev tagged by the internal tagger: XPOS accuracy {TagAccuracy(dev, devTagged):F2}%");
                    if (test is not null)
                    {
                        testTagged = internalTagger.Tag(test);
                        log($"test tagged by the internal tagger: XPOS accuracy {TagAccuracy(test, testTagged):F2}%");
                    }
                }
                tagNote = "train tags jack-knifed (internal 10-fold tagger)";
                break;
            }
            case ParserTagSource.Tagger:
                trainTagged = Retag(request.Tagger!, train);
                log($"train tagged by the tagger: XPOS accuracy {TagAccuracy(train, trainTagged):F2}%");
                tagNote = "train tags from the tagger";
                break;
            default:
                tagNote = "gold train tags";
                break;
        }
        if (request.Tagger is not null)
        {
            devTagged = Retag(request.Tagger, dev);
            log($"dev tagged by the tagger: XPOS accuracy {TagAccuracy(dev, devTagged):F2}%");
            if (test is not null)
            {
                testTagged = Retag(request.Tagger, test);
                log($"test tagged by the tagger: XPOS accuracy {TagAccuracy(test, testTagged):F2}%");
            }
        }

        if (request.SaveTrainTagsPath is { } tagsOut)
        {
            using (var writer = new StreamWriter(tagsOut, false, new System.Text.UTF8Encoding(false)))
                ConlluWriter.Write(writer, trainTagged);
            log($"wrote the training treebank with its training tags to {tagsOut}");
        }
        var result = ParserTrainer.Train(trainTagged, devTagged, request.Options, log, cancel);
        Dictionary<string, double>? extraTest = null;
        var goldDev = ParserTrainer.Evaluate(result.Model, dev);
        log($"best epoch {result.BestEpoch}: dev (predicted tags) {result.BestDev}");
        log($"dev with gold tags: {goldDev}");
        if (test is not null)
        {
            var testPred = ParserTrainer.Evaluate(result.Model, testTagged!);
            var testGold = ParserTrainer.Evaluate(result.Model, test);
            log($"test (tags as dev): {testPred}");
            log($"test with gold tags: {testGold}");
            extraTest = new Dictionary<string, double>
            {
                ["test.uas"] = testPred.Uas, ["test.las"] = testPred.Las, ["test.las_full"] = testPred.LasFull,
                ["test_gold_tags.uas"] = testGold.Uas, ["test_gold_tags.las"] = testGold.Las, ["test_gold_tags.las_full"] = testGold.LasFull,
            };
        }
        var speed = Measure(result.Model, dev);
        log($"speed: {speed:N0} tokens/s (one thread, CPU time, dev with its tags, parsing only)");
        var extra = new Dictionary<string, double>
        {
            ["dev_gold_tags.uas"] = goldDev.Uas,
            ["dev_gold_tags.las"] = goldDev.Las,
            ["dev_gold_tags.las_full"] = goldDev.LasFull,
            ["speed.tokens_per_second"] = Math.Round(speed / 1000) * 1000,
        };
        if (extraTest is not null) foreach (var kv in extraTest) extra[kv.Key] = kv.Value;
        var meta = ParserTrainer.Metadata(result, $"{Path.GetFileName(request.TrainPath)}; {tagNote}; best epoch {result.BestEpoch}; seed {request.Options.Seed}", request.Command, extra);
        result.Model.Save(request.OutputDirectory, meta);
        log($"saved {request.OutputDirectory}");
        return result;
    }

    private static List<ConlluSentence> Read(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"{path}: no such file");
        var list = ConlluReader.ReadFile(path).Where(s => s.Words.Length > 0).ToList();
        if (list.Count == 0) throw new TacitusException($"{path}: no sentences");
        return list;
    }

    /// <summary>Tokens per second of the parser alone on <paramref name="sentences"/> (after a warm-up pass).</summary>
    public static double Measure(DependencyParserModel model, IReadOnlyList<ConlluSentence> sentences)
    {
        var encoded = sentences.Select(s => model.Lexicon.Encode([.. s.Words.Select(w => w.Form)], [.. s.Words.Select(w => w.Xpos)], [.. s.Words.Select(w => w.Upos)])).ToList();
        var st = new ArcHybridState();
        foreach (var e in encoded.Take(200)) model.Parse(e, st);
        // CPU time of this process, not wall time: on a shared machine the wall clock mostly measures the neighbours.
        long words = 0;
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        for (int pass = 0; pass < 3; pass++)
        {
            foreach (var e in encoded)
            {
                model.Parse(e, st);
                words += e.Length;
            }
        }
        process.Refresh();
        return words / Math.Max(1e-9, (process.TotalProcessorTime - cpu0).TotalSeconds);
    }

    public static double TagAccuracy(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<ConlluSentence> predicted)
    {
        long n = 0, ok = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            for (int k = 0; k < gold[i].Words.Length; k++)
            {
                n++;
                if (gold[i].Words[k].Xpos == predicted[i].Words[k].Xpos) ok++;
            }
        }
        return n == 0 ? 0 : 100.0 * ok / n;
    }

    /// <summary>Replaces UPOS/XPOS with what <paramref name="tagger"/> predicts (tokenization kept).</summary>
    public static List<ConlluSentence> Retag(IDocumentProcessor tagger, IReadOnlyList<ConlluSentence> sentences)
    {
        var result = new List<ConlluSentence>(sentences.Count);
        const int chunk = 200;
        for (int start = 0; start < sentences.Count; start += chunk)
        {
            var part = sentences.Skip(start).Take(chunk).ToList();
            var doc = tagger.Process(ConlluDocuments.ToDocument($"retag-{start}", part, keepAnnotations: false));
            for (int si = 0; si < part.Count; si++)
            {
                var toks = doc.SentenceTokens(si);
                var s = part[si];
                var words = ImmutableArray.CreateBuilder<ConlluWord>(s.Words.Length);
                for (int k = 0; k < s.Words.Length; k++)
                    words.Add(s.Words[k] with { Upos = k < toks.Length ? toks[k].Upos : null, Xpos = k < toks.Length ? toks[k].Xpos : null });
                result.Add(s with { Words = words.MoveToImmutable() });
            }
        }
        return result;
    }
}
