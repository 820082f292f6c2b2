namespace Tacitus.Coding.Dictionaries;

/// <summary>What <see cref="DictionaryCompiler.Compile"/> built, with the tolerated oddities of its inputs.</summary>
public sealed record CompileResult(ActorLexicon Lexicon, IReadOnlyList<DictionaryWarning> Warnings);

/// <summary>Reads PETRARCH dictionary files and compiles them into one <see cref="ActorLexicon"/>.</summary>
public static class DictionaryCompiler
{
    /// <summary>An input is an agents dictionary when its file name contains "agent" (Phoenix.agents.txt); otherwise an actors dictionary.</summary>
    public static bool IsAgentFile(string path) => Path.GetFileName(path).Contains("agent", StringComparison.OrdinalIgnoreCase);

    /// <summary>Compiles <paramref name="inputs"/> in order; later actor files win over earlier ones, later agent files over earlier ones.</summary>
    public static CompileResult Compile(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var builder = new ActorLexiconBuilder();
        var warnings = new List<DictionaryWarning>();
        var list = inputs.ToList();
        if (list.Count == 0) throw new Tacitus.Core.TacitusException("No dictionary files given to compile.");
        foreach (var path in list.Where(p => !IsAgentFile(p)))
        {
            var d = ActorDictionaryReader.ReadFile(path);
            warnings.AddRange(d.Warnings);
            builder.AddActors(d);
        }
        foreach (var path in list.Where(IsAgentFile))
        {
            var d = AgentDictionaryReader.ReadFile(path);
            warnings.AddRange(d.Warnings);
            builder.AddAgents(d);
        }
        return new CompileResult(builder.Build(), warnings);
    }
}
