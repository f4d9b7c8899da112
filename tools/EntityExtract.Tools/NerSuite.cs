using System.Globalization;
using System.Text;

namespace EntityExtract.Tools;

/// <summary>
/// <c>eval-ner-suite [--first-sentence] [--model PATH] [--exact] [--errors SET]</c>: scores the public pipeline on every
/// development set with person/place/organization gold (issue 13), one row per set and a macro average, so
/// that a change is judged on several kinds of text at once instead of on Reuters 1996 alone. Each set is
/// read by the conventions of <c>../shared/data/README.md</c>; exact character spans, micro-F1 per set.
/// </summary>
public static class NerSuite
{
    /// <summary>The suite's sets, in table order: CoNLL-2003 dev, GUM Wikinews, Universal NER EWT dev, Broad Twitter Corpus news.</summary>
    public static IReadOnlyList<string> SetNames { get; } = ["conll-testa", "gum-wikinews", "uner-ewt-dev", "btc-news"];

    private static readonly string[] GumGenres = ["news", "interview"];

    private static readonly Lazy<HashSet<string>> Titles = new(LoadTitles);

    /// <summary>Runs the command.</summary>
    /// <param name="args">Options: <c>--first-sentence</c>, <c>--model PATH</c>, <c>--exact</c> (decode exactly: a model of <c>train-ner --structured</c>), <c>--errors SET</c>, <c>--set SET</c>, <c>--companion PATH</c> and <c>--companion-weight N</c> (a greedy model whose normalised scores exact decoding adds, N sixteenths of them: NerModel.Companion).</param>
    public static int Run(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        bool firstSentence = false;
        string? errorsFor = null;
        string? only = null;
        bool exact = false;
        string? companion = null;
        int companionWeight = 16;
        for (int k = 0; k < args.Length; k++)
        {
            switch (args[k])
            {
                case "--first-sentence": firstSentence = true; break;
                case "--exact": exact = true; break;
                case "--model" when k + 1 < args.Length: NerEvaluation.UseModel(args[++k]); break;
                case "--errors" when k + 1 < args.Length: errorsFor = args[++k]; break;
                case "--set" when k + 1 < args.Length: only = args[++k]; break;
                case "--companion" when k + 1 < args.Length: companion = args[++k]; break;
                case "--companion-weight" when k + 1 < args.Length: companionWeight = int.Parse(args[++k], System.Globalization.CultureInfo.InvariantCulture); break;
                default:
                    Console.Error.WriteLine($"unknown option {args[k]}");
                    return 2;
            }
        }

        if (exact)
        {
            NerEvaluation.UseExactDecoding();
        }

        if (companion is not null)
        {
            NerEvaluation.UseCompanion(companion, companionWeight);
        }

        var rows = new List<(string Name, NerScores Scores)>();
        foreach (string name in SetNames.Where(n => only is null || n == only))
        {
            var documents = Load(name);
            if (documents is null)
            {
                Console.Error.WriteLine($"{name}: data not found, skipped");
                continue;
            }

            if (firstSentence)
            {
                documents = documents.Select(FirstSentence).ToList();
            }

            var scores = NerEvaluation.Evaluate(documents, errorsFor == name ? Console.Out : null);
            rows.Add((name, scores));
            Console.WriteLine($"{name}: {scores.Documents} documents, {scores.Tokens} tokens{(firstSentence ? " (first sentence of each)" : "")}");
            Console.WriteLine(scores.ToTable());
            Console.WriteLine();
        }

        Console.WriteLine(ToTable(rows));
        return 0;
    }

    /// <summary>The suite table: micro-F1 per type and overall for each set, and the macro average of the sets' micro-F1.</summary>
    /// <param name="rows">The sets' scores.</param>
    public static string ToTable(IReadOnlyList<(string Name, NerScores Scores)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var lines = new List<string> { "| set | docs | tokens | person | place | organization | micro P | micro R | **micro F1** |", "|---|---|---|---|---|---|---|---|---|" };
        foreach (var (name, s) in rows)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| {name} | {s.Documents} | {s.Tokens} | {s.PerType[0].F1:F2} | {s.PerType[1].F1:F2} | {s.PerType[2].F1:F2} | {s.Micro.Precision:F2} | {s.Micro.Recall:F2} | **{s.Micro.F1:F2}** |"));
        }

