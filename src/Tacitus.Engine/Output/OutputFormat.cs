namespace Tacitus.Engine.Output;

public static class OutputFormats
{
    public static readonly string[] Annotate = ["json", "jsonl", "conllu"];
    public static readonly string[] Code = ["jsonl", "json", "csv", "gdelt", "icews", "plover"];

    /// <summary>
    /// Formats with no field for an event's modality (GDELT's and ICEWS's tables): a negated, planned, hypothetical or
    /// refused event written there would read as one that happened, so they get asserted events unless asked otherwise.
    /// </summary>
    public static readonly string[] WithoutModality = ["gdelt", "icews"];

    public static bool MarksModality(string format) => !WithoutModality.Contains(format);

    /// <summary>The note for events left out of a format that cannot mark their modality.</summary>
    public static string LeftOutNote(long count, string format) =>
        $"{count} event{(count == 1 ? "" : "s")} not asserted (negated, planned, hypothetical, refused or alleged) left out: the {format} format has no " +
        "field for modality and would show them as having happened; --all-modalities writes them too, and jsonl, csv and plover keep the modality.";
}
