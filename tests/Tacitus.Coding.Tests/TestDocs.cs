using Tacitus.Coding.Actors;
using Tacitus.Coding.Dictionaries;
using Tacitus.Core;
using Tacitus.Nlp.Tokenization;
using Tacitus.TestSupport;

namespace Tacitus.Coding.Tests;

/// <summary>Documents built with the standard tokenizer, and lexicons compiled from small in-memory dictionaries.</summary>
internal static class TestDocs
{
    public static Document Tokenized(string text, DateOnly? date = null) =>
        new Tokenizer().Process(new Document("test", text) { PublicationDate = date ?? new DateOnly(2025, 5, 14) });

    public static ActorLexicon Lexicon(string actors, string agents = "")
    {
        var builder = new ActorLexiconBuilder().AddActors(ActorDictionaryReader.Read(new StringReader(actors), "test.actors.txt"));
        if (agents.Length > 0) builder.AddAgents(AgentDictionaryReader.Read(new StringReader(agents), "test.agents.txt"));
        return builder.Build();
    }

    public static Actor Single(Document doc, string name) => Assert.Single(doc.Actors, a => a.Name == name);

    /// <summary>The shipped compiled dictionary (models/actors.tacdict in the repository).</summary>
    public static ActorResolver Shipped => ShippedResolver.Value;

    private static readonly Lazy<ActorResolver> ShippedResolver = new(() =>
        new ActorResolver(ActorLexiconFile.Load(Path.Combine(SharedData.RepoRoot, "models", ActorResolver.DefaultFileName))));

    public static string Showcase => File.ReadAllText(Path.Combine(SharedData.RepoRoot, "examples", "istanbul-talks-2025-05-14.txt"));
}
