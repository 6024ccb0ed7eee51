using System.Text.Json;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Profiles;

namespace CollectiveAlignment.Aggregation.IO;

/// <summary>Writes the JSON ballot format read by <see cref="JsonBallotReader"/> (compressed: one entry per distinct ballot).</summary>
public static class JsonBallotWriter
{
    /// <summary>Writes a profile of any ballot kind.</summary>
    public static void Write(Stream stream, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(profile);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        var names = profile.Candidates;
        switch (profile)
        {
            case RankedProfile p:
                w.WriteString("kind", "ranked");
                WriteCandidates(w, names);
                w.WriteString("truncation", p.Truncation == TruncationMode.Incomparable ? "incomparable" : "unranked-tied-at-bottom");
                w.WriteStartArray("ballots");
                foreach (var b in p.Ballots)
                {
                    w.WriteStartObject();
                    w.WriteStartArray("ranking");
                    foreach (var tier in b.Ballot.Tiers)
                    {
                        w.WriteStartArray();
                        foreach (var c in tier)
                        {
                            w.WriteStringValue(names[c]);
                        }

                        w.WriteEndArray();
                    }

                    w.WriteEndArray();
                    WriteCountWeight(w, b.Count, b.Weight);
                    w.WriteEndObject();
                }

                break;
            case ApprovalProfile p:
                w.WriteString("kind", "approval");
                WriteCandidates(w, names);
                w.WriteStartArray("ballots");
                foreach (var b in p.Ballots)
                {
                    w.WriteStartObject();
                    w.WriteStartArray("approved");
                    foreach (var c in b.Ballot.Approved)
                    {
                        w.WriteStringValue(names[c]);
                    }

                    w.WriteEndArray();
                    WriteCountWeight(w, b.Count, b.Weight);
                    w.WriteEndObject();
                }

                break;
            case ScoreProfile p:
                w.WriteString("kind", "score");
                WriteCandidates(w, names);
                w.WriteStartObject("scale");
                w.WriteNumber("min", p.Minimum);
                w.WriteNumber("max", p.Maximum);
                w.WriteEndObject();
                w.WriteStartArray("ballots");
                foreach (var b in p.Ballots)
                {
                    w.WriteStartObject();
                    w.WriteStartObject("scores");
                    for (var c = 0; c < names.Count; c++)
                    {
                        if (b.Ballot.ScoreOf(c) is { } s)
                        {
                            w.WriteNumber(names[c], s);
                        }
                    }

                    w.WriteEndObject();
                    WriteCountWeight(w, b.Count, b.Weight);
                    w.WriteEndObject();
                }

                break;
            case StatementVoteProfile p:
                w.WriteString("kind", "statement-vote");
                WriteCandidates(w, names);
                w.WriteStartArray("ballots");
                foreach (var b in p.Ballots)
                {
                    w.WriteStartObject();
                    w.WriteStartObject("votes");
                    for (var s = 0; s < names.Count; s++)
                    {
                        if (b.Ballot.Votes[s] is { } vote)
                        {
                            w.WriteString(names[s], vote switch { StatementVote.Agree => "agree", StatementVote.Disagree => "disagree", _ => "pass" });
                        }
                    }

                    w.WriteEndObject();
                    WriteCountWeight(w, b.Count, b.Weight);
                    w.WriteEndObject();
                }

                break;
            case PairwiseProfile p:
                w.WriteString("kind", "pairwise");
                WriteCandidates(w, names);
                w.WriteStartArray("ballots");
                foreach (var b in p.Ballots)
                {
                    w.WriteStartObject();
                    w.WriteStartArray("comparisons");
                    foreach (var c in b.Ballot.Comparisons)
                    {
                        w.WriteStartObject();
                        if (c.IsTie)
                        {
                            w.WriteStartArray("tie");
                            w.WriteStringValue(names[c.First]);
                            w.WriteStringValue(names[c.Second]);
                            w.WriteEndArray();
                        }
                        else
                        {
                            w.WriteString("preferred", names[c.First]);
                            w.WriteString("over", names[c.Second]);
                        }

                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    WriteCountWeight(w, b.Count, b.Weight);
                    w.WriteEndObject();
                }

                break;
            default:
                throw new NotSupportedException($"No JSON ballot format for {profile.Kind} profiles.");
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCandidates(Utf8JsonWriter w, CandidateSet names)
    {
        w.WriteStartArray("candidates");
        foreach (var n in names)
        {
            w.WriteStringValue(n);
        }

        w.WriteEndArray();
    }

    private static void WriteCountWeight(Utf8JsonWriter w, long count, double weight)
    {
        w.WriteNumber("count", count);
        w.WriteNumber("weight", weight);
    }
}
