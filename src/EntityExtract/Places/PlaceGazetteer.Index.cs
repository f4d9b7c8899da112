using System.Buffers.Binary;
using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using EntityExtract.Entities;
using EntityExtract.Internal;

namespace EntityExtract.Places;

/// <summary>
/// The gazetteer's binary index, <c>Resources/geo.index</c>, and how it is built from the source text
/// <c>Resources/geo.tsv.gz</c> (<c>dotnet run --project tools/EntityExtract.Tools -- build-geo-index</c>; a test
/// checks that the embedded index is the one the source gives). Issue 14: parsing the 2.4 MB of text into 50,000
/// entries and 54,000 name keys was the largest part of start-up after the entity model (100-140 ms of CPU in
/// process, half a second cold); the index is the same data as flat arrays, read in one pass with no string per
/// entry or key.
/// </summary>
/// <remarks>
/// The file is a <see cref="ModelEnvelope"/> (magic <c>EXGZ</c>) around a Deflate payload, little endian: the
/// entry count, the country and region codes (counted strings), one column per entry field (GeoNames id, country
/// and region as code numbers, kind, rank, latitude, longitude, population), the main names (start offsets into
/// one block of UTF-16 characters), the name keys sorted ordinally (offsets and characters) with each key's run of
/// entry indexes (ascending, as the text loader made them), the nationality adjectives (adjective, code number),
/// and the names that are not ASCII with the key they got when the index was built. The keys are made without
/// accent folding (invariant globalization, as every project of the repository builds); a runtime that folds
/// accents (<see cref="Key"/>) re-keys those names when it loads the index, so lookups give what they gave when the
/// text was parsed at load time, in either mode.
/// </remarks>
internal sealed partial class PlaceGazetteer
{
    /// <summary>The resource name of the embedded index.</summary>
    public const string ResourceName = "EntityExtract.Resources.geo.index";

    /// <summary>The format version this code reads and writes.</summary>
    public const int FormatVersion = 1;

    private const int MaxItems = 1 << 24;

    private static ReadOnlySpan<byte> Magic => "EXGZ"u8;

    // Whether this runtime's Key removes accents: not under invariant globalization, where the index is built.
    private static bool FoldsAccents => "\u00e9".Normalize(NormalizationForm.FormD).Length != 1;

    private PlaceGazetteer(GeoEntry[] entries, int[] nameStart, char[] nameChars, NameIndex index, Dictionary<string, int[]>? folded, FrozenDictionary<string, string> adjectives, FrozenDictionary<string, int> countries)
    {
        _entries = entries;
        _nameStart = nameStart;
        _nameChars = nameChars;
        _index = index;
        _folded = folded;
        _foldedSpan = (folded ?? []).GetAlternateLookup<ReadOnlySpan<char>>();
        _adjectivesBySpan = adjectives.GetAlternateLookup<ReadOnlySpan<char>>();
        _countries = countries;
    }

