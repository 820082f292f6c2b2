namespace Tacitus.Coding.Events;

/// <summary>What coding a verb token against the dictionary gave: the code, the verb entry and the pattern that fired (if any).</summary>
/// <remarks><see cref="Reverse"/> is the code after ':' ("VISIT [042:043]"): PETRARCH also codes the reverse direction with it — A visits B, so B hosts A.
/// <see cref="Named"/> are the tokens the pattern's words after the verb matched ("called for national UNITY": the obl "unity").</remarks>
internal sealed record VerbMatch(string Code, VerbEntry Entry, VerbPattern? Pattern, int TargetPrepToken, string? Reverse, IReadOnlyList<int> Named)
{
    public string Describe()
    {
        var verb = (Entry.Before.IsEmpty ? "" : string.Join('_', Entry.Before) + "_") + Entry.Lemma + (Entry.After.IsEmpty ? "" : "_" + string.Join('_', Entry.After));
        return Pattern is null
            ? $"verb {verb} in {Entry.Block} [{Entry.Code}]"
            : $"pattern {Entry.Block} line {Pattern.Line}: {Pattern.Text}";
    }
}

/// <summary>
/// Matches PETRARCH verb patterns against the dependency tree of a verb: pre-verb nouns against the subject,
/// post-verb nouns against objects, particles and complements, <c>(PREP noun)</c> against obl/nmod dependents
/// whose case marker is PREP. The most specific fully matching pattern of the verb's block wins.
/// </summary>
internal sealed class VerbPatternMatcher(VerbDictionary dict)
{
    /// <summary>Past tenses that are also another verb's base form, with the lemma that says which verb they are.</summary>
    private static readonly HashSet<(string Form, string Lemma)> PastOfAnotherVerb =
        [("FOUND", "FIND"), ("SAW", "SEE"), ("FELL", "FALL"), ("LAY", "LIE"), ("WOUND", "WIND"), ("BORE", "BEAR")];

    /// <summary>Particles that make a phrasal verb of their own, not a prepositional one ("meet with", "ask for").</summary>
    private static readonly HashSet<string> AdverbParticles = ["IN", "OUT", "DOWN", "UP", "OFF", "OVER", "BACK", "AWAY"];

    public VerbDictionary Dictionary => dict;

    /// <summary>True when <paramref name="match"/>'s pattern names token <paramref name="t"/> as a post-verb noun ("launched an ATTACK").</summary>
    public bool PatternNames(SentenceGraph g, VerbMatch match, int t) =>
        match.Pattern is { } pat && pat.PostNouns.Any(n => NounMatches(g, t, n));

    public VerbMatch? Match(SentenceGraph g, int p, bool passive)
    {
        // The coder asks about the same verb several times (predicate, attack governor, light verb): once per sentence.
        int key = p * 2 + (passive ? 1 : 0);
        g.MatchCache ??= new Dictionary<int, VerbMatch?>();
        if (g.MatchCache.TryGetValue(key, out var cached)) return cached;
        var result = MatchUncached(g, p, passive);
        g.MatchCache[key] = result;
        return result;
    }

