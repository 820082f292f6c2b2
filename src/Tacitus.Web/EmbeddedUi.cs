using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;

namespace Tacitus.Web;

/// <summary>
/// Serves the web UI from resources embedded in this assembly (wwwroot/…): no content root, no build step, the same
/// files under <c>dotnet run</c>, the test host and an installed tacitus. "/" is index.html.
/// </summary>
public sealed class EmbeddedUi
{
    private const string Prefix = "wwwroot/";
    private readonly FrozenDictionary<string, byte[]> _files;
    private readonly string _etag;
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public EmbeddedUi(Assembly? assembly = null)
    {
        assembly ??= typeof(EmbeddedUi).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames())
        {
            var path = name.Replace('\\', '/');
            if (!path.StartsWith(Prefix, StringComparison.Ordinal)) continue;
            using var s = assembly.GetManifestResourceStream(name)!;
            using var ms = new MemoryStream();
            s.CopyTo(ms);
            files["/" + path[Prefix.Length..]] = ms.ToArray();
        }
        _files = files.ToFrozenDictionary(StringComparer.Ordinal);
        _etag = "\"" + assembly.ManifestModule.ModuleVersionId.ToString("N")[..16] + "\"";
    }

    /// <summary>The paths served, e.g. "/index.html", "/vendor/world-atlas/countries-110m.json".</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Answers GET/HEAD for a UI file; false when the path is not one.</summary>
    public async Task<bool> TryServe(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)) return false;
        var path = request.Path.Value ?? "/";
        if (path == "/") path = "/index.html";
        if (!_files.TryGetValue(path, out var bytes)) return false;
        var response = context.Response;
        if (!ContentTypes.TryGetContentType(path, out var type)) type = "application/octet-stream";
        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "text/javascript" or "application/json")
            type += "; charset=utf-8";
        response.ContentType = type;
        response.Headers.ETag = _etag;
        response.Headers.CacheControl = "no-cache";
        if (request.Headers.IfNoneMatch == _etag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return true;
        }
        response.ContentLength = bytes.Length;
        if (HttpMethods.IsGet(request.Method)) await response.Body.WriteAsync(bytes, context.RequestAborted);
        return true;
    }
}
