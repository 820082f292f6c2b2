using Tacitus.Nlp.Conllu;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Conllu;

public class ConlluTests
{
    private const string Sample = """
        # newdoc id = d1
        # sent_id = s1
        # text = I don't know.
        1	I	I	PRON	PRP	Case=Nom	4	nsubj	4:nsubj	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	Mood=Ind	4	aux	4:aux	_
        3	n't	not	PART	RB	_	4	advmod	4:advmod	_
        4	know	know	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	4:punct	_

        # sent_id = s2
        # text = Hi!
        1	Hi	hi	INTJ	UH	_	0	root	0:root	SpaceAfter=No
        2	!	!	PUNCT	.	_	1	punct	1:punct	_

        """;

    [Fact]
    public void Reads_words_multiwords_and_comments()
    {
        var sents = ConlluReader.Read(new StringReader(Sample)).ToList();
        Assert.Equal(2, sents.Count);
        Assert.Equal("s1", sents[0].SentId);
        Assert.Equal("I don't know.", sents[0].Text);
        Assert.True(sents[0].StartsDocument);
        Assert.Equal(5, sents[0].Words.Length);
        var m = Assert.Single(sents[0].Multiwords);
        Assert.Equal((2, 3, "don't"), (m.First, m.Last, m.Form));
        Assert.False(sents[0].Words[3].SpaceAfter);
    }

    [Fact]
    public void Writes_back_identically()
    {
        var sents = ConlluReader.Read(new StringReader(Sample)).ToList();
        var w = new StringWriter();
        ConlluWriter.Write(w, sents);
        Assert.Equal(Sample.ReplaceLineEndings("\n") + "\n", w.ToString());
    }

    [Fact]
    public void Document_keeps_tokenization_and_text()
    {
        var sents = ConlluReader.Read(new StringReader(Sample)).ToList();
        var doc = ConlluDocuments.ToDocument("d1", sents, keepAnnotations: true);
        Assert.Equal("I don't know.\nHi!", doc.Text);
        Assert.Equal(["I", "do", "n't", "know", ".", "Hi", "!"], doc.Tokens.Select(doc.TextOf).ToArray());
        Assert.Equal(2, doc.Sentences.Length);
        var mwt = Assert.Single(doc.MultiwordTokens);
        Assert.Equal("don't", doc.TextOf(mwt.Span));
        Assert.Equal("VBP", doc.Tokens[1].Xpos);
        Assert.Equal(4, doc.Tokens[0].Head);
    }

    [Fact]
    public void Document_text_comes_from_the_text_comment_or_is_rebuilt_from_the_forms()
    {
        const string text = """
            # text = a b
            1	x	_	_	_	_	0	root	_	_
            2	y	_	_	_	_	1	dep	_	SpaceAfter=No

            1-2	gonna	_	_	_	_	_	_	_	_
            1	gon	_	_	_	_	0	root	_	_
            2	na	_	_	_	_	1	dep	_	SpaceAfter=No
            3-4	dunno	_	_	_	_	_	_	_	_
            3	do	_	_	_	_	1	dep	_	_
            4	know	_	_	_	_	1	dep	_	_

            #text=  spaced   out  
            # textual = not the text
            1	spaced	_	_	_	_	0	root	_	_
            2	out	_	_	_	_	1	dep	_	_

            # text = short
            1	shortest	_	_	_	_	0	root	_	_

            """;
        var doc = ConlluDocuments.ToDocument("d", [.. ConlluReader.Read(new StringReader(text))], keepAnnotations: false);
        // a text that does not hold the forms ("a b" for x y, "short" for shortest) is rebuilt from them; "# text=" is
        // trimmed and keeps its inner spaces
        Assert.Equal("x y\ngonna dunno\nspaced   out\nshortest", doc.Text);
        Assert.Equal(["x", "y", "gon", "na", "do", "know", "spaced", "out", "shortest"], doc.Tokens.Select(doc.TextOf).ToArray());
        Assert.Equal(["x", "y", "gon", "na", "dunno", "dunno", "spaced", "out", "shortest"], doc.Tokens.Select(t => doc.Text[t.Span.Start..t.Span.End]).ToArray());
        // "gon" + "na" spell "gonna": each word gets its own span; "do" + "know" do not spell "dunno": both get the
        // range's span and keep their forms
        Assert.Equal("-|-|-|-|do|know|-|-|-", string.Join('|', doc.Tokens.Select(t => t.Form ?? "-")));
        Assert.Equal(["gonna", "dunno"], doc.MultiwordTokens.Select(m => doc.TextOf(m.Span)).ToArray());
        Assert.Equal(["x y", "gonna dunno", "spaced   out", "shortest"], doc.Sentences.Select(s => doc.TextOf(s.Span)).ToArray());
    }

    [Fact]
    public void Document_round_trips_to_conllu()
    {
        var sents = ConlluReader.Read(new StringReader(Sample)).ToList();
        var doc = ConlluDocuments.ToDocument("d1", sents, keepAnnotations: true);
        var back = ConlluDocuments.FromDocument(doc, sents).ToList();
        Assert.Equal(sents.Count, back.Count);
        for (int i = 0; i < sents.Count; i++)
        {
            Assert.Equal(sents[i].Comments.ToArray(), back[i].Comments.ToArray());
            Assert.Equal(sents[i].Multiwords.ToArray(), back[i].Multiwords.ToArray());
            // DEPS is not predicted, so it is the one column that does not come back.
            Assert.Equal(sents[i].Words.Select(w => w with { Deps = null }).ToArray(), back[i].Words.ToArray());
        }
    }

    [Fact]
    public void Malformed_line_names_the_line()
    {
        var ex = Assert.Throws<Tacitus.Core.TacitusException>(() => ConlluReader.Read(new StringReader("1\tHi\n"), "x.conllu").ToList());
        Assert.StartsWith("x.conllu:1:", ex.Message, StringComparison.Ordinal);
    }

    [SharedDataFact("nlp", "en_ewt-ud-dev.conllu")]
    public void Ewt_dev_reads_and_aligns_every_sentence_with_its_text()
    {
        var sents = ConlluReader.ReadFile(SharedData.Path("nlp", "en_ewt-ud-dev.conllu")).ToList();
        Assert.Equal(2001, sents.Count);
        Assert.Equal(25147, sents.Sum(s => s.Words.Length));
        var doc = ConlluDocuments.ToDocument("dev", sents, keepAnnotations: true);
        Assert.Equal(25147, doc.Tokens.Length);
        // Every sentence's text is reproduced exactly from its "# text" comment.
        for (int i = 0; i < sents.Count; i++)
            Assert.Equal(sents[i].Text, doc.TextOf(new Tacitus.Core.TextSpan(doc.Sentences[i].Span.Start, doc.Sentences[i].Span.End)));
    }
}
