using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Tacitus.Coding.Dictionaries;
using Tacitus.Core;

namespace Tacitus.Coding.Actors;

/// <summary>What a given name says about the person who bears it.</summary>
public enum NameGender
{
    Unknown,
    Female,
    Male,
}

/// <summary>
/// Given names that belong to one gender only, so that "he" does not refer back to Janet Reno. Built by
/// <c>tacitus dict names</c> from a list of female and a list of male names (a name on both lists, such as Jean or
/// Robin, says nothing and is left out); saved as <c>given-names.tsv</c> beside the actor dictionary: a comment line,
/// then one <c>NAME&lt;TAB&gt;F|M</c> line per name, the name folded as the dictionaries fold words (upper case, no
/// diacritics), sorted.
/// </summary>
public sealed class GivenNames
{
    public const string DefaultFileName = "given-names.tsv";

    /// <summary>No names: every gender is unknown (pronouns then refer back to any person).</summary>
    public static GivenNames None { get; } = new(FrozenDictionary<string, NameGender>.Empty);

    private readonly FrozenDictionary<string, NameGender> _genders;

    private GivenNames(FrozenDictionary<string, NameGender> genders) => _genders = genders;

    public int Count => _genders.Count;

    /// <summary>The gender of a folded name (a word's key, e.g. "JANET"); unknown when the name is not listed.</summary>
    public NameGender Of(string key) => _genders.TryGetValue(key, out var g) ? g : NameGender.Unknown;

    /// <summary>The names of <paramref name="female"/> and <paramref name="male"/> that only one of them lists and
    /// <paramref name="except"/> does not (names of the other sex in other languages: Andrei, Philippe, Nana), then each
    /// "NAME F" or "NAME M" line of <paramref name="extra"/>, which wins over all three (given names of public figures
    /// that the English lists lack: Yitzhak, Recep, Yulia). Lines starting with '#' are comments.</summary>
    /// <exception cref="TacitusException">A line of <paramref name="extra"/> is not a name and F or M.</exception>
    public static GivenNames Build(IEnumerable<string> female, IEnumerable<string> male, IEnumerable<string>? except = null,
        IEnumerable<string>? extra = null)
    {
        var f = Fold(female);
        var m = Fold(male);
        var x = Fold(except ?? []);
        var genders = new Dictionary<string, NameGender>(StringComparer.Ordinal);
        foreach (var n in f) if (!m.Contains(n) && !x.Contains(n)) genders[n] = NameGender.Female;
        foreach (var n in m) if (!f.Contains(n) && !x.Contains(n)) genders[n] = NameGender.Male;
        int lineNumber = 0;
        foreach (var raw in extra ?? [])
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#') continue;
            int space = line.LastIndexOf(' ');
            var key = space > 0 ? PhraseNormalizer.Key(line[..space].Trim()) : "";
            var gender = space > 0 ? line[(space + 1)..] switch { "F" => NameGender.Female, "M" => NameGender.Male, _ => NameGender.Unknown } : NameGender.Unknown;
            if (gender == NameGender.Unknown || key.Length == 0 || key.Contains(' ', StringComparison.Ordinal))
                throw new TacitusException(string.Create(CultureInfo.InvariantCulture, $"extra names, line {lineNumber}: expected one given name, a space and F or M, not \"{line}\"."));
            genders[key] = gender;
        }
        return new GivenNames(genders.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static HashSet<string> Fold(IEnumerable<string> names)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in names)
        {
            if (raw.StartsWith('#')) continue;
            var key = PhraseNormalizer.Key(raw.Trim());
            if (key.Length > 0 && !key.Contains(' ', StringComparison.Ordinal)) set.Add(key);
        }
        return set;
    }

    public void Save(string path)
    {
        var sb = new StringBuilder("# given names of one gender (tacitus dict names): NAME<TAB>F|M\n");
        foreach (var (name, gender) in _genders.OrderBy(p => p.Key, StringComparer.Ordinal))
            sb.Append(name).Append('\t').Append(gender == NameGender.Female ? 'F' : 'M').Append('\n');
        File.WriteAllText(path, sb.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Reads a file written by <see cref="Save"/>; a malformed line is an error naming the file and line.</summary>
    public static GivenNames Load(string path)
    {
        var genders = new Dictionary<string, NameGender>(StringComparer.Ordinal);
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            var gender = tab > 0 && tab == line.Length - 2 ? line[^1] switch { 'F' => NameGender.Female, 'M' => NameGender.Male, _ => NameGender.Unknown } : NameGender.Unknown;
            if (gender == NameGender.Unknown)
                throw new TacitusException(string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}: expected NAME<TAB>F or NAME<TAB>M."));
            genders[line[..tab]] = gender;
        }
        return new GivenNames(genders.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
