namespace CollectiveAlignment.Web.Features.Recruitment.Selection;

/// <summary>A selection run's progress as pushed to the pages watching it.</summary>
/// <param name="RunId">The run.</param>
/// <param name="Percent">Progress, 0 to 100.</param>
/// <param name="Message">What the run is doing.</param>
/// <param name="Published">True once the run's record is saved: watchers read it then, instead of polling for it.</param>
public sealed record RunProgressUpdate(Guid RunId, int Percent, string? Message, bool Published = false);
