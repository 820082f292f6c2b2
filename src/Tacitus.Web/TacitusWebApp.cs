using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tacitus.Core;

namespace Tacitus.Web;

/// <summary>
/// The Tacitus web server: REST API under /api, OpenAPI at /openapi/v1.json, the web UI at /. <see cref="Create"/> builds
/// the whole application (the CLI's <c>serve</c> and the browser test use it); <see cref="AddTacitus"/>,
/// <see cref="UseTacitus"/> are its two halves for hosts that build their own (the WebApplicationFactory tests).
/// </summary>
public static class TacitusWebApp
{
    /// <summary>The Content-Security-Policy of every response: nothing from other hosts, no inline script.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Opens the store, builds the pipeline and the application. Throws <see cref="TacitusException"/> when the store or models cannot be opened.</summary>
    public static WebApplication Create(TacitusWebOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production, ApplicationName = "Tacitus.Web" });
        builder.WebHost.UseKestrel(k => k.Limits.MaxRequestBodySize = options.MaxIngestBytes + 1);
        builder.WebHost.UseUrls(options.Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        builder.Logging.ClearProviders();
        if (!options.Quiet) builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        var state = WebState.Open(options);
        try
        {
            builder.Services.AddTacitus(state);
            var app = builder.Build();
            app.UseTacitus();
            return app;
        }
        catch
        {
            state.Dispose();
            throw;
        }
    }

    /// <summary>Registers the shared state (the container disposes it, closing the store) and the JSON and OpenAPI services.</summary>
    public static IServiceCollection AddTacitus(this IServiceCollection services, WebState state)
    {
        services.AddSingleton(_ => state);
        services.AddSingleton(new EmbeddedUi());
        services.AddRouting();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o => Configure(o.SerializerOptions));
        services.AddOpenApi(OpenApiDocs.Configure);
        services.AddTacitusSecurity(state.Options);
        return services;
    }

    /// <summary>The JSON conventions of the API: snake_case names like the schema-v1 documents, enums as strings, event ids as strings (see <see cref="JsonIds"/>).</summary>
    public static void Configure(JsonSerializerOptions o)
    {
        o.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower;
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        o.NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals;
        o.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver { Modifiers = { JsonIds.Modifier } };
    }

    /// <summary>Security headers, problem+json errors, the UI, the API and the OpenAPI document.</summary>
    public static IApplicationBuilder UseTacitus(this IApplicationBuilder app)
    {
        app.Use(async (context, next) =>
        {
            // Set when the response starts, so that error responses (whose headers the exception handler clears) carry them too.
            context.Response.OnStarting(static state =>
            {
                var h = ((HttpResponse)state).Headers;
                h.XContentTypeOptions = "nosniff";
                h.ContentSecurityPolicy = ContentSecurityPolicy;
                h.XFrameOptions = "DENY";
                h["Referrer-Policy"] = "no-referrer";
                h["Cross-Origin-Opener-Policy"] = "same-origin";
                h["Cross-Origin-Resource-Policy"] = "same-origin";
                return Task.CompletedTask;
            }, context.Response);
            await next(context);
        });
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteError, AllowStatusCode404Response = true });
        app.UseStatusCodePages(async ctx =>
        {
            var r = ctx.HttpContext.Response;
            if (r.HasStarted || r.ContentLength > 0) return;
            var api = ctx.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
            var detail = r.StatusCode switch
            {
                404 when api => "no such API endpoint; /openapi/v1.json lists them.",
                404 => "no such page; the UI is at / and the API under /api.",
                405 => "this endpoint does not take that method; /openapi/v1.json lists what each endpoint takes.",
                415 => $"Content-Type '{ctx.HttpContext.Request.ContentType}' is not accepted here; /openapi/v1.json lists the content types each endpoint accepts.",
                _ => null,
            };
            await Results.Problem(statusCode: r.StatusCode, detail: detail).ExecuteAsync(ctx.HttpContext);
        });
        app.UseTacitusSecurity(app.ApplicationServices.GetRequiredService<WebState>().Options);
        app.Use(async (context, next) =>
        {
            var ui = context.RequestServices.GetRequiredService<EmbeddedUi>();
            if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && await ui.TryServe(context)) return;
            await next(context);
        });
        app.UseRouting();
        app.UseEndpoints(e =>
        {
            ApiEndpoints.Map(e);
            e.MapOpenApi();
        });
        return app;
    }

    /// <summary>Errors as application/problem+json: what the caller did wrong and what to do, or a bare 500 (the exception goes to the log only).</summary>
    private static async Task WriteError(HttpContext context)
    {
        var ex = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var (status, detail) = ex switch
        {
            ApiException a => (a.Status, a.Message),
            TacitusException t => (StatusCodes.Status400BadRequest, t.Message),
            BadHttpRequestException b => (b.StatusCode, b.Message),
            OperationCanceledException => (499, "the request was cancelled."),
            _ => (StatusCodes.Status500InternalServerError, "the server failed on this request; the server log has the details."),
        };
        if (status >= 500 && ex is not null)
            context.RequestServices.GetService<ILoggerFactory>()?.CreateLogger("Tacitus.Web").LogError(ex, "request {Path} failed", context.Request.Path);
        context.Response.StatusCode = status;
        await Results.Problem(statusCode: status, detail: detail).ExecuteAsync(context);
    }

    /// <summary>Maps the endpoints on a route builder (for hosts composing their own pipeline).</summary>
    public static void MapTacitus(IEndpointRouteBuilder endpoints) => ApiEndpoints.Map(endpoints);
}
