using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>An expected or found (source, target, event) triple in PETRARCH's terms.</summary>
public readonly record struct CodedTriple(string Source, string Target, string Event)
{
    public override string ToString() => $"{Source} {Target} {Event}";
}

/// <summary>A PETRARCH validation record: sentence text, date and the expected triples (the CoreNLP parse in the file is ignored).</summary>
public sealed record ValidationRecord(string Id, string Category, DateOnly? Date, string Text, ImmutableArray<CodedTriple> Expected);

/// <summary>The files a PETRARCH validation file names in its <c>&lt;Environment&gt;</c>.</summary>
public sealed record ValidationEnvironment(string? VerbFile, string? ActorFile, string? AgentFile, string? DiscardFile = null);

/// <summary>Reads PETRARCH validation files (PETR.UnitTest.records.xml).</summary>
public static class ValidationRecordReader
{
    public static (ValidationEnvironment Environment, ImmutableArray<ValidationRecord> Records) Read(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"validation records '{path}' not found.");
        XDocument xml;
        try
        {
            xml = XDocument.Load(path);
        }
        catch (XmlException ex)
        {
            throw new TacitusException($"'{path}' is not valid XML: {ex.Message}");
        }
        var env = xml.Root?.Element("Environment");
        var environment = new ValidationEnvironment(env?.Element("Verbfile")?.Value.Trim(), env?.Element("Actorfile")?.Value.Trim(), env?.Element("Agentfile")?.Value.Trim(), env?.Element("Discardfile")?.Value.Trim());
        var records = ImmutableArray.CreateBuilder<ValidationRecord>();
        foreach (var s in xml.Descendants("Sentence"))
        {
            var text = string.Join(' ', (s.Element("Text")?.Value ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            if (text.Length == 0) continue;
            var expected = ImmutableArray.CreateBuilder<CodedTriple>();
            foreach (var e in s.Elements("EventCoding"))
            {
                if (string.Equals((string?)e.Attribute("noevents"), "True", StringComparison.OrdinalIgnoreCase)) continue;
                var src = (string?)e.Attribute("sourcecode");
                var tgt = (string?)e.Attribute("targetcode");
                var ev = (string?)e.Attribute("eventcode");
                if (src is null || tgt is null || ev is null) continue;
                expected.Add(new CodedTriple(src.Trim(), tgt.Trim(), ev.Trim()));
            }
            var dateText = (string?)s.Attribute("date");
            DateOnly? date = dateText is not null && DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            records.Add(new ValidationRecord((string?)s.Attribute("id") ?? $"#{records.Count}", (string?)s.Attribute("category") ?? "", date, text, expected.ToImmutable()));
        }
        return (environment, records.ToImmutable());
    }
}

/// <summary>One record's outcome.</summary>
public sealed record ValidationResult(ValidationRecord Record, ImmutableArray<CodedTriple> Found, ImmutableArray<CodedTriple> Correct, ImmutableArray<CodedTriple> Missed, ImmutableArray<CodedTriple> Extra, bool Parsed)
{
    /// <summary>The analysed sentence (tokens, parse, actors, events), for explanations.</summary>
    public Document? Document { get; init; }

    /// <summary>
    /// A readable account of the record: the sentence, each token with its tag, head and relation and the actor
    /// code it carries, and each event found with the rule that fired.
    /// </summary>
    public string Explain()
    {
        var sb = new System.Text.StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append("  text: ").AppendLine(Record.Text);
        sb.Append("  expected: ").AppendLine(string.Join("; ", Record.Expected));
        if (Document is not { } doc) return sb.ToString();
        var codes = new Dictionary<int, string>();
        foreach (var a in doc.Actors)
            foreach (var m in a.Mentions)
                for (int t = 0; t < doc.Tokens.Length; t++)
                    if (doc.Tokens[t].Span.Start >= m.Span.Start && doc.Tokens[t].Span.End <= m.Span.End) codes[t] = a.Cameo ?? "?";
        foreach (var sent in doc.Sentences)
        {
            sb.Append("  ");
            for (int t = sent.FirstToken; t < sent.FirstToken + sent.TokenCount; t++)
            {
                var tok = doc.Tokens[t];
                sb.Append(inv, $"{t - sent.FirstToken + 1}:{doc.TextOf(tok)}/{tok.Upos}>{tok.Head}:{tok.Deprel}");
                if (codes.TryGetValue(t, out var c)) sb.Append('[').Append(c).Append(']');
                sb.Append(' ');
            }
            sb.AppendLine();
        }
        foreach (var e in doc.Events)
            sb.AppendLine(inv, $"  event {e.Source?.Cameo ?? "---"} {e.Target?.Cameo ?? "---"} {e.Cameo} {e.Modality}: {e.Rule}");
        return sb.ToString();
    }
}

/// <summary>Totals over all records: correct, missed, extra and precision/recall/F1 over triples.</summary>
public sealed record ValidationSummary(int Records, int Expected, int Correct, int Missed, int Extra, int ParsedRecords)
{
    public double Precision => Correct + Extra == 0 ? 0 : (double)Correct / (Correct + Extra);
    public double Recall => Expected == 0 ? 0 : (double)Correct / Expected;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    /// <summary>Extra triples as a share of all triples produced (PETRARCH's "extra" rate).</summary>
    public double ExtraRate => Correct + Extra == 0 ? 0 : (double)Extra / (Correct + Extra);
}

/// <summary>
/// Runs Tacitus on PETRARCH validation records: the given pipeline (tokenizer, tagger, parser …) analyses each
/// sentence, actors are marked with the records' own test dictionaries, events are coded with their verb
/// dictionary (dyads only, as PETRARCH does), and found triples are compared with the expected ones.
/// </summary>
public sealed class PetrarchValidator
{
    private readonly Pipeline _analysis;
    private readonly EventCoder _coder;
    private readonly PetrarchActorDictionary _actors;
    private readonly IReadOnlyList<string> _discards;

