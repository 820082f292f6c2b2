using Tacitus.Core;
using Tacitus.Nlp.Tokenization;
using static Tacitus.Nlp.Tests.Tokenization.TokenizerAssert;

namespace Tacitus.Nlp.Tests.Tokenization;

public class TokenizerTests
{
    [Theory]
    [InlineData("the Feb. 28 strike", new[] { "the", "Feb.", "28", "strike" })]
    [InlineData("the U.S. and Russia", new[] { "the", "U.S.", "and", "Russia" })]
    [InlineData("Gov. Newsom met Dr. Fauci on St. Mark's Square", new[] { "Gov.", "Newsom", "met", "Dr.", "Fauci", "on", "St.", "Mark's", "Square" })]
    [InlineData("at 9 a.m. on Monday", new[] { "at", "9", "a.m.", "on", "Monday" })]
    [InlineData("Acme Inc. said", new[] { "Acme", "Inc.", "said" })]
    [InlineData("Mr. and Mrs. Smith", new[] { "Mr.", "and", "Mrs.", "Smith" })]
    [InlineData("apples, pears, etc. are fruit", new[] { "apples", ",", "pears", ",", "etc.", "are", "fruit" })]
    [InlineData("Room No. 5", new[] { "Room", "No.", "5" })]
    public void Abbreviations_keep_their_period(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Theory]
    [InlineData("Jennifer M. Anderson", new[] { "Jennifer", "M.", "Anderson" })]
    [InlineData("George W. Bush", new[] { "George", "W.", "Bush" })]
    [InlineData("J. R. R. Tolkien", new[] { "J.", "R.", "R.", "Tolkien" })]
    public void Initials_keep_their_period(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Theory]
    [InlineData("a suggested 30-day ceasefire", new[] { "a", "suggested", "30", "-", "day", "ceasefire" })]
    [InlineData("1,000 people", new[] { "1,000", "people" })]
    [InlineData("rose 3.5% to $1,200.50", new[] { "rose", "3.5", "%", "to", "$", "1,200.50" })]
    [InlineData("call 713-853-3989 now", new[] { "call", "713-853-3989", "now" })]
    [InlineData("from 1969-1970", new[] { "from", "1969", "-", "1970" })]
    [InlineData("at 5:30pm on 9/11", new[] { "at", "5:30", "pm", "on", "9/11" })]
    [InlineData("the 1970s and the 20th century", new[] { "the", "1970s", "and", "the", "20th", "century" })]
    [InlineData("a .45 calibre", new[] { "a", ".45", "calibre" })]
    public void Numbers_follow_EWT(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Theory]
    [InlineData("an e-mail from a non-profit", new[] { "an", "e-mail", "from", "a", "non-profit" })]
    [InlineData("a well-known ex-minister", new[] { "a", "well", "-", "known", "ex-minister" })]
    [InlineData("so-called talks", new[] { "so", "-", "called", "talks" })]
    public void Hyphens_split_except_after_prefixes(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Fact]
    public void Curly_possessive_is_one_surface_token_and_two_words()
    {
        const string text = "Putin’s lack of willingness";
        Assert.Equal(["Putin’s", "lack", "of", "willingness"], Surface(text));
        Assert.Equal(["Putin", "’s", "lack", "of", "willingness"], Words(text));
        var r = Run(text);
        var mwt = Assert.Single(r.MultiwordTokens);
        Assert.Equal(new TextSpan(0, 7), mwt.Span);
        Assert.Equal((0, 1), (mwt.FirstToken, mwt.LastToken));
        Assert.Equal(new TextSpan(0, 5), r.Tokens[0].Span);
        Assert.Equal(new TextSpan(5, 7), r.Tokens[1].Span);
        Assert.All(r.Tokens, t => Assert.Null(t.Form));
    }

