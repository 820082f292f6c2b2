namespace Tacitus.Coding.Dictionaries;

/// <summary>A content line of a PETRARCH dictionary: the text before any <c>#</c> comment, the comment, and whether it was indented.</summary>
internal readonly record struct DictionaryLine(SourceLine Where, string Content, string? Comment, bool Indented);

/// <summary>
/// Reads dictionary lines the PETRARCH way: <c>#</c> starts a comment that runs to the end of the line, lines starting
/// with <c>&lt;!</c> are XML comments (a <c>&lt;!--</c> without <c>--&gt;</c> runs until the line that has it), blank lines
/// are skipped.
/// </summary>
internal static class DictionaryLines
{
    public static IEnumerable<DictionaryLine> Read(TextReader reader, string name)
    {
        int lineNo = 0;
        bool inXmlComment = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (inXmlComment)
            {
                if (line.Contains("-->", StringComparison.Ordinal)) inXmlComment = false;
                continue;
            }
            var trimmedStart = line.TrimStart();
            if (trimmedStart.StartsWith("<!", StringComparison.Ordinal))
            {
                if (trimmedStart.StartsWith("<!--", StringComparison.Ordinal) && !trimmedStart.Contains("-->", StringComparison.Ordinal))
                    inXmlComment = true;
                continue;
            }
            string? comment = null;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                comment = line[(hash + 1)..].Trim();
                line = line[..hash];
            }
            int xml = line.IndexOf("<!--", StringComparison.Ordinal);
            if (xml >= 0)
            {
                int end = line.IndexOf("-->", xml, StringComparison.Ordinal);
                line = end >= 0 ? line[..xml] + line[(end + 3)..] : line[..xml];
                if (end < 0) inXmlComment = true;
            }
            var content = line.Trim();
            if (content.Length == 0) continue;
            bool indented = line.Length > 0 && char.IsWhiteSpace(line[0]);
            yield return new DictionaryLine(new SourceLine(name, lineNo), content, comment, indented);
        }
    }
}
