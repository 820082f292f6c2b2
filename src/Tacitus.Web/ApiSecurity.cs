using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Tacitus.Core;

namespace Tacitus.Web;

/// <summary>
/// The server's defences (see SECURITY.md): API keys for write endpoints, stored only as SHA-256 hashes; a per-client
/// rate limit; CORS closed unless origins are named. Read-only mode, body-size limits, problem+json errors and the
/// security headers live in <see cref="TacitusWebApp"/>.
/// </summary>
public static class ApiSecurity
{
    /// <summary>The header that carries an API key (<c>Authorization: Bearer KEY</c> is accepted too).</summary>
    public const string KeyHeader = "X-Api-Key";

    private const string CorsPolicy = "tacitus";
    private const string HashPrefix = "sha256:";

    /// <summary>A new random API key (256 bits, URL-safe), for <c>tacitus serve --new-api-key</c>.</summary>
    public static string NewKey() => "tk_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The form a key is stored in: <c>sha256:</c> and the lowercase hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return HashPrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    /// <summary>Reads a key file: one <c>sha256:HEX</c> hash per line; blank lines and <c>#</c> comments are ignored.</summary>
    public static ImmutableArray<string> ReadKeyFile(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new TacitusException($"cannot read the API key file '{path}': {ex.Message}", ex);
        }
        var hashes = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0) line = line[..hash];
            line = line.Trim();
            if (line.Length == 0) continue;
            if (!line.StartsWith(HashPrefix, StringComparison.Ordinal) || line.Length != HashPrefix.Length + 64 ||
                !line.AsSpan(HashPrefix.Length).ContainsOnlyHexLowercase())
                throw new TacitusException($"{path}:{i + 1}: expected 'sha256:' and 64 lowercase hex digits (the hash 'tacitus serve --new-api-key' prints), not a key itself");
            hashes.Add(line);
        }
        if (hashes.Count == 0) throw new TacitusException($"{path}: no API key hashes in the file; add the line 'tacitus serve --new-api-key' prints");
        return hashes.ToImmutable();
    }

    private static bool ContainsOnlyHexLowercase(this ReadOnlySpan<char> s)
    {
        foreach (char c in s)
            if (c is not (>= '0' and <= '9' or >= 'a' and <= 'f')) return false;
        return true;
    }

    /// <summary>True when <paramref name="request"/> writes (ingest): every method but GET/HEAD/OPTIONS under /api, except POST /api/code, which only computes.</summary>
    public static bool IsWrite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method)) return false;
        if (!request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)) return false;
        return !request.Path.Equals("/api/code", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Whether the request carries a key whose hash is configured (compared in constant time).</summary>
    public static bool HasValidKey(HttpRequest request, ImmutableArray<string> hashes)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? key = request.Headers[KeyHeader].FirstOrDefault();
        if (string.IsNullOrEmpty(key) && request.Headers.Authorization.FirstOrDefault() is { } auth &&
            auth.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            key = auth[7..].Trim();
        if (string.IsNullOrEmpty(key) || key.Length > 512) return false;
        var given = Encoding.ASCII.GetBytes(Hash(key));
        bool ok = false;
        foreach (var h in hashes) ok |= CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(h));
        return ok;
    }

    public static IServiceCollection AddTacitusSecurity(this IServiceCollection services, TacitusWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.RateLimitPerMinute > 0)
        {
            services.AddRateLimiter(o =>
            {
                o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                    context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                        ? RateLimitPartition.GetFixedWindowLimiter(ClientKey(context), _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = options.RateLimitPerMinute,
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        })
                        : RateLimitPartition.GetNoLimiter("ui"));
                o.OnRejected = async (context, cancel) =>
                {
                    var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? (int)Math.Ceiling(retry.TotalSeconds) : 60;
                    context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                    await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests,
                        detail: $"more than {options.RateLimitPerMinute} API requests a minute from this client; retry after {seconds} s, or ask the operator to raise --rate-limit.")
                        .ExecuteAsync(context.HttpContext);
                };
            });
        }
        if (!options.CorsOrigins.IsDefaultOrEmpty)
            services.AddCors(o => o.AddPolicy(CorsPolicy, p => p.WithOrigins([.. options.CorsOrigins]).WithMethods("GET", "POST").WithHeaders("Content-Type", KeyHeader, "Authorization")));
        return services;
    }

    /// <summary>CORS (only for named origins), the rate limiter, and the API-key check on write endpoints.</summary>
    public static IApplicationBuilder UseTacitusSecurity(this IApplicationBuilder app, TacitusWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.CorsOrigins.IsDefaultOrEmpty) app.UseCors(CorsPolicy);
        if (options.RateLimitPerMinute > 0) app.UseRateLimiter();
        if (!options.ApiKeyHashes.IsDefaultOrEmpty)
        {
            app.Use(async (context, next) =>
            {
                if (IsWrite(context.Request) && !HasValidKey(context.Request, options.ApiKeyHashes))
                {
                    context.Response.Headers.WWWAuthenticate = "Bearer";
                    await Results.Problem(statusCode: StatusCodes.Status401Unauthorized,
                        detail: $"this endpoint writes to the store and needs an API key: send it in the {KeyHeader} header (or Authorization: Bearer KEY).")
                        .ExecuteAsync(context);
                    return;
                }
                await next(context);
            });
        }
        return app;
    }

    /// <summary>The rate-limit partition: the client's address (IPv6 clients by /64, as one host usually owns one).</summary>
    private static string ClientKey(HttpContext context)
    {
        var ip = context.Connection.RemoteIpAddress;
        if (ip is null) return "unknown";
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            var bytes = ip.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes).ToString();
        }
        return ip.ToString();
    }

    /// <summary>True when every URL binds a loopback address (no network exposure).</summary>
    public static bool IsLoopbackOnly(string urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        foreach (var u in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(u.Replace("://*", "://any", StringComparison.Ordinal).Replace("://+", "://any", StringComparison.Ordinal), UriKind.Absolute, out var uri)) return false;
            if (!(uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var a) && IPAddress.IsLoopback(a)))) return false;
        }
        return true;
    }
}
