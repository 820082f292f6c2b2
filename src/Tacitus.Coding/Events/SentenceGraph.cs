using System.Collections.Frozen;
using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>
/// The dependency tree of one sentence as index arrays (0-based inside the sentence), with upper-cased lemmas
/// and forms for dictionary matching. Built once per sentence; cheap to query.
/// </summary>
internal sealed class SentenceGraph
{
    public SentenceGraph(Document doc, int sentence)
    {
        Doc = doc;
        Sentence = sentence;
        var s = doc.Sentences[sentence];
        First = s.FirstToken;
        int n = s.TokenCount;
        Head = new int[n];
        Rel = new string[n];
        Base = new string[n];
        Lemma = new string[n];
        Form = new string[n];
        Upos = new string[n];
        var kids = new List<int>[n];
        for (int i = 0; i < n; i++) kids[i] = [];
        bool parsed = true;
        for (int i = 0; i < n; i++)
        {
            ref readonly var t = ref doc.Tokens.ItemRef(First + i);
            Head[i] = t.Head < 0 ? -2 : t.Head - 1;
            if (t.Head < 0 || t.Head > n) parsed = false;
            Rel[i] = t.Deprel ?? "";
            int colon = Rel[i].IndexOf(':');
            Base[i] = colon < 0 ? Rel[i] : Rel[i][..colon];
            // Upper-cased straight from the text: no intermediate string per token.
            var form = doc.FormOf(t);
            Form[i] = UpperInvariant(form);
            Lemma[i] = t.Lemma is { } lemma ? lemma.ToUpperInvariant() : Form[i];
            Upos[i] = t.Upos ?? "";
        }
        IsParsed = parsed && n > 0;
        if (IsParsed)
        {
            RepairDaySubjects();
            for (int i = 0; i < n; i++)
                if (Head[i] >= 0) kids[Head[i]].Add(i);
        }
        Children = kids;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> DayWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY", "TODAY", "YESTERDAY", "TONIGHT");

    /// <summary>
    /// "U.S. forces Thursday launched cruise missile strikes": news style puts the day between the subject and its verb,
    /// and the parser, which learned from other text, makes the day the subject and hangs the real one elsewhere. The
    /// noun right before the day (no preposition's, no conjunct's with "and") becomes the verb's subject again and the
    /// day a time of it.
    /// </summary>
    private void RepairDaySubjects()
    {
        for (int i = 1; i < Count; i++)
        {
            if (Base[i] != "nsubj" || !DayWords.Contains(Form[i]) || Head[i] <= i) continue;
            int h = i - 1;
            if (Upos[h] is not ("NOUN" or "PROPN") || Head[h] == i || Base[h] is "nsubj" or "compound" or "flat" || DayWords.Contains(Form[h])) continue;
            bool marked = false;
            for (int k = 0; k < Count; k++)
                if (Head[k] == h && Base[k] is "case" or "cc" or "mark") marked = true;
            if (marked) continue;
            Head[h] = Head[i];
            Rel[h] = Base[h] = "nsubj";
            Rel[i] = "obl:tmod";
            Base[i] = "obl";
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> CalendarWords = System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
        "JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER", "NOVEMBER", "DECEMBER",
        "JAN.", "FEB.", "AUG.", "SEPT.", "OCT.", "NOV.", "DEC.");

    /// <summary>
    /// Whether token <paramref name="i"/> is inside a time expression: one the times stage found, or a weekday or month
    /// name ("on Tuesday", "on May 3"), for when that stage did not run.
    /// </summary>
    public bool IsTime(int i) => CalendarWords.Contains(Form[i]) || Doc.Times.Any(t => t.Sentence == Sentence && t.Span.Contains(Span(i)));

    /// <summary>The place (from the places stage) whose words include token <paramref name="i"/>, or null.</summary>
    public Place? PlaceAt(int i)
    {
        var span = Span(i);
        foreach (var pl in Doc.Places)
            if (pl.Sentence == Sentence && pl.Span.Contains(span)) return pl;
        return null;
    }

    /// <summary>Whether the words are (part of) a city, region or other place that is neither a country nor a demonym ("Atlanta", "Nairobi").</summary>
    public bool IsSubnationalPlace(TextSpan words) =>
        Doc.Places.Any(pl => pl.Sentence == Sentence && pl.Span.Overlaps(words) && !pl.IsCountry && !pl.IsDemonym);

    /// <summary>Whether token <paramref name="i"/> is inside a place the places stage found.</summary>
    public bool IsPlace(int i) => PlaceAt(i) is not null;

    /// <summary>Verb matches already computed for this sentence (by token and voice), filled by <see cref="VerbPatternMatcher"/>.</summary>
    internal Dictionary<int, VerbMatch?>? MatchCache { get; set; }

    public Document Doc { get; }
    public int Sentence { get; }
    public int First { get; }
    public int Count => Head.Length;
    public bool IsParsed { get; }
    public int[] Head { get; }
    public string[] Rel { get; }
    /// <summary>The universal part of the relation ("obl" for "obl:agent").</summary>
    public string[] Base { get; }
    public string[] Lemma { get; }
    public string[] Form { get; }
    public string[] Upos { get; }
    public List<int>[] Children { get; }

    private static string UpperInvariant(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 256 ? stackalloc char[s.Length] : new char[s.Length];
        s.ToUpperInvariant(buffer);
        return new string(buffer);
    }

    public Token Token(int i) => Doc.Tokens[First + i];
    public TextSpan Span(int i) => Doc.Tokens[First + i].Span;

    public IEnumerable<int> ChildrenWith(int i, params string[] rels)
    {
        foreach (var c in Children[i])
            if (Array.IndexOf(rels, Rel[c]) >= 0 || Array.IndexOf(rels, Base[c]) >= 0) yield return c;
    }

    public int FirstChild(int i, params ReadOnlySpan<string> rels)
    {
        foreach (var c in Children[i])
            if (rels.Contains(Rel[c]) || rels.Contains(Base[c])) return c;
        return -1;
    }

    public bool HasChild(int i, string rel, params ReadOnlySpan<string> lemmas)
    {
        foreach (var c in Children[i])
            if ((Rel[c] == rel || Base[c] == rel) && (lemmas.Length == 0 || lemmas.Contains(Lemma[c]))) return true;
        return false;
    }

    /// <summary>The preposition (case/mark child, possibly multi-word "such as") of a nominal or clause.</summary>
    public string? CaseOf(int i) => MarkerOf(i) is >= 0 and var m ? Lemma[m] : null;

    /// <summary>The token of the preposition or conjunction that marks <paramref name="i"/>: its case child, else its mark
    /// child, else the case the parser hung on the first word of a compound name before it ("in Dar-es-Salaam", with
    /// "in" under "Dar"); -1 when none.</summary>
    public int MarkerOf(int i)
    {
        foreach (var c in Children[i]) if (Base[c] == "case") return c;
        foreach (var c in Children[i]) if (Base[c] == "mark") return c;
        foreach (var c in Children[i])
            if (Base[c] == "compound" && c < i)
                foreach (var k in Children[c]) if (Base[k] == "case" && k < c) return k;
        return -1;
    }

    /// <summary>Whether token <paramref name="i"/> is a closing quotation mark ('', ", ”): what was said ends there.</summary>
    public bool IsClosingQuote(int i) => Form[i] is "''" or "\"" or "\u201D";

    /// <summary>
    /// The words a verb pattern's words before the verb may name: the subject's head and the heads coordinated or in
    /// apposition with it, not its modifiers. "The US military buildup in the Persian gulf continues" is no military
    /// continuing to fight ("- &amp;MILITARY * [190]"); "Iraqi troops and police continued" is.
    /// </summary>
    public List<int> SubjectHeads(int subj)
    {
        var heads = new List<int> { subj };
        for (int i = 0; i < heads.Count; i++)
            foreach (var c in Children[heads[i]])
                if (Base[c] is "conj" or "appos" or "flat") heads.Add(c);
        return heads;
    }

    /// <summary>Whether token <paramref name="t"/> is an adjective or a noun compounded before one of the
    /// <see cref="SubjectHeads"/> of <paramref name="verb"/>'s subject ("military" of "the U.S. military buildup"): a
    /// modifier of what acts, not what acts.</summary>
    public bool ModifiesSubjectOf(int verb, int t)
    {
        if (!IsParsed || Base[t] is not ("amod" or "compound") || FirstChild(verb, "nsubj") is not (>= 0 and var subj)) return false;
        int h = Head[t];
        while (h >= 0 && h != subj && Base[h] is "conj" or "appos" or "flat") h = Head[h];
        return h == subj;
    }

    /// <summary>Whether a word of <paramref name="span"/> (a mention's words) lies in the subtree of <paramref name="root"/>.</summary>
    public bool SubtreeHolds(int root, TextSpan span)
    {
        foreach (var t in Subtree(root))
            if (span.Contains(Span(t))) return true;
        return false;
    }

    /// <summary>The first token inside <paramref name="span"/> (a mention's words); -1 when none is.</summary>
    public int FirstTokenIn(TextSpan span)
    {
        for (int t = 0; t < Count; t++)
            if (span.Contains(Span(t))) return t;
        return -1;
    }

    /// <summary>Verbs that take no object ("resign", "arrive", "die", "emerge").</summary>
    private static readonly FrozenSet<string> IntransitiveVerbs = FrozenSet.ToFrozenSet(["RESIGN", "ARRIVE", "DIE", "EMERGE"], StringComparer.Ordinal);

    public bool IsPassive(int i)
    {
        // "Pierre Lortie, chairman and chief executive, resigned", tagged as a participle with a passive subject: a verb
        // that takes no object is passive only with a passive auxiliary.
        if (IntransitiveVerbs.Contains(Lemma[i]) && !Children[i].Any(c => Rel[c] == "aux:pass")) return false;
        // "FBI agents, meanwhile, pushed ahead with their investigation": a verb with "ahead", "forward" or "on" right after
        // it and no passive auxiliary goes somewhere; it is not something done to its subject.
        if (i + 1 < Count && Lemma[i + 1] is "AHEAD" or "FORWARD" or "ON" && Head[i + 1] == i && Base[i + 1] is "advmod" or "compound" &&
            !Children[i].Any(c => Rel[c] == "aux:pass")) return false;
        foreach (var c in Children[i])
            if (Rel[c] is "nsubj:pass" or "csubj:pass" or "aux:pass") return true;
        // "If Kopp were also indicted and convicted": a past participle conjoined to a passive verb, with no subject or
        // auxiliary of its own, shares its passive ("was ordered home and retired", a past tense, does not).
        if (Rel[i] == "conj" && Head[i] >= 0 && Token(i).Xpos == "VBN")
        {
            foreach (var c in Children[i])
                if (Base[c] is "nsubj" or "aux") return false;
            return IsPassive(Head[i]);
        }
        return false;
    }

    /// <summary>Every token in the subtree of <paramref name="i"/> (including it), in sentence order.</summary>
    public List<int> Subtree(int i)
    {
        var result = new List<int>();
        var stack = new Stack<int>();
        stack.Push(i);
        while (stack.Count > 0)
        {
            int x = stack.Pop();
            result.Add(x);
            foreach (var c in Children[x]) stack.Push(c);
        }
        result.Sort();
        return result;
    }

    /// <summary>
    /// The words of the phrase <paramref name="i"/> names, up to its head: "for the fastest possible ratification" for
    /// "ratification", "a 25-year prison sentence" for "prison", "for Sinn Fein" for "Sinn". Its dependents after the head
    /// ("of the treaty") are left out, except the rest of a name.
    /// </summary>
    public (int First, int Last) PhraseOf(int i)
    {
        int h = i;
        for (int guard = 0; guard < Count && Base[h] is "compound" or "flat" or "fixed" or "amod" && Head[h] > h; guard++) h = Head[h];
        int first = h, last = h;
        while (first > 0 && Dominates(h, first - 1)) first--;
        // A misattached clause start is no part of it: ", when two Cuban exile leaders …".
        while (first < h && (Upos[first] is "PUNCT" or "CCONJ" or "SCONJ" || Lemma[first] is "WHEN" or "WHERE" or "WHILE")) first++;
        while (last + 1 < Count && Head[last + 1] >= 0 && Base[last + 1] is "flat" or "fixed" && Dominates(h, last + 1)) last++;
        return (first, last);
    }

    /// <summary>
    /// Whether the word at <paramref name="i"/> is capitalised inside running text, as a word of a name is ("Demi and Manitoba
    /// Underdogs Rescue", "the Stop the War Coalition"): not the sentence's first word, not after a quotation mark, colon,
    /// bracket or dash, and not in a sentence written in title case or capitals (a headline), where every word is.
    /// </summary>
    public bool IsCapitalisedInText(int i)
    {
        if (i == 0 || !IsCapitalised(i) || Upos[i - 1] == "PUNCT" && Form[i - 1] is not ",") return false;
        if (_titleCase is null)
        {
            int words = 0, capitalised = 0;
            for (int t = 1; t < Count; t++)
            {
                if (!char.IsLetter(FirstChar(t))) continue;
                words++;
                if (IsCapitalised(t)) capitalised++;
            }
            _titleCase = capitalised * 2 >= words;
        }
        return !_titleCase.Value;
    }

    private bool? _titleCase;

    /// <summary>Whether token <paramref name="t"/> is capitalised inside running text and a name goes on after it: a
    /// capitalised word ("Control Data") or "of" and one ("Order of Friendship").</summary>
    public bool IsWordOfLongerName(int t) =>
        IsCapitalisedInText(t) &&
        (t + 1 < Count && Upos[t + 1] is "PROPN" or "NOUN" && IsCapitalisedInText(t + 1) ||
         t + 2 < Count && Form[t + 1] == "OF" && IsCapitalisedInText(t + 2));

    private bool IsCapitalised(int i) => char.IsUpper(FirstChar(i));

    /// <summary>The first character of token <paramref name="i"/> as written (not upper-cased); '\0' for an empty form.</summary>
    private char FirstChar(int i) => Doc.FormOf(Doc.Tokens.ItemRef(First + i)) is { Length: > 0 } f ? f[0] : '\0';

    /// <summary>The token on the path from <paramref name="node"/> (itself included) up to <paramref name="ancestor"/> that
    /// hangs directly on the ancestor; -1 when the ancestor does not dominate the node.</summary>
    public int BranchUnder(int ancestor, int node)
    {
        for (int x = node, guard = 0; x >= 0 && guard <= Count; x = Head[x], guard++)
            if (Head[x] == ancestor) return x;
        return -1;
    }

    public bool Dominates(int ancestor, int node)
    {
        for (int x = node, guard = 0; x >= 0 && guard <= Count; x = Head[x], guard++)
            if (x == ancestor) return true;
        return false;
    }
}
