using System.Text;

namespace Tacitus.Benchmarks;

/// <summary>Benchmark inputs built from the showcase article (embedded in this assembly, so no paths are involved).</summary>
public static class Corpus
{
    public static string Showcase { get; } = ReadShowcase();

    /// <summary>The showcase article repeated (paragraphs kept) until the text has at least <paramref name="characters"/> characters.</summary>
    public static string ShowcaseRepeated(int characters)
    {
        var sb = new StringBuilder(characters + Showcase.Length + 1);
        while (sb.Length < characters) sb.Append(Showcase).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// A shipped model folder (models/COMPONENT) of the repository this benchmark was built from: the first ancestor of
    /// the running assembly (BenchmarkDotNet runs a copy under bin/) that has one.
    /// </summary>
    public static string ModelDirectory(string component)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "models", component);
            if (File.Exists(Path.Combine(candidate, "meta.json"))) return candidate;
        }
        throw new InvalidOperationException($"no models/{component} folder above {AppContext.BaseDirectory}");
    }

    private static string ReadShowcase()
    {
        using var stream = typeof(Corpus).Assembly.GetManifestResourceStream("showcase.txt")
            ?? throw new InvalidOperationException("the showcase text is not embedded in Tacitus.Benchmarks");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
