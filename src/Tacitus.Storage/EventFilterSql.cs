using System.Data.Common;

namespace Tacitus.Storage;

/// <summary>
/// Turns an <see cref="EventFilter"/> into a parameterised WHERE clause over <c>events</c> (alias e). One builder serves
/// both stores; only the parameter type, its placeholder and LIKE escaping differ by <see cref="SqlDialect"/>.
/// </summary>
internal sealed class EventFilterSql
{
    private readonly List<string> _clauses = [];
    private readonly SqlDialect _dialect;

    public List<DbParameter> Parameters { get; } = [];

    public EventFilterSql(EventFilter f, SqlDialect dialect)
    {
        _dialect = dialect;
        if (!string.IsNullOrWhiteSpace(f.Actor))
        {
            var like = P(Like(f.Actor.Trim()));
            var code = P(f.Actor.Trim().ToUpperInvariant());
            _clauses.Add($"(e.source_name ILIKE {like} OR e.target_name ILIKE {like} OR e.source_cameo = {code} OR e.target_cameo = {code})");
        }
        if (!string.IsNullOrWhiteSpace(f.Country))
        {
            var c = P(f.Country.Trim().ToUpperInvariant());
            _clauses.Add($"(e.source_country = {c} OR e.target_country = {c} OR e.place_country = {c})");
        }
        if (!string.IsNullOrWhiteSpace(f.Cameo))
        {
            var code = f.Cameo.Trim();
            _clauses.Add(code.Length == 2 ? $"e.cameo_root = {P(code)}" : $"starts_with(e.cameo, {P(code)})");
        }
        if (!string.IsNullOrWhiteSpace(f.PloverType)) _clauses.Add($"upper(e.plover_type) = {P(f.PloverType.Trim().ToUpperInvariant())}");
        if (!string.IsNullOrWhiteSpace(f.Modality)) _clauses.Add($"e.modality = {P(f.Modality.Trim().ToLowerInvariant())}");
        if (f.QuadClass is int q) _clauses.Add($"e.quad_class = {P(q)}");
        if (f.From is DateOnly from) _clauses.Add($"e.event_date >= {P(from)}");
        if (f.To is DateOnly to) _clauses.Add($"e.event_date <= {P(to)}");
        if (!string.IsNullOrWhiteSpace(f.Place)) _clauses.Add($"e.place_name ILIKE {P(Like(f.Place.Trim()))}");
        if (f.Box is BoundingBox b)
            _clauses.Add($"(e.lat BETWEEN {P(b.MinLat)} AND {P(b.MaxLat)} AND e.lon BETWEEN {P(b.MinLon)} AND {P(b.MaxLon)})");
        if (!string.IsNullOrWhiteSpace(f.Text))
            _clauses.Add($"e.event_id IN (SELECT m.event_id FROM event_mentions m WHERE m.evidence ILIKE {P(Like(f.Text.Trim()))})");
        if (!string.IsNullOrWhiteSpace(f.DocumentId))
            _clauses.Add($"e.event_id IN (SELECT m.event_id FROM event_mentions m WHERE m.doc_id = {P(f.DocumentId.Trim())})");
    }

    public string Where => _clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", _clauses);

    /// <summary>" WHERE " when the filter is empty, else " AND ": joins one more condition to <see cref="Where"/>.</summary>
    public string And => _clauses.Count == 0 ? " WHERE " : " AND ";

    /// <summary>Adds a parameter and returns its placeholder.</summary>
    public string P(object? value)
    {
        var name = "p" + Parameters.Count;
        Parameters.Add(_dialect.Parameter(name, value));
        return _dialect.Placeholder + name;
    }

    // DuckDB's ILIKE has no default escape character; PostgreSQL's is the backslash: escape it there so the two agree.
    private string Like(string s) => "%" + (_dialect.BackslashEscapesLike ? s.Replace("\\", "\\\\", StringComparison.Ordinal) : s) + "%";
}
