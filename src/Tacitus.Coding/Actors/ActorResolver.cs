using System.Collections.Immutable;
using Tacitus.Coding.Dictionaries;
using Tacitus.Core;

namespace Tacitus.Coding.Actors;

/// <summary>
/// The "actors" pipeline stage: finds the actors of a document and all their mentions.
/// <list type="number">
/// <item>Longest match of the compiled actor and agent dictionaries over normalised words (case- and
/// diacritic-insensitive; short acronyms such as UK or US must be upper case in the text; names must be capitalised).</item>
/// <item>Descriptions: a title chain before a name ("UK Foreign Secretary David Lammy") or in apposition
/// ("Germany’s new Chancellor, Friedrich Merz", "Merz, the German chancellor,") gives roles, a country and a sector to
/// known and unknown people; unknown people without a nationality take the country of their context.</item>
/// <item>Coreference: surnames after a full mention, "the Russian leader", and pronouns (he/she, its) to the most
/// salient compatible antecedent.</item>
/// </list>
/// Dated dictionary codes resolve against the document's publication date.
/// </summary>
public sealed class ActorResolver : IDocumentProcessor
{
    public const string DefaultFileName = "actors.tacdict";

    public ActorResolver(ActorLexicon lexicon, GivenNames? givenNames = null)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
        GivenNames = givenNames ?? GivenNames.None;
    }

    public string Name => "actors";

    public ActorLexicon Lexicon { get; }

    /// <summary>Given names of one gender, so that a pronoun refers back to a person it can stand for.</summary>
    public GivenNames GivenNames { get; }

    /// <summary>
    /// Loads <c>actors.tacdict</c> from <paramref name="modelDirectory"/>, or the file named by setting
    /// <c>actors.dictionary</c>, and <c>given-names.tsv</c> beside it (setting <c>actors.given-names</c>) when it exists.
    /// </summary>
    public static ActorResolver Load(string modelDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        string path = settings is not null && settings.TryGetValue("actors.dictionary", out var p) ? p : Path.Combine(modelDirectory, DefaultFileName);
        string namesPath = settings is not null && settings.TryGetValue("actors.given-names", out var n) ? n : Path.Combine(modelDirectory, GivenNames.DefaultFileName);
        return new ActorResolver(ActorLexiconFile.Load(path), File.Exists(namesPath) ? GivenNames.Load(namesPath) : null);
    }

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Sentences.IsDefaultOrEmpty)
        {
            if (string.IsNullOrWhiteSpace(document.Text)) return document with { Actors = [] };
            throw new TacitusException($"Document '{document.Id}': the actors stage needs sentences; run the tokenizer before it.");
        }
        var run = new ActorResolution(Lexicon, document, GivenNames);
        return document with { Actors = run.Resolve() };
    }
}
