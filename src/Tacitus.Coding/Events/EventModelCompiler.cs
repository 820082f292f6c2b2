using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>Builds <c>verbs.tacverbs</c> and <c>cameo.tsv</c> from the upstream PETRARCH2, CAMEO and PLOVER files (the <c>events/</c> data folder).</summary>
public static class EventModelCompiler
{
    public sealed record Result(string VerbsPath, int Verbs, int Patterns, int Synsets, string CodebookPath, int Codes);

    /// <param name="eventsData">The folder holding petrarch2/, cameo/ and plover/ (../shared/data/events).</param>
    public static Result Compile(string eventsData, string outputDirectory, string? verbFile = null)
    {
        if (!Directory.Exists(eventsData)) throw new TacitusException($"events data folder '{eventsData}' not found.");
        Directory.CreateDirectory(outputDirectory);
        var upstream = verbFile ?? Path.Combine(eventsData, "petrarch2", "CAMEO.2.0.txt");
        if (!File.Exists(upstream)) throw new TacitusException($"verb dictionary '{upstream}' not found.");
        // The upstream dictionary as it is, then Tacitus's supplement (same format) after it.
        var text = File.ReadAllText(upstream) + "\n" + Supplement();
        var verbs = VerbDictionaryReader.Read(new StringReader(text), Path.GetFileName(upstream) + "+tacitus-supplement");
        var verbsPath = Path.Combine(outputDirectory, EventModel.VerbsFileName);
        VerbDictionaryFile.Write(verbs, verbsPath);
        var book = CameoCodebook.Compile(Path.Combine(eventsData, "cameo", "cameo_codes.tsv"), Path.Combine(eventsData, "plover", "CAMEO2PLOVER-2021.txt"));
        var bookPath = Path.Combine(outputDirectory, CameoCodebook.FileName);
        book.Save(bookPath);
        return new Result(verbsPath, verbs.Verbs.Length, verbs.Patterns.Length, verbs.Synsets.Count, bookPath, book.Count);
    }

    /// <summary>Tacitus's own additions to the verb dictionary (PETRARCH format).</summary>
    public static string Supplement()
    {
        using var stream = typeof(EventModelCompiler).Assembly.GetManifestResourceStream("Tacitus.Coding.Events.verbs.supplement.txt")
            ?? throw new InvalidOperationException("verbs.supplement.txt resource missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
