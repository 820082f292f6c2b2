using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>What Tacitus knows about one CAMEO code.</summary>
public sealed record CameoCode(string Code, string Name, double? Goldstein, int? QuadClass, PloverCode? Plover);

/// <summary>Which grouping of CAMEO roots into quad classes to report.</summary>
public enum QuadClassConvention
{
    /// <summary>GDELT: 1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20). Default.</summary>
    Gdelt,
    /// <summary>Phoenix: 0 neutral (01), 1 (02–05), 2 (06–08), 3 (09–13), 4 (14–20).</summary>
    Phoenix,
}

/// <summary>
/// CAMEO code names, Goldstein values, quad classes and the CAMEO → PLOVER mapping, compiled by
/// <c>tacitus events compile</c> into <c>models/cameo.tsv</c>:
/// <c>code, name, goldstein, quad_class, plover_type, plover_mode, plover_context</c> (tab-separated, header line).
/// Codes not in the table fall back to their longest listed prefix (a 4-digit code to its 3-digit parent, …).
/// </summary>
public sealed class CameoCodebook
{
    public const string FileName = "cameo.tsv";
    private const string Header = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context";
    private readonly FrozenDictionary<string, CameoCode> _codes;

    public CameoCodebook(IEnumerable<CameoCode> codes, QuadClassConvention convention = QuadClassConvention.Gdelt)
    {
        _codes = codes.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        Convention = convention;
    }

    public QuadClassConvention Convention { get; }
    public IEnumerable<CameoCode> Codes => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);
    public int Count => _codes.Count;

    public CameoCodebook WithConvention(QuadClassConvention convention) => new(_codes.Values, convention);

    /// <summary>The facts for <paramref name="code"/>, each taken from the code or its nearest listed ancestor; null for non-CAMEO codes.</summary>
    public CameoCode? Lookup(string code)
    {
        if (string.IsNullOrEmpty(code) || !code.All(char.IsAsciiDigit)) return null;
        string? name = null;
        double? goldstein = null;
        PloverCode? plover = null;
        for (int len = code.Length; len >= 2; len--)
        {
            if (!_codes.TryGetValue(code[..len], out var c)) continue;
            if (name is null && c.Name.Length > 0) name = c.Name;
            goldstein ??= c.Goldstein;
            plover ??= c.Plover;
        }
        // "040" and "04" style roots: a 3-digit code ending in 0 has the 2-digit root as parent.
        if (code.Length >= 2 && _codes.TryGetValue(code[..2], out var root))
        {
            name ??= root.Name;
            goldstein ??= root.Goldstein;
            plover ??= root.Plover;
        }
        if (name is null && goldstein is null && plover is null && !_codes.ContainsKey(code[..Math.Min(2, code.Length)])) return null;
        return new CameoCode(code, name ?? "", goldstein, QuadClassOf(code), plover);
    }

    public int? QuadClassOf(string code)
    {
        if (code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int root)) return null;
        if (root < 1 || root > 20) return null;
        return Convention switch
        {
            QuadClassConvention.Phoenix => root == 1 ? 0 : root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4,
            _ => root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4,
        };
    }

    public static CameoCodebook Load(string path, QuadClassConvention convention = QuadClassConvention.Gdelt)
    {
        if (!File.Exists(path)) throw new TacitusException($"CAMEO codebook '{path}' not found; rebuild it with 'tacitus events compile'.");
        var codes = new List<CameoCode>();
        int n = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            if (n == 1)
            {
                if (line != Header) throw new TacitusException($"'{path}' is not a Tacitus CAMEO codebook (bad header); rebuild it with 'tacitus events compile'.");
                continue;
            }
            if (line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length != 7) throw new TacitusException($"'{path}' line {n}: expected 7 tab-separated fields.");
            codes.Add(new CameoCode(f[0], f[1], ParseDouble(f[2]), ParseInt(f[3]),
                f[4].Length == 0 ? null : new PloverCode(f[4], Null(f[5]), Null(f[6]))));
        }
        return new CameoCodebook(codes, convention);
    }

    public void Save(string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        w.WriteLine(Header);
        foreach (var c in Codes)
            w.WriteLine(string.Join('\t', c.Code, c.Name, c.Goldstein?.ToString("0.0", CultureInfo.InvariantCulture) ?? "",
                c.QuadClass?.ToString(CultureInfo.InvariantCulture) ?? "", c.Plover?.Type ?? "", c.Plover?.Mode ?? "", c.Plover?.Context ?? ""));
    }

    /// <summary>
    /// Builds the codebook from the upstream files: <c>cameo_codes.tsv</c> (code, name, goldstein, quad_class) and
    /// <c>CAMEO2PLOVER-2021.txt</c> (<c>code: TYPE, mode, context # description</c>).
    /// </summary>
    public static CameoCodebook Compile(string cameoCodesTsv, string cameoToPlover)
    {
        if (!File.Exists(cameoCodesTsv)) throw new TacitusException($"'{cameoCodesTsv}' not found.");
        if (!File.Exists(cameoToPlover)) throw new TacitusException($"'{cameoToPlover}' not found.");
        var plover = new Dictionary<string, (PloverCode Code, string Description)>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(cameoToPlover))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == '~') continue;
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            var code = line[..colon].Trim();
            if (!code.All(char.IsAsciiDigit)) continue;
            var rest = line[(colon + 1)..];
            string desc = "";
            int hash = rest.IndexOf('#');
            if (hash >= 0) { desc = rest[(hash + 1)..].Trim(); rest = rest[..hash]; }
            var parts = rest.Split(',').Select(p => p.Trim()).ToArray();
            if (parts.Length == 0 || parts[0].Length == 0) continue;
            // A code listed twice (08: CONCEDE and RETREAT) keeps its first mapping.
            plover.TryAdd(code, (new PloverCode(parts[0], parts.Length > 1 ? Null(parts[1]) : null, parts.Length > 2 ? Null(string.Join(",", parts[2..]).Trim()) : null), desc));
        }
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        int n = 0;
        foreach (var line in File.ReadLines(cameoCodesTsv))
        {
            if (n++ == 0 || line.Length == 0) continue;
            var f = line.Split('\t');
            if (f.Length < 4) continue;
            var name = f[1].Trim();
            if (name.Length == 0 && plover.TryGetValue(f[0], out var pd)) name = pd.Description;
            codes[f[0]] = new CameoCode(f[0], name, ParseDouble(f[2]), ParseInt(f[3]), plover.TryGetValue(f[0], out var pc) ? pc.Code : null);
        }
        foreach (var (code, (pc, desc)) in plover)
            if (!codes.ContainsKey(code)) codes[code] = new CameoCode(code, desc, null, null, pc);
        return new CameoCodebook(codes.Values);
    }

    private static string? Null(string s) => s.Trim().Length == 0 ? null : s.Trim();
    private static double? ParseDouble(string s) => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
    private static int? ParseInt(string s) => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;
}
