using System.Buffers;
using System.Buffers.Binary;
using EntityExtract.Entities;

namespace EntityExtract.Internal;

/// <summary>
/// The envelope every shipped model file shares (entity model, part-of-speech model): four magic bytes, a
/// format version, the payload's length and its FNV-1a checksum, then the deflated payload. One reader, so the
/// checks and their messages are the same for every model.
/// </summary>
internal static class ModelEnvelope
{
    /// <summary>Reads the header and the checked, still compressed payload.</summary>
    /// <param name="stream">The model file.</param>
    /// <param name="magic">The four magic bytes.</param>
    /// <param name="version">The format version this library reads.</param>
    /// <param name="name">How messages name the model ("entity model").</param>
    /// <param name="maxLength">The largest payload that is plausible.</param>
    /// <exception cref="ModelFormatException">The header or checksum is wrong.</exception>
    public static byte[] ReadPayload(Stream stream, ReadOnlySpan<byte> magic, int version, string name, int maxLength)
        => ReadPayload(stream, magic, version, version, name, maxLength, out _);

    /// <summary>Reads the header and the checked, still compressed payload of any format version from <paramref name="oldest"/> to <paramref name="version"/>.</summary>
    /// <param name="stream">The model file.</param>
    /// <param name="magic">The four magic bytes.</param>
    /// <param name="oldest">The oldest format version this library still reads.</param>
    /// <param name="version">The format version this library writes.</param>
    /// <param name="name">How messages name the model ("entity model").</param>
    /// <param name="maxLength">The largest payload that is plausible.</param>
    /// <param name="found">The file's format version.</param>
    /// <exception cref="ModelFormatException">The header or checksum is wrong.</exception>
    public static byte[] ReadPayload(Stream stream, ReadOnlySpan<byte> magic, int oldest, int version, string name, int maxLength, out int found)
    {
        var (length, checksum) = ReadHeader(stream, magic, oldest, version, name, maxLength, out found);
        var payload = new byte[length];
        stream.ReadExactly(payload);
        if (NerModel.Checksum(payload) != checksum)
        {
            throw new ModelFormatException($"The {name} is corrupt: its checksum does not match.");
        }

        return payload;
    }

    /// <summary>
    /// Reads the header and checks the payload like <see cref="ReadPayload(Stream, ReadOnlySpan{byte}, int, int, string, int, out int)"/>,
    /// and returns a stream positioned at the still compressed payload: <paramref name="stream"/> itself when it can
    /// seek and the payload is the rest of it (the embedded models), its checksum read through a small buffer, so
    /// that loading does not copy the payload into fresh memory (start-up, issue 14: on the development machine every
    /// fresh page costs about 10 µs, and the entity model and gazetteer payloads are 4.4 MB); otherwise a stream over
    /// a checked copy. The caller must leave <paramref name="stream"/> open when it closes what it reads through.
    /// </summary>
    /// <param name="stream">The model file.</param>
    /// <param name="magic">The four magic bytes.</param>
    /// <param name="oldest">The oldest format version this library still reads.</param>
    /// <param name="version">The format version this library writes.</param>
    /// <param name="name">How messages name the model ("entity model").</param>
    /// <param name="maxLength">The largest payload that is plausible.</param>
    /// <param name="found">The file's format version.</param>
    /// <exception cref="ModelFormatException">The header or checksum is wrong.</exception>
    public static Stream OpenPayload(Stream stream, ReadOnlySpan<byte> magic, int oldest, int version, string name, int maxLength, out int found)
    {
        if (!stream.CanSeek)
        {
            return new MemoryStream(ReadPayload(stream, magic, oldest, version, name, maxLength, out found));
        }

        long start = stream.Position;
        var (length, checksum) = ReadHeader(stream, magic, oldest, version, name, maxLength, out found);
        long payloadStart = stream.Position;
        if (stream.Length - payloadStart != length)
        {
            stream.Position = start;
            return new MemoryStream(ReadPayload(stream, magic, oldest, version, name, maxLength, out found));
        }

        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            ulong sum = NerModel.ChecksumBasis;
            for (int left = length; left > 0;)
            {
                var piece = buffer.AsSpan(0, Math.Min(left, buffer.Length));
                stream.ReadExactly(piece);
                sum = NerModel.Checksum(piece, sum);
                left -= piece.Length;
            }

            if (sum != checksum)
            {
                throw new ModelFormatException($"The {name} is corrupt: its checksum does not match.");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        stream.Position = payloadStart;
        return stream;
    }

    private static (int Length, ulong Checksum) ReadHeader(Stream stream, ReadOnlySpan<byte> magic, int oldest, int version, string name, int maxLength, out int found)
    {
        Span<byte> header = stackalloc byte[20];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual(magic))
        {
            throw new ModelFormatException($"The {name} does not start with the {System.Text.Encoding.ASCII.GetString(magic)} magic; it is not a model file.");
        }

        found = BinaryPrimitives.ReadInt32LittleEndian(header[4..]);
        if (found < oldest || found > version)
        {
            throw new ModelFormatException(oldest == version
                ? $"The {name} has format version {found}; this library reads version {version}."
                : $"The {name} has format version {found}; this library reads versions {oldest} to {version}.");
        }

        int length = BinaryPrimitives.ReadInt32LittleEndian(header[8..]);
        ulong checksum = BinaryPrimitives.ReadUInt64LittleEndian(header[12..]);
        if (length <= 0 || length > maxLength)
        {
            throw new ModelFormatException($"The {name} header holds an impossible payload length.");
        }

        return (length, checksum);
    }

    /// <summary>Writes the header for <paramref name="payload"/> (already compressed), then the payload.</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="magic">The four magic bytes.</param>
    /// <param name="version">The format version.</param>
    /// <param name="payload">The compressed payload.</param>
    public static void Write(Stream stream, ReadOnlySpan<byte> magic, int version, byte[] payload)
    {
        Span<byte> header = stackalloc byte[20];
        magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header[4..], version);
        BinaryPrimitives.WriteInt32LittleEndian(header[8..], payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(header[12..], NerModel.Checksum(payload));
        stream.Write(header);
        stream.Write(payload);
    }
}
