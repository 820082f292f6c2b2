using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Tacitus.Coding.Events;

/// <summary>
/// A PETRARCH/TABARI verb pattern read as a word sequence around the verb, for the word-order (shallow) reading:
/// words joined by <c>_</c> must be consecutive, a blank lets other words come between, synsets match any member
/// (a member of several words needs them all, consecutive), <c>+</c> and <c>$</c> are the target and source slots
/// (the nearest actor there), <c>%</c> an actor that is neither, <c>^</c> skips one noun phrase. Pre-verb elements
/// are matched backwards from the verb, post-verb elements forwards. Pattern words compare with surface forms, as
/// PETRARCH's do (a synset's members also match their regular plurals); a verb form also matches its lemma
/// ("accused Russia of attacking" matches <c>OF ATTACK</c>), since patterns write verbs in their base form.
/// </summary>
internal sealed class WordOrderPattern
{
    internal enum Kind { Word, Target, Source, Actor, SkipPhrase }

    /// <summary>One pattern element; <paramref name="Adjacent"/>: it follows the previous element (or the verb) with no word between.</summary>
    internal readonly record struct Element(Kind Kind, string Word, bool Adjacent);

    private WordOrderPattern(VerbPattern pattern, ImmutableArray<Element> pre, ImmutableArray<Element> post, bool preTouchesVerb)
    {
        Pattern = pattern;
        Pre = pre;
        Post = post;
        PreTouchesVerb = preTouchesVerb;
        _literals = [.. pre.Concat(post).Where(e => e.Kind == Kind.Word && e.Word[0] != '&').Select(e => e.Word).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The plain words (not synsets) the pattern needs: a cheap test before the full match.</summary>
    private readonly string[] _literals;

    private bool LiteralsPresent(string[] forms, string[] alternates, int from, int to)
    {
        foreach (var w in _literals)
        {
            bool found = false;
            for (int j = from; j < to && !found; j++) found = forms[j] == w || alternates[j] == w;
            if (!found) return false;
        }
        return true;
    }

    public VerbPattern Pattern { get; }
    public ImmutableArray<Element> Pre { get; }
    public ImmutableArray<Element> Post { get; }
    /// <summary>"IN_*": the last pre-verb element stands right before the verb.</summary>
    public bool PreTouchesVerb { get; }
    public bool HasSlots => Pre.Any(e => e.Kind is Kind.Target or Kind.Source) || Post.Any(e => e.Kind is Kind.Target or Kind.Source);

    public static WordOrderPattern Parse(VerbPattern pattern)
    {
        var text = pattern.Text.Trim();
        if (text.StartsWith('-')) text = text[1..];
        int bracket = text.LastIndexOf('[');
        if (bracket >= 0) text = text[..bracket];
        int star = text.IndexOf('*');
        var left = star >= 0 ? text[..star] : "";
        var right = star >= 0 ? text[(star + 1)..] : text;
        bool preTouches = left.EndsWith('_');
        bool postTouches = right.StartsWith('_');
        return new WordOrderPattern(pattern, Elements(left, false), Elements(right, postTouches), preTouches);
    }

    private static ImmutableArray<Element> Elements(string side, bool firstAdjacent)
    {
        var result = ImmutableArray.CreateBuilder<Element>();
        bool first = true;
        foreach (var raw in side.ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var token = raw.Trim('(', ')', '{', '}');
            bool adjacent = first && firstAdjacent;
            foreach (var part in token.Split('_'))
            {
                if (part.Length == 0) continue;
                var kind = part switch
                {
                    "+" => Kind.Target,
                    "$" => Kind.Source,
                    "%" => Kind.Actor,
                    "^" => Kind.SkipPhrase,
                    _ => Kind.Word,
                };
                result.Add(new Element(kind, kind == Kind.Word ? part : "", adjacent));
                adjacent = true;
                first = false;
            }
        }
        return result.ToImmutable();
    }

    /// <summary>Where the pattern's slots fell (-1 when it has none on that side), after a successful match.</summary>
    internal struct Slots
    {
        public int Target;
        public int Source;
        /// <summary>The tokens the pattern's words after the verb matched (empty when none).</summary>
        public int[] WordsAfter;
    }

    /// <summary>
    /// Matches the pattern around verb token <paramref name="verb"/>: pre-verb elements in [<paramref name="from"/>, verb),
    /// post-verb elements in (verb, <paramref name="to"/>).
    /// </summary>
    /// <summary>The first of <paramref name="patterns"/> (most specific first) that matches around <paramref name="verb"/>, or null.</summary>
    public static WordOrderPattern? FirstMatch(ImmutableArray<WordOrderPattern> patterns, VerbEntry entry, VerbDictionary dict, SentenceGraph g, string[] alternates, bool[] isActor, int[] mentionStart, int[] mentionEnd, int verb, int from, int to, out Slots slots)
    {
        slots = new Slots { Target = -1, Source = -1, WordsAfter = [] };
        if (patterns.IsEmpty) return null;
        var ctx = new Context(dict, g, alternates, isActor, mentionStart, mentionEnd, from, to);
        foreach (var pat in patterns)
        {
            if (!pat.Pattern.AppliesTo(entry) || !pat.LiteralsPresent(g.Form, alternates, from, to)) continue;
            ctx.P = pat;
            ctx.Verb = verb;
            ctx.Result = new Slots { Target = -1, Source = -1, WordsAfter = [] };
            ctx.WordsAfter.Clear();
            if (ctx.PostMatch(0, verb + 1) && ctx.PreMatch(pat.Pre.Length - 1, verb - 1))
            {
                slots = ctx.Result;
                slots.WordsAfter = [.. ctx.WordsAfter.Order()];
                return pat;
            }
        }
        return null;
    }

    private sealed class Context(VerbDictionary dict, SentenceGraph g, string[] alternates, bool[] isActor, int[] mentionStart, int[] mentionEnd, int from, int to)
    {
        public WordOrderPattern P = null!;
        /// <summary>The token the pattern is matched around.</summary>
        public int Verb;
        public Slots Result = new() { Target = -1, Source = -1, WordsAfter = [] };
        /// <summary>Tokens of the post-verb words, added as a successful match unwinds.</summary>
        public readonly List<int> WordsAfter = [];

        // Untagged text (no tagger ran): a capitalised word, a number or an article.
        private bool Nounish(int j) => isActor[j] || g.Upos[j] is "NOUN" or "PROPN" or "NUM" or "DET" or "ADJ" ||
                                       (g.Upos[j].Length == 0 && (NounCore(j) || g.Form[j] is "THE" or "A" or "AN"));

        private bool NounCore(int j) => isActor[j] || g.Upos[j] is "NOUN" or "PROPN" or "NUM" ||
                                        (g.Upos[j].Length == 0 && g.Doc.TextOf(g.Token(j)) is { Length: > 0 } w && (char.IsUpper(w[0]) || char.IsDigit(w[0])));

        /// <summary>
        /// Whether a word of [<paramref name="start"/>, <paramref name="end"/>) is a verb below <see cref="Verb"/> with an
        /// actor of its own as subject: a predicate coded as an event of its own, not a word of this verb's pattern.
        /// "Ukraine said that Russia attacked Kharkiv" must not match SAY's <c>- * ATTACK [190]</c> (written for "reported an
        /// attack"): that made Ukraine the attacker. "Accused Russia of attacking", "vowed to attack" (no subject), "indicated
        /// it would act" (a pronoun) and the verb's own head ("Sam has begun", matched at "has") still match.
        /// </summary>
        private bool HeadsOwnClause(int start, int end)
        {
            for (int t = start; t < end; t++)
            {
                if (g.Upos[t] is not ("VERB" or "AUX") || g.Dominates(t, Verb)) continue;
                foreach (int c in g.Children[t])
                    if (g.Base[c] == "nsubj" && isActor[c] && g.Upos[c] != "PRON" && !Pronouns.Contains(g.Form[c])) return true;
            }
            return false;
        }

        private static readonly FrozenSet<string> Pronouns = FrozenSet.Create(StringComparer.Ordinal, "I", "YOU", "HE", "SHE", "IT", "WE", "THEY", "WHO", "WHICH", "THAT");

        public bool PostMatch(int k, int pos)
        {
            if (k == P.Post.Length) return true;
            var e = P.Post[k];
            int last = e.Adjacent ? pos : to - 1;
            for (int j = pos; j <= last && j < to; j++)
            {
                switch (e.Kind)
                {
                    case Kind.Word:
                        {
                            int end = dict.EndOfMatchStartingAt(e.Word, g.Form, alternates, j);
                            // A pattern ending in a bare preposition ("- * (ON) [020]") wants someone after it, not a date:
                            // "Putin called Erdogan on Tuesday" is a call, not a call on someone.
                            if (k == P.Post.Length - 1 && end == j + 1 && end < g.Count && g.IsTime(end)) break;
                            // "awarded Tillerson the country's Order of Friendship": a word of a longer name is not the
                            // pattern's first word after the verb, unless the pattern's next word goes on with the name
                            // ("- + HOSTING * MAY_DAY $"); after a word of the pattern it may be ("- * (TO COURT)": "the
                            // International Court of Justice" is a court).
                            if (k == 0 && end > 0 && !(k + 1 < P.Post.Length && P.Post[k + 1] is { Kind: Kind.Word, Adjacent: true }) &&
                                g.IsWordOfLongerName(end - 1)) break;
                            if (end > 0 && end <= to && !HeadsOwnClause(j, end) && PostMatch(k + 1, end))
                            {
                                for (int t = j; t < end; t++) WordsAfter.Add(t);
                                return true;
                            }
                            break;
                        }
                    case Kind.Target or Kind.Source or Kind.Actor:
                        {
                            if (!isActor[j]) break;
                            var saved = Result;
                            if (e.Kind == Kind.Target) Result.Target = j;
                            else if (e.Kind == Kind.Source) Result.Source = j;
                            if (PostMatch(k + 1, Math.Min(to, mentionEnd[j]))) return true;
                            Result = saved;
                            break;
                        }
                    case Kind.SkipPhrase:
                        {
                            if (!Nounish(j)) break;
                            int end = j;
                            bool core = false;
                            while (end < to && Nounish(end)) { core |= NounCore(end); end++; }
                            if (core && PostMatch(k + 1, end)) return true;
                            break;
                        }
                }
            }
            return false;
        }

        /// <param name="nextWord">The token the pattern's next word (nearer the verb) matched, or -1.</param>
        public bool PreMatch(int k, int pos, int nextWord = -1)
        {
            if (k < 0) return true;
            var e = P.Pre[k];
            bool adjacent = k == P.Pre.Length - 1 ? P.PreTouchesVerb : P.Pre[k + 1].Adjacent;
            int lowest = adjacent ? pos : from;
            for (int j = pos; j >= lowest && j >= from; j--)
            {
                switch (e.Kind)
                {
                    case Kind.Word:
                        {
                            int start = dict.StartOfMatchEndingAt(e.Word, g.Form, alternates, j);
                            // A word the parse makes a modifier of the verb's subject names no one acting ("The U.S.
                            // military buildup … continued" is no "- &MILITARY *"), unless it modifies the pattern's next
                            // word ("- DEATH TOLL *").
                            if (start >= from && !HeadsOwnClause(start, j + 1) && (!g.ModifiesSubjectOf(Verb, j) || g.Head[j] == nextWord) &&
                                PreMatch(k - 1, start - 1, j)) return true;
                            break;
                        }
                    case Kind.Target or Kind.Source or Kind.Actor:
                        {
                            if (!isActor[j]) break;
                            var saved = Result;
                            if (e.Kind == Kind.Target) Result.Target = j;
                            else if (e.Kind == Kind.Source) Result.Source = j;
                            if (PreMatch(k - 1, Math.Max(from, mentionStart[j]) - 1)) return true;
                            Result = saved;
                            break;
                        }
                    case Kind.SkipPhrase:
                        {
                            if (!Nounish(j)) break;
                            int start = j;
                            bool core = false;
                            while (start >= from && Nounish(start)) { core |= NounCore(start); start--; }
                            if (core && PreMatch(k - 1, start)) return true;
                            break;
                        }
                }
            }
            return false;
        }
    }
}
