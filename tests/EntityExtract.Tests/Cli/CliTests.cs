using EntityExtract.Tests.Infrastructure;
using System.Text;
using System.Text.Json;
using EntityExtract.Cli;
using EntityExtract.Serialization;

namespace EntityExtract.Tests.Cli;

/// <summary>The console, run in-process with its streams captured.</summary>
public class CliTests
{
    private static readonly string SeedPath = TestFiles.SeedPath;

    private static (int Exit, string Out, string Err) Run(string stdin, params string[] args) => Run(Encoding.UTF8.GetBytes(stdin), args);

    private static (int Exit, string Out, string Err) Run(byte[] stdin, params string[] args)
    {
        var output = new MemoryStream();
        var error = new StringWriter();
        int exit = CliApp.Run(args, () => new MemoryStream(stdin), () => new NonClosingStream(output), error, CancellationToken.None);
        return (exit, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    [Fact]
    public void Batch_mode_gives_one_line_per_input_line_in_order_and_reports_bad_lines()
    {
        var input = new List<byte>();
        input.AddRange(Encoding.UTF8.GetBytes("{\"id\":1,\"text\":\"Kim met Lee on Tuesday.\",\"date\":\"2025-12-11\"}\n"));
        input.AddRange(Encoding.UTF8.GetBytes("not json\n[1,2]\n{\"id\":\"no-text\"}\n{\"id\":\"num\",\"text\":5}\n{\"id\":\"bad-date\",\"text\":\"a\",\"date\":\"11/12/2025\"}\n"));
        input.AddRange([0xFF, 0xFE, (byte)'\n']);
        input.AddRange(Encoding.UTF8.GetBytes("\n{\"id\":\"lone\",\"text\":\"\\ud800 alone\"}\r\n{\"id\":\"last\",\"text\":\"no newline at end\"}"));

        var (exit, output, error) = Run(input.ToArray(), "--jsonl", "--threads", "3");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(10, lines.Length);
        string[] expectedErrors = [null!, "not valid JSON", "array, not an object", "no \"text\"", "must be a string", "\"date\" must be", "not valid UTF-8", "empty", null!, null!];
        for (int i = 0; i < lines.Length; i++)
        {
            using var doc = JsonDocument.Parse(lines[i]);
            if (expectedErrors[i] is null)
            {
                Assert.True(doc.RootElement.TryGetProperty("entities", out _), lines[i]);
            }
            else
            {
                Assert.Contains(expectedErrors[i], doc.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
            }
        }

        Assert.Equal("no-text", JsonDocument.Parse(lines[3]).RootElement.GetProperty("id").GetString());
        Assert.Equal("last", JsonDocument.Parse(lines[9]).RootElement.GetProperty("id").GetString());
        Assert.Equal(CliApp.ExitSomeFailed, exit);
        Assert.Contains("10 lines processed, 3 ok, 7 failed", error, StringComparison.Ordinal);
    }

    // Batch mode parses each line as the UTF-8 it arrived in (issue 14); these are the lines where that could
    // part from decoding the line to a string first: blankness by char.IsWhiteSpace (not JSON's four whitespace
    // bytes), a byte-order mark, and the ill-formed UTF-8 a strict decoder refuses.
    [Theory]
    [InlineData("20 09 C2 A0 0C", "the line is empty")]
    [InlineData("E2 80 A8", "the line is empty")]
    [InlineData("EF BB BF 7B 7D", "the line is not valid JSON")]
    [InlineData("7B 22 74 65 78 74 22 3A 22 ED A0 80 22 7D", "the line is not valid UTF-8")]
    [InlineData("7B 22 74 65 78 74 22 3A 22 C0 AF 22 7D", "the line is not valid UTF-8")]
    [InlineData("7B 22 74 65 78 74 22 3A 22 F4 90 80 80 22 7D", "the line is not valid UTF-8")]
    public void Batch_mode_reports_blank_marked_and_ill_formed_lines_by_name(string hex, string expected)
    {
        byte[] line = Convert.FromHexString(hex.Replace(" ", string.Empty, StringComparison.Ordinal));

        var (exit, output, _) = Run([.. line, (byte)'\n', .. "{\"id\":2,\"text\":\"Kim met Lee.\"}\n"u8], "--jsonl");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith(expected, JsonDocument.Parse(lines[0]).RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.True(JsonDocument.Parse(lines[1]).RootElement.TryGetProperty("entities", out _), lines[1]);
        Assert.Equal(CliApp.ExitSomeFailed, exit);
    }

    [Fact]
    public void Batch_mode_keeps_input_order_across_blocks()
    {
        var input = new StringBuilder();
        for (int i = 0; i < 500; i++)
        {
            input.Append("{\"id\":").Append(i).Append(",\"text\":\"").Append(i % 7 == 0 ? string.Concat(Enumerable.Repeat("Long text here. ", 50)) : "Short.").Append("\"}\n");
        }

        var (exit, output, _) = Run(input.ToString(), "--jsonl", "--threads", "4");
        Assert.Equal(CliApp.ExitOk, exit);
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(0, 500), ids);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    public void Shards_select_every_nth_line(int index, int count)
    {
        string input = string.Concat(Enumerable.Range(0, 10).Select(i => $"{{\"id\":{i},\"text\":\"x\"}}\n"));
        var (_, output, _) = Run(input, "--jsonl", "--shard", $"{index}/{count}");
        var ids = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetInt32());
        Assert.Equal(Enumerable.Range(0, 10).Where(i => i % count == index), ids);
    }

    [Fact]
    public void Output_file_is_written_whole_under_its_name()
    {
        string dir = Directory.CreateTempSubdirectory("ee-cli-").FullName;
        try
        {
            string input = Path.Combine(dir, "in.jsonl");
            string outputPath = Path.Combine(dir, "out.jsonl");
            File.WriteAllText(input, "{\"id\":1,\"text\":\"a\"}\n{\"id\":2,\"text\":\"b\"}\n");
            var (exit, _, _) = Run("", "--jsonl", "--input", input, "--output", outputPath);
            Assert.Equal(CliApp.ExitOk, exit);
            Assert.Equal(2, File.ReadAllLines(outputPath).Length);
            Assert.Equal(["in.jsonl", "out.jsonl"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Missing_files_are_reported_by_name_and_the_rest_still_run()
    {
        var (exit, output, error) = Run("", "--format", "json", "missing-one.txt", SeedPath, "missing-two.txt");
        Assert.Equal(CliApp.ExitSomeFailed, exit);
        Assert.Contains("missing-one.txt: no such file", error, StringComparison.Ordinal);
        Assert.Contains("missing-two.txt: no such file", error, StringComparison.Ordinal);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.EndsWith("000_cd29c6cbbf7a37ba.txt", JsonDocument.Parse(line).RootElement.GetProperty("id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_binary_file_is_reported_not_crashed_on()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, [0x00, 0xFF, 0xFE, 0xC3, 0x28]);
            var (exit, _, error) = Run("", path);
            Assert.Equal(CliApp.ExitSomeFailed, exit);
            Assert.Contains("not valid UTF-8", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Text_report_names_a_statement_with_no_source_apart_from_an_unknown_speaker()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "North Korea is not thought to be capable of striking the mainland. \u201CIt was a mistake,\u201D he said.");
            var (exit, output, _) = Run("", path);
            Assert.Equal(CliApp.ExitOk, exit);
            Assert.Contains("(no source named)", output, StringComparison.Ordinal);
            Assert.Contains("(unknown)", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("windows-1252", "is not valid UTF-8; read as Windows-1252")]
    [InlineData("utf-16-bom", null)]
    [InlineData("utf-8-bom", null)]
    public void Legacy_and_marked_encodings_are_read_without_losing_the_article(string encoding, string? notice)
    {
        // "£15.8m" and curly quotes are single bytes in Windows-1252 (0xA3, 0x93, 0x94): invalid UTF-8.
        const string Article = "LONDON, Dec. 11, 2025 \u2014 Chelsea paid \u00A315.8m for Adrian Mutu. \u201CIt was a mistake,\u201D Jose Mourinho said.";
        byte[] bytes = encoding switch
        {
            "windows-1252" => System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Article),
            "utf-16-bom" => [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(Article)],
            _ => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Article)],
        };
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var (exit, output, error) = Run("", "--format", "json", path);
            Assert.Equal(CliApp.ExitOk, exit);
            if (notice is null)
            {
                Assert.Equal("", error);
            }
            else
            {
                Assert.Contains($"{path}: {notice}", error, StringComparison.Ordinal);
            }

            var root = JsonDocument.Parse(output).RootElement;
            var quote = Assert.Single(root.GetProperty("quotes").EnumerateArray());
            Assert.Equal("It was a mistake,", quote.GetProperty("text").GetString());
            Assert.Equal("Jose Mourinho", quote.GetProperty("speaker").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Json_format_for_one_file_is_the_schema()
    {
        var (exit, output, _) = Run("", "--format", "json", "--date", "2025-12-11", SeedPath);
        Assert.Equal(CliApp.ExitOk, exit);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(["entities", "quotes"], doc.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Text_report_lists_the_sections()
    {
        var (exit, output, _) = Run("", SeedPath);
        Assert.Equal(CliApp.ExitOk, exit);
        foreach (var section in new[] { "People", "Places", "Organizations", "Dates", "Quotes", "Reference date: 2025-12-11" })
        {
            Assert.Contains(section, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--format", "xml", "x.txt")]
    [InlineData("--format=xml", "x.txt")]
    [InlineData("--format")]
    [InlineData("--date", "12/11/2025", "x.txt")]
    [InlineData("--threads", "0", "--jsonl")]
    [InlineData("--threads=many", "--jsonl")]
    [InlineData("--shard", "3/3", "--jsonl")]
    [InlineData("--bogus")]
    [InlineData("-x", "x.txt")]
    [InlineData]
    [InlineData("--jsonl", "file.txt")]
    [InlineData("--input", "in.jsonl", "x.txt")]
    [InlineData("--date")]
    [InlineData("--version", "x.txt")]
    [InlineData("--min-confidence", "1.5", "x.txt")]
    [InlineData("--min-confidence", "high", "x.txt")]
    [InlineData("--format", "conllu", "--jsonl")]
    [InlineData("--output", "out.txt", "x.txt")]
    public void Bad_arguments_exit_with_2_and_say_why(params string[] args)
    {
        var (exit, output, error) = Run("", args);
        Assert.Equal(CliApp.ExitBadArguments, exit);
        Assert.StartsWith("entity-extract: ", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    [Theory]
    [InlineData("--format", "xml", "entity-extract: --format must be 'text', 'json', 'html' or 'conllu', not 'xml'.")]
    [InlineData("--bogus", null, "entity-extract: Unknown option '--bogus'. Run with --help for the options.")]
    [InlineData("--threads", "0", "entity-extract: --threads must be a whole number from 1 to 1024, not '0'.")]
    public void Bad_arguments_are_explained_in_the_consoles_own_words(string option, string? value, string expected)
    {
        string[] args = value is null ? [option, "x.txt"] : [option, value, "x.txt"];
        Assert.Equal(expected, Run("", args).Err.TrimEnd());
    }

    [Fact]
    public void Help_explains_every_option()
    {
        var (exit, output, _) = Run("", "--help");
        Assert.Equal(CliApp.ExitOk, exit);

        // Every option the command defines, so that an option added later is covered too, and the ones this
        // console has always had, so that none can silently disappear from the definition.
        var defined = new CliCommand().Options.Select(o => o.Name).ToList();
        foreach (var option in defined.Concat(["--format", "--date", "--jsonl", "--input", "--output", "--threads", "--shard", "--day-first", "--version", "--help"]))
        {
            Assert.Contains(option, output, StringComparison.Ordinal);
        }

        Assert.Contains("Exit codes: 0 all processed", output, StringComparison.Ordinal);
        foreach (var format in ReportFormats.All)
        {
            Assert.Contains(format.Name, output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("-h")]
    [InlineData("-?")]
    [InlineData("--help")]
    [InlineData("--help", "--bogus")]
    public void Help_is_shown_for_every_alias_even_with_other_arguments(params string[] args)
    {
        var (exit, output, error) = Run("", args);
        Assert.Equal(CliApp.ExitOk, exit);
        Assert.StartsWith("Description:", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Version_prints_the_consoles_own_version()
    {
        var (exit, output, _) = Run("", "--version");
        Assert.Equal(CliApp.ExitOk, exit);
        string expected = typeof(CliApp).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        Assert.Equal(expected + "\n", output);

        // MinVer's SemVer 2.0 version from git tags (a pre-release such as 0.1.0-alpha.0.12 between tags).
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$", expected);
    }

    [Theory]
    [InlineData("--format", "json")]
    [InlineData("--format=json")]
    [InlineData("--format:json")]
    public void A_value_can_follow_its_option_as_a_word_or_after_an_equals_sign(params string[] format)
    {
        var (exit, output, _) = Run("", [.. format, "--date", "2025-12-11", SeedPath]);
        Assert.Equal(CliApp.ExitOk, exit);
        var expected = ExtractionJson.Serialize(EntityExtractor.Extract(File.ReadAllText(SeedPath), new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11) }), indented: true);
        Assert.Equal(expected + "\n", output);
    }

    [Fact]
    public void An_at_sign_names_a_file_not_a_response_file()
    {
        var (exit, _, error) = Run("", "@no-such-list.txt");
        Assert.Equal(CliApp.ExitSomeFailed, exit);
        Assert.Contains("@no-such-list.txt: no such file", error, StringComparison.Ordinal);
    }

    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => inner.Position = value; }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }

    [Fact]
    public void A_malformed_lexicon_stops_the_run_naming_its_file_and_line()
    {
        string path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "{\"type\": \"organization\", \"name\": \"Acme\"}\n\n{\"type\": \"company\", \"name\": \"Acme\"}\n");
        try
        {
            var (exit, output, error) = Run("", "--lexicon", path, SeedPath);
            Assert.Equal(CliApp.ExitBadArguments, exit);
            Assert.StartsWith($"entity-extract: {path}:3: \"type\" must be", error, StringComparison.Ordinal);
            Assert.Equal("", output);
            Assert.Equal(CliApp.ExitBadArguments, Run("", "--lexicon", path + ".missing", SeedPath).Exit);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Lexicons_are_applied_and_can_be_repeated()
    {
        string first = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.jsonl");
        string second = first + ".2.jsonl";
        File.WriteAllText(first, "{\"type\": \"organization\", \"name\": \"Korean Central News Agency (state media)\", \"aliases\": [\"KCNA\"]}\n");
        File.WriteAllText(second, "{\"type\": \"person\", \"name\": \"Ahn Chan-il\", \"aliases\": [\"Ahn\"]}\n");
        try
        {
            var (exit, output, _) = Run("", "--lexicon", first, "--lexicon", second, "--format", "json", SeedPath);
            Assert.Equal(CliApp.ExitOk, exit);
            using var doc = JsonDocument.Parse(output);
            var kcna = doc.RootElement.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("text").GetString() == "KCNA").ToList();
            Assert.NotEmpty(kcna);
            Assert.All(kcna, e => Assert.Equal("Korean Central News Agency (state media)", e.GetProperty("canonical").GetString()));
            Assert.All(kcna, e => Assert.Equal(1.0, e.GetProperty("confidence").GetDouble()));
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    [Fact]
    public void Min_confidence_leaves_out_what_falls_below()
    {
        static IEnumerable<double> Confidences(string json)
        {
            using var doc = JsonDocument.Parse(json);
            return doc.RootElement.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("confidence").GetDouble())
                .Concat(doc.RootElement.GetProperty("quotes").EnumerateArray().Select(q => q.GetProperty("confidence").GetDouble())).ToList();
        }

        var all = Confidences(Run("", "--format", "json", SeedPath).Out).ToList();
        var kept = Confidences(Run("", "--format", "json", "--min-confidence", "0.9", SeedPath).Out).ToList();
        Assert.Contains(all, c => c < 0.9);
        Assert.All(kept, c => Assert.True(c >= 0.9, $"{c} kept"));
        Assert.Equal(all.Count(c => c >= 0.9), kept.Count);
    }

    [Fact]
    public void Conllu_format_writes_sentence_blocks_with_token_ranges()
    {
        var (exit, output, _) = Run("", "--format", "conllu", SeedPath);
        Assert.Equal(CliApp.ExitOk, exit);
        string seed = File.ReadAllText(SeedPath);
        var rows = output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Select(l => l.Split('\t')).ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("# text = ", StringComparison.Ordinal));
        foreach (var row in rows.Where(r => !r[0].Contains('-', StringComparison.Ordinal)))
        {
            Assert.Equal(10, row.Length);
            string range = row[9].Split('|').Single(f => f.StartsWith("TokenRange=", StringComparison.Ordinal))["TokenRange=".Length..];
            int colon = range.IndexOf(':', StringComparison.Ordinal);
            int start = int.Parse(range[..colon], System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(range[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(row[1], seed[start..end]);
        }
    }

    [Fact]
    public void Html_format_writes_one_page_to_the_output_file()
    {
        string path = Path.Combine(Path.GetTempPath(), $"report-{Guid.NewGuid():N}.html");
        try
        {
            var (exit, output, _) = Run("", "--format", "html", "--output", path, SeedPath);
            Assert.Equal(CliApp.ExitOk, exit);
            Assert.Equal("", output);
            string html = File.ReadAllText(path);
            Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("Kim Jong Un", html, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
