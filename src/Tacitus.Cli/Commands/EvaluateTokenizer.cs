using System.CommandLine;
using System.Globalization;
using Tacitus.Nlp.Tokenization;

namespace Tacitus.Cli.Commands;

/// <summary><c>tacitus evaluate --tokenizer --gold FILE.conllu</c>: CoNLL 2018 token, word and sentence scores plus throughput.</summary>
internal static class EvaluateTokenizer
{
    public static readonly Option<bool> Flag = new("--tokenizer")
    {
        Description = "Score the tokenizer and sentence splitter on the raw text ('# text' lines) of a CoNLL-U file (CoNLL 2018 definitions).",
    };

    public static readonly Option<int> ShowErrors = new("--show-errors")
    {
        Description = "With --tokenizer: also print up to N token and N sentence-boundary disagreements.",
        DefaultValueFactory = _ => 0,
    };

    public static int Run(CliContext ctx, string? gold, int showErrors)
    {
        if (string.IsNullOrEmpty(gold)) throw new UsageException("--tokenizer needs --gold FILE.conllu");
        var docs = TokenizationScorer.ReadGold(gold);
        var scores = TokenizationScorer.Evaluate(docs, Math.Max(0, showErrors));
        var o = ctx.Out;
        o.WriteLine($"gold:       {gold} ({docs.Count} documents, {scores.Characters:N0} characters)");
        o.WriteLine($"Tokens:     {scores.Tokens}");
        o.WriteLine($"Words:      {scores.Words}");
        o.WriteLine($"Sentences:  {scores.Sentences}");
        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Speed:      {scores.CharactersPerSecond:N0} chars/s ({scores.TokenizerTime.TotalMilliseconds:F0} ms, best warm pass over the file on one thread; BenchmarkDotNet gives the steadier figure)"));
        foreach (var e in scores.TokenErrors) o.WriteLine($"token     {e}");
        foreach (var e in scores.SentenceErrors) o.WriteLine($"sentence  {e}");
        return ExitCodes.Ok;
    }
}
