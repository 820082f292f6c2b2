using Tacitus.Core;

namespace Tacitus.Coding.Events;

/// <summary>
/// Which actor (if any) each token of a document belongs to, from <see cref="Document.Actors"/> mention spans. Names in
/// the dateline ("ISTANBUL, Turkey (AP) _") say where the reporter was and belong to no event.
/// </summary>
internal sealed class ActorIndex
{
    private readonly Dictionary<int, (Actor Actor, ActorMention Mention)> _byToken = [];

    public ActorIndex(Document doc)
    {
        var dateline = Tacitus.Geo.Attachment.PlaceAttachment.DatelineSpan(doc);
        foreach (var actor in doc.Actors)
        {
            foreach (var m in actor.Mentions)
            {
                if (m.Sentence < 0 || m.Sentence >= doc.Sentences.Length) continue;
                if (dateline is { } d && d.Contains(m.Span)) continue;
                var s = doc.Sentences[m.Sentence];
                for (int t = s.FirstToken; t < s.EndToken; t++)
                    if (doc.Tokens[t].Span.Overlaps(m.Span)) _byToken.TryAdd(t, (actor, m));
            }
        }
    }

    public bool IsEmpty => _byToken.Count == 0;

    /// <summary>Whether any token in [<paramref name="from"/>, <paramref name="to"/>) belongs to an actor.</summary>
    public bool AnyIn(int from, int to)
    {
        for (int t = from; t < to; t++) if (_byToken.ContainsKey(t)) return true;
        return false;
    }

    public (Actor Actor, ActorMention Mention)? At(int documentToken) => _byToken.TryGetValue(documentToken, out var a) ? a : null;
}
