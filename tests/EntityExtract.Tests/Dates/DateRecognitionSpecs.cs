namespace EntityExtract.Tests.Dates;

/// <summary>
/// The date specification: a sentence and its reference date → every date mention as "span = value", joined by
/// " | " (value "null" when it cannot be resolved; an empty string when the sentence has no date).
/// </summary>
public class DateRecognitionSpecs
{
    // Thursday, December 11, 2025: the seed article's dateline, used as the reference in most rows.
    private const string Thu = "2025-12-11";

    public static TheoryData<string, string, string> Cases => new()
    {
        // Full and partial absolute dates.
        { "The summit opened Thursday, December 11, 2025, in Hanoi.", Thu, "Thursday, December 11, 2025 = 2025-12-11" },
        { "The deal closed on 11 December 2025 after talks.", Thu, "11 December 2025 = 2025-12-11" },
        { "Prices dipped after the 11 September attacks.", Thu, "11 September = 2025-09-11" },
        { "It ended on the 3rd of December.", Thu, "the 3rd of December = 2025-12-03" },
        { "It was filed on 12/12/2025 by the ministry.", Thu, "12/12/2025 = 2025-12-12" },
        { "The record is dated 2025-12-11.", Thu, "2025-12-11 = 2025-12-11" },
        { "The vote was held Dec. 3 in the capital.", Thu, "Dec. 3 = 2025-12-03" },
        { "Prices rose in October 2024 and again in 2026.", Thu, "October 2024 = 2024-10 | 2026 = 2026" },
        { "Music from the 1990s filled the hall.", Thu, "the 1990s = 199" },
        { "Output should recover by mid-2026.", Thu, "mid-2026 = 2026" },
        { "Sales fell in the third quarter of 2025.", Thu, "the third quarter of 2025 = 2025-Q3" },
        { "The company lost money in fiscal 2025.", Thu, "fiscal 2025 = 2025" },
        { "The party's power peaked in the 20th century.", Thu, "the 20th century = 19" },
        { "Snow fell in the winter of 1994.", Thu, "the winter of 1994 = 1994-WI" },

        // Relative dates against the reference date.
        { "Officials said today that the talks failed.", Thu, "today = 2025-12-11" },
        { "The envoy arrived yesterday.", Thu, "yesterday = 2025-12-10" },
        { "The committee met last week.", Thu, "last week = 2025-W49" },
        { "Exports fell last month.", Thu, "last month = 2025-11" },
        { "Growth slowed this year.", Thu, "this year = 2025" },
        { "The congress is scheduled for early next year.", Thu, "early next year = 2026" },
        { "The treaty was signed two years ago.", Thu, "two years ago = 2023" },
        { "Just a decade ago the region was poor.", Thu, "Just a decade ago = 2015" },
        { "The plant opened two decades ago.", Thu, "two decades ago = 2005" },
        { "The town was founded two centuries ago.", Thu, "two centuries ago = 1825" },
        { "Talks will resume next week.", Thu, "next week = 2025-W51" },
        { "Fuel will run short this winter.", Thu, "this winter = 2025-WI" },
        { "The army fought hard last summer.", Thu, "last summer = 2025-SU" },
        { "Nothing like it has been seen in the past decade.", Thu, "the past decade = 201" },
        { "Earnings rose earlier this year.", Thu, "earlier this year = 2025" },

        // Weekdays, news convention: same week, leaning to the past, forward on future cues.
        { "The North fired a salvo on Tuesday.", Thu, "Tuesday = 2025-12-09" },
        { "The meeting ended on Thursday.", Thu, "Thursday = 2025-12-11" },
        { "The minister will travel to Seoul on Saturday.", Thu, "Saturday = 2025-12-13" },
        { "Leaders are expected to meet Monday.", Thu, "Monday = 2025-12-15" },
        { "He spoke last Friday.", Thu, "last Friday = 2025-12-05" },
        { "The board may decide on Monday.", Thu, "Monday = 2025-12-15" },
        { "The talks would have ended on Monday.", Thu, "Monday = 2025-12-08" },
        { "The troops left Tuesday morning.", Thu, "Tuesday morning = 2025-12-09" },
        // "Earlier Friday" is a clause adverb plus the day; "early Friday" is a part of the day and stays inside.
        { "Earlier Tuesday, lawyers filed a petition.", Thu, "Tuesday = 2025-12-09" },
        { "Crowds gathered early Tuesday.", Thu, "early Tuesday = 2025-12-09" },
        // A clock time before a weekday does not hide the deadline word before it; a postponement looks ahead.
        { "The agency has given the family until 9 a.m. EST Tuesday to sign.", Thu, "Tuesday = 2025-12-16" },
        { "The deadline was extended until 5 p.m. Friday.", Thu, "Friday = 2025-12-12" },
        { "Officials postponed until Monday any action on the case.", Thu, "Monday = 2025-12-15" },
        { "They waited until Tuesday to act.", Thu, "Tuesday = 2025-12-09" },
        // A fronted date takes the main clause's tense however far; a future auxiliary governs its whole clause;
        // a participle used as an adjective is no cue.
        { "On Monday, the national league of city and county officials plans to hold a meeting.", Thu, "Monday = 2025-12-15" },
        { "The astronaut will be named commander of the space shuttle for a mission in June.", Thu, "June = 2026-06" },
        { "They announced the hastily planned trip Friday.", Thu, "Friday = 2025-12-05" },
        // ... but not across an adjunct ("after ...") nor from a capitalized "Will", which is a name.
        { "The full-back will have surgery next week after fracturing his thumb in the win over the visiting French team on Saturday.", Thu, "next week = 2025-W51 | Saturday = 2025-12-06" },
        { "A Will Smith premiere in Cannes on Tuesday drew crowds.", Thu, "Tuesday = 2025-12-09" },
        // Title Case headlines capitalize every word; a capitalized word right after the match still makes a name.
        { "Talks Resume Next Week", Thu, "Next Week = 2025-W51" },
        { "Talks Resume Next Week After Tuesday Breakdown", Thu, "Next Week = 2025-W51 | Tuesday = 2025-12-09" },
        { "The Simpsons (Twentieth Century Fox, BBC Two)", Thu, "" },
        { "The Institute for the Future said it would close.", Thu, "" },
        { "Esson, Hart, Anderson, Winter, Clark, Mackie, Whelan.", Thu, "" },
        { "Shelling resumed last night and again this morning.", Thu, "last night = 2025-12-10 | this morning = 2025-12-11" },

        // Months without a year: by tense and proximity.
        { "His October Asia tour was a failure.", Thu, "October = 2025-10" },
        { "The plant will open in March.", Thu, "March = 2026-03" },
        { "The plant opened in March.", Thu, "March = 2025-03" },
        { "In March, a fierce storm along the northern coast of the island killed two people.", Thu, "March = 2025-03" },
        { "Fees were raised last May.", Thu, "last May = 2025-05" },
        // A range states its year once, on its second end.
        { "He accessed it between March and October 2004.", Thu, "March = 2004-03 | October 2004 = 2004-10" },
        { "Talks ran from Dec. 30 to Jan. 2, 2026.", Thu, "Dec. 30 = 2025-12-30 | Jan. 2, 2026 = 2026-01-02" },
        { "Sales rose in March and 10 percent in April 2024.", Thu, "March = 2025-03 | April 2024 = 2024-04" },
        // Words in -ed that are not past verbs: "succeed", and participles used as adjectives ("a still unspecified date").
        { "He will succeed Mr. Davison Feb. 1.", Thu, "Feb. 1 = 2026-02-01" },
        { "It would be paid on a still unspecified date in January.", "1989-10-26", "January = 1990-01" },

        // Holidays, narrative dates, ends of periods, spelled-out years.
        { "The boy was rescued on Thanksgiving Day.", Thu, "Thanksgiving Day = 2025-11-27" },
        { "Shops will close on Christmas Eve.", Thu, "Christmas Eve = 2025-12-24" },
        { "Sales were weak last Christmas.", Thu, "last Christmas = 2024-12-25" },
        { "The church will be full at Easter.", Thu, "Easter = 2026-04-05" },
        { "Shops will be busy in Christmas week.", Thu, "Christmas week = 2025-W52" },
        { "The Good Friday Agreement ended the Troubles.", Thu, "" },
        // A comma is optional only after a weekday: it never opens a mention.
        { "The count ended, 4 November, after a recount.", Thu, "4 November = 2025-11-04" },
        { "He fled in June 1998 and returned later that year.", Thu, "June 1998 = 1998-06 | later that year = 1998" },
        { "She moved in 2019, and the following year she married.", Thu, "2019 = 2019 | the following year = 2020" },
        { "The deal should close around year end.", Thu, "around year end = 2025" },
        { "Cuts are due by the end of the year.", Thu, "the end of the year = 2025" },
        { "Crime fell through the nineties.", Thu, "the nineties = 199" },
        { "The clinic was bombed in nineteen ninety-seven.", Thu, "nineteen ninety-seven = 1997" },
        { "Profit rose in the third quarter from a year earlier.", Thu, "the third quarter = 2025-Q3 | a year earlier = 2024-Q3" },
        { "Net fell in the third quarter from $2 million in the corresponding period last year.", Thu, "the third quarter = 2025-Q3 | the corresponding period last year = 2024-Q3" },
        { "Third-quarter sales rose; sales for last year's quarter were $3 million.", Thu, "Third-quarter = 2025-Q3 | last year's quarter = 2024-Q3" },
        { "Sales were $3 million last year.", Thu, "last year = 2024" },
        // The reported quarter is the latest one that is over: a later forecast or an earlier quarter named in passing does not move it.
        { "Profit rose in the third quarter. After a flat second quarter, sales recovered. In the year-earlier period, net was $1 million.", Thu, "the third quarter = 2025-Q3 | second quarter = 2025-Q2 | the year-earlier period = 2024-Q3" },
        { "Profit rose in the third quarter. Weakness should persist into the fourth quarter. The year-ago period had a loss.", Thu, "the third quarter = 2025-Q3 | the fourth quarter = 2025-Q4 | The year-ago period = 2024-Q3" },

        { "Rain hit the coast last weekend and more is expected this weekend.", Thu, "last weekend = 2025-W49-WE | this weekend = 2025-W50-WE" },
        { "The game is on Christmas Day, and Christmas was quiet last year.", Thu, "Christmas Day = 2025-12-25 | Christmas = 2024-12-25 | last year = 2024" },
        { "It happened in late 2024, about a year ago.", Thu, "late 2024 = 2024 | about a year ago = 2024" },
        { "Trump's hope for a meeting during his October Asia tour was met with indifference.", Thu, "October = 2025-10" },

        { "The plant closed in the fourth quarter of last year.", Thu, "the fourth quarter of last year = 2024-Q4" },
        { "Growth slowed in the last quarter of 2024.", Thu, "the last quarter of 2024 = 2024-Q4" },
        { "The second half of the year is usually stronger.", Thu, "The second half of the year = 2025-H2" },
        { "The Q3 results beat forecasts, but Q4 guidance disappointed.", Thu, "Q3 = 2025-Q3 | Q4 = 2025-Q4" },
        { "He served from 2009-2013 and from 1990–2000.", Thu, "2009 = 2009 | 2013 = 2013 | 1990 = 1990 | 2000 = 2000" },

        { "The Fed will meet on Dec. 16 and 17.", Thu, "Dec. 16 = 2025-12-16 | 17 = 2025-12-17" },
        { "A hearing is set for the week of Jan. 5.", Thu, "the week of Jan. 5 = 2026-W02" },
        { "The summit is scheduled for Dec. 15-16 in Brussels.", Thu, "Dec. 15 = 2025-12-15 | 16 = 2025-12-16" },
        { "Prices rose between March 3 and 10 percent later.", Thu, "March 3 = 2025-03-03" },

        // TimeML reference tokens.
        { "The country is now isolated.", Thu, "now = PRESENT_REF" },
        { "The rules changed recently.", Thu, "recently = PAST_REF" },
        { "Investors worry about the future.", Thu, "the future = FUTURE_REF" },

        // Numeric dates: the option's order, else the only valid reading.
        { "The form is dated 04/05/2025.", Thu, "04/05/2025 = 2025-04-05" },
        { "The form is dated 25/12/2025.", Thu, "25/12/2025 = 2025-12-25" },
        { "The memo is dated 12/12/25.", Thu, "12/12/25 = 2025-12-12" },
        { "The memo is dated 11/02/89.", Thu, "11/02/89 = 1989-11-02" },

        // Negatives: durations, sets, counts, the modal "May", verbs, generic seasons, times alone.
        { "He wrapped up a three-day meeting.", Thu, "" },
        { "She has lived there for two years.", Thu, "" },
        { "The market opens every Monday.", Thu, "" },
        { "The party won 2026 votes in the district.", Thu, "" },
        { "About 1,000 soldiers died.", Thu, "" },
        { "The boy is 12 years old.", Thu, "" },
        { "The ceremony starts at 10:30 a.m.", Thu, "" },
        { "Officials may decide later. May I ask why?", Thu, "" },
        { "Protesters march through the square.", Thu, "" },
        { "A winter of purging awaits.", Thu, "" },
        { "Prices could fall sharply.", Thu, "" },
        { "It cost $2000 to repair.", Thu, "" },
        { "Prices rose over the past two years.", Thu, "" },
        { "The firm has 1990 employees and 2025 shareholders.", Thu, "" },
        { "Room 2025 is on the third floor.", Thu, "" },
        { "August Wilson wrote the play.", Thu, "" },
        { "The Sun is setting; Wed and Sat are market days.", Thu, "" },
        { "He works at the Institute for the Future.", Thu, "" },
        { "She appeared on Today to discuss it.", Thu, "" },
        { "He shot wide in first-half injury time.", Thu, "" },
        { "In the first half he blasted wide.", Thu, "" },
        { "She starred in Suddenly Last Summer.", Thu, "" },
        { "The party marked Holocaust Memorial Day.", Thu, "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognizes_and_normalizes_as_specified(string sentence, string reference, string expected)
    {
        var options = new ExtractionOptions { ReferenceDate = DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture) };
        var dates = EntityExtractor.Extract(sentence, options).Dates;
        Assert.Equal(expected, string.Join(" | ", dates.Select(d => $"{d.Text} = {d.Value ?? "null"}")));
    }

    [Fact]
    public void Day_first_option_reads_ambiguous_numeric_dates_day_first()
    {
        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2025, 12, 11), NumericDateOrder = DateOrder.DayFirst };
        var date = Assert.Single(EntityExtractor.Extract("The form is dated 04/05/2025.", options).Dates);
        Assert.Equal("2025-05-04", date.Value);
    }

    [Theory]
    [InlineData("The envoy arrived yesterday.", "yesterday")]
    [InlineData("The North fired a salvo on Tuesday.", "Tuesday")]
    [InlineData("Exports fell last month.", "last month")]
    public void Relative_dates_have_no_value_without_a_reference_date(string sentence, string span)
    {
        var date = Assert.Single(EntityExtractor.Extract(sentence).Dates);
        Assert.Equal(span, date.Text);
        Assert.Null(date.Value);
    }

    [Fact]
    public void Two_digit_years_need_a_reference_date_for_their_century()
    {
        var date = Assert.Single(EntityExtractor.Extract("The memo is dated 12/12/25.").Dates);
        Assert.Null(date.Value);
    }

    [Fact]
    public void Absolute_dates_keep_their_value_without_a_reference_date()
    {
        var date = Assert.Single(EntityExtractor.Extract("Talks collapsed in October 2024.").Dates);
        Assert.Equal("2024-10", date.Value);
    }

    [Fact]
    public void The_dateline_is_the_reference_date_when_no_option_is_given()
    {
        var result = EntityExtractor.Extract("Thursday, December 11, 2025\n\nThe North fired a salvo on Tuesday.");
        Assert.Equal(new DateOnly(2025, 12, 11), result.ReferenceDate);
        Assert.Contains(result.Dates, d => d.Text == "Tuesday" && d.Value == "2025-12-09");
    }
}
