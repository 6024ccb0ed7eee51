using CollectiveAlignment.Aggregation.Ballots;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>What a checked PrefLib header says: the candidates, the data type and, for cat files, the category count.</summary>
internal sealed record PrefLibSummary(CandidateSet Candidates, string DataType, int? CategoryCount);
