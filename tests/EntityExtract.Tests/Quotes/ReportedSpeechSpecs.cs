namespace EntityExtract.Tests.Quotes;

/// <summary>
/// Reported speech (issue 12): input → indirect quotes, written as <c>content | speaker | cue</c> per
/// statement, joined by " ; ", with <c>-</c> for a null speaker. Only <see cref="QuoteKind.Indirect"/> quotes
/// are shown. Every sentence is written for these tests.
/// </summary>
public class ReportedSpeechSpecs
{
    public static TheoryData<string, string> Cases => new()
    {
        // X said/told/warned (that) CLAUSE: the content is the clause, without the complementizer.
        { "Officials warned that prices could rise.", "prices could rise | Officials | warned" },
        // A place after "in" locates the source; it is not the source.
        { "Jurors in Virginia recommended that the man serve nine years.", "the man serve nine years | Jurors in Virginia | recommended" },
        { "The BBC's Maria Lopez in Mumbai says that the film is a hit.", "the film is a hit | Maria Lopez | says" },
        // A noun phrase and a locating preposition before the cue: the source is the head noun phrase, not the noun
        // after the preposition (issue 12); not a verb the phrase is an adverbial of ("voted in favour", "had been found
        // in"), nor the absolute "with X -ing".
        { "Some commentators on the net say the band is overrated.", "the band is overrated | Some commentators on the net | say" },
        { "One in four said the mayor should resign.", "the mayor should resign | One in four | said" },
        { "The company named in the lawsuit denied any wrongdoing.", "any wrongdoing | The company named in the lawsuit | denied" },
        { "Shops all over the country reported strong sales.", "strong sales | Shops all over the country | reported" },
        { "Police in the town of Springfield said the suspect had been arrested.", "the suspect had been arrested | Police in the town of Springfield | said" },
        { "Sources within the party told reporters the leader would stay.", "the leader would stay | Sources within the party | told" },
        { "A spokesman for the Red Cross in Geneva said the convoy had arrived.", "the convoy had arrived | Red Cross | said" },
        { "The ministers voted in favour of the plan after Maria Lopez agreed to changes.", "to changes | Maria Lopez | agreed" },
        { "Growth slowed to 2%, with the central bank predicting a recovery next year.", "a recovery next year | the central bank | predicting" },
        { "Maria Lopez said the talks would resume in May.", "the talks would resume in May | Maria Lopez | said" },
        { "Maria Lopez has repeatedly argued that the bridge is unsafe.", "the bridge is unsafe | Maria Lopez | argued" },

        // CLAUSE, X said / CLAUSE, said X (no marks).
        { "The talks would resume in May, Maria Lopez said.", "The talks would resume in May | Maria Lopez | said" },
        { "The talks would resume in May, said Maria Lopez.", "The talks would resume in May | Maria Lopez | said" },
        // ... with a short adjunct after the attribution, or the hearer of "told"; not a verb's complement, not a
        // quotation's attribution; after "wrote" the words are its object, not an inverted source.
        { "The talks would resume in May, Maria Lopez said on Tuesday.", "The talks would resume in May | Maria Lopez | said" },
        { "The talks would resume in May, Maria Lopez said in an interview.", "The talks would resume in May | Maria Lopez | said" },
        { "The talks would resume in May, said Maria Lopez in an interview.", "The talks would resume in May | Maria Lopez | said" },
        { "The talks would resume in May, Maria Lopez told reporters.", "The talks would resume in May | Maria Lopez | told" },
        { "The talks would resume in May, Maria Lopez told the BBC on Monday.", "The talks would resume in May | Maria Lopez | told" },
        { "Whatever happens, Maria Lopez will insist on being mayor.", "" },
        { "“The talks will resume,” Maria Lopez, the mayor of Springfield, said at a news conference.", "" },
        { "Maria Lopez, known as the Iron Lady, wrote an account of her life in the city.", "an account of her life in the city | Maria Lopez | wrote" },

        // According to X.
        { "According to police, the driver fled the scene.", "the driver fled the scene | police | According to" },
        { "The driver fled the scene, according to police.", "The driver fled the scene | police | according to" },

        // "that" before an auxiliary or at the end is a pronoun, not a complementizer: the content keeps it, or starts
        // after the cue when it is a relative pronoun inside the content.
        { "Maria Lopez said that was a mistake.", "that was a mistake | Maria Lopez | said" },
        { "Maria Lopez said the new test could change that.", "the new test could change that | Maria Lopez | said" },
        { "Maria Lopez says there needs to be a law that would require audits.", "there needs to be a law that would require audits | Maria Lopez | says" },

        // A verb of saying after "and"/"but" whose first verb states nothing takes the sentence's subject; not in a passive.
        { "Maria Lopez visited the plant on Monday but said the costs would rise.", "the costs would rise | Maria Lopez | said" },
        { "She won her third title in May and added that she would retire.", "she would retire | - | added" },
        { "Maria Lopez fought back and would not be denied, winning the match.", "" },

        // The hearer of "told" is neither source nor content.
        { "Maria Lopez told reporters that the talks would resume in May.", "the talks would resume in May | Maria Lopez | told" },
        { "Maria Lopez told reporters the talks would resume in May.", "the talks would resume in May | Maria Lopez | told" },

        // The hearer of an infinitive is in the content (PolNeAR); so is the noun a that-clause completes.
        { "Maria Lopez urged supporters to monitor polling places.", "supporters to monitor polling places | Maria Lopez | urged" },
        { "Maria Lopez dismissed the idea that the bridge was unsafe.", "the idea that the bridge was unsafe | Maria Lopez | dismissed" },

        // A dash before a lower-case word opens an aside of the content, not the writer's words.
        { "Maria Lopez said the plan would cut costs — the largest of them fuel.", "the plan would cut costs — the largest of them fuel | Maria Lopez | said" },

        // A statement in a subordinate clause ends with the clause: the main clause is the writer's.
        { "When Maria Lopez said the plant would close, the unions called a strike.", "the plant would close | Maria Lopez | said" },

        // An attitude after a copula: its subject is the source; a passive's subject is not, and a noun of attitude
        // is no source.
        { "Many Democrats are afraid that turnout will fall.", "turnout will fall | Many Democrats | afraid" },
        { "Fears had been expressed that the bridge would close.", "" },

        // A subject opened by a possessive is a source; a possessive noun phrase after a verb is that verb's object.
        { "His aides say the senator will run again.", "the senator will run again | His aides | say" },
        { "Her lawyers said that the contract was void.", "the contract was void | Her lawyers | said" },

        // An aside of capitalized words ending in a name: the name is the source.
        { "The mayor's deputy, Councilwoman Maria Lopez, said the bridge would reopen in May.", "the bridge would reopen in May | Maria Lopez | said" },

        // Nominal cues with a possessor.
        { "The council rejected Peter Grant's claim that the bridge was unsafe.", "the bridge was unsafe | Peter Grant | claim" },

        // A noun-phrase content.
        { "The company denied wrongdoing.", "wrongdoing | The company | denied" },

        // A frame with its source after a dash or a semicolon starts a statement of its own, as after a comma; a frame
        // inside an aside that a second dash closes stays in the content.
        { "Maria Lopez said the talks would resume in May - but Peter Grant said the date was not fixed.", "the talks would resume in May | Maria Lopez | said ; the date was not fixed | Peter Grant | said" },
        { "Maria Lopez says the plan is legal; Peter Grant says it breaks the law.", "the plan is legal | Maria Lopez | says ; it breaks the law | Peter Grant | says" },
        { "Maria Lopez said the number of loans - those banks agreed last month - fell by 3%.", "the number of loans - those banks agreed last month - fell by 3% | Maria Lopez | said" },
        // A source never reaches back over a speech verb (attr10): in "X said Y had proposed Z" the inner cue's source
        // would be Y, and "X said" frames the whole clause; a source that is the speech verb itself ("insisted talks",
        // "denied reports") is none, and the verb is the cue.
        { "The minister attacked the plans - but Peter Grant said Labour had proposed the idea too.", "the plans | The minister | attacked ; Labour had proposed the idea too | Peter Grant | said" },
        { "However, Maria Lopez said Peter Grant had not mentioned any problem during the meeting.", "Peter Grant had not mentioned any problem during the meeting | Maria Lopez | said" },
        { "Peter Grant, director of the charity, says 24 large companies reported for the first time this year.", "24 large companies reported for the first time this year | Peter Grant | says" },
        { "Maria Lopez, a former teacher, said people already thought politicians engaged in dirty tricks.", "people already thought politicians engaged in dirty tricks | Maria Lopez | said" },
        { "When they split in December, Maria Lopez says Peter Grant denied any such agreement.", "Peter Grant denied any such agreement | Maria Lopez | says" },
        { "Peter Grant, who is the club's top scorer, denied reports of a row with the coach but claims he is mystified.", "reports of a row with the coach | Peter Grant | denied ; he is mystified | Peter Grant | claims" },
        { "Peter Grant met the coach on Monday. He insisted talks on new investment are ongoing, but added the door has not closed.", "talks on new investment are ongoing | Peter Grant | insisted ; the door has not closed | Peter Grant | added" },
        // A name with a parenthesis, and a time phrase between subject and cue.
        { "Sen. Maria Lopez (D-Ohio) said the bill would pass.", "the bill would pass | Maria Lopez | said" },

        // A pronoun source the quote stage has resolved for a quotation inside the statement (gender, the speaker just
        // quoted) names the statement's speaker too, not the nearest person before it.
        { "Ms. Maria Lopez met Mr. Peter Grant on Monday. She said the plan was “dead in the water” after the vote.", "the plan was “dead in the water” after the vote | Maria Lopez | said" },
        // "he"/"she" stands for a person of its gender (not the nearest person), the subject of the sentence before
        // when it is one ("Mr. Peter Grant met Mr. John Smith. He said" → Grant), else the most recent (a possessor is
        // no subject: "Mr. Peter Grant's lawyer John Smith … He said" → Smith).
        { "Ms. Maria Lopez criticised the plan of Mr. Peter Grant on Monday. She said the costs would rise.", "the plan of Mr. Peter Grant on Monday | Maria Lopez | criticised ; the costs would rise | Maria Lopez | said" },
        { "Mr. Peter Grant met Mr. John Smith on Monday. He said the talks would resume in May.", "the talks would resume in May | Peter Grant | said" },
        { "Mr. Peter Grant's lawyer John Smith met reporters on Monday. He said the talks would resume in May.", "the talks would resume in May | John Smith | said" },
        // A name inside the content before a "he" source in its sentence is not the pronoun's person (ReportedQuotes.Antecedent).
        { "Mr. Peter Grant spoke on Monday. The budget of Mr. John Smith would pass easily, he said.", "The budget of Mr. John Smith would pass easily | Peter Grant | said" },

        // A mixed statement is one indirect quote; the partial quote inside it is still reported.
        { "Peter Grant said the plan was “dead in the water” after the vote.", "the plan was “dead in the water” after the vote | Peter Grant | said" },

        // An infinitive content ends before a participle clause after a comma (the writer's gloss), even with
        // the comma inside the closing mark; a clause after "said" keeps its participle.
        { "Maria Lopez vowed to close the plant, signaling a change of course.", "to close the plant | Maria Lopez | vowed" },
        { "Maria Lopez vowed to root out the “abuses,” signaling a change of course.", "to root out the “abuses,” | Maria Lopez | vowed" },
        { "Maria Lopez said the plant would close, ending a decade of losses.", "the plant would close, ending a decade of losses | Maria Lopez | said" },

        // A cue outside the lexicon (an open candidate the cue model accepts): PolNeAR counts acts and stances;
        // a phrasal cue keeps its particle and preposition.
        { "Democrats from coal states pushed back against the plan.", "the plan | Democrats from coal states | pushed back against" },
        { "Maria Lopez laid out her proposals to expand national service.", "her proposals to expand national service | Maria Lopez | laid out" },

        // An open candidate inside another statement's content is part of it, not a statement of its own.
        { "According to the agency, Maria Lopez launched an attack on her rivals.", "Maria Lopez launched an attack on her rivals | the agency | According to" },

        // A second cue of the same subject after "and" is a statement of its own with that source.
        { "Maria Lopez said the plant would close and warned that jobs would go.", "the plant would close | Maria Lopez | said ; jobs would go | Maria Lopez | warned" },

        // A participle after a quotation's attribution takes the quotation's source, before or after its cue;
        // without an attribution it has none.
        { "“Costs are rising,” Maria Lopez said, adding that the plant would close.", "the plant would close | Maria Lopez | adding" },
        { "“Costs are rising,” said Maria Lopez, adding that the plant would close.", "the plant would close | Maria Lopez | adding" },
        { "“Costs are rising,” Maria Lopez told reporters in May, insisting that the plant would stay open.", "the plant would stay open | Maria Lopez | insisting" },
        { "“Costs are rising,” adding that the plant would close.", "" },
        // What the quotation was about is no statement of its own.
        { "“Costs are rising,” said Maria Lopez, referring to the new bridge.", "" },

        // A passive with no source (no "by"): the clause, subject and cue included, with no speaker; after "it", what
        // follows "that". Inside another statement, or before its attribution, it is that statement's content.
        { "Prices are expected to rise next year.", "Prices are expected to rise next year | - | expected" },
        { "It is believed that the talks will resume in May.", "the talks will resume in May | - | believed" },
        { "The final accord on the chemicals is expected to be signed in May.", "The final accord on the chemicals is expected to be signed in May | - | expected" },
        { "Two officials were accused of stealing public money.", "Two officials were accused of stealing public money | - | accused" },
        { "Maria Lopez is said to be furious about the plan.", "Maria Lopez is said to be furious about the plan | - | said" },
        // Whatever the cue model scores the word (its active senses rule: "I thought"); an agent after the participle's
        // object names the source, a manner after "by" does not.
        { "North Korea is not thought to be capable of striking the mainland.", "North Korea is not thought to be capable of striking the mainland | - | thought" },
        { "The firm is believed to have offered about $2bn for the stake.", "The firm is believed to have offered about $2bn for the stake | - | believed" },
        { "China has been accused of blocking access to the site by a media watchdog.", "" },
        { "The directors are accused of breaching their duties by depriving shareholders of value.", "The directors are accused of breaching their duties by depriving shareholders of value | - | accused" },
        // Estimates and announcements with no source; a word of the sourceless list is no attitude of its subject.
        { "The shortfall is projected to rise to $427bn next year.", "The shortfall is projected to rise to $427bn next year | - | projected" },
        { "It was announced that the offices would close.", "the offices would close | - | announced" },
        { "The full programme will be announced on 1 February.", "" },
        // A participle of the sourceless list outside the cue lexicon (British spelling, "tipped"), in that passive only.
        { "Lula was strongly criticised for pursuing a hardline economic policy.", "Lula was strongly criticised for pursuing a hardline economic policy | - | criticised" },
        { "Borrowing costs are tipped to rise by a quarter of a point.", "Borrowing costs are tipped to rise by a quarter of a point | - | tipped" },
        { "MTV has been criticised for \u201Cincessant sleaze\u201D by campaigners in the US.", "" },
        // A British spelling reads as its American form: a cue in the active ("criticised" as "criticized"), and in the
        // passive that names no source ("rumoured" as "rumored").
        { "The union criticised the plan to close the depot.", "the plan to close the depot | The union | criticised" },
        { "The mayor recognised the need for new housing.", "the need for new housing | The mayor | recognised" },
        { "The minister apologised for the delay to the project.", "for the delay to the project | The minister | apologised" },
        // (This one passed before as well: "rumoured" was in attribution-sourceless-cues.txt, which now holds "rumored" only.)
        { "Peter Grant is rumoured to be among the front-runners.", "Peter Grant is rumoured to be among the front-runners | - | rumoured" },
        // ", with X -ing" opens a statement of its own (an absolute clause), which ends the content before it; ", with X
        // expected to" is a passive whose subject is no source.
        { "The firm denied the claims, with its chief executive saying they were false.", "the claims | The firm | denied ; they were false | its chief executive | saying" },
        { "Chelsea have been criticised for their stance, with the union accusing the club of neglect.", "Chelsea have been criticised for their stance | - | criticised ; neglect | the union | accusing" },
        { "The report said sales would fall, with prices expected to rise.", "sales would fall, with prices expected to rise | The report | said" },
        // A noun-phrase content ends before "but" (another clause or another verb of the source's follows); a clause
        // content keeps it.
        { "The sprinter has consistently denied the charge but the court has upheld the ban.", "the charge | The sprinter | denied" },
        { "Peter Grant praised the new stadium but is refusing to give a date.", "the new stadium | Peter Grant | praised" },
        { "Maria Lopez described the novel as a great thriller but lousy history.", "the novel as a great thriller but lousy history | Maria Lopez | described" },
        { "Maria Lopez said the plan was ambitious but affordable.", "the plan was ambitious but affordable | Maria Lopez | said" },
        // A participle after a comma takes the clause's subject, read without tags as the noun phrase before its first
        // auxiliary or word in -ed; not a passive's subject, not the expletive "there", not for a word outside the lexicon.
        { "The committee is filing a complaint with the board, claiming that its chairman had a conflict of interest.", "its chairman had a conflict of interest | The committee | claiming" },
        { "Other analysts were less optimistic, predicting consumers would be less likely to sign up.", "consumers would be less likely to sign up | Other analysts | predicting" },
        { "The network has been developed by Intel, offering support to the staff.", "" },
        { "There is no shortage of companies vying for the loyalty of web searchers, offering a wealth of services.", "" },
        { "The deal will bring together famous stores, creating the largest chain in the US.", "" },
        // A lexicon participle opening its sentence (or after "In", "By", …) states what runs to its comma, with the main
        // clause's subject as its source; not a content opened by a preposition or "to" (the occasion), nor after "Without".
        { "Claiming the criticism was designed to pressure the moderators, Maria Lopez told reporters that the debate was rigged.", "the criticism was designed to pressure the moderators | Maria Lopez | Claiming ; the debate was rigged | Maria Lopez | told" },
        { "In defending his business record, Peter Grant grew angry.", "his business record | Peter Grant | defending" },
        { "Commenting on the result, Maria Lopez praised the players.", "the players | Maria Lopez | praised" },
        { "Without citing any evidence, the minister blamed the unions.", "the unions | the minister | blamed" },
        // A passive's agent after "by" before the writer's adjunct: a pronoun, person, organization, "many" or a plural; not a
        // thing of someone's, nor for a hearer cue, whose passive subject is the hearer.
        { "The proposal was criticised by privacy campaigners in a letter to the minister.", "The proposal | privacy campaigners | criticised" },
        { "The song was praised by many in the industry.", "The song | many | praised" },
        { "The striker was upset by Arsenal's tactics in the match.", "" },
        { "Maria Lopez was asked by the league about her conduct.", "" },
        // A source before a long relative clause, an age or party label, or an aside between dashes (lexicon cues only).
        { "Adam Schiff, 56, who has served on the Intelligence Committee for a decade, said the hacks of the party's e-mail came from Russia and its intelligence services.", "the hacks of the party's e-mail came from Russia and its intelligence services | Adam Schiff | said" },
        { "The Parents Television Council, which monitors violence and sex and bad language on television and in films in the United States and abroad, said the channel offered the cheapest form of programming on American cable television.", "the channel offered the cheapest form of programming on American cable television | Parents Television Council | said" },
        { "The conflict, which began in 1988, claimed over 10,000 lives.", "" },
        { "Aaron Kall -- co-editor of a book analyzing the debates -- said the candidate tended to make announcements.", "the candidate tended to make announcements | Aaron Kall | said" },
        { "Roy Cooper (D), the governor's opponent in the election, said the videos should be released.", "the videos should be released | Roy Cooper | said" },
        { "Other major unions, including the American Federation of Teachers, have also endorsed Clinton in the race.", "Clinton in the race | Other major unions | endorsed" },
        // A noun-phrase content ends before a conjunction that opens nothing but a clause ("because", "although"); a clause
        // content keeps it, and so does one after "that".
        { "The union criticised the plan to close the depot, although few details were known.", "the plan to close the depot | The union | criticised" },
        { "The senators had called the hearing because they felt the agency was slow.", "the hearing | The senators | called" },
        { "Maria Lopez said the talks failed because the sides disagreed.", "the talks failed because the sides disagreed | Maria Lopez | said" },
        { "The agency suggested that the program end because it had no safeguards.", "the program end because it had no safeguards | The agency | suggested" },
        // An adverb that ascribes its clause to an unnamed source: the clause from its subject; not when the verb after
        // it is a cue with that subject as source, nor after a relative pronoun.
        { "Google and Facebook have reportedly looked at the company and passed.", "Google and Facebook have reportedly looked at the company and passed | - | reportedly" },
        { "Reportedly, he made comments to co-workers about the attack.", "he made comments to co-workers about the attack | - | Reportedly" },
        { "Maria Lopez reportedly said that the plant would close.", "the plant would close | Maria Lopez | said" },
        { "The president, who reportedly has been itching to campaign, spoke on Monday.", "" },
        { "According to the agency, prices are expected to rise next year.", "prices are expected to rise next year | the agency | According to" },
        { "Prices are expected to rise next year, analysts said.", "Prices are expected to rise next year | analysts | said" },
        { "The match is scheduled to start at noon.", "" },

        // Not reported speech: a cue word with no speaker behind it, "said" as a determiner, a direct quote, a
        // verb of appearance (the writer's judgment).
        { "The regime appears desperate to tighten its controls.", "" },
        { "As the name says, the house is big.", "" },
        { "The data suggest that prices will rise.", "" },
        { "The said company filed for bankruptcy.", "" },
        { "The deal would bind the United States to new emission limits.", "" },
        { "“The plan is dead,” Maria Lopez said.", "" },
        { "“The plan is dead,” Maria Lopez said in an interview.", "" },
        // An adverb before the cue is no cue ("always", "further"); a verb's particle is none ("held out"), nor "looks" in
        // its sense of appearance; a noun after "a" and a modifier heads that noun phrase ("a staunch supporter of").
        { "The party has always said that the plan would fail.", "the plan would fail | The party | said" },
        { "Maria Lopez further argued that the bridge is unsafe.", "the bridge is unsafe | Maria Lopez | argued" },
        { "Ireland held out to claim a famous victory.", "" },
        { "The team looks set to win the title.", "" },
        { "Maria Lopez, a staunch supporter of the plan, said the costs would fall.", "the costs would fall | Maria Lopez | said" },
        { "He has been a loyal supporter of the government for years.", "" },
        // A count before an -s form: a plural noun, not a verb agreeing with a subject.
        { "The statement contained zero mentions of the treaty.", "" },
        { "The ministry published two reports on the outbreak.", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Finds_reported_statements(string input, string expected)
    {
        var result = EntityExtractor.Extract(input);
        Assert.Equal(expected, Describe(result));
        foreach (var q in result.Quotes)
        {
            Assert.Equal(input[q.Start..q.End], q.Text);
        }
    }

    [Fact]
    public void A_source_that_is_no_entity_keeps_its_words_and_span()
    {
        const string text = "Officials warned that prices could rise.";
        var quote = Assert.Single(EntityExtractor.Extract(text).Quotes);
        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("Officials", text[quote.SpeakerStart!.Value..quote.SpeakerEnd!.Value]);
    }

    [Fact]
    public void The_partial_quote_inside_a_statement_keeps_its_speaker()
    {
        var result = EntityExtractor.Extract("Peter Grant said the plan was “dead in the water” after the vote.");
        var partial = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.Partial);
        var indirect = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(indirect.Speaker, partial.Speaker);
        Assert.True(indirect.Start <= partial.Start && partial.End <= indirect.End);
    }

    // The quote stage reads the partial quote's source as the words before the cue up to their first function word or
    // name ("officials", "murder"), and gives no speaker; the statement's source holds those words, so the partial takes
    // its speaker and span.
    [Theory]
    [InlineData("Union officials said the offer was “an insult” to the workers.", "Union officials")]
    [InlineData("The section on murder said reductions should be “weighed carefully” by a judge.", "The section on murder")]
    [InlineData("The rapper's spokesman said the claims were “totally untrue” and he would sue.", "The rapper's spokesman")]
    public void The_partial_quote_takes_the_speaker_of_the_statement_whose_source_holds_its_source_words(string input, string speaker)
    {
        var result = EntityExtractor.Extract(input);
        var partial = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.Partial);
        var indirect = Assert.Single(result.Quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal(speaker, indirect.Speaker);
        Assert.Equal(speaker, partial.Speaker);
        Assert.Equal(indirect.SpeakerStart, partial.SpeakerStart);
        Assert.Equal(indirect.SpeakerEnd, partial.SpeakerEnd);
    }

    [Fact]
    public void The_option_turns_reported_speech_off()
    {
        var options = new ExtractionOptions { IncludeReportedSpeech = false };
        Assert.Empty(EntityExtractor.Extract("Officials warned that prices could rise.", options).Quotes);
    }

    internal static string Describe(ExtractionResult result)
        => string.Join(" ; ", result.Quotes.Where(q => q.Kind == QuoteKind.Indirect).Select(q => $"{q.Text} | {q.Speaker ?? "-"} | {q.Cue}"));
}