        if (rows.Count > 0)
        {
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"| macro average | | | {rows.Average(static r => r.Scores.PerType[0].F1):F2} | {rows.Average(static r => r.Scores.PerType[1].F1):F2} | {rows.Average(static r => r.Scores.PerType[2].F1):F2} | | | **{rows.Average(static r => r.Scores.Micro.F1):F2}** |"));
        }

        return string.Join('\n', lines);
    }

    /// <summary>Reads one suite set as running-text documents with gold spans, or <see langword="null"/> when its data is absent.</summary>
    /// <param name="name">One of <see cref="SetNames"/>.</param>
    public static IReadOnlyList<NerCorpusDocument>? Load(string name)
    {
        switch (name)
        {
            case "conll-testa":
                return SharedData.PathTo("conll2003/eng.testa") is { } conll ? NerCorpus.ReadConll(conll) : null;
            case "gum-wikinews":
                if (SharedData.PathTo("gum-wikinews") is not { } gum)
                {
                    return null;
                }

                // News first, then interviews (the README's two genres), each in file-name order.
                return GumGenres
                    .SelectMany(genre => Directory.GetFiles(Path.Combine(gum, genre), "*.conllu").Order(StringComparer.Ordinal))
                    .Select(ReadGum).ToList();
            case "uner-ewt-dev":
                return SharedData.PathTo("uner-english-ewt/en_ewt-ud-dev.iob2") is { } uner ? ReadUner(uner) : null;
            case "btc-news":
                return SharedData.PathTo("btc-news/g.conll") is { } btc ? ReadBtc(btc) : null;
            default:
                throw new ArgumentException($"unknown suite set {name}", nameof(name));
        }
    }

    /// <summary>
    /// The document cut to its first sentence (its first line: every reader here writes one sentence per
    /// line), with the gold spans inside it: the short-input mode (a headline, a caption, a post).
    /// </summary>
    /// <param name="document">The document.</param>
    public static NerCorpusDocument FirstSentence(NerCorpusDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        int end = document.Text.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0)
        {
            return document;
        }

        return new NerCorpusDocument(document.Text[..end], document.Spans.Where(s => s.End <= end).ToList());
    }

    /// <summary>
    /// One GUM CoNLL-U file. Gold: person/place/organization mentions headed by a name, cut to its proper-noun
    /// core, as the README advises for a CoNLL-style comparison. A proper noun is PROPN or NNP/NNPS. The core
    /// is the stretch of proper nouns (with hyphens, dots, and for places and organizations "of", "the",
    /// "and") that holds the mention's last head token, widened over adjacent proper nouns of the mention
    /// ("New York" headed by "York"); head tokens before it must be common nouns (a role: "Facebook
    /// co-founder Mark Zuckerberg" gives "Mark Zuckerberg"), else the mention holds two names and is no
    /// single CoNLL name ("X and Y", "Austen, Jane"). A person loses the titles before its name ("US President
    /// Barack Obama" → "Barack Obama"), as CoNLL and Universal NER leave titles out, and is dropped when
    /// nothing but titles is left ("the President"); plural group names ("Americans", NNPS) are no person
    /// names (CoNLL's MISC). A head that lies inside a smaller person/place/organization mention is that
    /// mention's (GUM's minspan lists nested names' heads too: "Elizabeth Quat of DAB", "teams from Morocco
    /// and Iran").
    /// </summary>
    /// <param name="path">The file.</param>
    public static NerCorpusDocument ReadGum(string path)
    {
        var words = new List<GumWord>();
        var sentenceStarts = new List<int>();
        int rangeEnd = -1;
        bool rangeSpace = true;
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("# sent_id", StringComparison.Ordinal))
            {
                sentenceStarts.Add(words.Count);
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var c = line.Split('\t');
            bool spaceAfter = !c[9].Contains("SpaceAfter=No", StringComparison.Ordinal);
            int dash = c[0].IndexOf('-', StringComparison.Ordinal);
            if (dash > 0)
            {
                // A multiword token ("don't"): its words are written without spaces, and the token's own
                // SpaceAfter belongs to its last word.
                rangeEnd = int.Parse(c[0][(dash + 1)..], CultureInfo.InvariantCulture);
                rangeSpace = spaceAfter;
                continue;
            }

            if (c[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            int id = int.Parse(c[0], CultureInfo.InvariantCulture);
            if (rangeEnd >= 0)
            {
                spaceAfter = id == rangeEnd && rangeSpace;
                if (id >= rangeEnd)
                {
                    rangeEnd = -1;
                }
            }

            string entity = "";
            foreach (string field in c[9].Split('|'))
            {
                if (field.StartsWith("Entity=", StringComparison.Ordinal))
                {
                    entity = field[7..];
                }
            }

            words.Add(new GumWord(c[1], c[3], c[4], spaceAfter, entity));
        }

        // Running text: one sentence per line, spaces as the corpus records them.
        var text = new StringBuilder();
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        var sentenceOf = new int[words.Count];
        int sentence = -1;
        for (int w = 0; w < words.Count; w++)
        {
            if (sentence + 1 < sentenceStarts.Count && sentenceStarts[sentence + 1] == w)
            {
                sentence++;
                if (text.Length > 0)
                {
                    text.Append('\n');
                }
            }
            else if (w > 0 && words[w - 1].SpaceAfter)
            {
                text.Append(' ');
            }

            sentenceOf[w] = sentence;
            starts[w] = text.Length;
            text.Append(words[w].Form);
            ends[w] = text.Length;
        }

        var mentions = GumMentions(words);
        var cores = new List<(int From, int To, MentionType Type)>();
        var seen = new HashSet<(int, int)>();
        foreach (var (type, minspan, first, last) in mentions)
        {
            var heads = minspan;
            if (type == MentionType.Person)
            {
                // A title after the name is no part of it ("Mark Tedeschi, QC", "Charles Bolden, NASA
                // Administrator"): the name ends at the last head before it.
                int kept = heads.Length;
                while (kept > 1 && heads[kept - 1] >= 1 && first + heads[kept - 1] - 1 <= last
                    && Titles.Value.Contains(words[first + heads[kept - 1] - 1].Form.TrimEnd('.')))
                {
                    kept--;
                }

                heads = heads[..kept];
            }

            if (GumCore(words, type, heads, first, last) is not var (from, to))
            {
                continue;
            }

            if (type == MentionType.Person)
            {
                // A name mentioned inside a person's description ends before the person's own name
                // ("Pennsylvania Senator Rick Santorum", "University of Texas Arlington Amneh Jafari").
                foreach (var other in mentions)
                {
                    if (other.Last >= from && other.Last < to && other.First >= first && (other.First, other.Last) != (first, last))
                    {
                        from = Math.Max(from, other.Last + 1);
                    }
                }

                if (StripTitles(words, from, to) is not int name)
                {
                    continue;
                }

                from = name;
            }

            // Nested mentions of one span (a country as a place inside the same country as an organization):
            // the outer mention, which opens first, decides.
            if (sentenceOf[from] == sentenceOf[to] && seen.Add((from, to)))
            {
                cores.Add((from, to, type));
            }
        }

        // CoNLL names are flat: a name inside another name ("US" in "US State Department", "Mexico" in
        // "Mexico City") is part of it, not a mention of its own.
        var spans = cores
            .Where(c => !cores.Any(o => o.From <= c.From && c.To <= o.To && (o.From, o.To) != (c.From, c.To)))
            .Select(c => new NerGoldSpan(starts[c.From], ends[c.To], c.Type))
            .ToList();
        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return new NerCorpusDocument(text.ToString(), spans);
    }

    /// <summary>The person/place/organization mentions of a GUM document: type, head positions (1-based in the mention), first and last word.</summary>
    private static List<(MentionType Type, int[] Heads, int First, int Last)> GumMentions(List<GumWord> words)
    {
        var result = new List<(MentionType Type, int[] Heads, int First, int Last)>();
        var open = new List<(string Id, string Type, string MinSpan, int First)>();
        for (int w = 0; w < words.Count; w++)
        {
            string s = words[w].Entity;
            int j = 0;
            while (j < s.Length)
            {
                if (s[j] == '(')
                {
                    int k = j + 1;
                    while (k < s.Length && s[k] is not '(' and not ')')
                    {
                        k++;
                    }

                    // (id-etype-infstat-salience-centering-minspan-link[-identity]
                    var parts = s[(j + 1)..k].Split('-');
                    var mention = (parts[0], parts.Length > 1 ? parts[1] : "", parts.Length > 5 ? parts[5] : "", w);
                    if (k < s.Length && s[k] == ')')
                    {
                        Add(mention, w);
                        k++;
                    }
                    else
                    {
                        open.Add(mention);
                    }

                    j = k;
                }
                else if (char.IsAsciiDigit(s[j]))
                {
                    int k = j;
                    while (k < s.Length && s[k] != ')')
                    {
                        k++;
                    }

                    string id = s[j..k];
                    int index = open.FindLastIndex(o => o.Id == id);
                    if (index >= 0)
                    {
                        Add(open[index], w);
                        open.RemoveAt(index);
                    }

                    j = k + 1;
                }
                else
                {
                    j++;
                }
            }
        }

        // GUM's minspan lists the heads of the names nested in a mention as well as its own ("Elizabeth Quat
        // of DAB" is headed by "Elizabeth Quat" and "DAB", "teams from Morocco and Iran" by "teams" and
        // "Iran", "the nations covered by President Trump's travel ban" by "nations" and "President"). A
        // head inside a smaller person/place/organization mention is that mention's, which is read on its
        // own: without this the last head found a nested name and gave it this mention's type ("Morocco and
        // Iran" an organization, "President Trump" a place) or lost the person's own name.
        // When every head is a nested name's, the mention is a coordination of names ("the Wikimedia Foundation
        // and Creative Commons"), unless proper nouns outside them are its own name: minspan marks only "NSW"
        // in "the University of NSW's" and only "United States" in "Indiana, United States", whose
        // "University" and "Indiana" belong to no smaller mention and head it instead.
        return result.Select(m =>
        {
            bool Nested(int w) => result.Any(o => o.First >= m.First && o.Last <= m.Last && (o.First, o.Last) != (m.First, m.Last) && w >= o.First && w <= o.Last);
            var own = m.Heads.Where(h => !Nested(m.First + h - 1)).ToArray();
            var ownName = Enumerable.Range(m.First, m.Last - m.First + 1).Where(w => words[w].IsProper && !Nested(w)).Select(w => w - m.First + 1).ToArray();
            return (m.Type, own.Length > 0 ? own : ownName, m.First, m.Last);
        }).ToList();

        void Add((string Id, string Type, string MinSpan, int First) mention, int last)
        {
            MentionType? type = mention.Type switch
            {
                "person" => MentionType.Person,
                "place" => MentionType.Place,
                "organization" => MentionType.Organization,
                _ => null,
            };
            if (type is MentionType t)
            {
                var heads = mention.MinSpan.Split(',', StringSplitOptions.RemoveEmptyEntries)
                    .Select(static h => int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : 0).ToArray();
                result.Add((t, heads, mention.First, last));
            }
        }
    }

    /// <summary>The word range of a mention's proper-noun core, or <see langword="null"/> when the mention is no name (see <see cref="ReadGum"/>).</summary>
    private static (int From, int To)? GumCore(List<GumWord> words, MentionType type, int[] heads, int first, int last)
    {
        if (heads.Length == 0 || heads.Any(h => h < 1 || first + h - 1 > last))
        {
            return null;
        }

        int lastHead = first + heads.Max() - 1;
        if (!words[lastHead].IsProper)
        {
            return null;
        }

        // The name ends the mention's head ("Facebook co-founder Mark Zuckerberg" is headed by "co-founder
        // Mark Zuckerberg"): walk left from the last head over the words a name can hold.
        // A number minspan names as a head is part of the name ("Movimento 5 Stelle"), and so is a possessive
        // with a head before it ("the Korean People's Army", "New People's Party"; not "Saudi Arabia's Civil
        // Defense Authority", whose "Saudi Arabia" is a place mention of its own and no head of this one).
        int from = lastHead;
        while (from > first && (InName(words[from - 1], type) || (words[from - 1].Upos == "NUM" && heads.Contains(from - first))
            || (type != MentionType.Person && words[from - 1].Form == "'s" && heads.Any(h => first + h - 1 < from - 1))))
        {
            from--;
        }

        while (!words[from].IsProper)
        {
            from++;
        }

        // ... and right over the rest of the name, a nested one included ("University of Copenhagen" headed by
        // "University", its "Copenhagen" being a place mention of its own).
        int to = lastHead;
        for (int k = lastHead + 1; k <= last && InName(words[k], type); k++)
        {
            if (words[k].IsProper)
            {
                to = k;
            }
        }

        // A proper-noun head before the name means two names in one mention (a coordination "X and Y", an
        // inverted "Austen, Jane", "Governor of Virginia"): no single CoNLL name.
        if (heads.Any(h => first + h - 1 < from && words[first + h - 1].IsProper))
        {
            return null;
        }

        return (from, to);
    }

    /// <summary>The first word of a person's name after the titles before it, or <see langword="null"/> when nothing but titles is left or the name is a plural group ("Americans").</summary>
    private static int? StripTitles(List<GumWord> words, int from, int to)
    {
        for (int w = to; w >= from; w--)
        {
            if (Titles.Value.Contains(words[w].Form.TrimEnd('.')))
            {
                from = w + 1;
                break;
            }
        }

        return from > to || !words[from].IsProper || words[to].Xpos == "NNPS" ? null : from;
    }

    /// <summary>Whether a word can stand inside a name: a proper noun, a hyphen, dot, ampersand or apostrophe, and in place and organization names the function words of "University of the West", "Health and Human Services".</summary>
    private static bool InName(GumWord word, MentionType type) =>
        word.IsProper
        || (word.Upos == "PUNCT" && word.Form is "-" or "." or "&" or "'")
        || (type != MentionType.Person && word.Upos is "ADP" or "DET" or "CCONJ" && word.Form is "of" or "the" or "and" or "for" or "de");

    /// <summary>
    /// Universal NER English-EWT dev (IOB2): one document per <c># newdoc id</c>, each sentence written as its
    /// <c># text</c> line, the tokens found in it left to right (a sentence whose tokens cannot be found there,
    /// tokenized differently, is rebuilt from its tokens with single spaces).
    /// </summary>
    /// <param name="path">The file.</param>
    public static IReadOnlyList<NerCorpusDocument> ReadUner(string path)
    {
        var documents = new List<NerCorpusDocument>();
        var sentences = new List<(string Text, List<(string Word, string Tag)> Tokens)>();
        string sentenceText = "";
        var tokens = new List<(string Word, string Tag)>();
        foreach (string line in File.ReadLines(path).Append("# newdoc id = end"))
        {
            if (line.StartsWith("# newdoc id", StringComparison.Ordinal))
            {
                FlushSentence();
                if (sentences.Count > 0)
                {
                    documents.Add(FromTexts(sentences));
                }

                sentences = [];
                continue;
            }

            if (line.StartsWith("# text = ", StringComparison.Ordinal))
            {
                sentenceText = line[9..];
                continue;
            }

            if (line.Length == 0)
            {
                FlushSentence();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var c = line.Split('\t');
            if (c.Length >= 3)
            {
                tokens.Add((c[1], c[2]));
            }
        }

        return documents;

        void FlushSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add((sentenceText, tokens));
                tokens = [];
            }

            sentenceText = "";
        }
    }

    /// <summary>
    /// Broad Twitter Corpus section G (news outlets' tweets, BIO): one document per tweet. The corpus splits
    /// an @-mention into <c>@</c> and the handle and tags each (<c>@/B-PER TimMinchin/B-PER</c>); the data
    /// README allows dropping the <c>@</c> or joining it to the handle. The reader joins them, as the tweet
    /// wrote them: one token "@TimMinchin" and one gold name of the handle's type, '@' included, so the
    /// library reads "@TimMinchin" as a user would give it (dropping the '@' left the bare word "TimMinchin").
    /// An <c>@</c> tagged <c>O</c> is no mention ("please @ us", "#ireland @ Cork City", a check-in before a
    /// place): it stays a token of its own. Handles the corpus kept whole ("via @dj_friend") are left as they
    /// are, tagged <c>O</c> in every case (134 tokens). The corpus also splits dotted initials ("U.S." as
    /// <c>U . S .</c>, "B.C.", "P.E.I.", "J.P. Morgan"), hyphenated words ("Lac- Megantic") and "O'Connor"; the
    /// reader joins them back as the tweet wrote them (see <see cref="JoinSplitWords"/>), since "U. S." is
    /// text no writer produces.
    /// </summary>
    /// <param name="path">The file.</param>
    public static IReadOnlyList<NerCorpusDocument> ReadBtc(string path)
    {
        var documents = new List<NerCorpusDocument>();
        var current = new List<(string Word, string Tag)>();
        foreach (string line in File.ReadLines(path).Append(""))
        {
            if (line.Trim().Length == 0)
            {
                if (current.Count > 0)
                {
                    documents.Add(NerCorpus.Build([JoinSplitWords(current)], iob1: false));
                    current = [];
                }

                continue;
            }

            var c = line.Split('\t');
            if (c.Length < 2)
            {
                continue;
            }

            string word = c[0], tag = c[^1].Trim();
            if (current.Count > 0 && current[^1] is ("@", var atTag) && atTag != "O" && IsHandleBody(word))
            {
                current[^1] = ("@" + word, atTag);
                continue;
            }

            current.Add((word, tag));
        }

        return documents;
    }

    /// <summary>
    /// Joins the words the corpus's tokenizer split, as the tweet wrote them: two or more single capital letters
    /// each followed by a "." token ("U . S ." → "U.S.", "J . P ."), a word cut after its hyphen ("Lac- Megantic",
    /// "al- Qaeda"), an Irish surname cut at its apostrophe ("O ' Connor"). A joined token takes the first part's
    /// tag; words are joined only when the later parts continue its name, or all are outside names ("pro-" before
    /// "Russian", a place of its own, stays apart).
    /// </summary>
    /// <param name="tokens">A tweet's tokens and tags.</param>
    public static List<(string Word, string Tag)> JoinSplitWords(List<(string Word, string Tag)> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var joined = new List<(string Word, string Tag)>(tokens.Count);
        int k = 0;
        while (k < tokens.Count)
        {
            int end = k;
            while (end + 1 < tokens.Count && tokens[end].Word.Length == 1 && char.IsAsciiLetterUpper(tokens[end].Word[0]) && tokens[end + 1].Word == ".")
            {
                end += 2;
            }

            if (end - k < 4)
            {
                end = k + 1;
                string word = tokens[k].Word;
                if (k + 1 < tokens.Count && word.Length > 1 && word[^1] == '-' && char.IsLetterOrDigit(word[^2])
                    && char.IsLetterOrDigit(tokens[k + 1].Word[0]) && Continues(tokens[k].Tag, tokens[k + 1].Tag))
                {
                    end = k + 2;
                }
                else if (k + 2 < tokens.Count && word == "O" && tokens[k + 1].Word is "'" or "\u2019" && char.IsUpper(tokens[k + 2].Word[0])
                    && Continues(tokens[k].Tag, tokens[k + 1].Tag) && Continues(tokens[k].Tag, tokens[k + 2].Tag))
                {
                    end = k + 3;
                }
            }

            var text = new StringBuilder();
            for (int j = k; j < end; j++)
            {
                text.Append(tokens[j].Word);
            }

            joined.Add((text.ToString(), tokens[k].Tag));
            k = end;
        }

        return joined;
    }

    // A later part of a split word belongs with the first: it continues the first part's name, or both are outside names.
    private static bool Continues(string first, string next)
        => (first == "O" && next == "O") || (first.Length > 2 && next.StartsWith("I-", StringComparison.Ordinal) && next.AsSpan(2).SequenceEqual(first.AsSpan(2)));

    // The characters of a Twitter user name: letters, digits and '_' (the tokenizer's handle, TokenKind.Handle).
    private static bool IsHandleBody(string word)
        => word.Length > 0 && word.All(static ch => char.IsAsciiLetterOrDigit(ch) || ch == '_');

    /// <summary>Builds a document from sentences given as their original text plus BIO-tagged tokens.</summary>
    private static NerCorpusDocument FromTexts(List<(string Text, List<(string Word, string Tag)> Tokens)> sentences)
    {
        var text = new StringBuilder();
        var spans = new List<NerGoldSpan>();
        foreach (var (sentenceText, tokens) in sentences)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            // Find every token in the sentence's own text; failing that, write the tokens with single spaces.
            var offsets = new (int Start, int End)[tokens.Count];
            int cursor = 0;
            bool aligned = sentenceText.Length > 0;
            for (int k = 0; k < tokens.Count && aligned; k++)
            {
                int at = sentenceText.IndexOf(tokens[k].Word, cursor, StringComparison.Ordinal);
                if (at < 0 || sentenceText.AsSpan(cursor, at - cursor).Trim().Length > 0)
                {
                    aligned = false;
                    break;
                }

                offsets[k] = (at, at + tokens[k].Word.Length);
                cursor = offsets[k].End;
            }

            int baseOffset = text.Length;
            if (aligned)
            {
                text.Append(sentenceText);
            }
            else
            {
                for (int k = 0; k < tokens.Count; k++)
                {
                    if (k > 0)
                    {
                        text.Append(' ');
                    }

                    offsets[k] = (text.Length - baseOffset, text.Length - baseOffset + tokens[k].Word.Length);
                    text.Append(tokens[k].Word);
                }
            }

            int openStart = -1, openEnd = -1;
            MentionType? openType = null;
            for (int k = 0; k <= tokens.Count; k++)
            {
                string tag = k < tokens.Count ? tokens[k].Tag : "O";
                MentionType? type = tag.Length > 2 ? NerCorpus.MapType(tag[2..].ToUpperInvariant()) : null;
                bool continues = tag.StartsWith("I-", StringComparison.Ordinal) && openType is not null && type == openType;
                if (!continues && openType is MentionType open)
                {
                    spans.Add(new NerGoldSpan(baseOffset + openStart, baseOffset + openEnd, open));
                    openType = null;
                }

                if (type is not null && !continues)
                {
                    openType = type;
                    openStart = offsets[k].Start;
                }

                if (type is not null)
                {
                    openEnd = offsets[k].End;
                }
            }
        }

        return new NerCorpusDocument(text.ToString(), spans);
    }

    private static HashSet<string> LoadTitles()
    {
        using var stream = typeof(NerSuite).Assembly.GetManifestResourceStream("EntityExtract.Tools.Suite.titles.txt")
            ?? throw new InvalidOperationException("the suite's title list is not embedded");
        using var reader = new StreamReader(stream);
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                titles.Add(line.Trim());
            }
        }

        return titles;
    }

    private sealed record GumWord(string Form, string Upos, string Xpos, bool SpaceAfter, string Entity)
    {
        /// <summary>
        /// A proper noun by either tag layer: GUM's UPOS follows the word's function ("United" in "United
        /// States" is VERB, "US" before a noun ADJ) while the Penn tag keeps NNP for every word of a name.
        /// </summary>
        public bool IsProper => Upos == "PROPN" || Xpos.StartsWith("NNP", StringComparison.Ordinal);
    }
}
