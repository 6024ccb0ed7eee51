namespace CollectiveAlignment.Web.Infrastructure.Api;

/// <summary>
/// Endpoint metadata: the problem-details titles <see cref="DomainExceptionHandler"/> uses for this endpoint's refusals,
/// so a client reads what was refused ("The selection cannot start") rather than a generic title.
/// </summary>
/// <param name="Invalid">The title of a 400 (invalid input).</param>
/// <param name="Conflict">The title of a 409 (state conflict).</param>
public sealed record ProblemTitles(string? Invalid = null, string? Conflict = null);