    private VerbMatch? MatchUncached(SentenceGraph g, int p, bool passive)
    {
        // A dictionary entry for the very word ("LEFT [032:033]" beside "LEAVE [012]") beats its lemma's entry — unless
        // the word is the past tense of another verb that the lemma names: "found" of FIND is not FOUND [060] ("Elian
        // was found clinging to an inner tube"), "saw" of SEE, "fell" of FALL, "lay" of LIE, "wound" of WIND.
        var best = g.Form[p] != g.Lemma[p] && !PastOfAnotherVerb.Contains((g.Form[p], g.Lemma[p])) ? Best(g, p, dict.ByLemma(g.Form[p])) : null;
        best ??= Best(g, p, dict.ByLemma(g.Lemma[p]));
        best ??= Best(g, p, dict.ByForm(g.Form[p]));
        if (best is null) return null;
        var patterns = dict.PatternsOf(best.Block);
        if (!patterns.IsEmpty)
        {
            // What every pattern is tried against, computed once: the subject's heads and the post-verb candidates.
            int subj = g.FirstChild(p, passive ? "obl:agent" : "nsubj");
            var subjectHeads = subj >= 0 ? g.SubjectHeads(subj) : null;
            var cands = new List<int>();
            // "has extended Control Data", "awarded Tillerson the country's Order of Friendship": a word of a longer name,
            // capitalised inside the sentence, is no noun a pattern names ("- * CONTROL" [192], "- * ORDER" [100]). (A
            // prepositional phrase's noun is looked for elsewhere: "taken Russia to the International Court of Justice"
            // is "- * (TO COURT)".)
            void AddCandidate(int t)
            {
                if (!g.IsWordOfLongerName(t)) cands.Add(t);
            }
            foreach (var c in g.Children[p])
            {
                // Patterns name nouns, particles and predicative complements — not the verbs of embedded clauses.
                if (g.Base[c] is "obj" or "iobj" or "compound" or "advmod" || (g.Base[c] == "xcomp" && g.Upos[c] != "VERB") || (passive && g.Rel[c] == "nsubj:pass"))
                {
                    AddCandidate(c);
                    // "put forward {PEACE PLAN}": objects of a particle verb, conjuncts of objects.
                    foreach (var cc in g.Children[c]) if (g.Base[cc] is "conj" or "compound") AddCandidate(cc);
                }
            }
            // "his return is put off": a particle the entry does not ask for makes another verb, which only a pattern
            // that names the particle speaks of ("- * RETURN [073]" is PUT's, not PUT OFF's).
            string? particle = null;
            foreach (var c in g.Children[p])
                if (g.Rel[c] == "compound:prt" && AdverbParticles.Contains(g.Lemma[c]) && !best.After.Contains(g.Lemma[c])) particle = g.Lemma[c];
            var named = new List<int>();
            foreach (var pat in patterns)
            {
                named.Clear();
                if (particle is not null && !NamesWord(pat.Text, particle)) continue;
                if (!pat.AppliesTo(best) || !Matches(g, p, pat, subjectHeads, cands, named, out int targetPrep)) continue;
                return new VerbMatch(pat.ActiveCode, best, pat, targetPrep, pat.PassiveCode, named.ToArray());
            }
        }
        // A phrasal verb the dictionary does not list ("weigh in", "call off") is not its base verb.
        if (best.After.IsEmpty && g.Children[p].Any(c => g.Rel[c] == "compound:prt")) return null;
        var (active, pass) = VerbDictionaryReader.SplitCode(best.Code);
        return new VerbMatch(active, best, null, -1, pass, []);
    }

    /// <summary>Whether a pattern's text has <paramref name="word"/> as one of its words (before its code), read in place.</summary>
    private static bool NamesWord(string text, string word)
    {
        int code = text.IndexOf('[');
        var rest = (code >= 0 ? text.AsSpan(0, code) : text.AsSpan());
        while (!rest.IsEmpty)
        {
            int end = rest.IndexOfAny(WordSeparators);
            var w = end < 0 ? rest : rest[..end];
            if (w.SequenceEqual(word)) return true;
            rest = end < 0 ? [] : rest[(end + 1)..];
        }
        return false;
    }

    /// <summary>What separates the words of a pattern's text: blanks, the parentheses of a phrase, the underscores of a compound, the braces of a set.</summary>
    private static readonly System.Buffers.SearchValues<char> WordSeparators = System.Buffers.SearchValues.Create(" ()_{}");

    /// <summary>The entry whose particles are present, the one asking for most of them first; null when none fits.</summary>
    private static VerbEntry? Best(SentenceGraph g, int p, System.Collections.Immutable.ImmutableArray<VerbEntry> entries)
    {
        VerbEntry? best = null;
        int bestScore = -1;
        foreach (var e in entries)
        {
            int score = ParticleScore(g, p, e);
            if (score > bestScore) { best = e; bestScore = score; }
        }
        return best;
    }

    /// <summary>-1 if a required particle is missing; otherwise the number of particles the entry asks for (more is more specific).</summary>
    private static int ParticleScore(SentenceGraph g, int p, VerbEntry e)
    {
        foreach (var a in e.After)
        {
            bool found = false;
            // An adverb particle ("give in", "step down") is the verb's own particle or the next word, not the preposition
            // of a phrase on it: "give Elian's relatives a chance … in federal court" is no GIVE_IN [080].
            bool adverbParticle = AdverbParticles.Contains(a);
            foreach (var c in g.Children[p])
            {
                if (g.Lemma[c] == a && (adverbParticle ? g.Base[c] is "compound" or "advmod" : g.Base[c] is "compound" or "advmod" or "case" or "obl" or "xcomp")) { found = true; break; }
                if (!adverbParticle && g.Base[c] is "obl" or "obj" or "iobj" && g.CaseOf(c) == a) { found = true; break; }
            }
            if (!found && p + 1 < g.Count && g.Lemma[p + 1] == a) found = true;
            if (!found) return -1;
        }
        for (int k = 0; k < e.Before.Length; k++)
        {
            int idx = p - e.Before.Length + k;
            if (idx < 0 || g.Lemma[idx] != e.Before[k] && g.Form[idx] != e.Before[k]) return -1;
        }
        return e.After.Length + e.Before.Length;
    }

