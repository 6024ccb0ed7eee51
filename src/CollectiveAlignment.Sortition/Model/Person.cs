namespace CollectiveAlignment.Sortition;

/// <summary>A member of the volunteer pool.</summary>
/// <param name="Id">Unique identifier (the people file's id column).</param>
/// <param name="Features">One value per category, in the order of <see cref="SelectionProblem.Categories"/>.</param>
/// <param name="Household">Household or address key; with <see cref="SelectionProblem.OnePerHousehold"/>, at most one person per key is selected. <see langword="null"/> means a household of one.</param>
public sealed record Person(string Id, IReadOnlyList<string> Features, string? Household = null);
