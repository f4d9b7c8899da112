namespace EntityExtract.Cli;

/// <summary>
/// Splits a byte stream into lines at <c>\n</c> (dropping a trailing <c>\r</c>) without decoding, so that
/// a line of invalid UTF-8 is reported on its own instead of corrupting its neighbours.
/// </summary>
internal sealed class LineReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;
    private bool _eof;

    /// <summary>How many bytes of the stream the lines returned so far have used.</summary>
    public long BytesConsumed { get; private set; }

    public bool TryReadLine([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? line)
    {
        // Most lines lie whole inside the buffer: copied out once, with no growing stream in between.
        int found = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
        if (found >= 0)
        {
            int end = found > _start && _buffer[found - 1] == (byte)'\r' ? found - 1 : found;
            line = _buffer.AsSpan(_start, end - _start).ToArray();
            BytesConsumed += found - _start + 1;
            _start = found + 1;
            return true;
        }

        using var pending = new MemoryStream();
        while (true)
        {
            int newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                pending.Write(_buffer, _start, newline - _start);
                _start = newline + 1;
                BytesConsumed += pending.Length + 1;
                line = Finish(pending);
                return true;
            }

            pending.Write(_buffer, _start, _end - _start);
            _start = _end = 0;
            if (_eof)
            {
                if (pending.Length == 0)
                {
                    line = null;
                    return false;
                }

                BytesConsumed += pending.Length;
                line = Finish(pending);
                return true;
            }

            int read = stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _eof = true;
            }

            _end = read;
        }
    }

    private static byte[] Finish(MemoryStream pending)
    {
        var bytes = pending.ToArray();
        return bytes.Length > 0 && bytes[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
