using System.Collections.Frozen;

namespace Tacitus.Coding.Events;

/// <summary>
/// Parse-free fallback (TABARI-style) for sentences the parser has not analysed: a dictionary verb form in the
/// token sequence, the nearest actor before it as source and the first actor after it as target (reversed for a
/// "was …ed by" passive), patterns matched as words in a window after the verb. Rules are marked "shallow".
/// </summary>
internal sealed class ShallowEventCoder(VerbDictionary dict)
{
    private const int Window = 12;
    private static readonly FrozenSet<string> BeForms = new[] { "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> Negations = new[] { "NOT", "N'T", "NEVER", "NT" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> ClauseBreaks = new[] { ";", ":", "WHILE", "BUT", "WHO", "WHICH", "AFTER", "BEFORE", "WHEN", "SAID", "SAYS", "\u201C", "\"" }.ToFrozenSet(StringComparer.Ordinal);

    public List<EventDraft> Code(SentenceGraph g, ActorIndex actors)
    {
        var drafts = new List<EventDraft>();
        var actorAt = new (Tacitus.Core.Actor Actor, Tacitus.Core.ActorMention Mention)?[g.Count];
        for (int i = 0; i < g.Count; i++) actorAt[i] = actors.At(g.First + i);
        int lastCoded = -1;
        for (int i = 0; i < g.Count; i++)
        {
            if (actorAt[i] is not null) continue;
            // A second verb with no actor since the last coded one belongs to the same clause ("postponed their meeting"):
            // PETRARCH codes the clause once.
            if (lastCoded >= 0 && !Enumerable.Range(lastCoded + 1, i - lastCoded - 1).Any(j => actorAt[j] is not null || ClauseBreaks.Contains(g.Form[j]))) continue;
            var entries = dict.ByForm(g.Form[i]);
            if (entries.IsEmpty) continue;
            var entry = entries.FirstOrDefault(e => ParticlesMatch(g, i, e) && !(e.After.IsEmpty && e.Before.IsEmpty)) ??
                        entries.FirstOrDefault(e => e.After.IsEmpty && e.Before.IsEmpty);
            if (entry is null) continue;
            // "was attacked", "were shot": a be-form before a past participle (regular -ED or a listed irregular form).
            bool participle = g.Form[i].EndsWith("ED", StringComparison.Ordinal) ||
                              (g.Form[i] != entry.Lemma && !g.Form[i].EndsWith("ING", StringComparison.Ordinal) && !g.Form[i].EndsWith('S'));
            bool passive = i > 0 && BeForms.Contains(g.Form[i - 1]) && participle;
            int end = i + 1;
            while (end < g.Count && end <= i + Window && !ClauseBreaks.Contains(g.Form[end])) end++;
            string code = entry.Code;
            VerbPattern? fired = null;
            foreach (var pat in dict.PatternsOf(entry.Block))
            {
                if (!PatternMatches(g, i, end, pat)) continue;
                fired = pat;
                break;
            }
            var (active, reverse) = fired is null ? VerbDictionaryReader.SplitCode(entry.Code) : (fired.ActiveCode, fired.PassiveCode);
            bool hasActive = active.Any(char.IsAsciiDigit), hasReverse = reverse is not null && reverse.Any(char.IsAsciiDigit);
            if (!hasActive && !hasReverse) continue;
            code = hasActive ? active : reverse!;
            int before = -1;
            for (int j = i - 1; j >= 0 && j >= i - Window; j--)
            {
                if (ClauseBreaks.Contains(g.Form[j])) break;
                if (actorAt[j] is not null) { before = j; break; }
            }
            int after = -1;
            for (int j = i + 1; j < end; j++)
                if (actorAt[j] is not null && !(passive && j > 0 && g.Form[j - 1] is "BY" or "FROM" or "IN")) { after = j; break; }
            int agent = -1;
            if (passive)
                for (int j = i + 1; j < end - 1; j++)
                    // PETRARCH reads BY, FROM and IN phrases of a passive as its source.
                    if (g.Form[j] is "BY" or "FROM" or "IN" && actorAt[j + 1] is not null) { agent = j + 1; break; }
            lastCoded = i;
            var sourceList = passive ? (agent >= 0 ? Coordinated(g, actorAt, agent, +1) : []) : (before >= 0 ? Coordinated(g, actorAt, before, -1) : []);
            var targetList = passive ? (before >= 0 ? Coordinated(g, actorAt, before, -1) : []) : (after >= 0 ? Coordinated(g, actorAt, after, +1) : []);
            var d = new EventDraft(i, code, "shallow " + (fired is null ? $"verb {entry.Lemma} in {entry.Block} [{entry.Code}]" : $"pattern {entry.Block} line {fired.Line}: {fired.Text}"))
            {
                Specificity = fired?.Specificity ?? -1,
            };
            foreach (var t in sourceList) d.Sources.Add(new Participant(actorAt[t]!.Value.Actor, actorAt[t]!.Value.Mention, passive ? "by-after-verb" : "before-verb"));
            foreach (var t in targetList) d.Targets.Add(new Participant(actorAt[t]!.Value.Actor, actorAt[t]!.Value.Mention, passive ? "before-verb" : "after-verb"));
            if (d.Targets.Count == 0 && d.Sources.Count >= 2)
            {
                // "Gondor and Osgiliath renewed ties": coordinated subjects without an object act on each other.
                foreach (var a in d.Sources)
                    foreach (var b in d.Sources)
                        if (a.Actor.Id != b.Actor.Id)
                        {
                            var pair = new EventDraft(i, code, d.Rule + "; reciprocal") { IdSuffix = $"x{drafts.Count}", Specificity = d.Specificity };
                            pair.Sources.Add(a);
                            pair.Targets.Add(b);
                            drafts.Add(pair);
                        }
                continue;
            }
            for (int j = Math.Max(0, i - 3); j < i; j++)
                if (Negations.Contains(g.Form[j])) d.Modality = Tacitus.Core.Modality.Negated;
            if (!hasActive) (d.Sources, d.Targets) = (d.Targets, d.Sources);
            drafts.Add(d);
            if (hasActive && hasReverse)
            {
                var r = new EventDraft(i, reverse!, d.Rule + "; reverse code") { IdSuffix = "r", Modality = d.Modality, Specificity = d.Specificity };
                r.Sources.AddRange(d.Targets);
                r.Targets.AddRange(d.Sources);
                drafts.Add(r);
            }
        }
        return drafts;
    }

    /// <summary>The token of each actor in the coordinated list ("Arnor, Osgiliath and Gondor") that contains <paramref name="start"/>, walking in <paramref name="direction"/>.</summary>
    private static List<int> Coordinated(SentenceGraph g, (Tacitus.Core.Actor Actor, Tacitus.Core.ActorMention Mention)?[] actorAt, int start, int direction)
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
            result.Add(k);
            j = k;
        }
        return result;
    }

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

    private bool PatternMatches(SentenceGraph g, int verb, int end, VerbPattern pat)
    {
        int pos = verb + 1;
        foreach (var n in pat.PostNouns)
        {
            int hit = Find(g, pos, end, n.Head);
            if (hit < 0) return false;
            foreach (var m in n.Modifiers) if (Find(g, Math.Max(verb + 1, hit - 3), hit, m) < 0) return false;
            pos = hit + 1;
        }
        foreach (var p in pat.PostPreps)
        {
            int prep = Find(g, verb + 1, end, p.Preposition);
            if (prep < 0) return false;
            int from = prep + 1;
            foreach (var n in p.Nouns)
            {
                int hit = Find(g, from, Math.Min(end, prep + 5), n.Head);
                if (hit < 0) return false;
                from = hit + 1;
            }
        }
        foreach (var n in pat.PreNouns)
            if (Find(g, Math.Max(0, verb - 6), verb, n.Head) < 0) return false;
        return true;
    }

    private int Find(SentenceGraph g, int from, int to, string word)
    {
        for (int j = from; j < to && j < g.Count; j++)
            if (dict.WordMatches(word, g.Form[j]) || dict.WordMatches(word, g.Lemma[j])) return j;
        return -1;
    }
}
