using System.Globalization;
using Tacitus.Core;

namespace Tacitus.Nlp.Ner;

/// <summary>Readers that feed name lists into a <see cref="Gazetteer.Builder"/>: plain name lists and WordNet proper nouns.</summary>
public static class GazetteerSources
{
    /// <summary>
    /// Adds every line of a plain name list (one name per line; blank lines and lines starting with <c>#</c> skipped),
    /// such as a people-names or company list. Returns the number of names read.
    /// </summary>
    public static int AddNameList(Gazetteer.Builder builder, string path, GazetteerKind kind, int minLength = 2)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!File.Exists(path)) throw new TacitusException($"{path}: no such name list");
        int n = 0;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length < minLength || line[0] == '#') continue;
            builder.Add(line, kind);
            n++;
        }
        return n;
    }

    /// <summary>
    /// Adds the capitalised nouns of WordNet's <c>data.noun</c> (in <paramref name="dictDirectory"/>) from the person,
    /// location and group lexicographer files (noun.person 18, noun.location 15, noun.group 14): proper names such as
    /// "Georgetown University", "Hamburg", "Picasso"; and the one-word lower-case lemmas of <c>index.noun/verb/adj/adv</c>
    /// as <see cref="GazetteerKind.CommonWord"/>. Returns the number of entries added.
    /// </summary>
    public static int AddWordNet(Gazetteer.Builder builder, string dictDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var path = Path.Combine(dictDirectory, "data.noun");
        if (!File.Exists(path)) throw new TacitusException($"{dictDirectory}: no WordNet data.noun here");
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == ' ') continue; // licence header
            var f = line.Split(' ', 6);
            if (f.Length < 6) continue;
            var kind = f[1] switch
            {
                "18" => GazetteerKind.LexiconPerson,
                "15" => GazetteerKind.LexiconLocation,
                "14" => GazetteerKind.LexiconGroup,
                _ => GazetteerKind.None,
            };
            if (kind == GazetteerKind.None) continue;
            if (!int.TryParse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int count)) continue;
            var rest = line.Split(' ');
            for (int w = 0; w < count && 4 + 2 * w < rest.Length; w++)
            {
                var word = rest[4 + 2 * w];
                if (word.Length < 2 || !char.IsUpper(word[0])) continue;
                builder.Add(word.Replace('_', ' '), kind);
                n++;
            }
        }
        foreach (var pos in new[] { "noun", "verb", "adj", "adv" })
        {
            var index = Path.Combine(dictDirectory, "index." + pos);
            if (!File.Exists(index)) continue;
            foreach (var line in File.ReadLines(index))
            {
                if (line.Length == 0 || line[0] == ' ') continue;
                int sp = line.IndexOf(' ', StringComparison.Ordinal);
                if (sp < 2) continue;
                var lemma = line.AsSpan(0, sp);
                if (lemma.ContainsAny('_', '-', '.') || !char.IsLower(lemma[0])) continue;
                builder.AddTokens([lemma.ToString()], GazetteerKind.CommonWord);
                n++;
            }
        }
        return n;
    }
}
