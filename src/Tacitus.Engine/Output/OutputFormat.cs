namespace Tacitus.Engine.Output;

public static class OutputFormats
{
    public static readonly string[] Annotate = ["json", "jsonl", "conllu"];
    public static readonly string[] Code = ["jsonl", "json", "csv", "gdelt", "icews", "plover"];
}
