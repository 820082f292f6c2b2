using System.Buffers;
using System.Text;

namespace Tacitus.Engine.Input;

/// <summary>One line of a JSON Lines stream: its 1-based number and its text, or why it could not be read.</summary>
public readonly record struct JsonlLine(int Number, string? Text, string? Problem);

/// <summary>
/// Streams the lines of a UTF-8 JSON Lines input with bounded memory: a 1 GB file is read a buffer at a time, never
/// whole. A line longer than the limit is skipped (and reported), not loaded; a line with invalid UTF-8 is reported
/// and the next line is read. Newline bytes (0x0A) never occur inside a UTF-8 multi-byte sequence, so lines are
/// split on bytes before decoding.
/// </summary>
public static class JsonlLines
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<JsonlLine> Read(Stream stream, long maxLineBytes)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>(4096);
        try
        {
            int number = 1;
            bool tooLong = false;
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                int start = 0;
                while (start < read)
                {
                    int nl = Array.IndexOf(chunk, (byte)'\n', start, read - start);
                    int end = nl < 0 ? read : nl;
                    if (!tooLong)
                    {
                        if (line.WrittenCount + (end - start) > maxLineBytes)
                        {
                            tooLong = true;
                            line.ResetWrittenCount();
                        }
                        else
                        {
                            chunk.AsSpan(start, end - start).CopyTo(line.GetSpan(end - start));
                            line.Advance(end - start);
                        }
                    }
                    if (nl < 0) break;
                    yield return Finish(number++, line, tooLong, maxLineBytes);
                    tooLong = false;
                    line.ResetWrittenCount();
                    start = nl + 1;
                }
            }
            if (line.WrittenCount > 0 || tooLong) yield return Finish(number, line, tooLong, maxLineBytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// The non-blank lines of <paramref name="stream"/> (closed at the end) as (number, text); unreadable lines and read
    /// failures go to <paramref name="report"/> (source, message) — a failure ends the stream, a bad line only itself.
    /// </summary>
    public static IEnumerable<(int Number, string Text)> ReadReporting(Stream stream, long maxLineBytes, string source, Action<string, string> report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using (stream)
        {
            using var lines = Read(stream, maxLineBytes).GetEnumerator();
            while (true)
            {
                try
                {
                    if (!lines.MoveNext()) yield break;
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException)
                {
                    report(source, $"cannot read ({ex.Message})");
                    yield break;
                }
                var line = lines.Current;
                if (line.Problem is not null) report($"{source}:{line.Number}", line.Problem);
                else if (!string.IsNullOrWhiteSpace(line.Text)) yield return (line.Number, line.Text);
            }
        }
    }

    private static JsonlLine Finish(int number, ArrayBufferWriter<byte> line, bool tooLong, long maxLineBytes)
    {
        if (tooLong)
            return new JsonlLine(number, null, $"line is longer than {maxLineBytes:N0} bytes (the document limit); split it or raise --max-chars");
        var bytes = line.WrittenSpan;
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r') bytes = bytes[..^1];
        if (number == 1 && bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            return new JsonlLine(number, StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException ex)
        {
            return new JsonlLine(number, null, $"is not valid UTF-8 (bad byte at column {ex.Index + 1}); convert the file to UTF-8");
        }
    }
}
