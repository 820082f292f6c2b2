using Tacitus.Core;
using Tacitus.Nlp.Conllu;

namespace Tacitus.Engine.Input;

/// <summary>A document read from CoNLL-U, with the original sentences kept so their comments can be written back.</summary>
public sealed record ConlluInputDocument(Document Document, IReadOnlyList<ConlluSentence> Sentences);

/// <summary>Reads CoNLL-U files (one document per <c># newdoc</c>, or per file) keeping the given tokenization and sentence split.</summary>
public static class ConlluInput
{
    public static IEnumerable<ConlluInputDocument> Read(string path, TextReader? stdin, DateOnly? date, bool keepAnnotations = false)
    {
        var source = path == "-" ? "<stdin>" : path;
        var reader = path == "-" ? stdin ?? Console.In : null;
        IEnumerable<ConlluSentence> sentences;
        if (reader is not null) sentences = ConlluReader.Read(reader, source);
        else if (File.Exists(path)) sentences = ConlluReader.ReadFile(path);
        else throw new TacitusException($"{path}: no such CoNLL-U file");

        var baseId = path == "-" ? "stdin" : Path.GetFileNameWithoutExtension(path);
        var batch = new List<ConlluSentence>();
        string? docId = null;
        int n = 0;
        foreach (var s in sentences)
        {
            if (s.StartsDocument && batch.Count > 0)
            {
                yield return Make();
                batch = [];
            }
            if (s.StartsDocument) docId = s.Comment("newdoc id");
            batch.Add(s);
        }
        if (batch.Count > 0) yield return Make();

        ConlluInputDocument Make()
        {
            n++;
            var id = docId ?? (n == 1 ? baseId : $"{baseId}-{n}");
            var doc = ConlluDocuments.ToDocument(id, batch, keepAnnotations) with { PublicationDate = date };
            return new ConlluInputDocument(doc, batch);
        }
    }
}
