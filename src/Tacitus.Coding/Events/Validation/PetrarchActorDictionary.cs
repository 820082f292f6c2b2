using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>
/// A minimal reader and matcher for PETRARCH actor and agent dictionaries (phrases, <c>+</c> synonyms, dated
/// codes, agents with <c>~</c> and plurals, <c>!MARKER!</c> substitutions), used by <c>tacitus validate</c> to
/// mark the actors of validation records with the records' own test dictionaries. Operational actor resolution
/// is the actors stage's job; this class only lets the event coder be validated on PETRARCH's own terms.
/// </summary>
public sealed class PetrarchActorDictionary
{
    private sealed record ActorEntry(string[] Words, string? DefaultCode, ImmutableArray<(string Code, DateOnly? From, DateOnly? To)> Dated, string Name);
    private sealed record AgentEntry(string[] Words, string Code, bool Prefix, string Name);

    private readonly List<ActorEntry> _actors = [];
    private readonly List<AgentEntry> _agents = [];
    private readonly Dictionary<string, List<ActorEntry>> _actorsByFirst = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<AgentEntry>> _agentsByFirst = new(StringComparer.Ordinal);

    public int ActorCount => _actors.Count;
    public int AgentCount => _agents.Count;

    public static PetrarchActorDictionary Load(IEnumerable<string> actorFiles, string? agentFile)
    {
        var d = new PetrarchActorDictionary();
        foreach (var f in actorFiles) d.ReadActors(f);
        if (agentFile is not null) d.ReadAgents(agentFile);
        return d;
    }

