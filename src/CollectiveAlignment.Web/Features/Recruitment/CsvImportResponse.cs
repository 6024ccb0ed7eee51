namespace CollectiveAlignment.Web.Features.Recruitment;

/// <summary>The outcome of a CSV import.</summary>
/// <param name="Imported">How many categories or people were imported.</param>
public sealed record CsvImportResponse(int Imported);
