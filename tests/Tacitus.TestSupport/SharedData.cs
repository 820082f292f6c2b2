namespace Tacitus.TestSupport;

/// <summary>
/// Finds the raw training/evaluation data in <c>../shared/data</c> beside the repository. Tests that need it use
/// <see cref="SharedDataFactAttribute"/> / <see cref="SharedDataTheoryAttribute"/>, which skip with a message when it is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Find);

    /// <summary>The <c>shared/data</c> directory, or null. <c>TACITUS_SHARED_DATA</c> overrides the search.</summary>
    public static string? Directory => Root.Value;

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string Path(params string[] parts) =>
        System.IO.Path.Combine([Directory ?? throw new InvalidOperationException("shared data is not available"), .. parts]);

    public static bool Has(params string[] parts) => Directory is not null && (File.Exists(Path(parts)) || System.IO.Directory.Exists(Path(parts)));

    public const string SkipMessage = "needs ../shared/data beside the repository (present in CI); skipped";

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Tacitus.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Tacitus.slnx) above " + AppContext.BaseDirectory);
    }

    private static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("TACITUS_SHARED_DATA");
        if (!string.IsNullOrEmpty(env)) return System.IO.Directory.Exists(env) ? env : null;
        var candidate = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepoRoot, "..", "shared", "data"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }
}

/// <summary>A fact that needs <c>../shared/data</c> (optionally a given file under it); skipped with a message when absent.</summary>
public sealed class SharedDataFactAttribute : Xunit.FactAttribute
{
    public SharedDataFactAttribute(params string[] requiredPath)
    {
        if (SharedData.Directory is null || (requiredPath.Length > 0 && !SharedData.Has(requiredPath)))
            Skip = SharedData.SkipMessage;
    }
}

public sealed class SharedDataTheoryAttribute : Xunit.TheoryAttribute
{
    public SharedDataTheoryAttribute(params string[] requiredPath)
    {
        if (SharedData.Directory is null || (requiredPath.Length > 0 && !SharedData.Has(requiredPath)))
            Skip = SharedData.SkipMessage;
    }
}
