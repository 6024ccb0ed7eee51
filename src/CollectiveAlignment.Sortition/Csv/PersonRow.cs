namespace CollectiveAlignment.Sortition;

/// <summary>A person read from a people file, with where they were and the extra cells asked for.</summary>
/// <param name="Person">The person.</param>
/// <param name="Line">The 1-based line on which their record starts, for error messages about the extra cells.</param>
/// <param name="Extra">Extra column name to cell, for the extra columns the header has.</param>
public sealed record PersonRow(Person Person, int Line, IReadOnlyDictionary<string, string> Extra);
