using System.Text;

namespace Tacitus.Engine.Input;

/// <summary>Turns raw bytes into text, or says clearly why it cannot (binary data, invalid UTF-8).</summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>: UTF-8 (BOM optional) or UTF-16 with a BOM. Returns null and a reason on failure.</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            bytes = bytes[3..];

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
            problem = $"is not valid UTF-8 (bad byte at offset {ex.Index}); convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8";
            return null;
        }
    }
}
