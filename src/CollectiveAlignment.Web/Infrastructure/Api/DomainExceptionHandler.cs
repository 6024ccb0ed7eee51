using CollectiveAlignment.Data.Errors;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace CollectiveAlignment.Web.Infrastructure.Api;

/// <summary>
/// The one place domain errors become HTTP responses: <see cref="NotFoundException"/> 404,
/// <see cref="InvalidInputException"/> 400 (with the file line, if any, as a <c>line</c> extension) and
/// <see cref="StateConflictException"/> 409, as RFC 9457 problem details whose detail is the message pages show.
/// Only API requests: pages catch <see cref="DomainException"/> and show the message in place.
/// </summary>
internal sealed class DomainExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not DomainException error || !httpContext.Request.Path.StartsWithSegments(ApiV1.Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // The middleware has cleared the endpoint by now; the feature keeps the one that threw.
        var titles = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<ProblemTitles>();
        var (status, title) = error switch
        {
            NotFoundException => (StatusCodes.Status404NotFound, "Not found"),
            InvalidInputException => (StatusCodes.Status400BadRequest, titles?.Invalid ?? "The request is invalid"),
            _ => (StatusCodes.Status409Conflict, titles?.Conflict ?? "The request conflicts with the current state"),
        };
        var details = new ProblemDetails { Status = status, Title = title, Detail = error.Message };
        if (error is InvalidInputException { Line: { } line })
        {
            details.Extensions["line"] = line;
        }

        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