    [Theory]
    [InlineData("I don't know", new[] { "I", "do", "n't", "know" })]
    [InlineData("we can't go", new[] { "we", "ca", "n't", "go" })]
    [InlineData("it won’t work", new[] { "it", "wo", "n’t", "work" })]
    [InlineData("I'm sure they're here and we'll see", new[] { "I", "'m", "sure", "they", "'re", "here", "and", "we", "'ll", "see" })]
    [InlineData("the parents' votes", new[] { "the", "parents", "'", "votes" })]
    [InlineData("Britain's allies", new[] { "Britain", "'s", "allies" })]
    [InlineData("I cannot, I'm gonna", new[] { "I", "can", "not", ",", "I", "'m", "gon", "na" })]
    [InlineData("O'Brien said", new[] { "O'Brien", "said" })]
    [InlineData("the E.U.'s top diplomat", new[] { "the", "E.U.", "'s", "top", "diplomat" })]
    public void Contractions_split_into_EWT_words(string text, string[] expected) => Assert.Equal(expected, Words(text));

    [Theory]
    [InlineData("to “force Vladimir Putin’s hand” over", new[] { "to", "“", "force", "Vladimir", "Putin’s", "hand", "”", "over" })]
    [InlineData("a \"dictated peace\" imposed", new[] { "a", "\"", "dictated", "peace", "\"", "imposed" })]
    [InlineData("the word 'degenerate' again", new[] { "the", "word", "'", "degenerate", "'", "again" })]
    [InlineData("in the '90s", new[] { "in", "the", "'90s" })]
    [InlineData("‘Yes,’ she said", new[] { "‘", "Yes", ",", "’", "she", "said" })]
    public void Quotes_split_from_words(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Theory]
    [InlineData("from Putin—in actions", new[] { "from", "Putin", "—", "in", "actions" })]
    [InlineData("rhetoric—points", new[] { "rhetoric", "—", "points" })]
    [InlineData("2010–2015 period", new[] { "2010", "–", "2015", "period" })]
    [InlineData("peace -- or not", new[] { "peace", "--", "or", "not" })]
    public void Dashes_glued_to_words_are_tokens(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Theory]
    [InlineData("see https://example.com/a_b?x=1&y=2.", new[] { "see", "https://example.com/a_b?x=1&y=2", "." })]
    [InlineData("(www.bbc.co.uk/news)", new[] { "(", "www.bbc.co.uk/news", ")" })]
    [InlineData("write to jane.doe@example.org, please", new[] { "write", "to", "jane.doe@example.org", ",", "please" })]
    [InlineData("Mary.Ellenberger@enron.com", new[] { "Mary.Ellenberger@enron.com" })]
    [InlineData("trending #MeToo by @nytimes", new[] { "trending", "#MeToo", "by", "@nytimes" })]
    [InlineData("the #1 seed", new[] { "the", "#", "1", "seed" })]
    public void Urls_emails_and_hashtags_stay_whole(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Theory]
    [InlineData("Wait... what?!", new[] { "Wait", "...", "what", "?!" })]
    [InlineData("and so on… Then", new[] { "and", "so", "on", "…", "Then" })]
    [InlineData("Great!!! :)", new[] { "Great", "!!!", ":)" })]
    public void Ellipses_and_repeated_punctuation_are_one_token(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Theory]
    [InlineData("TEHRAN (AFP) - An", new[] { "TEHRAN", "(", "AFP", ")", "-", "An" })]
    [InlineData("[sic]", new[] { "[", "sic", "]" })]
    [InlineData("{x}", new[] { "{", "x", "}" })]
    public void Brackets_are_tokens(string text, string[] expected) => Assert.Equal(expected, Surface(text));

    [Fact]
    public void Sentences_end_at_terminal_punctuation_but_not_after_titles_or_initials()
    {
        const string text = "Dr. Smith met Gov. Jones and George W. Bush on Feb. 28. They talked! Did they agree? Nobody knows.";
        Assert.Equal(["Dr. Smith met Gov. Jones and George W. Bush on Feb. 28.", "They talked!", "Did they agree?", "Nobody knows."], Sentences(text));
    }