    private bool Matches(SentenceGraph g, int p, VerbPattern pat, List<int>? subjectHeads, List<int> cands, List<int> named, out int targetPrep)
    {
        targetPrep = -1;
        if (!pat.PreNouns.IsEmpty)
        {
            if (subjectHeads is null) return false;
            foreach (var n in pat.PreNouns)
            {
                bool any = false;
                foreach (var t in subjectHeads) if (NounMatches(g, t, n)) { any = true; break; }
                if (!any) return false;
            }
        }
        if (!pat.PostNouns.IsEmpty)
        {
            ulong used = 0;
            foreach (var n in pat.PostNouns)
            {
                int hit = -1;
                for (int k = 0; k < cands.Count && k < 64; k++)
                    if ((used & (1UL << k)) == 0 && NounMatches(g, cands[k], n)) { hit = k; break; }
                if (hit < 0) return false;
                used |= 1UL << hit;
                named.Add(cands[hit]);
            }
        }
        foreach (var prep in pat.PostPreps)
        {
            int hit = FindPrep(g, p, prep, afterVerb: true);
            if (hit < 0) return false;
            if (prep.TargetSlot) targetPrep = hit;
            named.Add(hit);
        }
        foreach (var prep in pat.PrePreps)
        {
            int hit = FindPrep(g, p, prep, afterVerb: false);
            if (hit < 0) return false;
            if (prep.TargetSlot) targetPrep = hit;
        }
        return true;
    }

    /// <summary>
    /// The dependent of <paramref name="p"/> (or of its object) that the pattern's prepositional phrase names. A phrase
    /// written after the verb ("- * (FOR)") has its preposition after the verb: "For more information, call the museum"
    /// is no call for anything.
    /// </summary>
    private int FindPrep(SentenceGraph g, int p, PatternPrep prep, bool afterVerb)
    {
        var heads = new List<int> { p };
        foreach (var c in g.Children[p]) if (g.Base[c] is "obj" or "iobj") heads.Add(c);
        foreach (var h in heads)
        {
            foreach (var c in g.Children[h])
            {
                if (g.Base[c] is not ("obl" or "nmod" or "advcl" or "xcomp" or "advmod")) continue;
                var cs = g.CaseOf(c);
                if (cs != prep.Preposition && !(g.Base[c] == "advmod" && g.Lemma[c] == prep.Preposition)) continue;
                if (afterVerb && (g.MarkerOf(c) is >= 0 and var marker ? marker : c) < p) continue;
                // A bare "(ON)" wants someone called on, not a date: "Putin called Erdogan on Tuesday" is a call [041], not [020].
                if (prep.Nouns.IsEmpty) { if (g.IsTime(c)) continue; return c; }
                if (!NounMatches(g, c, prep.Nouns[0])) continue;
                var sub = g.Subtree(c);
                if (prep.Nouns.Skip(1).All(n => sub.Any(t => NounMatches(g, t, n)))) return c;
            }
        }
        return -1;
    }

    private bool NounMatches(SentenceGraph g, int t, PatternNoun n)
    {
        int start = dict.StartOfMatchEndingAt(n.Head, g.Form, g.Lemma, t);
        if (start < 0) return false;
        if (n.Modifiers.IsEmpty) return true;
        if (n.Adjacent)
        {
            // NEW_&TIETYPES_RELATIONS: the modifiers are the words right before the head, in order.
            int pos = start - 1;
            for (int k = n.Modifiers.Length - 1; k >= 0; k--)
            {
                int s = dict.StartOfMatchEndingAt(n.Modifiers[k], g.Form, g.Lemma, pos);
                if (s < 0) return false;
                pos = s - 1;
            }
            return true;
        }
        foreach (var m in n.Modifiers)
        {
            bool found = false;
            foreach (var c in g.Children[t])
            {
                if (dict.WordMatches(m, g.Lemma[c]) || dict.WordMatches(m, g.Form[c])) { found = true; break; }
                foreach (var cc in g.Children[c])
                    if (dict.WordMatches(m, g.Lemma[cc]) || dict.WordMatches(m, g.Form[cc])) { found = true; break; }
                if (found) break;
            }
            if (!found) return false;
        }
        return true;
    }
}
