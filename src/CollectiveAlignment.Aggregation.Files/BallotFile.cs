using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.Files;

/// <summary>Reads any supported ballot file, choosing the reader by extension.</summary>
public static class BallotFile
{
    /// <summary>
    /// Reads <paramref name="path"/>: <c>.soc .soi .toc .toi</c> (PrefLib ranked), <c>.cat</c> (PrefLib categorical as approval),
    /// <c>.json</c> (our format, kind inside), <c>.csv</c> (our format; <paramref name="csvKind"/> says what the cells hold,
    /// <paramref name="scoreMinimum"/>..<paramref name="scoreMaximum"/> the scale for scores).
    /// </summary>
    /// <exception cref="BallotFormatException">The file is malformed or its extension is unknown.</exception>
    public static Profile Read(string path, TruncationMode truncation = TruncationMode.UnrankedTiedAtBottom, BallotKind csvKind = BallotKind.Ranked, int scoreMinimum = 0, int scoreMaximum = 5)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileName(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        switch (extension)
        {
            case ".soc" or ".soi" or ".toc" or ".toi":
                return PrefLibFile.ReadRanked(path, truncation);
            case ".cat":
                return PrefLibFile.ReadCategorical(path);
            case ".json":
                var profile = JsonBallotFile.Read(path);
                return profile is RankedProfile r && truncation != TruncationMode.UnrankedTiedAtBottom ? r.WithTruncation(truncation) : profile;
            case ".csv":
                using (var reader = new StreamReader(path))
                {
                    return csvKind switch
                    {
                        BallotKind.Ranked => CsvBallotReader.ReadRanked(reader, name, truncation),
                        BallotKind.Approval => CsvBallotReader.ReadApproval(reader, name),
                        BallotKind.Score => CsvBallotReader.ReadScore(reader, name, scoreMinimum, scoreMaximum),
                        _ => throw new BallotFormatException(name, null, $"CSV cannot hold {csvKind} ballots"),
                    };
                }

            default:
                throw new BallotFormatException(name, null, $"unknown ballot file extension '{extension}' (expected .soc, .soi, .toc, .toi, .cat, .csv or .json)");
        }
    }
}