    [Fact]
    public void A_quote_after_the_period_belongs_to_the_sentence_it_ends()
    {
        const string text = "He warned against “militarily created facts against Ukraine’s will.” He emphasized the need. She said \"no.\" Then left.";
        Assert.Equal(["He warned against “militarily created facts against Ukraine’s will.”", "He emphasized the need.", "She said \"no.\"", "Then left."], Sentences(text));
    }

    [Fact]
    public void A_question_inside_a_quote_followed_by_a_lower_case_word_does_not_end_the_sentence()
    {
        Assert.Equal(["\"Why?\" he asked.", "Nobody answered."], Sentences("\"Why?\" he asked. Nobody answered."));
    }

    [Fact]
    public void An_abbreviation_ends_a_sentence_before_a_sentence_opener_and_gives_it_its_period()
    {
        const string text = "Talks are planned in the U.S. The Kremlin declined.";
        Assert.Equal(["Talks are planned in the U.S.", "The Kremlin declined."], Sentences(text));
        Assert.Equal(["Talks", "are", "planned", "in", "the", "U.S", ".", "The", "Kremlin", "declined", "."], Words(text));
        Assert.Equal(["U.S. President Trump spoke."], Sentences("U.S. President Trump spoke."));
    }

    [Fact]
    public void A_line_break_ends_a_sentence_in_text_that_is_not_wrapped()
    {
        Assert.Equal(["Istanbul talks", "Russia refuses", "Putin stays home."], Sentences("Istanbul talks\nRussia refuses\r\n\r\nPutin stays home."));
        // one paragraph per line, however long, and lines that begin in lower case (web text, UD English-EWT)
        Assert.Equal(["Russia refuses to send its president to the Istanbul talks on Thursday", "officials said the delegation would be led by an adviser",
            "the talks begin at ten"],
            Sentences("Russia refuses to send its president to the Istanbul talks on Thursday\nofficials said the delegation would be led by an adviser\nthe talks begin at ten"));
    }

    /// <summary>Text wrapped at a fixed width (e-mail, Gigaword): a single line break is a space; a blank line still ends a sentence.</summary>
    [Fact]
    public void In_wrapped_text_punctuation_ends_sentences_and_a_blank_line_ends_a_paragraph()
    {
        const string text = "KYIV, Ukraine (AP) _ Russia attacked Ukraine last week, killing three\n" +
                            "people in the area of Sumy. Officials said on Thursday morning that\n" +
                            "Moscow's forces are now shelling Kharkiv. Zelenskyy met Erdogan in Ankara\r\n" +
                            "last summer and will travel to Washington in the first quarter. UK Foreign\n" +
                            "Secretary David Lammy criticized Putin's refusal\n" +
                            "\n" +
                            "Talks are planned in the\n" +
                            "U.S. The Kremlin declined.";
        var sentences = Sentences(text);
        Assert.Equal(6, sentences.Length);
        Assert.Equal("KYIV, Ukraine (AP) _ Russia attacked Ukraine last week, killing three\npeople in the area of Sumy.", sentences[0]);
        Assert.Equal("Officials said on Thursday morning that\nMoscow's forces are now shelling Kharkiv.", sentences[1]);
        Assert.Equal("UK Foreign\nSecretary David Lammy criticized Putin's refusal", sentences[3]);
        Assert.Equal("Talks are planned in the\nU.S.", sentences[4]);
        Assert.Equal("The Kremlin declined.", sentences[5]);
    }

