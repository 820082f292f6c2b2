using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Time.Evaluation;

/// <summary>A gold TIMEX3 from a TimeML file: its span in the plain text of &lt;TEXT&gt;, type and value.</summary>
public sealed record GoldTimex(TextSpan Span, string Type, string? Value);

/// <summary>
/// One TimeML (TempEval-3) document: the plain text of its &lt;TEXT&gt; element (tags removed, entities decoded),
/// the document creation time (the DCT TIMEX3, used as the publication date) and the gold TIMEX3 annotations.
/// </summary>
public sealed record TimeMLDocument(string Id, DateOnly CreationTime, string Text, ImmutableArray<GoldTimex> Timexes)
{
    public static TimeMLDocument Load(string path)
    {
        var xml = File.ReadAllText(path);
        try
        {
            return Parse(Path.GetFileNameWithoutExtension(path), xml);
        }
        catch (FormatException ex)
        {
            throw new TacitusException($"{path}: not a TimeML file Tacitus can read ({ex.Message}).");
        }
    }

    public static TimeMLDocument Parse(string id, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        int dct = xml.IndexOf("<DCT>", StringComparison.Ordinal);
        if (dct < 0) throw new FormatException("no <DCT> element");
        var dctValue = Attribute(xml, xml.IndexOf("<TIMEX3", dct, StringComparison.Ordinal), "value")
            ?? throw new FormatException("the DCT has no value");
        var creation = ParseDate(dctValue) ?? throw new FormatException($"DCT value '{dctValue}' is not a date");
        int open = xml.IndexOf("<TEXT>", StringComparison.Ordinal);
        int close = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (open < 0 || close < open) throw new FormatException("no <TEXT> element");
        var text = new StringBuilder(close - open);
        var timexes = ImmutableArray.CreateBuilder<GoldTimex>();
        int i = open + "<TEXT>".Length;
        int timexStart = -1;
        string? type = null, value = null;
        while (i < close)
        {
            char c = xml[i];
            if (c == '<')
            {
                int end = xml.IndexOf('>', i);
                if (end < 0 || end > close) throw new FormatException("unterminated tag");
                var tag = xml.AsSpan(i, end - i + 1);
                if (tag.StartsWith("<TIMEX3"))
                {
                    timexStart = text.Length;
                    type = Attribute(xml, i, "type");
                    value = Attribute(xml, i, "value");
                }
                else if (tag.StartsWith("</TIMEX3"))
                {
                    if (timexStart < 0) throw new FormatException("</TIMEX3> without <TIMEX3>");
                    timexes.Add(new GoldTimex(new TextSpan(timexStart, text.Length), type ?? "DATE", value));
                    timexStart = -1;
                }
                i = end + 1;
                continue;
            }
            if (c == '&')
            {
                int semi = xml.IndexOf(';', i);
                if (semi > i && semi - i <= 10)
                {
                    var ent = xml.AsSpan(i + 1, semi - i - 1);
                    string? decoded = ent switch
                    {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ when ent.Length > 1 && ent[0] == '#' => Numeric(ent[1..]),
                        _ => null,
                    };
                    if (decoded is not null)
                    {
                        text.Append(decoded);
                        i = semi + 1;
                        continue;
                    }
                }
            }
            text.Append(c);
            i++;
        }
        return new TimeMLDocument(id, creation, text.ToString(), timexes.ToImmutable());
    }

    private static string? Numeric(ReadOnlySpan<char> s)
    {
        bool hex = s.Length > 0 && (s[0] == 'x' || s[0] == 'X');
        return int.TryParse(hex ? s[1..] : s, hex ? NumberStyles.HexNumber : NumberStyles.Integer, CultureInfo.InvariantCulture, out int cp) && cp is > 0 and < 0x110000
            ? char.ConvertFromUtf32(cp)
            : null;
    }

    private static string? Attribute(string xml, int tagStart, string name)
    {
        if (tagStart < 0) return null;
        int end = xml.IndexOf('>', tagStart);
        var key = " " + name + "=\"";
        int at = xml.IndexOf(key, tagStart, end - tagStart, StringComparison.Ordinal);
        if (at < 0) return null;
        int vs = at + key.Length;
        int ve = xml.IndexOf('"', vs);
        return ve < 0 ? null : xml[vs..ve];
    }

    private static DateOnly? ParseDate(string v)
    {
        var digits = new string(v.Where(char.IsAsciiDigit).Take(8).ToArray());
        return digits.Length == 8 && DateOnly.TryParseExact(digits, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }
}
