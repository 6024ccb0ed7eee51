namespace CollectiveAlignment.Sortition;

/// <summary>A stratifying feature (e.g. gender, age band) and its values with their quotas. Every person has exactly one value.</summary>
/// <param name="Name">The category name; also the column header in the people file.</param>
/// <param name="Values">The values, each with its quota.</param>
public sealed record Category(string Name, IReadOnlyList<CategoryValue> Values)
{
    /// <summary>Finds a value by name (ordinal, case-sensitive, as the Sortition Foundation tool matches them).</summary>
    /// <param name="value">The value name.</param>
    /// <returns>The index in <see cref="Values"/>, or -1.</returns>
    public int IndexOf(string value)
    {
        for (var i = 0; i < Values.Count; i++)
        {
            if (string.Equals(Values[i].Name, value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
