using EntityExtract.Lexicons;

namespace EntityExtract.Tests.Lexicons;

/// <summary>User lexicons (issue 18): exact matches on token boundaries, trusted over the model.</summary>
public sealed class LexiconSpecs
{
    private static ExtractionResult Extract(string text, params LexiconEntry[] entries) =>
        EntityExtractor.Extract(text, new ExtractionOptions { Lexicons = [EntityLexicon.Create(entries)] });

    private static Mention Only(ExtractionResult result, string text) =>
        Assert.Single(result.Mentions, m => m.Text == text);

    [Fact]
    public void An_entry_overrides_what_the_model_typed_and_removes_overlapping_mentions()
    {
        const string text = "Washington beat Dallas 24-17 on Sunday, and Washington coach Ron Rivera praised the defence.";
        var result = Extract(text, new LexiconEntry(MentionType.Organization, "Washington Commanders", ["Washington"]));
        var washington = result.Mentions.Where(m => m.Text == "Washington").ToList();
        Assert.Equal(2, washington.Count);
        Assert.All(washington, m =>
        {
            Assert.Equal(MentionType.Organization, m.Type);
            Assert.Equal("Washington Commanders", m.Canonical);
        });
        Assert.DoesNotContain(result.Mentions, m => m.Type != MentionType.Date && washington.Any(w => m != w && m.Start < w.End && w.Start < m.End));
    }

    [Fact]
    public void Aliases_resolve_to_the_canonical_name()
    {
        var result = Extract(
            "Acme Holdings said profits rose. Acme employs 500 people in Leeds.",
            new LexiconEntry(MentionType.Organization, "Acme Holdings", ["Acme"]));
        Assert.Equal("Acme Holdings", Only(result, "Acme Holdings").Canonical);
        Assert.Equal("Acme Holdings", Only(result, "Acme").Canonical);
        var group = Assert.Single(result.Organizations, e => e.Name == "Acme Holdings");
        Assert.Equal(2, group.Mentions.Count);
    }

    [Theory]
    [InlineData("The New York Times reported the story.", "New York Times", MentionType.Organization)]
    [InlineData("She moved to New York last year.", "New York", MentionType.Place)]
    public void Overlapping_and_nested_entries_pick_the_longest(string text, string expected, MentionType type)
    {
        var result = Extract(
            text,
            new LexiconEntry(MentionType.Place, "New York"),
            new LexiconEntry(MentionType.Organization, "New York Times"));
        var m = Only(result, expected);
        Assert.Equal(type, m.Type);
        Assert.DoesNotContain(result.Mentions, o => o != m && o.Start < m.End && m.Start < o.End);
    }

    [Theory]
    [InlineData("ACME shares fell.", true, true)]
    [InlineData("acme shares fell.", true, true)]
    [InlineData("ACME shares fell.", false, false)]
    [InlineData("Acme shares fell.", false, true)]
    public void Case_is_ignored_only_when_the_entry_says_so(string text, bool ignoreCase, bool matches)
    {
        var result = Extract(text, new LexiconEntry(MentionType.Organization, "Acme", ignoreCase: ignoreCase));
        Assert.Equal(matches, result.Mentions.Any(m => m.Canonical == "Acme" && m.Type == MentionType.Organization && m.Start == 0));
    }

    // The matcher skips a token that is no name's first word (EntityLexicon's first-word filter): a
    // case-insensitive name must still match whatever the case of its first letter, accented or not.
    [Theory]
    [InlineData("Ålesund Energi", "ålesund energi shares fell.", true, true)]
    [InlineData("Ålesund Energi", "ÅLESUND ENERGI shares fell.", true, true)]
    [InlineData("ålesund energi", "Ålesund Energi shares fell.", true, true)]
    [InlineData("Ålesund Energi", "ålesund Energi shares fell.", false, false)]
    [InlineData("Élan Group", "élan group shares fell.", true, true)]
    public void The_first_letter_of_a_name_follows_the_entry_s_case_rule(string name, string text, bool ignoreCase, bool matches)
    {
        var result = Extract(text, new LexiconEntry(MentionType.Organization, name, ignoreCase: ignoreCase));
        Assert.Equal(matches, result.Mentions.Any(m => m.Canonical == name && m.Start == 0 && m.End == name.Length));
    }

    [Theory]
    [InlineData("Acmeville is a town.")]
    [InlineData("The Acme-Smith merger failed.")]
    public void A_match_never_cuts_a_word(string text)
    {
        var result = Extract(text, new LexiconEntry(MentionType.Organization, "Acme"));
        Assert.DoesNotContain(result.Mentions, m => m.Canonical == "Acme" && m.Text == "Acme" && m.End < text.Length && char.IsLetter(text[m.End]));
    }

    [Fact]
    public void Lexicon_and_model_agree_on_offsets()
    {
        const string text = "Barack Obama met reporters in Chicago on Tuesday.";
        var model = EntityExtractor.Extract(text);
        var fromModel = Only(model, "Barack Obama");
        var fromLexicon = Only(Extract(text, new LexiconEntry(MentionType.Person, "Barack Obama")), "Barack Obama");
        Assert.Equal((fromModel.Start, fromModel.End), (fromLexicon.Start, fromLexicon.End));
        Assert.Equal(text[fromLexicon.Start..fromLexicon.End], fromLexicon.Text);
    }

