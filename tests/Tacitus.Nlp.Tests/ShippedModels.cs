using Tacitus.Nlp.Conllu;
using Tacitus.Nlp.Lemmatization;
using Tacitus.Nlp.Tagging;
using Tacitus.TestSupport;

namespace Tacitus.Nlp.Tests;

/// <summary>The models committed in models/ (loaded once per test run) and the test fixtures.</summary>
internal static class ShippedModels
{
    private static readonly Lazy<PosTagger> LazyTagger = new(() => PosTagger.Load(Dir("tagger")));
    private static readonly Lazy<Lemmatizer> LazyLemmatizer = new(() => Lemmatizer.Load(Dir("lemmatizer")));

    public static PosTagger Tagger => LazyTagger.Value;
    public static Lemmatizer Lemmatizer => LazyLemmatizer.Value;

    public static string Dir(string component) => Path.Combine(SharedData.RepoRoot, "models", component);

    public static string Fixture(string name) => Path.Combine(SharedData.RepoRoot, "tests", "Tacitus.Nlp.Tests", "Fixtures", name);

    public static List<ConlluSentence> Tiny() => ConlluReader.ReadFile(Fixture("tiny.conllu")).ToList();
}
