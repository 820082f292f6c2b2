using System.Text;

namespace Tacitus.Engine.Input;

/// <summary>
/// Turns raw bytes into text, or says clearly why it cannot (binary data, invalid UTF-8, an unknown charset).
/// </summary>
/// <remarks>
/// The order follows the WHATWG encoding sniffing rules, simplified: a byte-order mark wins; then a charset declared
/// in the first 1,024 bytes of markup (<c>&lt;meta charset&gt;</c>, <c>&lt;meta http-equiv="Content-Type"&gt;</c>
/// or an XML declaration); then UTF-16 recognised by its zero bytes; otherwise strict UTF-8. As in browsers,
/// the labels latin1 / ISO-8859-1 / US-ASCII decode as Windows-1252. Offsets in every annotation are offsets into
/// the decoded string, so they stay correct whatever the input encoding was.
/// </remarks>
public static class TextDecoder
{
    private const int PrescanBytes = 1024;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>. Returns null and a one-line reason on failure.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem) => TryDecode(bytes, out problem, out _);

    /// <summary>Decodes <paramref name="bytes"/> and names the encoding used (e.g. "utf-8", "windows-1252").</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem, out string encodingName)
    {
        problem = null;
        encodingName = "utf-8";
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            encodingName = "utf-16le";
            return Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], encodingName, out problem);
        }
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            encodingName = "utf-16be";
            return Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..], encodingName, out problem);
        }
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            return Strict(StrictUtf8, bytes[3..], encodingName, out problem);

        if (DeclaredCharset(bytes) is { } label && !IsUtf8Label(label))
        {
            var declared = ForLabel(label);
            if (declared is null)
            {
                problem = $"declares charset \"{label}\", which Tacitus cannot decode; convert it to UTF-8, e.g. iconv -f {label} -t UTF-8";
                return null;
            }
            encodingName = declared.WebName;
            return declared.GetString(bytes);
        }

        if (LooksLikeUtf16(bytes, out bool bigEndian))
        {
            encodingName = bigEndian ? "utf-16be" : "utf-16le";
            return Strict(new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true), bytes, encodingName, out problem);
        }

        int nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = $"looks like a binary file (NUL byte at offset {nul}); give text, HTML or JSONL in UTF-8";
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            problem = $"is not valid UTF-8 (bad byte at offset {ex.Index}); convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8, " +
                "or declare its charset in a <meta charset> tag";
            return null;
        }
    }

    private static string? Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string name, out string? problem)
    {
        problem = null;
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            problem = $"is not valid {name.ToUpperInvariant()} (bad byte at offset {ex.Index}); convert it to UTF-8";
            return null;
        }
    }

    /// <summary>
    /// The charset label declared in the first 1,024 bytes of an HTML or XML document, or null. Only markup is
    /// examined: the input must start (after white space) with '&lt;'.
    /// </summary>
    public static string? DeclaredCharset(ReadOnlySpan<byte> bytes)
    {
        int i = 0;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') i++;
        if (i >= bytes.Length || bytes[i] != (byte)'<') return null;
        var head = bytes[..Math.Min(bytes.Length, PrescanBytes)];
        // Latin-1 maps every byte to one char, so positions and ASCII are preserved whatever the real encoding.
        var text = Encoding.Latin1.GetString(head);

        if (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) || text.AsSpan(i).StartsWith("<?xml", StringComparison.OrdinalIgnoreCase))
        {
            int end = text.IndexOf("?>", StringComparison.Ordinal);
            var decl = end > 0 ? text[..end] : text;
            if (AttributeValue(decl, "encoding") is { } enc) return enc;
        }

        int pos = 0;
        while ((pos = text.IndexOf("<meta", pos, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            int close = text.IndexOf('>', pos);
            var tag = close > 0 ? text[pos..close] : text[pos..];
            pos += 5;
            if (AttributeValue(tag, "charset") is { } cs) return cs;
            if (AttributeValue(tag, "content") is { } content)
            {
                int k = content.IndexOf("charset", StringComparison.OrdinalIgnoreCase);
                if (k >= 0)
                {
                    var rest = content[(k + 7)..].TrimStart();
                    if (rest.StartsWith('='))
                    {
                        var value = rest[1..].Trim().Trim('"', '\'');
                        int stop = value.IndexOfAny([';', ' ', '"', '\'']);
                        if (stop >= 0) value = value[..stop];
                        if (value.Length > 0) return value;
                    }
                }
            }
        }
        return null;
    }

    private static string? AttributeValue(string tag, string name)
    {
        int k = 0;
        while ((k = tag.IndexOf(name, k, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            bool boundary = k > 0 && (char.IsWhiteSpace(tag[k - 1]) || tag[k - 1] is '"' or '\'' or ';');
            int j = k + name.Length;
            k = j;
            if (!boundary) continue;
            while (j < tag.Length && char.IsWhiteSpace(tag[j])) j++;
            if (j >= tag.Length || tag[j] != '=') continue;
            j++;
            while (j < tag.Length && char.IsWhiteSpace(tag[j])) j++;
            if (j >= tag.Length) return null;
            char quote = tag[j];
            if (quote is '"' or '\'')
            {
                int end = tag.IndexOf(quote, j + 1);
                var v = end > j ? tag[(j + 1)..end] : tag[(j + 1)..];
                return v.Trim().Length > 0 ? v.Trim() : null;
            }
            int stop = j;
            while (stop < tag.Length && !char.IsWhiteSpace(tag[stop]) && tag[stop] is not ('>' or '/' or ';' or '"' or '\'')) stop++;
            return stop > j ? tag[j..stop] : null;
        }
        return null;
    }

    private static bool IsUtf8Label(string label) =>
        label.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || label.Equals("utf8", StringComparison.OrdinalIgnoreCase) ||
        label.Equals("unicode-1-1-utf-8", StringComparison.OrdinalIgnoreCase);

    /// <summary>The encoding for a charset label, as a browser reads it; null when unknown.</summary>
    public static Encoding? ForLabel(string label)
    {
        var l = label.Trim().ToLowerInvariant();
        // WHATWG: these labels all mean windows-1252.
        if (l is "latin1" or "iso-8859-1" or "iso8859-1" or "iso_8859-1" or "l1" or "us-ascii" or "ascii" or "cp1252" or "windows-1252"
            or "x-cp1252" or "cp819" or "ibm819" or "iso-ir-100" or "csisolatin1" or "ansi_x3.4-1968")
            l = "windows-1252";
        if (l is "utf-16" or "utf-16le") return new UnicodeEncoding(false, false);
        if (l is "utf-16be") return new UnicodeEncoding(true, false);
        try
        {
            // The code-page provider is asked directly, not registered globally: no hidden process-wide state.
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(l) ?? Encoding.GetEncoding(l);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        int n = Math.Min(bytes.Length, 512) & ~1;
        if (n < 8) return false;
        int evenZeros = 0, oddZeros = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        // ASCII-heavy UTF-16 has a zero in (almost) every pair on one side and (almost) none on the other.
        if (oddZeros * 10 >= pairs * 7 && evenZeros * 10 <= pairs) return true;
        if (evenZeros * 10 >= pairs * 7 && oddZeros * 10 <= pairs)
        {
            bigEndian = true;
            return true;
        }
        return false;
    }
}
