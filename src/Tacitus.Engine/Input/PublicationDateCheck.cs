using Tacitus.Core;

namespace Tacitus.Engine.Input;

/// <summary>
/// Warns, once per run, about a publication date that is probably a misread ("Dec 16 201" read as year 201): before 1900
/// or after next year. Every relative date of the story follows the publication date. The document is kept as given.
/// Shared by <c>code</c>/<c>annotate</c> (<see cref="DocumentReader"/>) and ingest (the CLI and the web API). Thread-safe.
/// </summary>
public sealed class PublicationDateCheck(DateOnly today)
{
    private int _warned;

    public static bool LooksWrong(DateOnly date, DateOnly today) => date.Year < 1900 || date.Year > today.Year + 1;

    /// <summary>The warning for the first document of the run whose date <see cref="LooksWrong"/>; null for every other document.</summary>
    public string? Check(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.PublicationDate is not { } date || !LooksWrong(date, today) || Interlocked.Exchange(ref _warned, 1) != 0) return null;
        return $"the publication date of '{doc.Id}' is {date:yyyy-MM-dd} (and possibly others look as odd); dates in the text are read relative to it. Check the input's date field, or pass --date YYYY-MM-DD.";
    }
}
