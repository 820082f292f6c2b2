using System.Collections.Immutable;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// One record of a PETRARCH/TABARI actor dictionary: the primary phrase, its <c>+</c> synonyms, the codes with their
/// date restrictions, and the comment on the primary line (e.g. <c>CountryInfo.txt</c>, or in our overlay
/// <c>PER President | source …</c>).
/// </summary>
public sealed record ActorRecord(
    string Phrase,
    ImmutableArray<string> Synonyms,
    ImmutableArray<CodeRestriction> Codes,
    string? Comment,
    SourceLine Source)
{
    /// <summary>The code that applies on <paramref name="date"/> (see <see cref="CodeRestriction.Resolve"/>).</summary>
    public string? CodeOn(DateOnly? date) => CodeRestriction.Resolve(Codes, date);

    public IEnumerable<string> Phrases => Synonyms.Prepend(Phrase);
}

/// <summary>The records of one actor dictionary file and the oddities tolerated while reading it.</summary>
public sealed record ActorDictionary(string Name, ImmutableArray<ActorRecord> Records, ImmutableArray<DictionaryWarning> Warnings);
