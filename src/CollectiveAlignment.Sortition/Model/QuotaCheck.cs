namespace CollectiveAlignment.Sortition;

/// <summary>How many panel members have one (category, value), against its quota.</summary>
/// <param name="Category">Category name.</param>
/// <param name="Value">Value name.</param>
/// <param name="Min">Quota minimum.</param>
/// <param name="Max">Quota maximum.</param>
/// <param name="Selected">Panel members with this value.</param>
public sealed record QuotaCheck(string Category, string Value, int Min, int Max, int Selected)
{
    /// <summary>Whether <see cref="Selected"/> lies in [<see cref="Min"/>, <see cref="Max"/>].</summary>
    public bool Met => Selected >= Min && Selected <= Max;
}
