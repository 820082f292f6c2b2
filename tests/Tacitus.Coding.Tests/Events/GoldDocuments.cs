using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Tacitus.Core;

namespace Tacitus.Coding.Tests.Events;

/// <summary>A hand-parsed document from a fixture and the events it should yield.</summary>
public sealed record GoldCase(string Id, Document Document, ImmutableArray<string> Expected, ImmutableArray<string> Forbidden, int Line)
{
    public override string ToString() => Id;
}

/// <summary>
/// Reads gold fixtures: CoNLL-U-like token lines written by hand, so event tests do not depend on statistical models.
/// <code>
/// # doc ID [YYYY-MM-DD]          starts a document
/// # actor KEY | Name | COUNTRY | CAMEO
/// # expect SRC TGT CODE MODALITY [fatalities=N] [injuries=N]   (SRC/TGT: actor key or -)
/// # forbid KEY                   no event may have this actor as source or target
/// # sent                         starts a sentence (optional before the first)
/// ID FORM LEMMA UPOS HEAD DEPREL [A=KEY] [SpaceAfter=No] [T=TIMEX-VALUE] [P=PLACE]
/// </code>
/// Tokens with the same A=KEY in a row form one mention of that actor; T= tokens in a row form one time expression.
/// </summary>
public static class GoldDocuments
{
    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Events", "Fixtures", name);

    public static List<GoldCase> Load(string name) => Parse(File.ReadAllLines(FixturePath(name)));

    public static List<GoldCase> Parse(string[] lines)
    {
        var cases = new List<GoldCase>();
        Builder? b = null;
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n].Trim();
            if (line.Length == 0) continue;
            if (line.StartsWith("# doc", StringComparison.Ordinal))
            {
                if (b is not null) cases.Add(b.Build());
                var parts = line[5..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
                b = new Builder(parts[0], parts.Length > 1 ? DateOnly.Parse(parts[1], CultureInfo.InvariantCulture) : new DateOnly(2025, 5, 14), n + 1);
                continue;
            }
            if (b is null) continue;
            if (line.StartsWith("# actor", StringComparison.Ordinal))
            {
                var f = line[7..].Split('|').Select(x => x.Trim()).ToArray();
                b.Actors[f[0]] = (f[1], f.Length > 2 && f[2].Length > 0 ? f[2] : null, f.Length > 3 && f[3].Length > 0 ? f[3] : null);
            }
            else if (line.StartsWith("# expect", StringComparison.Ordinal)) b.Expected.Add(string.Join(' ', line[8..].Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            else if (line.StartsWith("# forbid", StringComparison.Ordinal)) b.Forbidden.Add(line[8..].Trim());
            else if (line.StartsWith("# sent", StringComparison.Ordinal)) b.NewSentence();
            else if (line.StartsWith('#')) continue;
            else b.AddToken(line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), n + 1);
        }
        if (b is not null) cases.Add(b.Build());
        return cases;
    }

    private sealed class Builder(string id, DateOnly date, int line)
    {
        public Dictionary<string, (string Name, string? Country, string? Cameo)> Actors { get; } = [];
        public List<string> Expected { get; } = [];
        public List<string> Forbidden { get; } = [];
        private readonly List<List<(string[] F, int Line)>> _sentences = [[]];

        public void NewSentence()
        {
            if (_sentences[^1].Count > 0) _sentences.Add([]);
        }

        public void AddToken(string[] f, int lineNo)
        {
            if (f.Length < 6) throw new FormatException($"fixture line {lineNo}: need ID FORM LEMMA UPOS HEAD DEPREL");
            if (int.Parse(f[0], CultureInfo.InvariantCulture) == 1) NewSentence();
            _sentences[^1].Add((f, lineNo));
        }

        public GoldCase Build()
        {
            var text = new StringBuilder();
            var tokens = ImmutableArray.CreateBuilder<Token>();
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            var mentions = new Dictionary<string, List<ActorMention>>();
            var times = ImmutableArray.CreateBuilder<TimeExpression>();
            var places = ImmutableArray.CreateBuilder<Place>();
            foreach (var sent in _sentences.Where(s => s.Count > 0))
            {
                int si = sentences.Count;
                if (text.Length > 0) text.Append(' ');
                int first = tokens.Count, sentStart = text.Length;
                string? openActor = null, openTime = null, openPlace = null;
                TextSpan actorSpan = default, timeSpan = default, placeSpan = default;
                void CloseActor()
                {
                    if (openActor is null) return;
                    if (!mentions.TryGetValue(openActor, out var l)) mentions[openActor] = l = [];
                    l.Add(new ActorMention(actorSpan, si, "gold"));
                    openActor = null;
                }
                void CloseTime()
                {
                    if (openTime is null) return;
                    times.Add(new TimeExpression(timeSpan, si, "DATE", openTime, "gold"));
                    openTime = null;
                }
                void ClosePlace()
                {
                    if (openPlace is null) return;
                    places.Add(new Place(placeSpan, si, null, openPlace, null, null, null, null, "P", "gold"));
                    openPlace = null;
                }
                for (int k = 0; k < sent.Count; k++)
                {
                    var (f, lineNo) = sent[k];
                    var form = f[1].Replace('_', ' ');
                    int start = text.Length;
                    text.Append(form);
                    var span = new TextSpan(start, text.Length);
                    var extras = f.Skip(6).ToArray();
                    if (!extras.Contains("SpaceAfter=No") && k < sent.Count - 1) text.Append(' ');
                    string? a = extras.FirstOrDefault(e => e.StartsWith("A=", StringComparison.Ordinal))?[2..];
                    string? t = extras.FirstOrDefault(e => e.StartsWith("T=", StringComparison.Ordinal))?[2..];
                    string? p = extras.FirstOrDefault(e => e.StartsWith("P=", StringComparison.Ordinal))?[2..];
                    if (a != openActor) { CloseActor(); if (a is not null) { if (!Actors.ContainsKey(a)) throw new FormatException($"fixture line {lineNo}: undeclared actor {a}"); openActor = a; actorSpan = span; } }
                    else if (a is not null) actorSpan = TextSpan.Cover(actorSpan, span);
                    if (t != openTime) { CloseTime(); if (t is not null) { openTime = t; timeSpan = span; } }
                    else if (t is not null) timeSpan = TextSpan.Cover(timeSpan, span);
                    if (p != openPlace) { ClosePlace(); if (p is not null) { openPlace = p.Replace('_', ' '); placeSpan = span; } }
                    else if (p is not null) placeSpan = TextSpan.Cover(placeSpan, span);
                    tokens.Add(new Token(span, si)
                    {
                        Form = form,
                        Lemma = f[2],
                        Upos = f[3],
                        Head = int.Parse(f[4], CultureInfo.InvariantCulture),
                        Deprel = f[5],
                    });
                }
                CloseActor();
                CloseTime();
                ClosePlace();
                sentences.Add(new Sentence(new TextSpan(sentStart, text.Length), first, tokens.Count - first));
            }
            var actors = Actors.Where(kv => mentions.ContainsKey(kv.Key))
                .Select(kv => new Actor(kv.Key, kv.Value.Name, kv.Value.Country, kv.Value.Cameo, [], [.. mentions[kv.Key]], "gold"))
                .ToImmutableArray();
            var doc = new Document(id, text.ToString())
            {
                PublicationDate = date,
                Sentences = sentences.ToImmutable(),
                Tokens = tokens.ToImmutable(),
                Actors = actors,
                Times = times.ToImmutable(),
                Places = places.ToImmutable(),
            };
            return new GoldCase(id, doc, [.. Expected], [.. Forbidden], line);
        }
    }
}
