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

        var payload = new byte[length];
        stream.ReadExactly(payload);
        if (NerModel.Checksum(payload) != checksum)
        {
            throw new ModelFormatException($"The {name} is corrupt: its checksum does not match.");
        }

        return payload;
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
