using CollectiveAlignment.Web.Infrastructure.Api;

namespace CollectiveAlignment.Web.Features.Recruitment;

/// <summary>
/// The metadata chains the process's endpoints share, so a CSV file or a state change reads, and is documented, the same
/// way on every resource of the process.
/// </summary>
internal static class RecruitmentEndpoints
{
    /// <summary>Returns a CSV file of the process; 404 for an unknown process.</summary>
    public static RouteHandlerBuilder ProducesCsv(this RouteHandlerBuilder endpoint) =>
        endpoint
            .Produces<string>(StatusCodes.Status200OK, RecruitmentFeature.Csv)
            .ProducesProblem(StatusCodes.Status404NotFound);

    /// <summary>Reads a CSV file into the process: 400 naming the line (<paramref name="invalid"/>), 404, and 409 when the process's state forbids it (<paramref name="conflict"/>).</summary>
    public static RouteHandlerBuilder AcceptsCsv(this RouteHandlerBuilder endpoint, string invalid, string conflict) =>
        endpoint
            .Accepts<string>(RecruitmentFeature.Csv)
            .WithMetadata(new ProblemTitles(invalid, conflict))
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>Changes the process's state: 404, and 409 when its state forbids the change (<paramref name="conflict"/>).</summary>
    public static RouteHandlerBuilder ChangesState(this RouteHandlerBuilder endpoint, string conflict) =>
        endpoint
            .WithMetadata(new ProblemTitles(Conflict: conflict))
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
