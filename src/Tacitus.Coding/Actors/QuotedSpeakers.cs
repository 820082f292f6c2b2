using System.Collections.Frozen;
using Tacitus.Core;

namespace Tacitus.Coding.Actors;

internal sealed partial class ActorResolution
{
    /// <summary>Verbs that attribute a quotation to its speaker: "``…,'' Netanyahu told his ministers", "said Eitan".</summary>
    private static readonly FrozenSet<string> QuotingVerbs = FrozenSet.ToFrozenSet(
        ["SAY", "TELL", "ADD", "ASK", "DECLARE", "STATE", "INSIST", "WRITE", "EXPLAIN", "WARN", "NOTE", "CONTINUE", "RECALL",
         "REPLY", "RESPOND", "ARGUE", "ACKNOWLEDGE", "ADMIT", "CLAIM", "STRESS", "ANNOUNCE", "SHOUT", "CONCEDE", "COMPLAIN",
         "PREDICT", "VOW", "PROMISE", "REMARK", "OBSERVE", "AGREE", "TESTIFY", "CONFIRM", "RECOUNT"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>First-person pronouns: who speaks in a quotation.</summary>
    private static readonly FrozenSet<string> FirstPersonWords = FrozenSet.ToFrozenSet(
        ["I", "ME", "MY", "MYSELF", "MINE", "WE", "US", "OUR", "OURS", "OURSELVES"], StringComparer.Ordinal);

    /// <summary>
    /// "``If the Lebanese government will cooperate with us …, we will be happy to get out of Lebanon,'' Netanyahu told
    /// his ministers": inside a quotation whose speaker is named right after it ("said Eitan", "he said") or right
    /// before it ("Netanyahu said: ``…"), "I", "we", "us", "our" stand for that speaker. "We" of a leader or a
    /// spokesman is the body they speak for; the speaker's code is the nearest the text gives.
    /// </summary>
    private void ResolveQuotedFirstPerson()
    {
        var tokens = _doc.Tokens.AsSpan();
        List<(int Start, int End, ActorDraft Actor)>? mentions = null;
        int w = 0;
        // The quotation before, when it had a speaker: a quotation that opens in the next sentence of the same paragraph
        // with no speaker of its own goes on in that voice ("``…,'' said Paul Moskal, a spokesman. ``I know of no …''").
        ActorDraft? previous = null;
        int previousClose = -1;
        _quotations ??= Quotations();
        foreach (var (open, close) in _quotations)
        {
            int speaker = SpeakerAfterQuotation(close);
            if (speaker < 0) speaker = SpeakerBeforeQuotation(open);
            ActorDraft? actor = null;
            if (speaker >= 0)
            {
                mentions ??= MentionsInOrder();
                actor = MentionAt(mentions, tokens[speaker].Span.Start);
            }
            else if (previous is not null && tokens[open].Sentence == tokens[previousClose].Sentence + 1 &&
                     !_doc.Text.AsSpan(tokens[previousClose].Span.End, tokens[open].Span.Start - tokens[previousClose].Span.End).Contains('\n'))
                actor = previous;
            previous = actor;
            previousClose = close;
            if (actor is null) continue;
            int from = tokens[open].Span.End, to = tokens[close].Span.Start;
            while (w < _w.Length && _w[w].Start < from) w++;
            for (; w < _w.Length && _w[w].Start < to; w++)
            {
                if (_used[w] || !FirstPersonWords.Contains(_w[w].Key) || _w[w].AllCaps && _w[w].Key != "I") continue;
                if (TokenStartingAt(_w[w].Start) is not { Upos: "PRON" } t || t.Span.End != _w[w].End) continue;
                AddMention(actor, w, w + 1, "coref:quote-speaker");
            }
        }
    }

    /// <summary>
    /// "One of them, Marisleysis Gonzalez, told a news conference … ``We're doing what's in Elian's best interest,'' she
    /// said": a subject pronoun right after a closing quotation mark and right before a verb of saying speaks the
    /// quotation, so it stands for someone named before the quotation opened, not for someone the quotation names. The
    /// index of the quotation's first word, or -1 when word <paramref name="k"/> is no such pronoun.
    /// </summary>
    private int QuotationBeforeSpeaker(int k)
    {
        if (_w[k].Key is not ("HE" or "SHE") || k + 1 >= _w.Length) return -1;
        var tokens = _doc.Tokens.AsSpan();
        int t = SpanSearch.IndexAt(tokens, _w[k].Start);
        if (t < 1 || t + 1 >= tokens.Length || tokens[t + 1].Upos != "VERB" || !QuotingVerbs.Contains(tokens[t + 1].Lemma ?? "")) return -1;
        _quotations ??= Quotations();
        int i = _quotations.BinarySearch((int.MaxValue, t - 1), CloseComparer);
        if (i < 0 || _quotations[i].Close != t - 1) return -1;
        int first = k;
        while (first > 0 && _w[first - 1].Start >= tokens[_quotations[i].Open].Span.End) first--;
        return first < k ? first : -1;
    }

    private List<(int Open, int Close)>? _quotations;

    /// <summary>Whether word <paramref name="k"/> lies inside a quotation.</summary>
    private bool InQuotation(int k)
    {
        _quotations ??= Quotations();
        int t = SpanSearch.IndexAt(_doc.Tokens.AsSpan(), _w[k].Start);
        if (t < 0) return false;
        // the first quotation that closes after the word's token
        int i = _quotations.BinarySearch((int.MaxValue, t), CloseComparer);
        i = i < 0 ? ~i : i + 1;
        return i < _quotations.Count && _quotations[i].Open < t;
    }

    private static readonly Comparer<(int Open, int Close)> CloseComparer = Comparer<(int Open, int Close)>.Create((x, y) => x.Close.CompareTo(y.Close));

    /// <summary>Pairs of opening and closing quotation-mark tokens, in text order. A quotation does not run past a line
    /// break (a quote carried on to the next paragraph opens again there) or past 2,000 characters.</summary>
    private List<(int Open, int Close)> Quotations()
    {
        var tokens = _doc.Tokens.AsSpan();
        var text = _doc.Text;
        var pairs = new List<(int, int)>();
        int open = -1;
        for (int t = 0; t < tokens.Length; t++)
        {
            if (open >= 0 && t > 0 && text.AsSpan(tokens[t - 1].Span.End, tokens[t].Span.Start - tokens[t - 1].Span.End).Contains('\n')) open = -1;
            var form = _doc.Slice(tokens[t].Span);
            bool opening = form is "``" or "\u201C", closing = form is "''" or "\u201D", straight = form is "\"";
            if (opening || straight && open < 0) open = t;
            else if ((closing || straight) && open >= 0)
            {
                if (tokens[t].Span.Start - tokens[open].Span.End <= 2000) pairs.Add((open, t));
                open = -1;
            }
        }
        return pairs;
    }

    /// <summary>"``…,'' Netanyahu told his ministers", "``…,'' said Eitan": the subject of a verb of saying that follows
    /// the closing mark in its sentence, before any other verb; -1 when there is none.</summary>
    private int SpeakerAfterQuotation(int close)
    {
        var tokens = _doc.Tokens.AsSpan();
        int sentence = tokens[close].Sentence;
        for (int t = close + 1; t < tokens.Length && t <= close + 8 && tokens[t].Sentence == sentence; t++)
        {
            if (tokens[t].Upos is "VERB" or "AUX")
                return tokens[t].Upos == "VERB" && QuotingVerbs.Contains(tokens[t].Lemma ?? "") ? SubjectOf(t, after: close) : -1;
            if (_doc.Slice(tokens[t].Span) is "``" or "\u201C" or "\"") return -1;
        }
        return -1;
    }

    /// <summary>"Netanyahu said: ``…", "he told reporters, ``…": the subject of a verb of saying (or of the verb whose
    /// object ends) right before the opening mark, past a colon or comma; -1 when there is none.</summary>
    private int SpeakerBeforeQuotation(int open)
    {
        var tokens = _doc.Tokens.AsSpan();
        int t = open - 1;
        if (t >= 0 && _doc.Slice(tokens[t].Span) is ":" or ",") t--;
        if (t < 0 || tokens[t].Sentence != tokens[open].Sentence) return -1;
        if (tokens[t].Deprel is "obj" or "iobj" && _doc.HeadOf(t) is var verb and >= 0) t = verb;
        return tokens[t].Upos == "VERB" && QuotingVerbs.Contains(tokens[t].Lemma ?? "") ? SubjectOf(t, after: -1, before: t) : -1;
    }

    /// <summary>The nominal subject of verb token <paramref name="verb"/>, between <paramref name="after"/> and
    /// <paramref name="before"/> (exclusive) and within 40 tokens of the verb; -1 when none.</summary>
    private int SubjectOf(int verb, int after, int before = int.MaxValue)
    {
        var tokens = _doc.Tokens.AsSpan();
        int first = _doc.Sentences[tokens[verb].Sentence].FirstToken;
        for (int s = Math.Max(Math.Max(first, after + 1), verb - 40); s < tokens.Length && s <= verb + 40 && s < before && tokens[s].Sentence == tokens[verb].Sentence; s++)
            if (tokens[s].Deprel == "nsubj" && _doc.HeadOf(s) == verb) return s;
        return -1;
    }

    /// <summary>Every mention found so far, by start.</summary>
    private List<(int Start, int End, ActorDraft Actor)> MentionsInOrder()
    {
        var all = new List<(int Start, int End, ActorDraft Actor)>();
        foreach (var a in _actors)
            foreach (var m in a.Mentions)
                all.Add((m.Span.Start, m.Span.End, a));
        all.Sort((x, y) => x.Start.CompareTo(y.Start));
        return all;
    }

    /// <summary>The actor of the mention that holds character <paramref name="offset"/>, if one does.</summary>
    private static ActorDraft? MentionAt(List<(int Start, int End, ActorDraft Actor)> mentions, int offset)
    {
        int lo = 0, hi = mentions.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (mentions[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        for (int i = found; i >= 0 && i > found - 8; i--)
            if (mentions[i].Start <= offset && offset < mentions[i].End) return mentions[i].Actor;
        return null;
    }
}