    private static IEnumerable<string> CleanLines(string path)
    {
        if (!File.Exists(path)) throw new TacitusException($"dictionary '{path}' not found.");
        bool inComment = false;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            var line = raw;
            if (inComment)
            {
                int end = line.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0) continue;
                line = line[(end + 3)..];
                inComment = false;
            }
            int open;
            while ((open = line.IndexOf("<!--", StringComparison.Ordinal)) >= 0)
            {
                int end = line.IndexOf("-->", open, StringComparison.Ordinal);
                if (end < 0) { line = line[..open]; inComment = true; break; }
                line = line[..open] + line[(end + 3)..];
            }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            int semi = line.IndexOf(';');
            if (semi >= 0) line = line[..semi];
            if (line.Trim().Length == 0) continue;
            yield return line;
        }
    }

    private void ReadActors(string path)
    {
        var names = new List<string>();
        string? code = null;
        var dated = new List<(string, DateOnly?, DateOnly?)>();
        void Flush()
        {
            foreach (var n in names)
            {
                var e = new ActorEntry(Runs(n), code, [.. dated], n.Replace('_', ' ').Trim());
                if (e.Words.Length == 0) continue;
                _actors.Add(e);
                Index(_actorsByFirst, e.Words[0], e);
            }
            names.Clear();
            dated.Clear();
            code = null;
        }
        foreach (var line in CleanLines(path))
        {
            if (char.IsWhiteSpace(line[0]) && line.TrimStart().StartsWith('['))
            {
                if (ParseDated(line.Trim()) is { } dc) dated.Add(dc);
                continue;
            }
            var t = line.Trim();
            if (t[0] == '+')
            {
                var (n2, c2) = SplitCode(t[1..]);
                names.Add(n2);
                code ??= c2;
                continue;
            }
            Flush();
            var (name, c) = SplitCode(t);
            names.Add(name);
            code = c;
        }
        Flush();
    }

    private static (string Name, string? Code) SplitCode(string t)
    {
        int b = t.IndexOf('[');
        if (b < 0) return (t.Trim(), null);
        int e = t.IndexOf(']', b);
        var code = (e > b ? t[(b + 1)..e] : t[(b + 1)..]).Trim().ToUpperInvariant();
        return (t[..b].Trim(), code.Length == 0 ? null : code);
    }

    private static (string, DateOnly?, DateOnly?)? ParseDated(string t)
    {
        var inner = t.Trim('[', ']', ' ');
        var parts = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return null;
        var code = parts[0].ToUpperInvariant();
        if (parts.Length == 1) return (code, null, null);
        // "[HOB < 950601]", "[HOBGOV 19950601 - 19990815]": blanks around the operator are allowed.
        var r = string.Concat(parts.Skip(1));
        if (r.StartsWith('<')) return (code, null, ParseDate(r[1..]));
        if (r.StartsWith('>')) return (code, ParseDate(r[1..]), null);
        var dash = r.IndexOf('-');
        return dash > 0 ? (code, ParseDate(r[..dash]), ParseDate(r[(dash + 1)..])) : (code, null, null);
    }

    internal static DateOnly? ParseDate(string s)
    {
        s = s.Trim();
        if (s.Length == 6 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            int yy = int.Parse(s[..2], CultureInfo.InvariantCulture);
            s = (yy < 30 ? "20" : "19") + s;
        }
        return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    private void ReadAgents(string path)
    {
        var markers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var line in CleanLines(path))
        {
            var t = line.Trim();
            if (t.StartsWith('!') && t.Contains('=', StringComparison.Ordinal))
            {
                var eq = t.IndexOf('=');
                markers[t[..eq].Trim().ToUpperInvariant()] = t[(eq + 1)..].Split(',').Select(x => x.Trim().ToUpperInvariant()).Where(x => x.Length > 0).ToArray();
                continue;
            }
            var (phrasePart, code) = SplitCode(t);
            if (code is null) continue;
            string? plural = null;
            bool noPlural = false;
            int brace = phrasePart.IndexOf('{');
            if (brace >= 0)
            {
                int close = phrasePart.IndexOf('}', brace);
                var inside = (close > brace ? phrasePart[(brace + 1)..close] : "").Trim();
                if (inside.Length == 0) noPlural = true; else plural = inside;
                phrasePart = phrasePart[..brace].Trim();
            }
            bool prefix = code.EndsWith('~');
            var agentCode = code.Trim('~');
            var phrases = new List<string> { phrasePart.ToUpperInvariant() };
            foreach (var (m, subs) in markers)
            {
                if (!phrases[0].Contains(m, StringComparison.Ordinal)) continue;
                var basePhrase = phrases[0];
                phrases = [.. subs.Select(s => basePhrase.Replace(m, s, StringComparison.Ordinal))];
                noPlural = true;
            }
            foreach (var ph in phrases.ToList())
            {
                if (plural is not null) phrases.Add(plural.ToUpperInvariant());
                else if (!noPlural) phrases.Add(VerbDictionary.Plural(ph));
            }
            foreach (var ph in phrases.Distinct())
            {
                var e = new AgentEntry(Runs(ph), agentCode, prefix, ph.Replace('_', ' '));
                if (e.Words.Length == 0) continue;
                _agents.Add(e);
                Index(_agentsByFirst, e.Words[0], e);
            }
        }
    }

    private static void Index<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }

    /// <summary>Letter/digit runs, upper-cased: the unit both phrases and tokens are compared in, whatever the tokenizer did with hyphens and apostrophes.</summary>
    internal static string[] Runs(string s)
    {
        var runs = new List<string>();
        var sb = new StringBuilder();
        foreach (var ch in s)
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(char.ToUpperInvariant(ch));
            else if (sb.Length > 0) { runs.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) runs.Add(sb.ToString());
        return [.. runs];
    }

    private string? CodeOn(ActorEntry e, DateOnly? date)
    {
        if (date is { } d)
            foreach (var (code, from, to) in e.Dated)
                if ((from is null || d >= from) && (to is null || d <= to) && (from is not null || to is not null)) return code;
        return e.DefaultCode ?? e.Dated.FirstOrDefault(x => x.From is null && x.To is null).Code ?? (e.Dated.Length > 0 ? e.Dated[^1].Code : null);
    }

    /// <summary>Marks the actors of <paramref name="doc"/> (which must be tokenized), replacing <see cref="Document.Actors"/>.</summary>
    public Document Tag(Document doc, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var actors = ImmutableArray.CreateBuilder<Actor>();
        for (int s = 0; s < doc.Sentences.Length; s++)
        {
            // Runs with the token each comes from.
            var runs = new List<(string Run, int Token)>();
            var sent = doc.Sentences[s];
            for (int t = sent.FirstToken; t < sent.EndToken; t++)
                foreach (var r in Runs(doc.TextOf(doc.Tokens[t]))) runs.Add((r, t));
            var found = new List<(int Start, int End, string Code, bool IsAgent, bool Prefix, string Name)>();
            int i = 0;
            while (i < runs.Count)
            {
                var best = (Len: 0, Code: (string?)null, Agent: false, Prefix: false, Name: "");
                if (_actorsByFirst.TryGetValue(runs[i].Run, out var acts))
                    foreach (var a in acts)
                        if (a.Words.Length > best.Len && Matches(runs, i, a.Words) && CodeOn(a, date) is { } code)
                            best = (a.Words.Length, code, false, false, a.Name);
                if (_agentsByFirst.TryGetValue(runs[i].Run, out var ags))
                    foreach (var a in ags)
                        if (a.Words.Length > best.Len && Matches(runs, i, a.Words))
                            best = (a.Words.Length, a.Code, true, a.Prefix, a.Name);
                if (best.Code is null) { i++; continue; }
                found.Add((i, i + best.Len, best.Code, best.Agent, best.Prefix, best.Name));
                i += best.Len;
            }
            // Combine an agent with the actor right before it ("Arnorian president", "Arnor's president") or after "of".
            var used = new bool[found.Count];
            int k = 0;
            for (int f = 0; f < found.Count; f++)
            {
                if (used[f]) continue;
                var x = found[f];
                int start = x.Start, end = x.End;
                string code = x.Code;
                if (x.IsAgent && !x.Prefix && Distributed(doc, found, runs, f) is { } list)
                {
                    // "ambassadors of Arnor, Osgiliath and Gondor", "lawmakers and officials in Fornost and Gondor": each
                    // agent with each country, as PETRARCH codes them (one actor, several codes).
                    var codes = new List<string>();
                    foreach (var ag in list.Agents)
                        foreach (var c in list.Actors)
                        {
                            var pc = found[c].Code;
                            var combined = pc.EndsWith(found[ag].Code, StringComparison.Ordinal) ? pc : pc + found[ag].Code;
                            if (!codes.Contains(combined)) codes.Add(combined);
                        }
                    foreach (var u in list.Agents.Concat(list.Actors)) used[u] = true;
                    end = found[list.Actors[^1]].End;
                    var listSpan = new TextSpan(doc.Tokens[runs[start].Token].Span.Start, doc.Tokens[runs[end - 1].Token].Span.End);
                    var joined = string.Join('/', codes);
                    actors.Add(new Actor($"{s}:{start}:{k++}", doc.TextOf(listSpan), joined[..Math.Min(3, joined.Length)], joined, [],
                        [new ActorMention(listSpan, s, "petrarch-dictionary")], "petrarch-dictionary"));
                    continue;
                }
                if (x.IsAgent)
                {
                    int partner = -1;
                    // Same noun phrase: "Dagolath's first Deputy Prime Minister", "Arnor security officials" (actor before,
                    // no punctuation between) or "ambassadors of Arnor", "soldiers from Gondor" (actor after a preposition).
                    if (f > 0 && !found[f - 1].IsAgent && x.Start - found[f - 1].End <= 4 &&
                        !HasBreak(doc, runs, found[f - 1].End - 1, x.Start)) partner = f - 1;
                    else if (f + 1 < found.Count && !found[f + 1].IsAgent && found[f + 1].Start - x.End is >= 1 and <= 3 &&
                             runs.Skip(x.End).Take(found[f + 1].Start - x.End).All(r => r.Run is "OF" or "IN" or "FROM" or "THE"))
                        partner = f + 1;
                    if (partner >= 0)
                    {
                        var p = found[partner];
                        used[partner] = true;
                        // "White House security officials": an actor already coded USAGOV takes no second GOV (PETRARCH's rule).
                        code = x.Prefix ? (p.Code.StartsWith(x.Code, StringComparison.Ordinal) ? p.Code : x.Code + p.Code)
                                        : (p.Code.EndsWith(x.Code, StringComparison.Ordinal) ? p.Code : p.Code + x.Code);
                        start = Math.Min(start, p.Start);
                        end = Math.Max(end, p.End);
                        // The earlier actor was already emitted; replace it.
                        if (partner == f - 1 && actors.Count > 0 && actors[^1].Id.StartsWith($"{s}:{p.Start}:", StringComparison.Ordinal)) actors.RemoveAt(actors.Count - 1);
                    }
                    else code = x.Prefix ? x.Code + "---" : "---" + x.Code;
                }
                used[f] = true;
                var span = new TextSpan(doc.Tokens[runs[start].Token].Span.Start, doc.Tokens[runs[end - 1].Token].Span.End);
                actors.Add(new Actor($"{s}:{start}:{k++}", doc.TextOf(span), code.Length >= 3 ? code[..3] : code, code, [],
                    [new ActorMention(span, s, "petrarch-dictionary")], "petrarch-dictionary"));
            }
        }
        return doc with { Actors = actors.ToImmutable() };
    }

    /// <summary>
    /// Coordinated agents followed by of/in/from and coordinated actors, with more than one of either: the agents and
    /// actors found (indexes into <paramref name="found"/>), else null.
    /// </summary>
    private static (List<int> Agents, List<int> Actors)? Distributed(Document doc, List<(int Start, int End, string Code, bool IsAgent, bool Prefix, string Name)> found, List<(string Run, int Token)> runs, int f)
    {
        static bool Only(List<(string Run, int Token)> runs, int from, int to, params string[] words)
        {
            for (int i = from; i < to; i++) if (Array.IndexOf(words, runs[i].Run) < 0) return false;
            return true;
        }
        // Two items of a list: only and/or/the (and commas) between them, and at least a comma or a conjunction.
        bool Listed(int prevEnd, int nextStart)
        {
            if (nextStart < prevEnd || !Only(runs, prevEnd, nextStart, "AND", "OR", "THE")) return false;
            if (!Only(runs, prevEnd, nextStart, "THE")) return true;
            var a = doc.Tokens[runs[prevEnd - 1].Token].Span.End;
            var b = doc.Tokens[runs[nextStart].Token].Span.Start;
            return b > a && doc.Text.AsSpan(a, b - a).Contains(',');
        }
        var agents = new List<int> { f };
        int j = f + 1;
        while (j < found.Count && found[j].IsAgent && !found[j].Prefix && Listed(found[j - 1].End, found[j].Start)) { agents.Add(j); j++; }
        if (j >= found.Count || found[j].IsAgent) return null;
        int gap = found[j].Start - found[agents[^1]].End;
        if (gap is < 1 or > 2 || runs[found[agents[^1]].End].Run is not ("OF" or "IN" or "FROM") || !Only(runs, found[agents[^1]].End, found[j].Start, "OF", "IN", "FROM", "THE"))
            return null;
        var list = new List<int> { j };
        int m = j + 1;
        while (m < found.Count && !found[m].IsAgent && Listed(found[m - 1].End, found[m].Start)) { list.Add(m); m++; }
        // A following agent would take the last actor as its own ("… and Gondor officials").
        if (m < found.Count && found[m].IsAgent && found[m].Start == found[m - 1].End && list.Count > 1) list.RemoveAt(list.Count - 1);
        return agents.Count > 1 || list.Count > 1 ? (agents, list) : null;
    }

    /// <summary>Punctuation (other than an apostrophe or hyphen) or a clause word between two runs ends a noun phrase.</summary>
    private static bool HasBreak(Document doc, List<(string Run, int Token)> runs, int lastOfFirst, int firstOfSecond)
    {
        var a = doc.Tokens[runs[lastOfFirst].Token].Span.End;
        var b = doc.Tokens[runs[firstOfSecond].Token].Span.Start;
        if (b <= a) return false;
        var between = doc.Text.AsSpan(a, b - a);
        foreach (var ch in between)
            if (char.IsPunctuation(ch) && ch is not '\'' and not '\u2019' and not '-') return true;
        for (int i = lastOfFirst + 1; i < firstOfSecond; i++)
            if (runs[i].Run is "AND" or "OR" or "WITH" or "TO" or "IS" or "ARE" or "WAS" or "WERE" or "HAS" or "HAVE" or "SAID") return true;
        return false;
    }

    private static bool Matches(List<(string Run, int Token)> runs, int i, string[] words)
    {
        if (i + words.Length > runs.Count) return false;
        for (int k = 0; k < words.Length; k++) if (runs[i + k].Run != words[k]) return false;
        return true;
    }
}