    [Fact]
    public void The_model_group_of_a_matched_name_follows_it()
    {
        const string text = "Jane Smith, the council leader, spoke on Monday. Later Smith left the chamber.";
        var baseline = EntityExtractor.Extract(text);
        Assert.Equal("Jane Smith", Only(baseline, "Smith").Canonical);

        var result = Extract(text, new LexiconEntry(MentionType.Person, "Jane Q. Smith", ["Jane Smith"]));
        Assert.Equal("Jane Q. Smith", Only(result, "Jane Smith").Canonical);
        Assert.Equal("Jane Q. Smith", Only(result, "Smith").Canonical);
    }

    [Fact]
    public void Without_lexicons_the_output_is_the_models()
    {
        const string text = "Acme Holdings said profits rose in London.";
        var plain = EntityExtractor.Extract(text);
        var empty = EntityExtractor.Extract(text, new ExtractionOptions { Lexicons = [EntityLexicon.Create([])] });
        Assert.Equal(plain.Mentions.Select(m => m.ToString()), empty.Mentions.Select(m => m.ToString()));
    }

    [Fact]
    public void A_large_lexicon_still_finds_its_names()
    {
        var entries = Enumerable.Range(0, 100_000)
            .Select(i => new LexiconEntry(MentionType.Organization, $"Company{i} Holdings"))
            .Append(new LexiconEntry(MentionType.Person, "Zed Quimby"));
        var lexicon = EntityLexicon.Create(entries);
        var result = EntityExtractor.Extract(
            "Zed Quimby bought Company99999 Holdings and Company17 Holdings.",
            new ExtractionOptions { Lexicons = [lexicon] });
        Assert.Equal(["Zed Quimby", "Company99999 Holdings", "Company17 Holdings"], result.Mentions.Select(m => m.Canonical));
    }

    [Fact]
    public void A_lexicon_file_is_read_line_by_line()
    {
        const string jsonl = """
            {"type": "organization", "name": "Acme Holdings", "aliases": ["Acme"], "ignoreCase": false}

            {"type": "person", "name": "Jane Q. Smith"}
            {"type": "place", "name": "Tbilisi", "ignoreCase": true}
            """;
        var lexicon = EntityLexicon.Parse(new StringReader(jsonl), "names.jsonl");
        Assert.Equal(["Acme Holdings", "Jane Q. Smith", "Tbilisi"], lexicon.Entries.Select(e => e.Name));
        Assert.Equal(["Acme"], lexicon.Entries[0].Aliases);
        Assert.True(lexicon.Entries[2].IgnoreCase);
    }

    [Theory]
    [InlineData("not json", "not a JSON object")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("{\"name\": \"Acme\"}", "\"type\" is missing")]
    [InlineData("{\"type\": \"organization\"}", "\"name\" is missing")]
    [InlineData("{\"type\": \"date\", \"name\": \"Easter\"}", "\"type\" must be")]
    [InlineData("{\"type\": \"person\", \"name\": \"  \"}", "non-empty string")]
    [InlineData("{\"type\": \"person\", \"name\": \"Al\", \"aliases\": \"Big Al\"}", "array of strings")]
    [InlineData("{\"type\": \"person\", \"name\": \"Al\", \"aliases\": [3]}", "every alias")]
    [InlineData("{\"type\": \"person\", \"name\": \"Al\", \"ignoreCase\": \"yes\"}", "true or false")]
    [InlineData("{\"type\": \"person\", \"name\": \"Al\", \"nmae\": \"x\"}", "unknown property \"nmae\"")]
    [InlineData("{\"type\": \"person\", \"name\": \"...\"}", "no word")]
    public void A_malformed_line_is_reported_by_file_and_line(string badLine, string problem)
    {
        string jsonl = "{\"type\": \"person\", \"name\": \"Ann Lee\"}\n\n" + badLine + "\n{\"type\": \"person\", \"name\": \"Bo Li\"}\n";
        var ex = Assert.Throws<LexiconFormatException>(() => EntityLexicon.Parse(new StringReader(jsonl), "names.jsonl"));
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal("names.jsonl", ex.FileName);
        Assert.StartsWith("names.jsonl:3: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_are_checked_when_built_in_code()
    {
        Assert.Throws<ArgumentException>(() => new LexiconEntry(MentionType.Date, "Easter"));
        Assert.Throws<ArgumentException>(() => new LexiconEntry(MentionType.Person, " "));
        Assert.Throws<ArgumentException>(() => new LexiconEntry(MentionType.Person, "Al", ["", "Big Al"]));
        Assert.Throws<ArgumentException>(() => EntityLexicon.Create([new LexiconEntry(MentionType.Person, "--")]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"\"\"")]
    [InlineData("\uD800 Acme \uDC00")]
    public void Hostile_text_with_a_lexicon_never_throws(string text)
    {
        var result = Extract(text, new LexiconEntry(MentionType.Organization, "Acme"));
        Assert.All(result.Mentions, m => Assert.Equal(text[m.Start..m.End], m.Text));
    }
}
