using System.CommandLine;
using System.Globalization;
using CollectiveAlignment.Sortition;
using Spectre.Console;

namespace CollectiveAlignment.Cli.Commands.Sortition;

/// <summary>
/// <c>calign sortition select</c>. Exit codes: 0 a panel was selected, 1 no panel (infeasible quotas, explained),
/// 2 unreadable input.
/// </summary>
internal static class SelectCommand
{
    public static Command Create()
    {
        var categories = new Option<FileInfo>("--categories") { Description = "Categories CSV: feature,value,min,max[,min_flex,max_flex][,population_share] (or category,name,min,max).", Required = true };
        var people = new Option<FileInfo>("--people") { Description = "People CSV: an id column, then one column per category.", Required = true };
        var size = new Option<int>("--size") { Description = "Panel size.", Required = true };
        var algorithm = new Option<string>("--algorithm") { Description = "leximin (default), legacy or stratified.", DefaultValueFactory = _ => "leximin" };
        algorithm.AcceptOnlyFromAmong("leximin", "legacy", "stratified");
        var masterSolver = new Option<string>("--master-solver")
        {
            Description = "LEXIMIN master LP solver: hybrid (default; a warm-started simplex steers, GLOP solves exactly at stage ends, "
                + "and takes over if the simplex breaks down) or glop (GLOP alone: slower, for cross-checking a result).",
            DefaultValueFactory = _ => "hybrid",
        };
        masterSolver.AcceptOnlyFromAmong("hybrid", "glop");
        var seed = new Option<string>("--seed") { Description = "Public seed of the lottery: the same inputs and seed always give the same panel.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print a JSON object (feasible, panel, probabilities, minProbability, quotas, infeasibility, ...)." };
        var idColumn = new Option<string?>("--id-column") { Description = "Name of the id column (default: the first column)." };
        var household = new Option<string[]>("--household-column") { Description = "Column(s) forming the address key; at most one person per address is selected.", AllowMultipleArgumentsPerToken = true };

        var command = new Command("select", "Select a panel that meets the quotas and print it with the quota table and selection probabilities.")
        {
            categories, people, size, algorithm, seed, json, idColumn, household, masterSolver,
        };
        command.Validators.Add(result =>
        {
            // A solver choice for an algorithm that solves no LP would be silently ignored: say so instead.
            if (result.GetResult(masterSolver) is { Implicit: false }
                && result.GetResult(algorithm) is { Implicit: false } chosen
                && chosen.GetValueOrDefault<string>() is not "leximin")
            {
                result.AddError("--master-solver applies to --algorithm leximin only.");
            }
        });
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            SelectionProblem problem;
            try
            {
                using var categoryReader = parse.GetValue(categories)!.OpenText();
                var categoryList = CategoriesCsv.Read(categoryReader);
                using var peopleReader = parse.GetValue(people)!.OpenText();
                var householdColumns = parse.GetValue(household) ?? [];
                var pool = PeopleCsv.Read(peopleReader, categoryList, parse.GetValue(idColumn), householdColumns);
                problem = SelectionProblem.Create(categoryList, pool, parse.GetValue(size), householdColumns.Length > 0);
            }
            catch (Exception e) when (e is SortitionCsvException or ArgumentException or IOException)
            {
                var file = e is SortitionCsvException ? " (check the file named in the message)" : string.Empty;
                error.WriteLine($"error: {e.Message}{file}");
                return 2;
            }

            var kind = parse.GetValue(algorithm) switch
            {
                "legacy" => SelectionAlgorithm.Legacy,
                "stratified" => SelectionAlgorithm.Stratified,
                _ => SelectionAlgorithm.Leximin,
            };
            var options = new LeximinOptions { MasterSolver = Enum.Parse<MasterSolver>(parse.GetValue(masterSolver)!, ignoreCase: true) };
            var result = PanelSelector.Select(problem, kind, parse.GetValue(seed)!, options);
            if (parse.GetValue(json))
            {
                output.WriteLine(SelectionJson.Serialize(result, problem.PanelSize));
            }
            else
            {
                Render(output, result);
            }

            return result.Feasible ? 0 : 1;
        });
        return command;
    }

    private static void Render(TextWriter writer, SelectionResult result)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        // Redirected output defaults to 80 columns, which would wrap the summary lines mid-number.
        console.Profile.Width = Math.Max(console.Profile.Width, 160);
        var algorithm = result.Algorithm.ToString().ToLowerInvariant();
        if (!result.Feasible)
        {
            console.WriteLine($"No panel selected ({algorithm}, seed {result.Seed}).");
            if (result.Infeasibility is { } why)
            {
                console.WriteLine(why.Summary);
                foreach (var reason in why.Reasons)
                {
                    console.WriteLine($"  - {reason}");
                }

                var relax = new Table().AddColumns("Category", "Value", "Min", "Max", "Suggested min", "Suggested max");
                foreach (var r in why.Relaxations)
                {
                    relax.AddRow(Markup.Escape(r.Category), Markup.Escape(r.Value), Int(r.Min), Int(r.Max), Int(r.SuggestedMin), Int(r.SuggestedMax));
                }

                console.Write(relax);
            }

            if (result.Note is not null)
            {
                console.WriteLine(result.Note);
            }

            return;
        }

        console.WriteLine($"Panel of {result.Panel.Count} ({algorithm}, seed {result.Seed}):");
        console.WriteLine(string.Join(", ", result.Panel));
        var quotas = new Table().AddColumns("Category", "Value", "Min", "Max", "Selected", "Met");
        foreach (var q in result.Quotas)
        {
            quotas.AddRow(Markup.Escape(q.Category), Markup.Escape(q.Value), Int(q.Min), Int(q.Max), Int(q.Selected), q.Met ? "yes" : "NO");
        }

        console.Write(quotas);
        if (result.Probabilities is { Count: > 0 } probabilities)
        {
            var values = probabilities.Values.Order().ToList();
            console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"Selection probabilities over {values.Count} people: min {values[0]:F6}, median {values[values.Count / 2]:F6}, max {values[^1]:F6}, equal share k/n {(double)result.Panel.Count / values.Count:F6}."));
        }

        if (result.Diagnostics is { } d)
        {
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"LEXIMIN: {d.Types} types, {d.Stages} stages, {d.Columns} panels, {d.PricingCalls} integer programs, certified gap {d.MaxCertifiedGap:E1}."));
            console.WriteLine(d.GlopFallback
                ? $"Master LP solver: {d.MasterSolver.ToString().ToLowerInvariant()}; the managed simplex broke down ({d.FallbackReason}) and GLOP solved the rest."
                : $"Master LP solver: {d.MasterSolver.ToString().ToLowerInvariant()}.");
        }

        if (result.Note is not null)
        {
            console.WriteLine(result.Note);
        }
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}
