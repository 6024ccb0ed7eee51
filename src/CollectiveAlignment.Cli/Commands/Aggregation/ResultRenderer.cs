using System.Globalization;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Aggregation.Results;
using CollectiveAlignment.Methods.Cardinal.Explanations;
using CollectiveAlignment.Methods.Proportional.Explanations;
using CollectiveAlignment.Methods.Ranked.Explanations;
using Spectre.Console;
using Profile = CollectiveAlignment.Aggregation.Profiles.Profile;

namespace CollectiveAlignment.Cli.Commands.Aggregation;

/// <summary>Renders one aggregation result as Spectre tables.</summary>
internal static class ResultRenderer
{
    public static void Render(IAnsiConsole console, RegisteredMethod method, Profile profile, AggregationResult result)
    {
        console.MarkupLine($"[bold]{Markup.Escape(method.Metadata.DisplayName)}[/] ({Markup.Escape(method.Key)}) on {profile.VoterCount.ToString(CultureInfo.InvariantCulture)} voters, {profile.Candidates.Count.ToString(CultureInfo.InvariantCulture)} candidates");
        console.MarkupLine($"Winners: [green]{Markup.Escape(AggregationOptions.Names(profile, result.Winners))}[/]{(result.Winners.Count > 1 && result.Explanation is not CommitteeExplanation ? " (tied)" : string.Empty)}");
        if (result.Ranking is { } ranking)
        {
            var table = new Table().AddColumn("Rank").AddColumn("Candidates");
            for (var i = 0; i < ranking.Count; i++)
            {
                table.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(AggregationOptions.Names(profile, ranking[i])));
            }

            console.Write(table);
        }

        RenderExplanation(console, profile, result.Explanation);
    }

    private static void RenderExplanation(IAnsiConsole console, Profile profile, Explanation explanation)
    {
        console.MarkupLine($"[grey]{Markup.Escape(explanation.Summary)}[/]");
        switch (explanation)
        {
            case CompositeExplanation c:
                foreach (var part in c.Parts)
                {
                    RenderExplanation(console, profile, part);
                }

                break;
            case ScoreTallyExplanation s when s.Scores.Count == profile.Candidates.Count:
                var scores = new Table().AddColumn("Candidate").AddColumn(Markup.Escape(s.ScoreName));
                foreach (var c in Enumerable.Range(0, s.Scores.Count).OrderBy(c => s.HigherIsBetter ? -s.Scores[c] : s.Scores[c]))
                {
                    scores.AddRow(Markup.Escape(profile.Candidates[c]), Number(s.Scores[c]));
                }

                console.Write(scores);
                break;
            case EliminationRoundsExplanation e:
                var rounds = new Table().AddColumn("Round").AddColumn(Markup.Escape(e.TallyName)).AddColumn("Eliminated");
                for (var i = 0; i < e.Rounds.Count; i++)
                {
                    var r = e.Rounds[i];
                    var tallies = string.Join(", ", Enumerable.Range(0, r.Tallies.Count).Where(c => r.Tallies[c].HasValue).Select(c => $"{profile.Candidates[c]} {Number(r.Tallies[c]!.Value)}"));
                    rounds.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(tallies), Markup.Escape(AggregationOptions.Names(profile, r.Eliminated)));
                }

                console.Write(rounds);
                break;
            case PairwiseMarginsExplanation p:
                RenderMargins(console, profile, p.Margins);
                break;
            case DefeatGraphExplanation d:
                RenderMargins(console, profile, d.Margins);
                break;
            case MajorityGradesExplanation g:
                var grades = new Table().AddColumn("Candidate").AddColumn("Median").AddColumn("Gauge");
                for (var c = 0; c < g.Grades.Count; c++)
                {
                    var x = g.Grades[c];
                    grades.AddRow(Markup.Escape(profile.Candidates[c]), x.Median.ToString(CultureInfo.InvariantCulture), (x.Sign >= 0 ? "+" : "−") + Number(x.Share));
                }

                console.Write(grades);
                break;
            case CommitteeExplanation k:
                var seats = new Table().AddColumn("Seat").AddColumn("Member");
                for (var i = 0; i < k.Members.Count; i++)
                {
                    seats.AddRow((i + 1).ToString(CultureInfo.InvariantCulture), Markup.Escape(profile.Candidates[k.Members[i]]));
                }

                console.Write(seats);
                foreach (var step in k.Steps)
                {
                    console.MarkupLine($"[grey]- {Markup.Escape(step)}[/]");
                }

                break;
            default:
                break;
        }
    }

    public static void RenderMargins(IAnsiConsole console, Profile profile, IReadOnlyList<IReadOnlyList<double>> margins)
    {
        if (margins.Count == 0 || margins.Count > 12)
        {
            return;
        }

        var table = new Table().Title("Pairwise margins (row over column)").AddColumn(string.Empty);
        foreach (var name in profile.Candidates)
        {
            table.AddColumn(Markup.Escape(name));
        }

        for (var a = 0; a < margins.Count; a++)
        {
            table.AddRow([Markup.Escape(profile.Candidates[a]), .. margins[a].Select((m, b) => a == b ? "·" : m > 0 ? $"[green]{Number(m)}[/]" : Number(m))]);
        }

        console.Write(table);
    }

    public static string Number(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
}
