using System.Text;
using System.Text.Json;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>
/// Reads our JSON ballot format:
/// <code>
/// { "kind": "ranked" | "approval" | "score" | "statement-vote" | "pairwise", "candidates": ["A", "B"],
///   "scale": { "min": 0, "max": 5 }, "truncation": "unranked-tied-at-bottom" | "incomparable",
///   "ballots": [ { "ranking": [["A"], ["B"]], "count": 2, "weight": 2.0 }, { "approved": ["A"] }, { "scores": { "A": 5 } },
///                { "votes": { "A": "agree", "B": "pass" } }, { "comparisons": [ { "preferred": "A", "over": "B" }, { "tie": ["A", "B"] } ] } ] }
/// </code>
/// <c>count</c> defaults to 1 and <c>weight</c> to the count; <c>scale</c> is required for scores; <c>truncation</c> is optional.
/// Errors name the file and the line of the offending ballot.
/// </summary>
public static class JsonBallotReader
{
    /// <summary>Reads a profile of the kind the file declares.</summary>
    /// <exception cref="BallotFormatException">The file is malformed.</exception>
    public static Profile Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.ToArray();
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        }
        catch (JsonException ex)
        {
            throw new BallotFormatException(fileName, (int?)(ex.LineNumber + 1), "invalid JSON: " + ex.Message.Split(" Path:")[0], ex);
        }

        using (doc)
        {
            var lines = BallotLines(bytes);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new BallotFormatException(fileName, 1, "the top level must be an object");
            }

            var kind = RequiredString(root, "kind", fileName);
            if (!root.TryGetProperty("candidates", out var cands) || cands.ValueKind != JsonValueKind.Array || cands.EnumerateArray().Any(c => c.ValueKind != JsonValueKind.String))
            {
                throw new BallotFormatException(fileName, 1, "'candidates' must be an array of names");
            }

            CandidateSet candidates;
            try
            {
                candidates = new CandidateSet(cands.EnumerateArray().Select(c => c.GetString()!));
            }
            catch (ArgumentException ex)
            {
                throw new BallotFormatException(fileName, 1, ex.Message.Split(" (Parameter")[0]);
            }

            if (!root.TryGetProperty("ballots", out var ballots) || ballots.ValueKind != JsonValueKind.Array)
            {
                throw new BallotFormatException(fileName, 1, "'ballots' must be an array");
            }

            var items = ballots.EnumerateArray().Select((b, i) => (Element: b, Line: i < lines.Count ? lines[i] : (int?)null)).ToList();
            return kind switch
            {
                "ranked" => ReadRanked(root, items, candidates, fileName),
                "approval" => new ApprovalProfile(candidates, items.Select(it => Weighted(it, fileName, () =>
                    new ApprovalBallot(candidates.Count, Names(it.Element, "approved", candidates, fileName, it.Line))))),
                "score" => ReadScore(root, items, candidates, fileName),
                "statement-vote" => new StatementVoteProfile(candidates, items.Select(it => Weighted(it, fileName, () => StatementVotes(it, candidates, fileName)))),
                "pairwise" => new PairwiseProfile(candidates, items.Select(it => Weighted(it, fileName, () => Comparisons(it, candidates, fileName)))),
                _ => throw new BallotFormatException(fileName, 1, $"kind '{kind}' is not ranked, approval, score, statement-vote or pairwise"),
            };
        }
    }

    private static RankedProfile ReadRanked(JsonElement root, List<(JsonElement Element, int? Line)> items, CandidateSet candidates, string fileName)
    {
        var truncation = root.TryGetProperty("truncation", out var t) ? t.GetString() switch
        {
            "unranked-tied-at-bottom" => TruncationMode.UnrankedTiedAtBottom,
            "incomparable" => TruncationMode.Incomparable,
            var other => throw new BallotFormatException(fileName, 1, $"truncation '{other}' is not unranked-tied-at-bottom or incomparable"),
        } : TruncationMode.UnrankedTiedAtBottom;
        return new RankedProfile(candidates, items.Select(it => Weighted(it, fileName, () =>
        {
            if (!it.Element.TryGetProperty("ranking", out var ranking) || ranking.ValueKind != JsonValueKind.Array)
            {
                throw new BallotFormatException(fileName, it.Line, "a ranked ballot needs 'ranking': an array of tiers (arrays of names)");
            }

            var tiers = ranking.EnumerateArray().Select(tier => tier.ValueKind == JsonValueKind.Array
                ? tier.EnumerateArray().Select(n => NameIndex(n, candidates, fileName, it.Line)).ToArray()
                : throw new BallotFormatException(fileName, it.Line, "each tier of 'ranking' must be an array of names")).ToList();
            try
            {
                return RankedBallot.FromTiers(candidates.Count, tiers);
            }
            catch (ArgumentException ex)
            {
                throw new BallotFormatException(fileName, it.Line, ex.Message.Split(" (Parameter")[0]);
            }
        })), truncation);
    }

    private static ScoreProfile ReadScore(JsonElement root, List<(JsonElement Element, int? Line)> items, CandidateSet candidates, string fileName)
    {
        if (!root.TryGetProperty("scale", out var scale) || !scale.TryGetProperty("min", out var min) || !scale.TryGetProperty("max", out var max)
            || !min.TryGetInt32(out var lo) || !max.TryGetInt32(out var hi) || lo > hi)
        {
            throw new BallotFormatException(fileName, 1, "a score file needs 'scale': { \"min\": integer, \"max\": integer } with min ≤ max");
        }

        return new ScoreProfile(candidates, lo, hi, items.Select(it => Weighted(it, fileName, () =>
        {
            if (!it.Element.TryGetProperty("scores", out var scores) || scores.ValueKind != JsonValueKind.Object)
            {
                throw new BallotFormatException(fileName, it.Line, "a score ballot needs 'scores': an object from name to integer");
            }

            var values = new int?[candidates.Count];
            foreach (var p in scores.EnumerateObject())
            {
                var c = candidates.IndexOf(p.Name);
                if (c < 0)
                {
                    throw new BallotFormatException(fileName, it.Line, $"unknown candidate '{p.Name}'");
                }

                if (!p.Value.TryGetInt32(out var s) || s < lo || s > hi)
                {
                    throw new BallotFormatException(fileName, it.Line, $"score {p.Value.GetRawText()} for {p.Name} is not an integer in {lo}..{hi}");
                }

                values[c] = s;
            }

            return new ScoreBallot(values);
        })));
    }

    private static StatementVoteBallot StatementVotes((JsonElement Element, int? Line) it, CandidateSet statements, string fileName)
    {
        if (!it.Element.TryGetProperty("votes", out var votes) || votes.ValueKind != JsonValueKind.Object)
        {
            throw new BallotFormatException(fileName, it.Line, "a statement-vote ballot needs 'votes': an object from statement to agree, disagree or pass");
        }

        var values = new StatementVote?[statements.Count];
        foreach (var p in votes.EnumerateObject())
        {
            var s = statements.IndexOf(p.Name);
            if (s < 0)
            {
                throw new BallotFormatException(fileName, it.Line, $"unknown statement '{p.Name}'");
            }

            values[s] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() switch
            {
                "agree" => StatementVote.Agree,
                "disagree" => StatementVote.Disagree,
                "pass" => StatementVote.Pass,
                _ => null,
            } : null;
            if (values[s] is null)
            {
                throw new BallotFormatException(fileName, it.Line, $"vote {p.Value.GetRawText()} on '{p.Name}' is not agree, disagree or pass");
            }
        }

        return new StatementVoteBallot(values);
    }

    private static PairwiseBallot Comparisons((JsonElement Element, int? Line) it, CandidateSet candidates, string fileName)
    {
        if (!it.Element.TryGetProperty("comparisons", out var comparisons) || comparisons.ValueKind != JsonValueKind.Array)
        {
            throw new BallotFormatException(fileName, it.Line, "a pairwise ballot needs 'comparisons': an array of {preferred, over} or {tie: [a, b]}");
        }

        var list = new List<PairwiseComparison>();
        foreach (var c in comparisons.EnumerateArray())
        {
            if (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("preferred", out var preferred) && c.TryGetProperty("over", out var over))
            {
                list.Add(new PairwiseComparison(NameIndex(preferred, candidates, fileName, it.Line), NameIndex(over, candidates, fileName, it.Line), false));
            }
            else if (c.ValueKind == JsonValueKind.Object && c.TryGetProperty("tie", out var tie) && tie.ValueKind == JsonValueKind.Array && tie.GetArrayLength() == 2)
            {
                list.Add(new PairwiseComparison(NameIndex(tie[0], candidates, fileName, it.Line), NameIndex(tie[1], candidates, fileName, it.Line), true));
            }
            else
            {
                throw new BallotFormatException(fileName, it.Line, $"comparison {c.GetRawText()} is not {{preferred, over}} or {{tie: [a, b]}}");
            }
        }

        try
        {
            return new PairwiseBallot(candidates.Count, list);
        }
        catch (ArgumentException ex)
        {
            throw new BallotFormatException(fileName, it.Line, "a candidate is compared with itself", ex);
        }
    }

    private static WeightedBallot<T> Weighted<T>((JsonElement Element, int? Line) item, string fileName, Func<T> ballot)
    {
        if (item.Element.ValueKind != JsonValueKind.Object)
        {
            throw new BallotFormatException(fileName, item.Line, "a ballot must be an object");
        }

        long count = 1;
        if (item.Element.TryGetProperty("count", out var c) && (!c.TryGetInt64(out count) || count < 0))
        {
            throw new BallotFormatException(fileName, item.Line, "'count' must be a non-negative integer");
        }

        double weight = count;
        if (item.Element.TryGetProperty("weight", out var w) && (!w.TryGetDouble(out weight) || !double.IsFinite(weight) || weight < 0))
        {
            throw new BallotFormatException(fileName, item.Line, "'weight' must be a non-negative number");
        }

        return new WeightedBallot<T>(ballot(), count, weight);
    }

    private static int[] Names(JsonElement ballot, string property, CandidateSet candidates, string fileName, int? line)
    {
        if (!ballot.TryGetProperty(property, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new BallotFormatException(fileName, line, $"the ballot needs '{property}': an array of names");
        }

        var result = array.EnumerateArray().Select(n => NameIndex(n, candidates, fileName, line)).ToArray();
        if (result.Distinct().Count() != result.Length)
        {
            throw new BallotFormatException(fileName, line, $"a candidate appears twice in '{property}'");
        }

        return result;
    }

    private static int NameIndex(JsonElement name, CandidateSet candidates, string fileName, int? line)
    {
        var c = name.ValueKind == JsonValueKind.String ? candidates.IndexOf(name.GetString()!) : -1;
        return c >= 0 ? c : throw new BallotFormatException(fileName, line, $"unknown candidate {name.GetRawText()}");
    }

    private static string RequiredString(JsonElement root, string name, string fileName) =>
        root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()!
            : throw new BallotFormatException(fileName, 1, $"missing string property '{name}'");

    /// <summary>The 1-based line where each element of the top-level "ballots" array starts.</summary>
    private static List<int> BallotLines(byte[] bytes)
    {
        var result = new List<int>();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        var inBallots = false;
        var line = 1;
        var scanned = 0;
        while (reader.Read())
        {
            if (reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName)
            {
                inBallots = reader.ValueTextEquals("ballots"u8);
            }
            else if (inBallots && reader.CurrentDepth == 2 && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray
                or JsonTokenType.String or JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False or JsonTokenType.Null)
            {
                var offset = (int)reader.TokenStartIndex;
                line += bytes.AsSpan(scanned, offset - scanned).Count((byte)'\n');
                scanned = offset;
                result.Add(line);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    reader.Skip();
                }
            }
        }

        return result;
    }

    /// <summary>Reads from a string (tests, small inputs).</summary>
    public static Profile ReadString(string json, string fileName) => Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), fileName);
}
