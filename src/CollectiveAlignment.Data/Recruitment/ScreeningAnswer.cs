namespace CollectiveAlignment.Data.Recruitment;

/// <summary>A volunteer's answer to one screening question: personal data, kept apart and erased on withdrawal.</summary>
public sealed class ScreeningAnswer
{
    /// <summary>The volunteer who answered.</summary>
    public Guid VolunteerId { get; set; }

    /// <summary>The category asked about.</summary>
    public Guid CategoryId { get; set; }

    /// <summary>The value chosen.</summary>
    public Guid ValueId { get; set; }
}
