using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using Tacitus.Core;
using Tacitus.Nlp.Ner;
using Tacitus.Nlp.Scoring;

namespace Tacitus.Engine.Evaluation;

/// <summary>The result of running NER over a gold IOB2 file.</summary>
public sealed record NerEvaluationResult(PrfScore Overall, IReadOnlyDictionary<string, PrfScore> ByType, long Tokens, TimeSpan PipelineTime, TimeSpan PipelineCpuTime, bool WithTagger = false)
{
    /// <summary>Every span that is not both gold and predicted: missed, spurious, wrong type or wrong boundaries.</summary>
    public IReadOnlyList<NerError> Errors { get; init; } = [];

    public double TokensPerSecond => PipelineTime.TotalSeconds > 0 ? Tokens / PipelineTime.TotalSeconds : 0;
    public double TokensPerCpuSecond => PipelineCpuTime.TotalSeconds > 0 ? Tokens / PipelineCpuTime.TotalSeconds : 0;
}

/// <summary>
/// One disagreement with the gold file. <see cref="Kind"/>: <c>missed</c> (a gold span nothing overlaps),
/// <c>spurious</c> (a predicted span no gold span overlaps), <c>type</c> (same words, other type), <c>boundary</c>
/// (overlapping spans with other words). Text fields hold the span's words joined by spaces ("" when absent).
/// </summary>
public sealed record NerError(string Document, int Sentence, string Kind, string GoldType, string GoldText, string PredictedType, string PredictedText, string SentenceText);

