using CollectiveAlignment.Sortition;
using CollectiveAlignment.Web.Areas.Research.Recruitment;
using CollectiveAlignment.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CollectiveAlignment.Web.Tests.Areas.Recruitment;

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
            var recruitment = services.GetRequiredService<RecruitmentService>();
            await recruitment.CreateAsync(Researcher, new ProcessInput(slug, "Topic of " + slug, 4, SelectionAlgorithm.Leximin, "12345"));
            await recruitment.ImportCategoriesAsync(Researcher, slug, CategoriesCsvText);
            await recruitment.PublishConsentAsync(Researcher, slug, new ConsentInput("Join our panel.", "Your gender and age band.", "To select a representative panel.", "Until the process closes.", "Use the withdraw page at any time."));
            await recruitment.OpenRecruitmentAsync(Researcher, slug);
            if (withPool)
            {
                await recruitment.ImportPoolAsync(Researcher, slug, PeopleCsvText);
            }

            return 0;
        });
}
