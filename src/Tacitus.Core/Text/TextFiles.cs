using System.Text;

namespace Tacitus.Core.Text;

/// <summary>
/// How the line-based readers (CoNLL-U, PETRARCH dictionaries) open their files: a sequential read-only stream and a
/// UTF-8 reader that honours a byte-order mark. One place, so a reader's <c>ReadFile</c> and its <c>Read(Stream)</c>
/// (what the fuzzer times) decode the same way.
/// </summary>
public static class TextFiles
{
    /// <summary>What <c>new StreamReader(path)</c> opens: shared read, 4 KB buffer, sequential scan.</summary>
    public static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 4096, FileOptions.SequentialScan);

    /// <summary>UTF-8 unless a byte-order mark says otherwise; leaves <paramref name="stream"/> open.</summary>
    public static StreamReader Reader(Stream stream) =>
        new(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: -1, leaveOpen: true);
}
