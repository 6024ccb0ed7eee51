namespace CollectiveAlignment.Web.Jobs;

/// <summary>The payload of a run kind that needs none; stored as a null payload.</summary>
public sealed class NoPayload
{
    private NoPayload()
    {
    }

    /// <summary>The only value.</summary>
    public static NoPayload Value { get; } = new();
}
