using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tacitus.Core;
using Tacitus.Storage;

namespace Tacitus.Web;

/// <summary>
/// Reads the store filters of <c>tacitus query</c> from a query string: actor, country, cameo, plover, quad, from, to,
/// place, bbox, text, document. Mistakes become 400s that say what is accepted.
/// </summary>
public static class QueryParameters
{
    /// <summary>The filter names the API understands (the same as the query command's options).</summary>
    public static readonly IReadOnlyList<string> FilterNames = ["actor", "country", "cameo", "plover", "quad", "from", "to", "place", "bbox", "text", "document", "modality"];

    public static EventFilter Filter(IQueryCollection q)
    {
        int? quad = null;
        if (Str(q, "quad") is { } qs)
        {
            if (!int.TryParse(qs, NumberStyles.None, CultureInfo.InvariantCulture, out var qv) || qv is < 1 or > 4)
                throw ApiException.BadRequest($"quad must be 1, 2, 3 or 4 (verbal/material cooperation/conflict), got '{qs}'.");
            quad = qv;
        }
        var from = Date(q, "from");
        var to = Date(q, "to");
        if (from is { } f && to is { } t && f > t) throw ApiException.BadRequest($"from ({f:yyyy-MM-dd}) is after to ({t:yyyy-MM-dd}); swap them.");
        BoundingBox? box = null;
        if (Str(q, "bbox") is { } b)
        {
            try
            {
                box = BoundingBox.Parse(b);
            }
            catch (TacitusException ex)
            {
                throw ApiException.BadRequest(ex.Message);
            }
        }
        var cameo = Str(q, "cameo");
        if (cameo is not null && (cameo.Length > 4 || !cameo.All(char.IsAsciiDigit)))
            throw ApiException.BadRequest($"cameo must be a CAMEO event code or its prefix: 2 to 4 digits such as 19 or 190, got '{cameo}'.");
        var modality = Str(q, "modality")?.ToLowerInvariant();
        if (modality is not null && !EventFilter.ModalityNames.Contains(modality))
            throw ApiException.BadRequest($"modality must be one of {string.Join(", ", EventFilter.ModalityNames)}, got '{modality}'.");
        return new EventFilter
        {
            Actor = Str(q, "actor"),
            Country = Str(q, "country"),
            Cameo = cameo,
            PloverType = Str(q, "plover"),
            QuadClass = quad,
            From = from,
            To = to,
            Place = Str(q, "place"),
            Box = box,
            Text = Str(q, "text"),
            DocumentId = Str(q, "document"),
            Modality = modality,
        };
    }

    /// <summary>A non-negative integer parameter with a default and an upper bound.</summary>
    public static int Int(IQueryCollection q, string name, int defaultValue, int max)
    {
        if (Str(q, name) is not { } s) return defaultValue;
        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) || v > max)
            throw ApiException.BadRequest($"{name} must be a whole number from 0 to {max}, got '{s}'.");
        return v;
    }

    public static DateOnly? Date(IQueryCollection q, string name) => ParseDate(Str(q, name), name);

    public static DateOnly? ParseDate(string? s, string name)
    {
        if (s is null) return null;
        if (!DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            throw ApiException.BadRequest($"{name} must be a date written YYYY-MM-DD, got '{s}'.");
        return d;
    }

    /// <summary>The trimmed value of a parameter, or null when it is absent or blank; a parameter given twice is refused.</summary>
    public static string? Str(IQueryCollection q, string name)
    {
        if (!q.TryGetValue(name, out var values) || values.Count == 0) return null;
        if (values.Count > 1) throw ApiException.BadRequest($"give {name} once (it was given {values.Count} times).");
        var v = values[0]?.Trim();
        if (v is not null && v.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0)
            throw ApiException.BadRequest($"{name} contains a control character (e.g. NUL); send plain text.");
        return string.IsNullOrEmpty(v) ? null : v;
    }
}
