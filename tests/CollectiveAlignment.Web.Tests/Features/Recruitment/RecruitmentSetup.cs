using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CollectiveAlignment.Data.Jobs;
using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Features.Recruitment.Invitations;
using CollectiveAlignment.Web.Features.Recruitment.Pool;
using CollectiveAlignment.Web.Features.Recruitment.Setup;

namespace CollectiveAlignment.Web.Tests.Features.Recruitment;

/// <summary>Creates small processes through the real service, so tests start from a known state.</summary>
internal static class RecruitmentSetup
{
    public const string Researcher = "researcher-1";

    /// <summary>Two categories: gender (exactly 2 of each in a panel of 4) and age (1 to 3 of each); tests/data/recruitment.</summary>
    public static string CategoriesCsvText { get; } = File.ReadAllText(RepoPaths.RepoFile("tests", "data", "recruitment", "categories.csv"));

    /// <summary>Ten people, five of each gender, mixed ages; tests/data/recruitment.</summary>
    public static string PeopleCsvText { get; } = File.ReadAllText(RepoPaths.RepoFile("tests", "data", "recruitment", "people.csv"));

    /// <summary>Creates a process with the categories above and a consent text, open for sign-up.</summary>
    public static Task CreateRecruitingAsync(PortalFactory portal, string slug, bool withPool = false) =>
        portal.WithDbAsync(async (_, services) =>
        {
            await services.GetRequiredService<CreateProcessHandler>().HandleAsync(Researcher, new ProcessInput(slug, "Topic of " + slug, 4, SelectionAlgorithm.Leximin, "12345"));
            await services.GetRequiredService<CategoriesHandler>().ImportAsync(Researcher, slug, CategoriesCsvText);
            await services.GetRequiredService<PublishConsentHandler>().HandleAsync(Researcher, slug, new ConsentInput("Join our panel.", "Your gender and age band.", "To select a representative panel.", "Until the process closes.", "Use the withdraw page at any time."));
            await services.GetRequiredService<OpenSignUpHandler>().HandleAsync(Researcher, slug);
            if (withPool)
            {
                await services.GetRequiredService<ImportPoolHandler>().HandleAsync(Researcher, slug, PeopleCsvText);
            }

            return 0;
        });

    /// <summary>
    /// The people file with an <c>email</c> column (addresses <c>{slug}-{id}@example.org</c>) for every person except
    /// <paramref name="withoutEmail"/>, and a <c>household</c> column pairing p1 with p6, p2 with p7 and so on.
    /// </summary>
    public static string PeopleWithContactCsv(string slug, params string[] withoutEmail)
    {
        var lines = PeopleCsvText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var rows = new List<string> { lines[0] + ",Email,household" };
        foreach (var line in lines.Skip(1))
        {
            var id = line.Split(',')[0];
            var number = int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture);
            var email = withoutEmail.Contains(id) ? "" : $"{slug}-{id}@example.org";
            rows.Add($"{line},{email},\"{(number - 1) % 5 + 1} High Street\"");
        }

        return string.Join('\n', rows) + "\n";
    }

    /// <summary>The id of the process with <paramref name="slug"/>.</summary>
    public static Task<Guid> ProcessIdAsync(PortalFactory portal, string slug) =>
        portal.WithDbAsync((db, _) => db.Processes.Where(p => p.Slug == slug).Select(p => p.Id).SingleAsync());

    /// <summary>Imports <see cref="PeopleWithContactCsv"/> into the pool through the API, as a researcher does.</summary>
    public static async Task ImportPoolWithContactsAsync(PortalFactory portal, string slug, params string[] withoutEmail)
    {
        var csv = new StringContent(PeopleWithContactCsv(slug, withoutEmail), Encoding.UTF8, "text/csv");
        (await portal.CreateClientAs(Researcher, Roles.Researcher).PostAsync($"/api/v1/processes/{slug}/pool", csv)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A recruiting process whose pool, imported with addresses, has a first panel selected and invited; the starting point
    /// of every test about invitations, replacements and closing.
    /// </summary>
    public static async Task<(Guid ProcessId, Guid RunId)> SelectWithContactsAsync(PortalFactory portal, string slug)
    {
        await CreateRecruitingAsync(portal, slug);
        await ImportPoolWithContactsAsync(portal, slug);
        var runId = await SelectAsync(portal, slug);
        return (await ProcessIdAsync(portal, slug), runId);
    }

    /// <summary>Starts a selection run through the API and waits for it and every invitation run it queued.</summary>
    public static async Task<Guid> SelectAsync(PortalFactory portal, string slug, bool releaseAccepted = false)
    {
        var response = await portal.CreateClientAs(Researcher, Roles.Researcher).PostAsync($"/api/v1/processes/{slug}/selection-runs{(releaseAccepted ? "?releaseAccepted=true" : "")}", null);
        response.EnsureSuccessStatusCode();
        var runId = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await portal.WaitForRunAsync(runId, TimeSpan.FromSeconds(90))).Status.ShouldBe(JobRunStatus.Succeeded);
        await WaitForInvitationRunsAsync(portal, slug);
        return runId;
    }

    /// <summary>Waits for every invitation run of the process.</summary>
    public static async Task WaitForInvitationRunsAsync(PortalFactory portal, string slug)
    {
        var processId = await ProcessIdAsync(portal, slug);
        var inviteRuns = await portal.WithDbAsync((db, _) => db.JobRuns.Where(r => r.Kind == InviteSelectedJob.JobKind && r.ProcessId == processId).Select(r => r.Id).ToListAsync());
        foreach (var id in inviteRuns)
        {
            (await portal.WaitForRunAsync(id, TimeSpan.FromSeconds(60))).Status.ShouldBe(JobRunStatus.Succeeded);
        }
    }

    /// <summary>Waits for every notice run of the process and returns the notices e-mailed to its people.</summary>
    public static async Task<string[]> NoticesAsync(PortalFactory portal, string slug)
    {
        var processId = await ProcessIdAsync(portal, slug);
        var runs = await portal.WithDbAsync((db, _) => db.JobRuns.Where(r => r.Kind == InvitationNoticeJob.JobKind && r.ProcessId == processId).Select(r => r.Id).ToListAsync());
        foreach (var id in runs)
        {
            (await portal.WaitForRunAsync(id, TimeSpan.FromSeconds(60))).Status.ShouldBe(JobRunStatus.Succeeded);
        }

        return Directory.GetFiles(portal.MailDirectory, "*.eml").Select(File.ReadAllText)
            .Where(m => m.Contains($"{slug}-", StringComparison.Ordinal) && m.Contains("no longer applies", StringComparison.Ordinal)).ToArray();
    }
}
