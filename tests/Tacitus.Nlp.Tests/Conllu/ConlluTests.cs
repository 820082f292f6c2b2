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
