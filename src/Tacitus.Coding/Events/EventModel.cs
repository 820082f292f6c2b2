using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>
/// The files the event coder needs: the compiled verb dictionary (<c>verbs.tacverbs</c>) and the CAMEO codebook
/// (<c>cameo.tsv</c>), both built by <c>tacitus events compile</c> into <c>models/</c>. A user's own PETRARCH verb
/// dictionary (<c>--verbs</c>) replaces the shipped one.
/// </summary>
public sealed class EventModel
{
    public const string VerbsFileName = "verbs.tacverbs";

    public EventModel(VerbDictionary verbs, CameoCodebook codebook)
    {
        Verbs = verbs;
        Codebook = codebook;
    }

    public VerbDictionary Verbs { get; }
    public CameoCodebook Codebook { get; }

    /// <summary>Loads from a model directory; <paramref name="verbsOverride"/> is a PETRARCH-format verb file (or a compiled .tacverbs) to use instead.</summary>
    public static EventModel Load(string modelDirectory, string? verbsOverride = null)
    {
        var verbs = verbsOverride is null
            ? VerbDictionaryFile.Read(Path.Combine(modelDirectory, VerbsFileName))
            : LoadVerbs(verbsOverride);
        var codebook = CameoCodebook.Load(Path.Combine(modelDirectory, CameoCodebook.FileName));
        return new EventModel(verbs, codebook);
    }

    /// <summary>A verb dictionary from a PETRARCH text file or a compiled <c>.tacverbs</c> file.</summary>
    public static VerbDictionary LoadVerbs(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"verb dictionary '{path}' not found.");
        return path.EndsWith(".tacverbs", StringComparison.OrdinalIgnoreCase) ? VerbDictionaryFile.Read(path) : VerbDictionaryReader.ReadFile(path);
    }

    public static bool IsAvailable(string modelDirectory) =>
        File.Exists(Path.Combine(modelDirectory, VerbsFileName)) && File.Exists(Path.Combine(modelDirectory, CameoCodebook.FileName));
}
