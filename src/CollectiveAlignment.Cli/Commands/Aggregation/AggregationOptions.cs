using System.CommandLine;
using CollectiveAlignment.Aggregation.Ballots;
using CollectiveAlignment.Aggregation.Files;
using CollectiveAlignment.Aggregation.IO;
using CollectiveAlignment.Aggregation.Methods;
using CollectiveAlignment.Aggregation.Registry;
using CollectiveAlignment.Cli.Commands.Consensus;
using Spectre.Console;
using Profile = CollectiveAlignment.Aggregation.Profiles.Profile;

namespace CollectiveAlignment.Cli.Commands.Aggregation;

/// <summary>Options shared by the aggregation commands, and the helpers that turn them into a profile, a registry and a console.</summary>
internal sealed class AggregationOptions
{
    public Argument<FileInfo> File { get; } = new("file") { Description = "Ballot file: .soc .soi .toc .toi .cat (PrefLib), .csv or .json (see aggregation-methods/README.md), or a Polis export folder (statement votes)." };

    public Option<bool> Json { get; } = new("--json") { Description = "Print canonical JSON instead of tables." };

    public Option<string> Truncation { get; } = new("--truncation")
    {
        Description = "How unranked candidates are read: 'bottom' (below all ranked, tied; default) or 'incomparable'.",
        DefaultValueFactory = _ => "bottom",
    };

    public Option<string> BallotKind { get; } = new("--csv-kind")
    {
        Description = "What CSV cells hold: ranked (default), approval or score; or statement-vote for a participant,statement,vote file (the default when the method reads statement votes).",
        DefaultValueFactory = _ => "ranked",
    };

    public Option<string> Scale { get; } = new("--scale") { Description = "Score scale for CSV score files, as MIN..MAX (default 0..5).", DefaultValueFactory = _ => "0..5" };

    public Option<DirectoryInfo?> Plugins { get; } = new("--plugins") { Description = "Folder of plug-in method assemblies to load besides the built-in catalog." };

    public void AddTo(Command command, bool withFile = true)
    {
        if (withFile)
        {
            command.Arguments.Add(File);
            command.Options.Add(Truncation);
            command.Options.Add(BallotKind);
            command.Options.Add(Scale);
        }

        command.Options.Add(Json);
        command.Options.Add(Plugins);
    }

    public static MethodRegistry Registry(DirectoryInfo? plugins) =>
        MethodCatalog.BuildBuiltIn(AppContext.BaseDirectory, plugins?.FullName);

    public Profile ReadProfile(ParseResult parse) => ReadInput(parse, null).Profile;

    /// <summary>
    /// Reads the input; statement votes (a Polis export folder, <c>--csv-kind statement-vote</c>, or a .csv when the method reads
    /// statement votes and no kind was given) also return their source, which keeps participant ids and statement texts.
    /// </summary>
    public (Profile Profile, StatementVoteSource? Votes) ReadInput(ParseResult parse, CollectiveAlignment.Aggregation.Ballots.BallotKind? methodKind)
    {
        var file = parse.GetValue(File)!;
        var kindGiven = parse.GetResult(BallotKind) is { Implicit: false };
        if (Directory.Exists(file.FullName)
            || parse.GetValue(BallotKind) == "statement-vote"
            || (!kindGiven && methodKind == CollectiveAlignment.Aggregation.Ballots.BallotKind.StatementVote && file.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase)))
        {
            var source = StatementVoteSource.Read(file.FullName);
            return (source.Profile, source);
        }

        return (ReadBallotFile(parse), null);
    }

    private Profile ReadBallotFile(ParseResult parse)
    {
        var file = parse.GetValue(File)!;
        var truncation = parse.GetValue(Truncation) switch
        {
            "bottom" => TruncationMode.UnrankedTiedAtBottom,
            "incomparable" => TruncationMode.Incomparable,
            var other => throw new ArgumentException($"--truncation must be 'bottom' or 'incomparable', not '{other}'."),
        };
        var kind = parse.GetValue(BallotKind) switch
        {
            "ranked" => CollectiveAlignment.Aggregation.Ballots.BallotKind.Ranked,
            "approval" => CollectiveAlignment.Aggregation.Ballots.BallotKind.Approval,
            "score" => CollectiveAlignment.Aggregation.Ballots.BallotKind.Score,
            var other => throw new ArgumentException($"--csv-kind must be ranked, approval, score or statement-vote, not '{other}'."),
        };
        var scale = parse.GetValue(Scale)!.Split("..");
        if (scale.Length != 2 || !int.TryParse(scale[0], System.Globalization.CultureInfo.InvariantCulture, out var min) || !int.TryParse(scale[1], System.Globalization.CultureInfo.InvariantCulture, out var max))
        {
            throw new ArgumentException($"--scale must read MIN..MAX, not '{parse.GetValue(Scale)}'.");
        }

        if (!file.Exists)
        {
            throw new FileNotFoundException($"{file.FullName}: no such file.");
        }

        return BallotFile.Read(file.FullName, truncation, kind, min, max);
    }

    /// <summary>A Spectre console over the invocation's output, so tests can capture it.</summary>
    public static IAnsiConsole Console(ParseResult parse) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(parse.InvocationConfiguration.Output),
        Ansi = ReferenceEquals(parse.InvocationConfiguration.Output, System.Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
        Interactive = ReferenceEquals(parse.InvocationConfiguration.Output, System.Console.Out) ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>Runs <paramref name="body"/>, turning expected input errors into a message on stderr and exit code 2.</summary>
    public static int Guard(ParseResult parse, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception ex) when (ex is BallotFormatException or ArgumentException or FileNotFoundException or KeyNotFoundException or MethodRegistrationException)
        {
            parse.InvocationConfiguration.Error.WriteLine("error: " + ex.Message);
            return 2;
        }
    }

    public static string Names(Profile profile, IEnumerable<int> indices) => string.Join(", ", indices.Select(c => profile.Candidates[c]));

    public static MethodParameters NoParameters => MethodParameters.Empty;
}