    /// <summary>
    /// A web page saved as text (TR-News): indented lines wrapped at about 105 characters, a paragraph of one to three
    /// lines, paragraphs separated by a single line break. Fewer than half the breaks fall inside a sentence, so only
    /// those that a lower-case word continues are wrapping; a paragraph that ends without a period stays its own sentence.
    /// </summary>
    [Fact]
    public void In_indented_wrapped_paragraphs_a_line_that_goes_on_in_lower_case_continues_the_sentence()
    {
        const string pad = "\n            ";
        const string text =
            "A suicide car bomb in central Turkey has killed 13 soldiers aboard a bus and wounded 56 more, officials" + pad +
            "say." + pad +
            "The blast destroyed the bus carrying soldiers visiting a local market in the city of Kayseri. An army" + pad +
            "spokesman said civilians may also have been injured." + pad +
            "No group has admitted carrying out the attack, but Turkish officials say it bears the hallmarks of the" + pad +
            "outlawed Kurdistan Workers Party (PKK)." + pad +
            "It comes a week after 44 people were killed in a PKK attack in Istanbul." + pad +
            "Regional governor Suleyman Kamci said the blast was carried out by a suicide bomber." + pad +
            "The soldiers were said to be on leave from a nearby military base." + pad +
            "Seven people have been arrested in connection with the blast" + pad +
            "Turkish Deputy Prime Minister Numan Kurtulmus said the materials were similar to those used in Istanbul." + pad +
            "Turkey has suffered a series of fatal bombings in 2016 at the hands of both the Kurdish militants and" + pad +
            "jihadists.";
        var sentences = Sentences(text).Select(s => string.Join(' ', s.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))).ToArray();
        Assert.Equal([
            "A suicide car bomb in central Turkey has killed 13 soldiers aboard a bus and wounded 56 more, officials say.",
            "The blast destroyed the bus carrying soldiers visiting a local market in the city of Kayseri.",
            "An army spokesman said civilians may also have been injured.",
            "No group has admitted carrying out the attack, but Turkish officials say it bears the hallmarks of the outlawed Kurdistan Workers Party (PKK).",
            "It comes a week after 44 people were killed in a PKK attack in Istanbul.",
            "Regional governor Suleyman Kamci said the blast was carried out by a suicide bomber.",
            "The soldiers were said to be on leave from a nearby military base.",
            "Seven people have been arrested in connection with the blast",
            "Turkish Deputy Prime Minister Numan Kurtulmus said the materials were similar to those used in Istanbul.",
            "Turkey has suffered a series of fatal bombings in 2016 at the hands of both the Kurdish militants and jihadists.",
        ], sentences);
    }

    [Fact]
    public void An_ellipsis_before_a_lower_case_word_continues_the_sentence()
    {
        Assert.Equal(["well... i think so.", "ok"], Sentences("well... i think so. ok"));
    }

    [Fact]
    public void An_email_time_stamp_is_a_sentence_of_its_own()
    {
        Assert.Equal(["Kay Mann", "04/26/2001 07:17 AM", "Will you send it?"], Sentences("Kay Mann 04/26/2001 07:17 AM Will you send it?"));
    }

    [Fact]
    public void Empty_and_whitespace_only_text_give_no_tokens()
    {
        foreach (var text in new[] { "", " ", "\n\n\t  \r\n" })
        {
            var r = Run(text);
            Assert.Empty(r.Tokens);
            Assert.Empty(r.Sentences);
            Assert.Empty(r.MultiwordTokens);
        }
    }

    [Fact]
    public void Emoji_surrogate_pairs_and_combining_marks_are_never_split()
    {
        const string text = "Erdog\u0306an 👍🏽 met 👨‍👩‍👧 and \uD800 x";
        Assert.Equal(["Erdog\u0306an", "👍🏽", "met", "👨‍👩‍👧", "and", "\uD800", "x"], Surface(text));
    }

    [Fact]
    public void Processor_fills_the_document_layers()
    {
        var doc = new Tokenizer().Process(new Document("d", "Putin’s talks. Zelenskyy didn't go."));
        Assert.Equal("tokenizer", new Tokenizer().Name);
        Assert.Equal(9, doc.Tokens.Length);
        Assert.Equal(2, doc.MultiwordTokens.Length);
        Assert.Equal(2, doc.Sentences.Length);
        Assert.Equal(["Putin", "’s", "talks", "."], doc.SentenceTokens(0).ToArray().Select(doc.TextOf).ToArray());
    }
}
