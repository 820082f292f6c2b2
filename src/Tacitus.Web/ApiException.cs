using Microsoft.AspNetCore.Http;

namespace Tacitus.Web;

/// <summary>A request the API refuses: answered as application/problem+json with this status and message (never a stack trace).</summary>
public sealed class ApiException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;

    public static ApiException BadRequest(string message) => new(StatusCodes.Status400BadRequest, message);
}
