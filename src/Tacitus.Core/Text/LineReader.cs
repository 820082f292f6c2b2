using System.Buffers;

namespace Tacitus.Core.Text;

/// <summary>
/// Reads lines as spans over one pooled buffer, with the line breaks of <see cref="TextReader.ReadLine"/> (<c>\n</c>,
/// <c>\r</c>, <c>\r\n</c>), so a reader that parses each line in place makes no string per line. A line is valid until
/// the next call to <see cref="TryReadLine"/>. Dispose returns the buffer.
/// </summary>
public sealed class LineReader : IDisposable
{
    private readonly TextReader _reader;
    private char[] _buffer;
    private int _start;     // first unread char
    private int _end;       // end of the chars read so far
    private bool _eof;
    private bool _skipLf;   // the last line ended at a '\r' that was the buffer's last char: a '\n' may follow

    public LineReader(TextReader reader, int bufferSize = 16_384)
    {
        ArgumentNullException.ThrowIfNull(reader);
        _reader = reader;
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(bufferSize, 16));
    }

    /// <summary>The next line without its line break; false at the end of the text.</summary>
    public bool TryReadLine(out ReadOnlySpan<char> line)
    {
        int scanned = _start;
        while (true)
        {
            if (_skipLf && _start < _end)
            {
                if (_buffer[_start] == '\n') _start++;
                _skipLf = false;
                scanned = _start;
            }
            int i = _buffer.AsSpan(scanned, _end - scanned).IndexOfAny('\r', '\n');
            if (i >= 0)
            {
                int brk = scanned + i;
                line = _buffer.AsSpan(_start, brk - _start);
                _start = brk + 1;
                if (_buffer[brk] == '\r')
                {
                    if (_start < _end) { if (_buffer[_start] == '\n') _start++; }
                    else _skipLf = true;
                }
                return true;
            }
            scanned = _end;
            if (_eof)
            {
                if (_start == _end) { line = default; return false; }
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                return true;
            }
            scanned -= Fill();
        }
    }

    /// <summary>Moves the unread chars to the front (growing the buffer for a long line) and reads more; returns how far they moved.</summary>
    private int Fill()
    {
        int moved = _start;
        int pending = _end - _start;
        if (pending == _buffer.Length)
        {
            var bigger = ArrayPool<char>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(_start, pending).CopyTo(bigger);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        else if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
        }
        _start = 0;
        _end = pending;
        int n = _reader.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0) _eof = true;
        else _end += n;
        return moved;
    }

    public void Dispose()
    {
        var b = _buffer;
        _buffer = [];
        _start = _end = 0;
        _eof = true;
        if (b.Length > 0) ArrayPool<char>.Shared.Return(b);
    }
}
