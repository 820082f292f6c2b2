namespace Tacitus.TestSupport;

/// <summary>
/// A tiny hand-made treebank (projective, UD-style; 5 sentences from the showcase's world) to train and check the
/// parser in milliseconds — shared by the library tests and the CLI's end-to-end training test.
/// </summary>
public static class TinyTreebank
{
    public const string Text = """
        # sent_id = t1
        # text = Putin refused to attend the talks.
        1	Putin	Putin	PROPN	NNP	_	2	nsubj	_	_
        2	refused	refuse	VERB	VBD	_	0	root	_	_
        3	to	to	PART	TO	_	4	mark	_	_
        4	attend	attend	VERB	VB	_	2	xcomp	_	_
        5	the	the	DET	DT	_	6	det	_	_
        6	talks	talk	NOUN	NNS	_	4	obj	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = t2
        # text = The delegation was led by Medinsky.
        1	The	the	DET	DT	_	2	det	_	_
        2	delegation	delegation	NOUN	NN	_	4	nsubj:pass	_	_
        3	was	be	AUX	VBD	_	4	aux:pass	_	_
        4	led	lead	VERB	VBN	_	0	root	_	_
        5	by	by	ADP	IN	_	6	case	_	_
        6	Medinsky	Medinsky	PROPN	NNP	_	4	obl:agent	_	SpaceAfter=No
        7	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = t3
        # text = Zelenskyy met Erdogan in Ankara on Thursday.
        1	Zelenskyy	Zelenskyy	PROPN	NNP	_	2	nsubj	_	_
        2	met	meet	VERB	VBD	_	0	root	_	_
        3	Erdogan	Erdogan	PROPN	NNP	_	2	obj	_	_
        4	in	in	ADP	IN	_	5	case	_	_
        5	Ankara	Ankara	PROPN	NNP	_	2	obl	_	_
        6	on	on	ADP	IN	_	7	case	_	_
        7	Thursday	Thursday	PROPN	NNP	_	2	obl	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = t4
        # text = Russia's missile strike killed three people.
        1	Russia	Russia	PROPN	NNP	_	4	nmod:poss	_	SpaceAfter=No
        2	's	's	PART	POS	_	1	case	_	_
        3	missile	missile	NOUN	NN	_	4	compound	_	_
        4	strike	strike	NOUN	NN	_	5	nsubj	_	_
        5	killed	kill	VERB	VBD	_	0	root	_	_
        6	three	three	NUM	CD	_	7	nummod	_	_
        7	people	people	NOUN	NNS	_	5	obj	_	SpaceAfter=No
        8	.	.	PUNCT	.	_	5	punct	_	_

        # sent_id = t5
        # text = Lammy and Merz criticised Putin.
        1	Lammy	Lammy	PROPN	NNP	_	4	nsubj	_	_
        2	and	and	CCONJ	CC	_	3	cc	_	_
        3	Merz	Merz	PROPN	NNP	_	1	conj	_	_
        4	criticised	criticise	VERB	VBD	_	0	root	_	_
        5	Putin	Putin	PROPN	NNP	_	4	obj	_	SpaceAfter=No
        6	.	.	PUNCT	.	_	4	punct	_	_

        """;
}
