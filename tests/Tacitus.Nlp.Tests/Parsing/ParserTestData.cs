using Tacitus.Nlp.Conllu;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests.Parsing;

/// <summary>The shared tiny treebank (<see cref="TinyTreebank"/>) as CoNLL-U sentences.</summary>
internal static class ParserTestData
{
    public const string Treebank = TinyTreebank.Text;

    public static List<ConlluSentence> Sentences() => [.. ConlluReader.Read(new StringReader(Treebank))];
}