    public PetrarchValidator(Pipeline analysis, EventCoder coder, PetrarchActorDictionary actors, IReadOnlyList<string>? discards = null)
    {
        _analysis = analysis;
        _coder = coder;
        _actors = actors;
        _discards = discards ?? [];
    }

    /// <summary>PETRARCH discard phrases: a sentence containing one (after a blank; a final '_' requires a word end) is not coded.</summary>
    public static List<string> ReadDiscards(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"discard list '{path}' not found.");
        var result = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw;
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            line = line.Trim().TrimStart('+').Trim();
            if (line.Length > 0) result.Add(line.ToUpperInvariant());
        }
        return result;
    }

    private bool Discarded(string text)
    {
        var t = " " + text.ToUpperInvariant() + " ";
        foreach (var d in _discards)
        {
            bool wordEnd = d.EndsWith('_');
            var phrase = " " + d.TrimEnd('_');
            int i = t.IndexOf(phrase, StringComparison.Ordinal);
            if (i < 0) continue;
            if (!wordEnd) return true;
            int after = i + phrase.Length;
            if (after >= t.Length || !char.IsLetterOrDigit(t[after])) return true;
        }
        return false;
    }

    /// <summary>Builds a validator from a records file's environment; <paramref name="dictionaryDirectory"/> defaults to the records' folder.</summary>
    public static PetrarchValidator Create(Pipeline analysis, ValidationEnvironment env, string dictionaryDirectory, CameoCodebook codebook, CodingStrategy strategy = CodingStrategy.Combined)
    {
        ArgumentNullException.ThrowIfNull(env);
        string Need(string? name, string what) => name is null
            ? throw new TacitusException($"the validation file names no {what} in <Environment>.")
            : Path.Combine(dictionaryDirectory, name);
        var verbs = VerbDictionaryReader.ReadFile(Need(env.VerbFile, "Verbfile"));
        var actors = PetrarchActorDictionary.Load([Need(env.ActorFile, "Actorfile")], env.AgentFile is null ? null : Path.Combine(dictionaryDirectory, env.AgentFile));
        var discards = env.DiscardFile is null ? [] : ReadDiscards(Path.Combine(dictionaryDirectory, env.DiscardFile));
        return new PetrarchValidator(analysis, new EventCoder(verbs, codebook, new EventCoderOptions { RequireDyad = true, Strategy = strategy }), actors, discards);
    }

    public ValidationResult Run(ValidationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var doc = new Document(record.Id, record.Text) { PublicationDate = record.Date };
        doc = _analysis.Process(doc);
        doc = _actors.Tag(doc, record.Date);
        var events = Discarded(record.Text) ? [] : _coder.Code(doc);
        doc = doc with { Events = events };
        // An actor with several codes ("FRO/BIL/SAM" for the Shire) takes part under each, as PETRARCH writes it.
        var found = events.SelectMany(e =>
            from src in (e.Source?.Cameo ?? "---").Split('/')
            from tgt in (e.Target?.Cameo ?? "---").Split('/')
            select new CodedTriple(src, tgt, e.Cameo)).Distinct().ToList();
        var expected = record.Expected.ToList();
        var correct = new List<CodedTriple>();
        var extra = new List<CodedTriple>();
        foreach (var f in found)
        {
            int i = expected.IndexOf(f);
            if (i >= 0) { correct.Add(f); expected.RemoveAt(i); }
            else extra.Add(f);
        }
        bool parsed = doc.Tokens.Length > 0 && doc.Tokens.All(t => t.Head >= 0);
        return new ValidationResult(record, [.. found], [.. correct], [.. expected], [.. extra], parsed) { Document = doc };
    }

    public static ValidationSummary Summarize(IReadOnlyCollection<ValidationResult> results) => new(
        results.Count,
        results.Sum(r => r.Record.Expected.Length),
        results.Sum(r => r.Correct.Length),
        results.Sum(r => r.Missed.Length),
        results.Sum(r => r.Extra.Length),
        results.Count(r => r.Parsed));
}
