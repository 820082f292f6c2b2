using System.CommandLine;
using System.Globalization;
using Tacitus.Core;
using Tacitus.Engine;
using Tacitus.Engine.Input;

namespace Tacitus.Cli.Commands;

/// <summary>Options shared by the commands that read documents.</summary>
internal sealed class CommonOptions
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "Files, directories (searched recursively for *.txt, *.html, *.jsonl) or - for standard input. JSONL lines carry id, text, date, url, source.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Date { get; } = new("--date", "-d")
    {
        Description = "Publication date (YYYY-MM-DD) that relative dates such as 'on Thursday' resolve against. Default: a date found in the input (JSONL field, HTML meta, file name), else today with a warning.",
    };

    public Option<string?> Models { get; } = new("--models")
    {
        Description = "Directory with the models to use (default: the models shipped with tacitus).",
    };

    public Option<int> MaxChars { get; } = new("--max-chars")
    {
        Description = "Largest document accepted, in characters; longer ones are reported and skipped.",
        DefaultValueFactory = _ => DocumentReader.DefaultMaxChars,
    };

    public Option<int> MaxSentenceTokens { get; } = new("--max-sentence-tokens")
    {
        Description = "Longest sentence, in tokens, given whole to the tagger and parser; longer ones are split (at ; : or , where possible). 0 = no limit.",
        DefaultValueFactory = _ => Tacitus.Nlp.Tokenization.SentenceLengthLimit.DefaultMaxTokens,
    };

    public Option<string?> NerModel { get; } = NewNerModel();

    public static Option<string?> NewNerModel() => new("--ner-model")
    {
        Description = "Which ner model under the model directory tags names: ner (the default; more accurate, reads a pre-trained contextual encoder) or ner-fast (about ten times faster through the whole pipeline; test F1 78.5 against 80.7).",
    };

    /// <summary>
    /// <paramref name="settings"/> with <see cref="EngineSettings.NerModel"/> set to <paramref name="nerModel"/> (unchanged when
    /// null); a name with a path, or one with no model under the model directory, is a usage error naming the option.
    /// </summary>
    public static System.Collections.Immutable.ImmutableDictionary<string, string> WithNerModel(
        System.Collections.Immutable.ImmutableDictionary<string, string> settings, string? nerModel, string? modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (nerModel is null) return settings;
        settings = settings.SetItem(EngineSettings.NerModel, nerModel);
        string name;
        try { name = EngineSettings.NerModelName(settings); }
        catch (TacitusException ex) { throw new UsageException("--ner-model: " + ex.Message); }
        var dir = Path.Combine(modelDirectory ?? TacitusEngine.DefaultModelDirectory, name);
        if (!Directory.Exists(dir)) throw new UsageException($"--ner-model: there is no model '{name}' in {Path.GetDirectoryName(dir)} (the shipped ones are ner and ner-fast).");
        return settings;
    }

    /// <summary>Engine settings holding only <paramref name="nerModel"/> (none when null), checked as <see cref="WithNerModel"/> does.</summary>
    public static System.Collections.Immutable.ImmutableDictionary<string, string> NerModelSettings(string? nerModel, string? modelDirectory) =>
        WithNerModel(System.Collections.Immutable.ImmutableDictionary<string, string>.Empty, nerModel, modelDirectory);

    public DocumentReader CreateReader(ParseResult parse, CliContext ctx, DateOnly? date)
    {
        int max = parse.GetValue(MaxChars);
        if (max <= 0) throw new UsageException("--max-chars must be a positive number of characters.");
        return new DocumentReader(() => ctx.In, date, max);
    }

    public void AddTo(Command command)
    {
        command.Add(MaxChars);
        command.Add(MaxSentenceTokens);
        command.Add(NerModel);
        command.Add(Inputs);
        command.Add(Date);
        command.Add(Models);
    }

    /// <summary>Parses --date; throws a usage error if it is not a date.</summary>
    public DateOnly? ParseDate(ParseResult parse)
    {
        var s = parse.GetValue(Date);
        if (s is null) return null;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw new UsageException($"--date must be YYYY-MM-DD, got '{s}'.");
        return d;
    }

    /// <summary>Builds the standard pipeline from the shipped models or --models; a stage whose model is missing is left out and named on stderr.</summary>
    public Pipeline BuildPipeline(ParseResult parse, CliContext ctx, bool preTokenized = false, System.Collections.Immutable.ImmutableDictionary<string, string>? settings = null)
    {
        var models = parse.GetValue(Models);
        if (models is not null && !Directory.Exists(models))
            throw new UsageException($"--models: directory '{models}' does not exist.");
        int maxSentence = parse.GetValue(MaxSentenceTokens);
        if (maxSentence is < 0 or 1) throw new UsageException("--max-sentence-tokens must be 0 (no limit) or at least 2.");
        settings = (settings ?? System.Collections.Immutable.ImmutableDictionary<string, string>.Empty)
            .SetItem(EngineSettings.MaxSentenceTokens, maxSentence.ToString(CultureInfo.InvariantCulture));
        settings = WithNerModel(settings, parse.GetValue(NerModel), models);
        var pipeline = TacitusEngine.Build(new EngineOptions { ModelDirectory = models, PreTokenized = preTokenized, Settings = settings }, out var skipped);
        foreach (var s in skipped) ctx.Error.WriteLine($"tacitus: warning: stage left out, {s}");
        return pipeline;
    }

    public string ModelDirectory(ParseResult parse) => parse.GetValue(Models) ?? TacitusEngine.DefaultModelDirectory;

    /// <summary>Reads every input, reporting problems on stderr; fills in today's date (with one warning) where none was found.</summary>
    public IEnumerable<Document> ReadDocuments(ParseResult parse, CliContext ctx, DocumentReader reader, Action onProblem)
    {
        var inputs = parse.GetValue(Inputs) ?? [];
        if (inputs.Length == 0) inputs = ["-"];
        reader.Problem += p =>
        {
            ctx.Error.WriteLine($"tacitus: {p}");
            onProblem();
        };
        bool warned = false;
        var dates = new PublicationDateCheck(ctx.Today);
        foreach (var doc in reader.Read(inputs))
        {
            if (doc.PublicationDate is not null)
            {
                if (dates.Check(doc) is { } warning) ctx.Error.WriteLine($"tacitus: warning: {warning}");
                yield return doc;
                continue;
            }
            if (!warned)
            {
                ctx.Error.WriteLine($"tacitus: warning: no publication date for '{doc.Id}' (and possibly others); using today ({ctx.Today:yyyy-MM-dd}). Pass --date YYYY-MM-DD to set it.");
                warned = true;
            }
            yield return doc with { PublicationDate = ctx.Today };
        }
    }
}

/// <summary>A command-line mistake: reported with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
