using System.Globalization;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Proportional.Axioms;
using CollectiveAlignment.Methods.Proportional.Committees;
using CollectiveAlignment.Methods.Proportional.Explanations;
using EngineProfile = CollectiveAlignment.Methods.Proportional.Profiles.ApprovalProfile;
using SdkProfile = CollectiveAlignment.Aggregation.Profiles.ApprovalProfile;

namespace CollectiveAlignment.Methods.Proportional.Catalog;

/// <summary>What the four committee methods share: the <c>seats</c> parameter, the profile conversion and the result shape.</summary>
internal static partial class CommitteeAdapter
{
    public static readonly ParameterDescriptor Seats = ParameterDescriptor.WholeNumber("seats", 3, "Committee size k (at most the number of candidates).", 1, 10000);

    public const string TruncationRule = "A ballot is the set it approves; an empty ballot counts towards the quota n/k but supports no one. Ballots count with their weight; zero-weight ballots are ignored.";

    /// <summary>Runs <paramref name="rule"/> and reports the slate with its JR/PJR/EJR check.</summary>
    /// <exception cref="ArgumentException"><c>seats</c> exceeds the number of candidates.</exception>
    public static AggregationResult Run(SdkProfile profile, MethodParameters parameters, string ruleName, Func<EngineProfile, int, CommitteeResult> rule, CancellationToken cancellationToken)
    {
        var k = parameters.GetInt32(Seats);
        var m = profile.Candidates.Count;
        if (k > m)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Parameter 'seats': {k} seats cannot be filled from {m} candidates."));
        }

        cancellationToken.ThrowIfCancellationRequested();

        // The SDK profile is already compressed in canonical order, so the engine sees the same ballots in the same order
        // however they arrived (anonymity); weights carry the counts.
        var kept = profile.Ballots.Where(b => b.Weight > 0).ToArray();
        var engine = new EngineProfile(m, kept.Select(b => b.Ballot.Approved), kept.Select(b => b.Weight));
        var committee = rule(engine, k);
        var report = JustifiedRepresentation.Check(engine, committee.Members.ToArray());
        var representation = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ejr"] = Status(report.Ejr),
            ["jr"] = Status(report.Jr),
            ["pjr"] = Status(report.Pjr),
        };
        var names = string.Join(", ", committee.Members.Select(c => profile.Candidates[c]));
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{ruleName} elected {names} to {k} seat(s) (PAV score {committee.PavScore:0.###}){(committee.TieBroken ? ", with the lowest-index tie-break deciding at least one seat" : string.Empty)}; JR {representation["jr"]}, PJR {representation["pjr"]}, EJR {representation["ejr"]}.");
        // The engines speak of "candidate 3"; the explanation names candidates, as every other result does.
        var steps = committee.Explanation.Select(step => CandidateIndex().Replace(step, match => match.Groups[1].Value + " " + profile.Candidates[int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)])).ToArray();
        var explanation = new CommitteeExplanation(summary, k, committee.Members, committee.PavScore, committee.TieBroken, steps, representation);
        var members = committee.Members.ToHashSet();
        var rest = Enumerable.Range(0, m).Where(c => !members.Contains(c)).ToArray();
        IReadOnlyList<IReadOnlyList<int>> ranking = rest.Length == 0 ? [[.. members]] : [[.. members], rest];
        return new AggregationResult(members, explanation, ranking);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b([Cc]andidate) (\d+)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CandidateIndex();

    private static string Status(AxiomCheck check) => check.Status switch
    {
        AxiomStatus.Satisfied => "satisfied",
        AxiomStatus.Violated => "violated",
        _ => "unknown",
    };
}
