using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Tacitus.Benchmarks;

/// <summary>
/// Throughput in characters per second, for benchmark classes that expose
/// <c>public static int CharactersPerOperation</c> (how many characters one benchmark call processes).
/// </summary>
public sealed class CharactersPerSecondColumn : IColumn
{
    public string Id => nameof(CharactersPerSecondColumn);
    public string ColumnName => "Chars/s";
    public bool AlwaysShow => false;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Characters processed per second (characters per operation / mean time)";

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => summary.BenchmarksCases.Any(b => Characters(b) is not null);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var chars = Characters(benchmarkCase);
        var report = summary[benchmarkCase];
        if (chars is null || report?.ResultStatistics is not { } stats || stats.Mean <= 0) return "-";
        double perSecond = chars.Value / (stats.Mean / 1e9);
        return perSecond.ToString("N0", CultureInfo.InvariantCulture);
    }

    private static int? Characters(BenchmarkCase b)
    {
        var prop = b.Descriptor.Type.GetProperty("CharactersPerOperation", BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy);
        return prop?.GetValue(null) as int?;
    }
}
