using System.Collections.Immutable;

namespace Tacitus.Engine;

/// <summary>The stages the places stage builds on: the standard stages before "places" that can help find toponyms.</summary>
public static class GeoStages
{
    private static readonly string[] Helpful = ["tokenizer", "tagger", "lemmatizer", "parser", "ner", "places"];

    /// <summary>The stages from <see cref="Helpful"/> that <paramref name="registered"/> holds, in order.</summary>
    public static ImmutableArray<string> UpToPlaces(IEnumerable<string> registered)
    {
        var set = new HashSet<string>(registered, StringComparer.OrdinalIgnoreCase);
        return [.. Helpful.Where(set.Contains)];
    }
}
