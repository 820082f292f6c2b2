using Tacitus.Core.Text;

namespace Tacitus.Coding.Dictionaries;

/// <summary>
/// A content line of a PETRARCH dictionary: the text before any <c>#</c> comment and the comment (when
/// <see cref="HasComment"/>). Spans into the reader's buffer: valid until the next line is read.
/// </summary>
internal readonly ref struct DictionaryLine(SourceLine where, ReadOnlySpan<char> content, ReadOnlySpan<char> comment, bool hasComment)
{
    public SourceLine Where { get; } = where;
    public ReadOnlySpan<char> Content { get; } = content;
    public ReadOnlySpan<char> Comment { get; } = comment;
    public bool HasComment { get; } = hasComment;

    /// <summary>The comment as a string, or null when the line has none.</summary>
    public string? CommentText => HasComment ? Comment.ToString() : null;
}

/// <summary>
/// Reads dictionary lines the PETRARCH way: <c>#</c> starts a comment that runs to the end of the line, lines starting
/// with <c>&lt;!</c> are XML comments (a <c>&lt;!--</c> without <c>--&gt;</c> runs until the line that has it), blank lines
/// are skipped. Lines are cut in place; nothing is allocated per line.
/// </summary>
internal sealed class DictionaryLines(TextReader reader, string name) : IDisposable
{
    private readonly LineReader _lines = new(reader);
    private char[] _joined = [];   // a line with an inline <!-- … --> cut out of its middle
    private int _lineNo;
    private bool _inXmlComment;

    public bool TryRead(out DictionaryLine line)
    {
        while (_lines.TryReadLine(out var raw))
        {
            _lineNo++;
            if (_inXmlComment)
            {
                if (raw.Contains("-->", StringComparison.Ordinal)) _inXmlComment = false;
                continue;
            }
            var trimmedStart = raw.TrimStart();
            if (trimmedStart.StartsWith("<!", StringComparison.Ordinal))
            {
                if (trimmedStart.StartsWith("<!--", StringComparison.Ordinal) && !trimmedStart.Contains("-->", StringComparison.Ordinal))
                    _inXmlComment = true;
                continue;
            }
            ReadOnlySpan<char> comment = default;
            int hash = raw.IndexOf('#');
            if (hash >= 0)
            {
                comment = raw[(hash + 1)..].Trim();
                raw = raw[..hash];
            }
            int xml = raw.IndexOf("<!--", StringComparison.Ordinal);
            if (xml >= 0)
            {
                int end = raw[xml..].IndexOf("-->", StringComparison.Ordinal);
                if (end >= 0) raw = Join(raw[..xml], raw[(xml + end + 3)..]);
                else
                {
                    raw = raw[..xml];
                    _inXmlComment = true;
                }
            }
            var content = raw.Trim();
            if (content.Length == 0) continue;
            line = new DictionaryLine(new SourceLine(name, _lineNo), content, comment, hash >= 0);
            return true;
        }
        line = default;
        return false;
    }

    private ReadOnlySpan<char> Join(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (_joined.Length < a.Length + b.Length) _joined = new char[Math.Max(a.Length + b.Length, 2 * _joined.Length)];
        a.CopyTo(_joined);
        b.CopyTo(_joined.AsSpan(a.Length));
        return _joined.AsSpan(0, a.Length + b.Length);
    }

    public void Dispose() => _lines.Dispose();
}
