using Tacitus.Core;

namespace Tacitus.Web;

/// <summary>How <c>tacitus serve</c> runs: which store, which addresses, which models.</summary>
public sealed record TacitusWebOptions
{
    /// <summary>The DuckDB event store; ":memory:" gives a store that lives as long as the server.</summary>
    public string DatabasePath { get; init; } = Tacitus.Storage.DuckDb.DuckDbEventStore.DefaultFileName;

    /// <summary>Addresses Kestrel listens on, separated by ';' (e.g. http://127.0.0.1:5080). Port 0 picks a free port.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Open the store read-only: ingest is refused, other processes may read the file too.</summary>
    public bool ReadOnly { get; init; }

    /// <summary>Models directory (default: the models shipped with tacitus).</summary>
    public string? ModelDirectory { get; init; }

    /// <summary>Engine settings for the pipeline built from <see cref="ModelDirectory"/> (e.g. <c>ner.model</c>: which ner model tags names).</summary>
    public System.Collections.Immutable.ImmutableDictionary<string, string> Settings { get; init; } = System.Collections.Immutable.ImmutableDictionary<string, string>.Empty;

    /// <summary>A pipeline already built (tests share one); default: the standard pipeline from <see cref="ModelDirectory"/>.</summary>
    public Pipeline? Pipeline { get; init; }

    /// <summary>Largest text accepted by POST /api/code, in characters.</summary>
    public int MaxCodeChars { get; init; } = 1_000_000;

    /// <summary>Largest request body accepted by POST /api/documents, in bytes.</summary>
    public long MaxIngestBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>
    /// POST /api/code requests coded at once (0 = no limit); the others wait their turn. Without a bound, a crowd of
    /// clients keeps every core and thread-pool thread busy coding and an ingest running beside them starves.
    /// </summary>
    public int MaxConcurrentCode { get; init; } = Environment.ProcessorCount;

    /// <summary>Documents coded at once during an ingest request.</summary>
    public int IngestParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Where log lines go; default: nowhere but problems on the console.</summary>
    public bool Quiet { get; init; } = true;

    /// <summary>SHA-256 hashes (<c>sha256:HEX</c>) of the API keys that may call write endpoints; empty = writes need no key.</summary>
    public System.Collections.Immutable.ImmutableArray<string> ApiKeyHashes { get; init; } = [];

    /// <summary>API requests allowed per client address per minute; 0 = no limit.</summary>
    public int RateLimitPerMinute { get; init; } = DefaultRateLimitPerMinute;

    /// <summary>Origins whose pages may call the API from a browser (CORS); empty = none but the server's own.</summary>
    public System.Collections.Immutable.ImmutableArray<string> CorsOrigins { get; init; } = [];

    public const int DefaultRateLimitPerMinute = 1200;

    public const string DefaultUrls = "http://127.0.0.1:5080";
}