/// <summary>Runs the "ner" stage (after the tagger when the model uses UPOS) over a gold IOB2 file (its tokens and sentences kept) and scores spans conlleval-style.</summary>
public static class NerEvaluation
{
    /// <param name="nerModel">The ner model's directory under the model directory (<see cref="EngineSettings.NerModel"/>; null: "ner").</param>
    public static NerEvaluationResult Run(string goldPath, string? modelDirectory = null, string? nerModel = null)
    {
        var modelDir = modelDirectory ?? TacitusEngine.DefaultModelDirectory;
        var settings = ImmutableDictionary<string, string>.Empty.SetItem(EngineSettings.NerModel, nerModel ?? EngineSettings.DefaultNerModel);
        var nerDir = Path.Combine(modelDir, EngineSettings.NerModelName(settings));
        if (!Directory.Exists(nerDir))
            throw new TacitusException($"{nerDir}: no ner model here. Train one with 'tacitus train ner' or pass --models DIR (and --ner-model NAME).");
        // A model with UPOS features gets the tagger stage before it, as in the standard pipeline.
        // (Read from its config: loading the model here would load its encoder a second time.)
        var (_, nerConfig) = Tacitus.Nlp.Models.ModelPackage.ReadDescription(nerDir, EntityRecognizer.Component);
        bool usesUpos = EntityRecognizer.UsesUposIn(nerConfig);
        var pipeline = TacitusEngine.Build(new EngineOptions { ModelDirectory = modelDir, Stages = usesUpos ? ["tagger", "ner"] : ["ner"], PreTokenized = true, Settings = settings });
        var gold = IobReader.ReadFile(goldPath).ToList();
        // The file's own documents (# newdoc id), as a user would send them.
        var docs = new List<(Document Doc, List<IobSentence> Sentences)>();
        foreach (var batch in IobDocuments.Of(gold))
            docs.Add((ToDocument($"{Path.GetFileNameWithoutExtension(goldPath)}-{docs.Count + 1}", batch), batch));
        foreach (var (doc, _) in docs) pipeline.Process(doc); // warm-up pass (JIT)
        // The fastest of three timed passes is reported; the predictions are the same each time.
        var results = new Document[docs.Count];
        var process = Process.GetCurrentProcess();
        var wall = TimeSpan.MaxValue;
        var cpu = TimeSpan.MaxValue;
        for (int pass = 0; pass < ConlluEvaluation.TimedPasses; pass++)
        {
            process.Refresh();
            var cpu0 = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (int i = 0; i < docs.Count; i++) results[i] = pipeline.Process(docs[i].Doc);
            clock.Stop();
            process.Refresh();
            if (clock.Elapsed < wall) wall = clock.Elapsed;
            var c = process.TotalProcessorTime - cpu0;
            if (c < cpu) cpu = c;
        }

        var scorer = new NerScorer();
        var errors = new List<NerError>();
        long tokens = 0;
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = results[d];
            for (int si = 0; si < doc.Sentences.Length; si++)
            {
                var sent = doc.Sentences[si];
                var predicted = new string[sent.TokenCount];
                for (int k = 0; k < sent.TokenCount; k++) predicted[k] = doc.Tokens[sent.FirstToken + k].Ner ?? "O";
                var goldTags = docs[d].Sentences[si].Tags.Select(NerLabels.Fold).ToArray();
                scorer.Add(goldTags, predicted);
                AddErrors(errors, docs[d].Doc.Id, si, docs[d].Sentences[si].Tokens, goldTags, predicted);
                tokens += sent.TokenCount;
            }
        }
        return new NerEvaluationResult(scorer.Overall, scorer.ByType, tokens, wall, cpu, usesUpos) { Errors = errors };
    }

    /// <summary>Adds the disagreements of one sentence, gold spans first (in order), then the predicted spans no gold span overlaps.</summary>
    internal static void AddErrors(List<NerError> errors, string doc, int sentence, IReadOnlyList<string> words, string[] gold, string[] predicted)
    {
        var g = NerScorer.Chunks(gold).OrderBy(c => c.First).ToList();
        var p = NerScorer.Chunks(predicted).OrderBy(c => c.First).ToList();
        string Text((int First, int Last, string Type) c) => string.Join(' ', words.Skip(c.First).Take(c.Last - c.First + 1));
        static bool Overlap((int First, int Last, string) a, (int First, int Last, string) b) => a.First <= b.Last && b.First <= a.Last;
        string? sentenceText = null;
        string SentenceText() => sentenceText ??= string.Join(' ', words);
        foreach (var gc in g)
        {
            if (p.Contains(gc)) continue;
            var over = p.Where(pc => Overlap(gc, pc)).ToList();
            if (over.Count == 0) { errors.Add(new(doc, sentence, "missed", gc.Type, Text(gc), "", "", SentenceText())); continue; }
            foreach (var pc in over)
            {
                string kind = pc.First == gc.First && pc.Last == gc.Last ? "type" : "boundary";
                errors.Add(new(doc, sentence, kind, gc.Type, Text(gc), pc.Type, Text(pc), SentenceText()));
            }
        }
        foreach (var pc in p)
            if (!g.Any(gc => Overlap(gc, pc)))
                errors.Add(new(doc, sentence, "spurious", "", "", pc.Type, Text(pc), SentenceText()));
    }

    /// <summary>A document whose text is the sentences' tokens joined by spaces (one sentence per line), tokenized as given.</summary>
    public static Document ToDocument(string id, IReadOnlyList<IobSentence> sentences)
    {
        var text = new StringBuilder();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        var sents = ImmutableArray.CreateBuilder<Sentence>();
        for (int si = 0; si < sentences.Count; si++)
        {
            if (si > 0) text.Append('\n');
            int first = tokens.Count;
            int start = text.Length;
            var s = sentences[si];
            for (int k = 0; k < s.Tokens.Length; k++)
            {
                if (k > 0) text.Append(' ');
                int b = text.Length;
                text.Append(s.Tokens[k]);
                tokens.Add(new Token(new TextSpan(b, text.Length), si));
            }
            sents.Add(new Sentence(new TextSpan(start, text.Length), first, s.Tokens.Length));
        }
        return new Document(id, text.ToString()) { Tokens = tokens.ToImmutable(), Sentences = sents.ToImmutable() };
    }
}
