namespace CollectiveAlignment.Web.Jobs;

/// <summary>A progress report from a running job.</summary>
/// <param name="Percent">0 to 100.</param>
/// <param name="Message">The current step, shown next to the progress bar.</param>
public sealed record JobProgress(int Percent, string? Message = null);