    private static PlaceGazetteer Load()
    {
        using var stream = typeof(PlaceGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new ModelFormatException($"The embedded gazetteer '{ResourceName}' is missing; run build-geo-index.");
        return Read(stream, FoldsAccents ? Key : null);
    }

    /// <summary>Reads an index written by <see cref="WriteIndex"/>.</summary>
    /// <param name="stream">The index file.</param>
    /// <param name="fold">The key function of a runtime that folds accents, or <see langword="null"/> to take the stored keys.</param>
    /// <exception cref="ModelFormatException">The file is not an index or is corrupt.</exception>
    internal static PlaceGazetteer Read(Stream stream, Func<string, string>? fold)
    {
        var compressed = ModelEnvelope.OpenPayload(stream, Magic, FormatVersion, FormatVersion, "gazetteer index", 64 << 20, out _);
        using var inflater = new DeflateStream(compressed, CompressionMode.Decompress, leaveOpen: true);
        return Parse(inflater, fold);
    }

    /// <summary>Reads an uncompressed payload (<see cref="BuildPayload"/>, <see cref="Inflate"/>).</summary>
    /// <param name="payload">The payload.</param>
    /// <param name="fold">As for <see cref="Read"/>.</param>
    internal static PlaceGazetteer FromPayload(byte[] payload, Func<string, string>? fold) => Parse(new MemoryStream(payload), fold);

    private static PlaceGazetteer Parse(Stream payload, Func<string, string>? fold)
    {
        using var reader = new BinaryReader(payload, Encoding.UTF8);
        try
        {
            int count = Checked(reader.ReadInt32());
            var codes = new string[Checked(reader.ReadInt32())];
            for (int i = 0; i < codes.Length; i++)
            {
                codes[i] = reader.ReadString();
            }

            var ids = ReadArray<int>(reader, count);
            var countries = ReadArray<short>(reader, count);
            var admins = ReadArray<short>(reader, count);
            var kinds = ReadArray<byte>(reader, count);
            var ranks = ReadArray<byte>(reader, count);
            var latitudes = ReadArray<double>(reader, count);
            var longitudes = ReadArray<double>(reader, count);
            var populations = ReadArray<long>(reader, count);
            var entries = new GeoEntry[count];
            var countryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < count; i++)
            {
                string? cc = countries[i] < 0 ? null : codes[countries[i]];
                entries[i] = new GeoEntry(ids[i], cc, codes[admins[i]], (GeoKind)kinds[i], (PlaceRank)ranks[i], latitudes[i], longitudes[i], populations[i]);
                if (entries[i].Kind == GeoKind.Country)
                {
                    countryIndex[cc!] = i;
                }
            }

            var nameStart = ReadArray<int>(reader, count + 1);
            var nameChars = ReadArray<char>(reader, nameStart[count]);
            int keys = Checked(reader.ReadInt32());
            var keyStart = ReadArray<int>(reader, keys + 1);
            var keyChars = ReadArray<char>(reader, keyStart[keys]);
            var postingStart = ReadArray<int>(reader, keys + 1);
            var postings = ReadArray<int>(reader, postingStart[keys]);
            var index = new NameIndex(keyStart, keyChars, postingStart, postings);
            var adjectives = new Dictionary<string, string>(StringComparer.Ordinal);
            for (int i = Checked(reader.ReadInt32()); i > 0; i--)
            {
                adjectives[reader.ReadString()] = codes[reader.ReadInt16()];
            }

            return new PlaceGazetteer(
                entries,
                nameStart,
                nameChars,
                index,
                fold is null ? null : Refold(reader, index, fold),
                adjectives.ToFrozenDictionary(StringComparer.Ordinal),
                countryIndex.ToFrozenDictionary(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or ArgumentException)
        {
            throw new ModelFormatException("The gazetteer index is truncated or corrupt.", e);
        }
    }

    // A runtime that folds accents keys the names that are not ASCII its own way: every key such a name had in the
    // index, or has now, gets the run of entries the text loader would have made, that is the entries of its ASCII
    // names (stored) and of its other names as this runtime keys them, ascending and distinct.
    private static Dictionary<string, int[]> Refold(BinaryReader reader, NameIndex index, Func<string, string> fold)
    {
        int count = Checked(reader.ReadInt32());
        var refolded = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            int entry = reader.ReadInt32();
            touched.Add(index.Key(reader.ReadInt32()).ToString());
            string key = fold(reader.ReadString());
            touched.Add(key);
            if (!refolded.TryGetValue(key, out var list))
            {
                refolded[key] = [entry];
            }
            else if (list[^1] != entry)
            {
                list.Add(entry);
            }
        }

        var asciiOnly = new Dictionary<int, int[]>();
        for (int i = Checked(reader.ReadInt32()); i > 0; i--)
        {
            int key = reader.ReadInt32();
            asciiOnly[key] = ReadArray<int>(reader, Checked(reader.ReadInt32()));
        }

        var folded = new Dictionary<string, int[]>(touched.Count, StringComparer.Ordinal);
        foreach (var key in touched)
        {
            int at = index.IndexOf(key);
            ReadOnlySpan<int> ascii = at < 0 ? default : asciiOnly.TryGetValue(at, out var only) ? only : index.Entries(at);
            var union = new SortedSet<int>(ascii.ToArray());
            union.UnionWith(refolded.GetValueOrDefault(key) ?? []);
            folded[key] = [.. union];
        }

        return folded;
    }

    /// <summary>Builds the index from the source text and writes it.</summary>
    /// <param name="tsvGz">The gzipped gazetteer text (<c>Resources/geo.tsv.gz</c>).</param>
    /// <param name="output">Where the index goes.</param>
    internal static void WriteIndex(Stream tsvGz, Stream output)
    {
        var payload = new MemoryStream();
        using (var deflater = new DeflateStream(payload, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            deflater.Write(BuildPayload(tsvGz, Key));
        }

        ModelEnvelope.Write(output, Magic, FormatVersion, payload.ToArray());
    }

    /// <summary>The uncompressed payload of an index file (what <see cref="BuildPayload"/> gave when it was written).</summary>
    /// <param name="stream">The index file.</param>
    internal static byte[] Inflate(Stream stream)
    {
        var compressed = ModelEnvelope.ReadPayload(stream, Magic, FormatVersion, "gazetteer index", 64 << 20);
        using var inflater = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress);
        var payload = new MemoryStream();
        inflater.CopyTo(payload);
        return payload.ToArray();
    }

    /// <summary>
    /// Parses the gazetteer text (eight tab-separated fields a line: type, GeoNames id, country, region, latitude,
    /// longitude, population, names separated by '|'; type D lines are nationality adjectives) into the payload.
    /// </summary>
    /// <param name="tsvGz">The gzipped text.</param>
    /// <param name="key">The key of a name (<see cref="Key"/>; a test passes another to check <see cref="Refold"/>).</param>
    /// <exception cref="InvalidDataException">A line does not have eight fields.</exception>
    internal static byte[] BuildPayload(Stream tsvGz, Func<string, string> key)
    {
        string text;
        using (var gzip = new GZipStream(tsvGz, CompressionMode.Decompress, leaveOpen: true))
        using (var reader = new StreamReader(gzip, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        var entries = new List<(GeoEntry Entry, string Name)>(52_000);
        var byName = new Dictionary<string, List<int>>(64_000, StringComparer.Ordinal);
        var asciiByName = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var accented = new List<(int Entry, string Key, string Name)>();
        var adjectives = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new List<string>();
        var codeNumbers = new Dictionary<string, short>(StringComparer.Ordinal);
        Span<Range> f = stackalloc Range[9];
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.IsEmpty)
            {
                continue;
            }

            if (line.Split(f, '\t') != 8)
            {
                throw new InvalidDataException($"The gazetteer line '{line}' does not have 8 fields.");
            }

            var names = line[f[7]].ToString().Split('|');
            string? cc = line[f[2]].IsEmpty ? null : line[f[2]].ToString();
            var type = line[f[0]];
            if (type is "D")
            {
                Code(cc!);
                foreach (var n in names)
                {
                    adjectives[n] = cc!;
                }

                continue;
            }

            var (kind, rank) = type switch
            {
                "K" => (GeoKind.Continent, PlaceRank.None),
                "C" => (GeoKind.Country, PlaceRank.None),
                "R" => (GeoKind.Region, PlaceRank.None),
                "PC" => (GeoKind.City, PlaceRank.Capital),
                "PA" => (GeoKind.City, PlaceRank.RegionalSeat),
                _ => (GeoKind.City, PlaceRank.None),
            };
            int index = entries.Count;
            entries.Add((new GeoEntry(
                line[f[1]].IsEmpty ? 0 : int.Parse(line[f[1]], NumberStyles.Integer, CultureInfo.InvariantCulture),
                cc,
                line[f[3]].ToString(),
                kind,
                rank,
                double.Parse(line[f[4]], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
                double.Parse(line[f[5]], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture),
                long.Parse(line[f[6]], NumberStyles.Integer, CultureInfo.InvariantCulture)), names[0]));
            foreach (var name in names)
            {
                bool ascii = Ascii.IsValid(name);
                string k = ascii ? Key(name) : key(name);
                Add(byName, k, index);
                if (ascii)
                {
                    Add(asciiByName, k, index);
                }
                else
                {
                    accented.Add((index, k, name));
                }
            }
        }

        var body = new MemoryStream();
        using (var w = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var (entry, _) in entries)
            {
                if (entry.CountryCode is not null)
                {
                    Code(entry.CountryCode);
                }

                Code(entry.Admin);
            }

            w.Write(entries.Count);
            w.Write(codes.Count);
            codes.ForEach(w.Write);
            entries.ForEach(e => w.Write(e.Entry.GeonameId));
            entries.ForEach(e => w.Write(e.Entry.CountryCode is null ? (short)-1 : codeNumbers[e.Entry.CountryCode]));
            entries.ForEach(e => w.Write(codeNumbers[e.Entry.Admin]));
            entries.ForEach(e => w.Write((byte)e.Entry.Kind));
            entries.ForEach(e => w.Write((byte)e.Entry.Rank));
            entries.ForEach(e => w.Write(e.Entry.Latitude));
            entries.ForEach(e => w.Write(e.Entry.Longitude));
            entries.ForEach(e => w.Write(e.Entry.Population));
            WriteStrings(w, entries.ConvertAll(e => e.Name));
            var keys = byName.Keys.ToList();
            keys.Sort(StringComparer.Ordinal);
            w.Write(keys.Count);
            WriteStrings(w, keys);
            int at = 0;
            w.Write(at);
            foreach (var k in keys)
            {
                w.Write(at += byName[k].Count);
            }

            keys.ForEach(k => byName[k].ForEach(w.Write));
            w.Write(adjectives.Count);
            foreach (var (adjective, cc) in adjectives)
            {
                w.Write(adjective);
                w.Write(codeNumbers[cc]);
            }

            var numbers = keys.Select((k, i) => (k, i)).ToDictionary(p => p.k, p => p.i, StringComparer.Ordinal);
            w.Write(accented.Count);
            foreach (var (entry, k, name) in accented)
            {
                w.Write(entry);
                w.Write(numbers[k]);
                w.Write(name);
            }

            var touched = accented.Select(a => numbers[a.Key]).Distinct().Order().ToList();
            w.Write(touched.Count);
            foreach (int k in touched)
            {
                var ascii = asciiByName.GetValueOrDefault(keys[k]) ?? [];
                w.Write(k);
                w.Write(ascii.Count);
                ascii.ForEach(w.Write);
            }
        }

        return body.ToArray();

        void Code(string code)
        {
            if (!codeNumbers.ContainsKey(code))
            {
                codeNumbers[code] = checked((short)codes.Count);
                codes.Add(code);
            }
        }
    }

    // The text loader's rule: a key's run lists each entry once, in entry order.
    private static void Add(Dictionary<string, List<int>> byName, string key, int index)
    {
        if (!byName.TryGetValue(key, out var list))
        {
            byName[key] = [index];
        }
        else if (list[^1] != index)
        {
            list.Add(index);
        }
    }

    // Strings as start offsets (one more than the strings) and then their UTF-16 characters.
    private static void WriteStrings(BinaryWriter w, List<string> strings)
    {
        int at = 0;
        w.Write(at);
        foreach (var s in strings)
        {
            w.Write(at += s.Length);
        }

        foreach (var s in strings)
        {
            foreach (char c in s)
            {
                w.Write((ushort)c);
            }
        }
    }

    private static int Checked(int count) => count is >= 0 and <= MaxItems ? count : throw new ModelFormatException("The gazetteer index holds an impossible count; it is corrupt.");

    // One column, read as a block (little endian in the file).
    private static T[] ReadArray<T>(BinaryReader reader, int length)
        where T : unmanaged
    {
        var array = new T[Checked(length)];
        var bytes = MemoryMarshal.AsBytes(array.AsSpan());
        reader.BaseStream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian)
        {
            switch (Unsafe.SizeOf<T>())
            {
                case 2:
                    BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ushort>(bytes), MemoryMarshal.Cast<byte, ushort>(bytes));
                    break;
                case 4:
                    BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, uint>(bytes), MemoryMarshal.Cast<byte, uint>(bytes));
                    break;
                case 8:
                    BinaryPrimitives.ReverseEndianness(MemoryMarshal.Cast<byte, ulong>(bytes), MemoryMarshal.Cast<byte, ulong>(bytes));
                    break;
            }
        }

        return array;
    }

    /// <summary>The name keys, sorted ordinally, each with its ascending run of entry indexes; found by binary search.</summary>
    private sealed class NameIndex(int[] keyStart, char[] keyChars, int[] postingStart, int[] postings)
    {
        public int Count => keyStart.Length - 1;

        public ReadOnlySpan<char> Key(int i) => keyChars.AsSpan(keyStart[i], keyStart[i + 1] - keyStart[i]);

        public ReadOnlySpan<int> Entries(int i) => postings.AsSpan(postingStart[i], postingStart[i + 1] - postingStart[i]);

        public ReadOnlySpan<int> Find(scoped ReadOnlySpan<char> key) => IndexOf(key) is >= 0 and var i ? Entries(i) : default;

        public IEnumerable<string> Keys() => Enumerable.Range(0, Count).Select(i => Key(i).ToString());

        public int IndexOf(scoped ReadOnlySpan<char> key)
        {
            int lo = 0, hi = Count - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = Key(mid).SequenceCompareTo(key);
                if (c == 0)
                {
                    return mid;
                }

                if (c < 0)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            return -1;
        }
    }
}
