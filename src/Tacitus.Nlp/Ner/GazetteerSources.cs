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
    /// Adds the brand names of a Simple Icons data file (<c>simple-icons.json</c>: a JSON array of objects with a
    /// <c>title</c> and optional <c>aliases.aka</c> / <c>aliases.dup[].title</c>) as <see cref="GazetteerKind.Brand"/>.
    /// Returns the number of names added.
    /// </summary>
    public static int AddBrandList(Gazetteer.Builder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!File.Exists(path)) throw new TacitusException($"{path}: no such brand list");
        System.Text.Json.JsonDocument doc;
        try
        {
            using var stream = File.OpenRead(path);
            doc = System.Text.Json.JsonDocument.Parse(stream);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new TacitusException($"{path}: not a JSON brand list ({e.Message})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind == System.Text.Json.JsonValueKind.Object && root.TryGetProperty("icons", out var icons)) root = icons;
            if (root.ValueKind != System.Text.Json.JsonValueKind.Array) throw new TacitusException($"{path}: expected a JSON array of brands");
            int n = 0;
            foreach (var item in root.EnumerateArray())
            {
                if (item.ValueKind != System.Text.Json.JsonValueKind.Object) continue;
                if (item.TryGetProperty("title", out var t) && t.GetString() is { } title) n += AddBrand(title);
                if (!item.TryGetProperty("aliases", out var aliases) || aliases.ValueKind != System.Text.Json.JsonValueKind.Object) continue;
                if (aliases.TryGetProperty("aka", out var aka) && aka.ValueKind == System.Text.Json.JsonValueKind.Array)
                    foreach (var a in aka.EnumerateArray())
                        if (a.GetString() is { } name) n += AddBrand(name);
                if (aliases.TryGetProperty("dup", out var dup) && dup.ValueKind == System.Text.Json.JsonValueKind.Array)
                    foreach (var d in dup.EnumerateArray())
                        if (d.ValueKind == System.Text.Json.JsonValueKind.Object && d.TryGetProperty("title", out var dt) && dt.GetString() is { } name) n += AddBrand(name);
            }
            return n;
        }

        int AddBrand(string name)
        {
            name = name.Trim();
            // Names need two letters ("X", ".ENV" and "3M"-like codes are too ambiguous as words).
            if (name.Count(char.IsLetter) < 2 || !char.IsLetter(name[0])) return 0;
            builder.Add(name, GazetteerKind.Brand);
            return 1;
        }
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
                // Capitalised somewhere: "Hamburg", "Georgetown_University", "al-Qaeda".
                if (word.Length < 2 || !word.Any(char.IsUpper)) continue;
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
