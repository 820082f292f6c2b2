using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Tacitus.Benchmarks;

/// <summary>
/// Throughput in tokens (words) per second, and mean allocation per token, for benchmark classes that expose
/// <c>public static int TokensPerOperation</c> (how many tokens one benchmark call processes).
/// </summary>
public sealed class TokensPerSecondColumn(bool allocation) : IColumn
{
    public string Id => nameof(TokensPerSecondColumn) + (allocation ? ".alloc" : "");
    public string ColumnName => allocation ? "Bytes/token" : "Tokens/s";
    public bool AlwaysShow => false;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => allocation ? 2 : 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => allocation
        ? "Managed bytes allocated per token (MemoryDiagnoser's allocation per operation / tokens per operation)"
        : "Tokens processed per second (tokens per operation / mean time)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => Tokens(b) is not null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var tokens = Tokens(benchmarkCase);
        var report = summary[benchmarkCase];
        if (tokens is null || report is null) return "-";
        if (allocation)
        {
            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "-" : (bytes.Value / (double)tokens.Value).ToString("N1", CultureInfo.InvariantCulture);
        }
        if (report.ResultStatistics is not { } stats || stats.Mean <= 0) return "-";
        return (tokens.Value / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    private static int? Tokens(BenchmarkCase b)
    {
        var prop = b.Descriptor.Type.GetProperty("TokensPerOperation", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy);
        return prop?.GetValue(null) as int?;
    }
}
