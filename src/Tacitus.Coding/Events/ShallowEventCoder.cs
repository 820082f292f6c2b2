using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Tacitus.Coding.Events;

/// <summary>
/// Parse-free fallback (TABARI-style) for sentences the parser has not analysed: a dictionary verb form in the
/// token sequence, the nearest actor before it as source and the first actor after it as target (reversed for a
/// "was …ed by" passive), patterns matched as words in a window after the verb. Rules are marked "shallow".
/// </summary>
internal sealed class ShallowEventCoder
{
    private readonly VerbDictionary dict;
    private readonly FrozenDictionary<string, ImmutableArray<WordOrderPattern>> _patterns;

    public ShallowEventCoder(VerbDictionary dictionary)
    {
        dict = dictionary;
        _patterns = dictionary.Patterns.GroupBy(p => p.Block, StringComparer.Ordinal)
            .ToFrozenDictionary(b => b.Key, b => dictionary.PatternsOf(b.Key).Select(WordOrderPattern.Parse).ToImmutableArray(), StringComparer.Ordinal);
    }

    private ImmutableArray<WordOrderPattern> PatternsOf(string block) => _patterns.TryGetValue(block, out var v) ? v : [];

    private const int Window = 12;
    private const string SpeakerAfterVerb = "speaker-after-verb";
    private static readonly FrozenSet<string> InvertingSpeechVerbs = new[] { "SAY", "ADD", "INSIST", "STRESS", "NOTE", "DECLARE", "ANNOUNCE", "EXPLAIN" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> BeForms = new[] { "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Negations = new[] { "NOT", "N'T", "NEVER", "NT", "NEITHER" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> ClauseBreaks = new[] { ";", ":", "WHILE", "BUT", "WHO", "WHICH", "AFTER", "BEFORE", "WHEN", "SAID", "SAYS", "\u201C", "\"" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Subordinators = new[] { "AS", "BECAUSE", "IF", "SINCE", "UNTIL", "ALTHOUGH", "THOUGH", "UNLESS", "WHEREAS", "ONCE" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether word <paramref name="j"/> ends a clause for word order: a listed break, or a conjunction the parse marks as
    /// opening an adverbial clause ("The Kremlin's response came as Mrs Clinton attributed her defeat to Russian hacking"
    /// is no arrival of the Kremlin in Russia). "As" elsewhere ("such as", "served as") is no break.
    /// </summary>
    private static bool IsClauseBreak(SentenceGraph g, int j) =>
        ClauseBreaks.Contains(g.Form[j]) || g.Base[j] == "mark" && Subordinators.Contains(g.Form[j]);

    /// <summary>The first actor after the first comma after verb <paramref name="i"/> (before <paramref name="end"/>), or -1.</summary>
    private static int ActorAfterComma(SentenceGraph g, (Tacitus.Core.Actor Actor, Tacitus.Core.ActorMention Mention)?[] actorAt, int i, int end)
    {
        int k = i + 1;
        while (k < end && g.Form[k] != ",") k++;
        for (k++; k < end && !IsClauseBreak(g, k); k++)
            if (actorAt[k] is not null) return k;
        return -1;
    }

    /// <summary>
    /// "… the arrest and conviction of Bin Laden, indicted as the architect of the twin bombings": a past participle right
    /// after a comma that ends an actor's name, which the parse gives no subject, auxiliary, object or complement, says what
    /// was done to that actor. The tagger's past participle (VBN), not a past tense: "Elian's father, Juan Miguel Gonzalez,
    /// demanded …" acts, as does "Alarcon, former Cuban ambassador, dismissed suggestions" (an object, or a participle the
    /// parse hangs on the noun after it).
    /// </summary>
    private static bool ReducedPassiveAfterName(SentenceGraph g, (Tacitus.Core.Actor Actor, Tacitus.Core.ActorMention Mention)?[] actorAt, int i) =>
        g.IsParsed && i >= 2 && g.Form[i - 1] == "," && actorAt[i - 2] is not null && g.Token(i).Xpos == "VBN" && g.Base[i] != "amod" &&
        !g.Children[i].Any(c => g.Base[c] is "nsubj" or "aux" or "expl" or "obj" or "xcomp" or "ccomp");

    public List<EventDraft> Code(SentenceGraph g, ActorIndex actors)
    {
        var drafts = new List<EventDraft>();
        var actorAt = new (Tacitus.Core.Actor Actor, Tacitus.Core.ActorMention Mention)?[g.Count];
        for (int i = 0; i < g.Count; i++) actorAt[i] = actors.At(g.First + i);
        var alternates = new string[g.Count];
        for (int i = 0; i < g.Count; i++) alternates[i] = g.Upos[i] == "VERB" ? g.Lemma[i] : g.Form[i];
        var isActor = new bool[g.Count];
        var mentionStart = new int[g.Count];
        var mentionEnd = new int[g.Count];
        for (int i = 0; i < g.Count; i++)
        {
            if (actorAt[i] is not { } a) continue;
            isActor[i] = true;
            int st = i;
            while (st > 0 && actorAt[st - 1] is { } b && b.Mention == a.Mention) st--;
            int en = i + 1;
            while (en < g.Count && actorAt[en] is { } c && c.Mention == a.Mention) en++;
            mentionStart[i] = st;
            mentionEnd[i] = en;
        }
        int lastCoded = -1;
        for (int i = 0; i < g.Count; i++)
        {
            if (actorAt[i] is not null) continue;
            // A second verb with no actor since the last coded one belongs to the same clause ("postponed their meeting"):
            // PETRARCH codes the clause once.
            if (lastCoded >= 0 && !ActorOrBreakBetween(g, actorAt, lastCoded, i)) continue;
            if (VerbDictionary.IsAttribution(g.Form[i])) continue;
            var entries = dict.ByForm(g.Form[i]);
            if (entries.IsEmpty) continue;
            var entry = entries.FirstOrDefault(e => ParticlesMatch(g, i, e) && !(e.After.IsEmpty && e.Before.IsEmpty)) ??
                        entries.FirstOrDefault(e => e.After.IsEmpty && e.Before.IsEmpty);
            if (entry is null) continue;
            // "was attacked", "were shot": a be-form before a past participle (regular -ED or a listed irregular form).
            bool participle = g.Form[i].EndsWith("ED", StringComparison.Ordinal) ||
                              (g.Form[i] != entry.Lemma && !g.Form[i].EndsWith("ING", StringComparison.Ordinal) && !g.Form[i].EndsWith('S'));
            // "Syrian forces, backed by Russia": a participle between a comma and "by" is passive without its be-form.
            // "was not granted": a negation may stand between (not any adverb: "are also headed to", "is bitterly opposed
            // to" are no passives of an act).
            int be = i - 1;
            if (be > 0 && g.Form[be] is "NOT" or "N'T" or "NEVER") be--;
            bool passive = participle && be >= 0 && (BeForms.Contains(g.Form[be]) || g.Form[i - 1] == "," && i + 1 < g.Count && g.Form[i + 1] == "BY") ||
                           ReducedPassiveAfterName(g, actorAt, i);
            int end = i + 1;
            while (end < g.Count && end <= i + Window && !ClauseBreaks.Contains(g.Form[end])) end++;
            int from = i;
            while (from > 0 && from > i - Window && !ClauseBreaks.Contains(g.Form[from - 1])) from--;
            string code = entry.Code;
            var fired = WordOrderPattern.FirstMatch(PatternsOf(entry.Block), entry, dict, g, alternates, isActor, mentionStart, mentionEnd, i, from, end, out var slots)?.Pattern;
            var (active, reverse) = fired is null ? VerbDictionaryReader.SplitCode(entry.Code) : (fired.ActiveCode, fired.PassiveCode);
            bool hasActive = active.Any(char.IsAsciiDigit), hasReverse = reverse is not null && reverse.Any(char.IsAsciiDigit);
            if (!hasActive && !hasReverse) continue;
            code = hasActive ? active : reverse!;
            int before = -1, objectOfPreposition = -1;
            for (int j = i - 1; j >= 0 && j >= i - Window; j--)
            {
                if (IsClauseBreak(g, j)) break;
                if (actorAt[j] is null) continue;
                // "Alarcon, former Cuban ambassador to the United Nations, dismissed …", "Russia's invasion of Ukraine
                // angered …": an actor after a preposition belongs to the noun before it; the subject is an actor further
                // back, if there is one.
                // "the attack in Ankara, the Turkish capital, was an attempt to disrupt …", "Cuban territory", "opened fire on
                // a police station …, wounding": a name before a kind of place says where, and does nothing, even as the
                // last resort after a preposition.
                if (mentionEnd[j] < g.Count && WhereNouns.Contains(g.Form[mentionEnd[j]]))
                {
                    j = mentionStart[j];
                    continue;
                }
                if (objectOfPreposition < 0 && AfterPreposition(g, mentionStart[j]))
                {
                    objectOfPreposition = j;
                    j = mentionStart[j];
                    continue;
                }
                before = j;
                break;
            }
            if (before < 0) before = objectOfPreposition;
            int after = -1;
            for (int j = i + 1; j < end && !IsClauseBreak(g, j); j++)
                if (actorAt[j] is not null && !(passive && j > 0 && g.Form[j - 1] is "BY" or "FROM" or "IN")) { after = j; break; }
            int agent = -1;
            if (passive)
                for (int j = i + 1; j < end - 1; j++)
                    // PETRARCH reads BY, FROM and IN phrases of a passive as its source, but not the pattern's own words
                    // ("was released from prison" is "- * FROM &DETENTION": the prison released no one).
                    // Nor does "in" before an owner say who acted: "compelled to allow Christians to worship in their country",
                    // "killed in Iraq's capital" name a place.
                    if (g.Form[j] is "BY" or "FROM" or "IN" && actorAt[j + 1] is not null && !slots.WordsAfter.Contains(j + 1) &&
                        !(g.Form[j] == "IN" && IsOwner(g, mentionEnd, j + 1))) { agent = j + 1; break; }
            // "…,'' said Cuban journalist Luis Baez", "…, said Damien Fernandez": after a quotation or a comma, the name
            // right after a speech verb is the speaker, and the names in what was said take no part.
            bool invertedSpeaker = fired is null && !passive && after >= 0 && after <= i + 4 && i > 0 &&
                                   (g.Form[i - 1] == "," || g.IsClosingQuote(i - 1)) && InvertingSpeechVerbs.Contains(entry.Lemma);
            if (invertedSpeaker) { before = after; after = -1; }
            // "while cautioning about the uncertainty of early battle reports, White House spokesman Marlin Fitzwater said":
            // a participle a conjunction of time opens does what the subject of the clause after its comma does.
            bool subjectAfterClause = false;
            if (!passive && !invertedSpeaker && before < 0 && i > 0 && g.Form[i].EndsWith("ING", StringComparison.Ordinal) &&
                EventCoder.ParticipleOpeners.Contains(g.Form[i - 1]) && ActorAfterComma(g, actorAt, i, end) is var subject and >= 0)
            {
                subjectAfterClause = true;
                before = subject;
                if (after >= subject) after = -1;
            }
            lastCoded = i;
            var sourceList = passive ? (agent >= 0 ? Coordinated(g, actorAt, mentionEnd, agent, +1) : []) : (before >= 0 ? Coordinated(g, actorAt, mentionEnd, before, invertedSpeaker || subjectAfterClause ? +1 : -1) : []);
            var targetList = passive ? (before >= 0 ? Coordinated(g, actorAt, mentionEnd, before, -1) : []) : (after >= 0 ? Coordinated(g, actorAt, mentionEnd, after, +1) : []);
            // The pattern's + and $ slots name the target and source themselves ("- + WAS * DEAD IN $", "- * EID AT ^ WITH +").
            if (slots.Target >= 0) targetList = Coordinated(g, actorAt, mentionEnd, slots.Target, slots.Target < i ? -1 : +1);
            if (slots.Source >= 0) sourceList = Coordinated(g, actorAt, mentionEnd, slots.Source, slots.Source < i ? -1 : +1);
            if (slots.Source >= 0 && slots.Target < 0) targetList.RemoveAll(t => sourceList.Contains(t));
            if (slots.Target >= 0 && slots.Source < 0) sourceList.RemoveAll(t => targetList.Contains(t));
            var d = new EventDraft(i, code, "shallow " + (fired is null ? $"verb {entry.Lemma} in {entry.Block} [{entry.Code}]" : $"pattern {entry.Block} line {fired.Line}: {fired.Text}"))
            {
                FromWordOrder = true,
                Specificity = fired?.Specificity ?? -1,
                SlotSources = slots.Source >= 0,
                SlotTargets = slots.Target >= 0,
                PatternWordsAfter = slots.WordsAfter,
                PatternOnlyDefault = fired is null && VerbDefaults.For(entry.Lemma, entry.Block, entry.Code) is DefaultUse.PatternOnly,
            };
            foreach (var t in sourceList) d.Sources.Add(new Participant(actorAt[t]!.Value.Actor, actorAt[t]!.Value.Mention, passive ? "by-after-verb" : invertedSpeaker ? SpeakerAfterVerb : subjectAfterClause ? "subject-after-clause" : "before-verb"));
            foreach (var t in targetList) d.Targets.Add(new Participant(actorAt[t]!.Value.Actor, actorAt[t]!.Value.Mention, passive ? "before-verb" : "after-verb"));
            if (d.Targets.Count == 0 && d.Sources.Count >= 2)
            {
                // "Gondor and Osgiliath renewed ties": coordinated subjects without an object act on each other.
                foreach (var a in d.Sources)
                    foreach (var b in d.Sources)
                        if (a.Actor.Id != b.Actor.Id)
                        {
                            var pair = new EventDraft(i, code, d.Rule + "; reciprocal") { IdSuffix = $"x{drafts.Count}", Specificity = d.Specificity, FromWordOrder = true };
                            pair.Sources.Add(a);
                            pair.Targets.Add(b);
                            drafts.Add(pair);
                        }
                continue;
            }
            for (int j = Math.Max(0, i - 3); j < i; j++)
                if (Negations.Contains(g.Form[j])) d.Modality = Tacitus.Core.Modality.Negated;
            // "[:020]": only the other side's event, so the sides swap: "the Israeli government faces calls" is a call to
            // the government. "has been faced with calls" is the same reading, and its passive already made the subject
            // the target.
            if (!hasActive && !passive) (d.Sources, d.Targets) = (d.Targets, d.Sources);
            drafts.Add(d);
            if (hasActive && hasReverse && d.Sources.Count > 0 && d.Targets.Count > 0)
            {
                var r = new EventDraft(i, reverse!, d.Rule + "; reverse code") { IdSuffix = "r", Modality = d.Modality, Specificity = d.Specificity, FromWordOrder = true };
                r.Sources.AddRange(d.Targets);
                r.Targets.AddRange(d.Sources);
                drafts.Add(r);
            }
        }
        return drafts;
    }

    /// <summary>
    /// "… with ties to Bin Laden, Freeh said": a name between a comma and a verb of saying is who speaks, not one more
    /// of the names coordinated before it.
    /// </summary>
    private static bool IsTrailingSpeaker(SentenceGraph g, int start, int end) =>
        start > 0 && g.Form[start - 1] == "," && end < g.Count && g.Form[end] is "SAID" or "SAYS" or "TOLD" or "ADDED" or "STRESSED" or "INSISTED";

    private static readonly FrozenSet<string> NounPrepositions = new[] { "TO", "OF", "AT", "FOR", "FROM", "WITH", "ON", "IN" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Quantifiers = new[] { "SOME", "MANY", "MOST", "ALL", "NONE", "ONE", "SEVERAL", "FEW", "EACH", "BOTH",
        "ANY", "EITHER", "NEITHER", "DOZENS", "HUNDREDS", "THOUSANDS", "MILLIONS", "PART", "MEMBERS" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Kinds of place a country's name or adjective can stand before ("the Turkish capital", "Iraqi territory"),
    /// and buildings a group's name can ("a police station"). Not "state" ("Kentucky State Police" act) nor "republic"
    /// or "kingdom" (names of states).</summary>
    private static readonly FrozenSet<string> WhereNouns = FrozenSet.ToFrozenSet(
        ["CAPITAL", "TERRITORY", "BORDER", "BORDERS", "COAST", "SOIL", "WATERS", "AIRSPACE", "FRONTIER", "DESERT", "PROVINCE",
         "CITY", "TOWN", "VILLAGE", "REGION", "DISTRICT", "COUNTY", "PORT", "ISLAND", "OUTSKIRTS", "SUBURBS",
         "STATION", "STATIONS", "HEADQUARTERS", "BARRACKS", "CHECKPOINT", "CHECKPOINTS"], StringComparer.Ordinal);

    /// <summary>The words before token <paramref name="start"/> are a preposition and perhaps an article ("to the …"), but
    /// not the "of" of a quantity ("some of them", "two of the rebels": they are the actors).</summary>
    private static bool AfterPreposition(SentenceGraph g, int start)
    {
        int k = start - 1;
        if (k >= 0 && g.Form[k] is "THE" or "A" or "AN") k--;
        if (k < 0 || !NounPrepositions.Contains(g.Form[k])) return false;
        return !(g.Form[k] == "OF" && k > 0 && (Quantifiers.Contains(g.Form[k - 1]) || g.Upos[k - 1] == "NUM"));
    }

    private static bool ActorOrBreakBetween(SentenceGraph g, (Tacitus.Core.Actor Actor, Tacitus.Core.ActorMention Mention)?[] actorAt, int from, int to)
    {
        for (int j = from + 1; j < to; j++)
            if (actorAt[j] is not null || ClauseBreaks.Contains(g.Form[j])) return true;
        return false;
    }

    /// <summary>The token of each actor in the coordinated list ("Arnor, Osgiliath and Gondor") that contains <paramref name="start"/>, walking in <paramref name="direction"/>.</summary>
    private static List<int> Coordinated(SentenceGraph g, (Tacitus.Core.Actor Actor, Tacitus.Core.ActorMention Mention)?[] actorAt, int[] mentionEnd, int start, int direction)
    {
        var result = new List<int> { start };
        int j = start;
        while (true)
        {
            // Skip the rest of the current mention.
            var id = actorAt[j]!.Value.Actor.Id;
            while (j + direction >= 0 && j + direction < g.Count && actorAt[j + direction] is { } same && same.Actor.Id == id) j += direction;
            int k = j + direction;
            bool sep = false;
            while (k >= 0 && k < g.Count && g.Form[k] is "," or "AND" or "OR" or "THE") { sep = true; k += direction; }
            if (!sep || k < 0 || k >= g.Count || actorAt[k] is null) break;
            if (direction > 0 && IsTrailingSpeaker(g, k, mentionEnd[k])) break;
            result.Add(k);
            j = k;
        }
        return result;
    }

    /// <summary>Whether the actor mention at <paramref name="j"/> owns the noun after it: a possessive pronoun or a name with "'s".</summary>
    private static bool IsOwner(SentenceGraph g, int[] mentionEnd, int j) =>
        g.Form[j] is "HIS" or "HER" or "ITS" or "THEIR" or "OUR" or "MY" or "YOUR" ||
        mentionEnd[j] < g.Count && g.Form[mentionEnd[j]] is "'S" or "'" or "’S" or "’";

    private static bool ParticlesMatch(SentenceGraph g, int i, VerbEntry e)
    {
        for (int k = 0; k < e.After.Length; k++)
        {
            bool found = false;
            for (int j = i + 1; j < g.Count && j <= i + 4; j++) if (g.Form[j] == e.After[k]) { found = true; break; }
            if (!found) return false;
        }
        for (int k = 0; k < e.Before.Length; k++)
        {
            int idx = i - e.Before.Length + k;
            if (idx < 0 || g.Form[idx] != e.Before[k]) return false;
        }
        return true;
    }
}
