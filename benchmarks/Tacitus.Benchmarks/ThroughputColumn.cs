using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Tacitus.Benchmarks;

/// <summary>
/// Throughput (units per second) or mean allocation per unit, for benchmark classes that expose
/// <c>public static int {Unit}PerOperation</c>: how many characters or tokens one benchmark call processes.
/// </summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly string _unit;
    private readonly bool _allocation;

    private ThroughputColumn(string unit, string columnName, bool allocation)
    {
        _unit = unit;
        ColumnName = columnName;
        _allocation = allocation;
    }

    /// <summary>Characters per second, from <c>CharactersPerOperation</c>.</summary>
    public static ThroughputColumn Characters() => new("Characters", "Chars/s", allocation: false);

    /// <summary>Tokens per second, from <c>TokensPerOperation</c>.</summary>
    public static ThroughputColumn Tokens() => new("Tokens", "Tokens/s", allocation: false);

    /// <summary>Managed bytes allocated per token (MemoryDiagnoser's allocation per operation / tokens per operation).</summary>
    public static ThroughputColumn BytesPerToken() => new("Tokens", "Bytes/token", allocation: true);

    public string Id => $"{nameof(ThroughputColumn)}.{_unit}{(_allocation ? ".alloc" : "")}";
    public string ColumnName { get; }
    public bool AlwaysShow => false;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => _allocation ? 2 : 1;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => _allocation
        ? $"Managed bytes allocated per {_unit.ToLowerInvariant().TrimEnd('s')} (allocation per operation / {_unit.ToLowerInvariant()} per operation)"
        : $"{_unit} processed per second ({_unit.ToLowerInvariant()} per operation / mean time)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => Units(b) is not null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var units = Units(benchmarkCase);
        var report = summary[benchmarkCase];
        if (units is null || report is null) return "-";
        if (_allocation)
        {
            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is null ? "-" : (bytes.Value / (double)units.Value).ToString("N1", CultureInfo.InvariantCulture);
        }
        if (report.ResultStatistics is not { } stats || stats.Mean <= 0) return "-";
        return (units.Value / (stats.Mean / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    private int? Units(BenchmarkCase b)
    {
        var prop = b.Descriptor.Type.GetProperty(_unit + "PerOperation", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy);
        return prop?.GetValue(null) as int?;
    }
}
